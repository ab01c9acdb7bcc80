import { describe, expect, it } from 'vitest';
import { BodyWriter, rangesFor, type TextMap } from '../text-map.ts';

/** Stand-ins for the page's Text nodes: the writer only keeps them to point back at. */
function nodes(count: number): Text[] {
  return Array.from({ length: count }, () => ({}) as Text);
}

/** Each run's stretch of the analysed text, read back from its node (white space as a space). */
function readBack(map: TextMap, data: Map<Text, string>): string[] {
  return map.runs.map((run) =>
    data
      .get(run.node)!
      .slice(run.offset, run.offset + run.end - run.start)
      .replace(/\s/g, ' '),
  );
}

describe('the body written from the page’s text', () => {
  it('parts words by one space whatever white space the page parts them by, and maps them back', () => {
    const [node] = nodes(1);
    const data = '  Shelling hit\nthe port of\tKherson\u00a0overnight ';
    const writer = new BodyWriter();
    writer.write(data, node);
    const map = writer.finish('');
    expect(map.text).toBe('Shelling hit the port of Kherson overnight');
    // Single white-space characters keep the page's offsets: one run covers the sentence.
    expect(map.runs).toEqual([{ start: 0, end: map.text.length, node, offset: 2 }]);
    const [range] = rangesFor(map, map.text.indexOf('Kherson'), map.text.indexOf(' overnight'));
    expect(data.slice(range!.start, range!.end)).toBe('Kherson');
  });

  it('collapses runs of white space, each word still pointing at its own characters', () => {
    const [node] = nodes(1);
    const data = 'Two drones   were\n\n  downed near Odesa';
    const writer = new BodyWriter();
    writer.write(data, node);
    const map = writer.finish('');
    expect(map.text).toBe('Two drones were downed near Odesa');
    expect(readBack(map, new Map([[node!, data]])).join('')).toBe(map.text);
    const [range] = rangesFor(map, map.text.indexOf('downed'), map.text.indexOf(' near'));
    expect(data.slice(range!.start, range!.end)).toBe('downed');
  });

  it('joins nodes, blocks and line breaks as a browser shows them, over many random writings', () => {
    const pieces = ['Lviv', 'said', '’s', ' ', ' ', '  ', '\n', '\t', '\u00a0', '\r\n', '', 'a.m.'];
    let seed = 11;
    const pick = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let trial = 0; trial < 2000; trial++) {
      const pageNodes = nodes(3);
      const data = new Map<Text, string>();
      const writer = new BodyWriter();
      const blocks: string[][] = [[]];
      for (let step = 1 + pick(8); step > 0; step--) {
        if (pick(6) === 0) {
          writer.block();
          blocks.push([]);
          continue;
        }
        let text = '';
        for (let part = pick(9); part > 0; part--) text += pieces[pick(pieces.length)];
        const node = pageNodes[pick(pageNodes.length)]!;
        // One node's text is written once, as a page's nodes are.
        if (data.has(node)) continue;
        data.set(node, text);
        writer.write(text, node);
        blocks[blocks.length - 1]!.push(text);
      }
      const map = writer.finish('');
      const expected = blocks
        .map((block) => block.join('').split(/\s+/).filter(Boolean).join(' '))
        .filter(Boolean)
        .join('\n\n');
      expect(map.text).toBe(expected);
      // Every run reads back as the text it stands for, and every word is in some run.
      const back = readBack(map, data);
      map.runs.forEach((run, i) => expect(map.text.slice(run.start, run.end)).toBe(back[i]));
      const covered = new Set(map.runs.flatMap((run) => range(run.start, run.end)));
      for (const match of map.text.matchAll(/\S/g)) expect(covered.has(match.index)).toBe(true);
    }
  });
});

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}
