/**
 * The way back from the analysed text to the page.
 *
 * The body is written from the page's own Text nodes with whitespace collapsed and blank lines
 * between blocks, so an offset in the analysed text is not an offset in any node. While the
 * body is written, each stretch that copies a node character for character is recorded as a
 * run; a span of the analysed text then maps to the node ranges of the runs it overlaps. The
 * headline is mapped the same way when the page shows it (see `headline.ts`).
 */
import { articleText } from '../core/text.ts';

export interface TextRun {
  /** Offsets in the analysed text (headline, blank line, body), end exclusive. */
  start: number;
  end: number;
  node: Text;
  /** Offset in `node.data` of the run's first character. */
  offset: number;
}

export interface TextMap {
  /** The analysed text this map indexes; equals `articleText(article)`. */
  text: string;
  /** Where the body starts in `text`. */
  bodyStart: number;
  /** Sorted by `start`, never overlapping. */
  runs: TextRun[];
}

export interface NodeRange {
  node: Text;
  start: number;
  end: number;
}

/**
 * Page ranges for a span of the analysed text; empty for text not on the page, such as a
 * declared headline the page shows in other words.
 */
export function rangesFor(map: TextMap, start: number, end: number): NodeRange[] {
  const ranges: NodeRange[] = [];
  let previous: TextRun | undefined;
  for (let i = firstRunEndingAfter(map.runs, start); i < map.runs.length; i++) {
    const run = map.runs[i];
    if (!run || run.start >= end) break;
    const from = Math.max(start, run.start);
    const to = Math.min(end, run.end);
    if (to <= from) continue;
    const range = {
      node: run.node,
      start: run.offset + from - run.start,
      end: run.offset + to - run.start,
    };
    const last = ranges[ranges.length - 1];
    // Runs of one node that touch in the analysed text are separated only by collapsed whitespace.
    if (
      last &&
      previous &&
      last.node === run.node &&
      previous.end === run.start &&
      last.end <= range.start
    ) {
      last.end = range.end;
    } else {
      ranges.push(range);
    }
    previous = run;
  }
  return ranges;
}

function firstRunEndingAfter(runs: TextRun[], offset: number): number {
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((runs[middle]?.end ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A word: a run of what a browser does not collapse (`\S`, as `\s` is what it collapses). */
const WORD = /\S+/g;
const FIRST_WORD = /\S/;
/** White space a browser collapses to fewer characters: two or more in a row. */
const COLLAPSED = /\s\s/;
/** A single white-space character between two words other than a space (a line break, a tab). */
const PARTING = /[^\S ]/g;
/** Longer than any real article; a page beyond it is not prose the reader will read through. */
const MAX_BODY_CHARS = 200_000;

/** Writes a body from Text nodes, collapsing whitespace as a browser renders it, and records the runs. */
export class BodyWriter {
  private chunks: string[] = [];
  private length = 0;
  private runs: TextRun[] = [];
  private pendingBreak = '';
  private pendingSpace: { node: Text | undefined; offset: number } | undefined;

  /**
   * Appends the text of a page node, or text with no node behind it (it reaches the analysis
   * but cannot be highlighted).
   */
  write(data: string, node?: Text): void {
    if (this.length >= MAX_BODY_CHARS) return;
    const start = data.search(FIRST_WORD);
    if (start < 0) {
      if (data.length > 0) this.space(node, 0);
      return;
    }
    // `trimEnd` removes exactly what `\s` matches: the text up to the end of its last word.
    const end = data.trimEnd().length;
    const words = data.slice(start, end);
    if (COLLAPSED.test(words)) {
      this.writeWordByWord(data, node);
      return;
    }
    // Words parted by single white-space characters, as most of a page's text is: written as
    // they stand (each parting character a space), one run, as word by word they would be.
    if (start > 0) this.space(node, 0);
    this.flushSeparators();
    this.append(words.replace(PARTING, ' '), node, start);
    if (data.length > end) this.space(node, end);
  }

  /**
   * Word by word through the regular expression engine, not character by character: this runs
   * on every page load in code the engine has not optimised yet, where a test per character cost
   * most of the writing's time (5 ms of a 1,500-word article in Chromium).
   */
  private writeWordByWord(data: string, node: Text | undefined): void {
    WORD.lastIndex = 0;
    let gap = 0;
    for (let match = WORD.exec(data); match; match = WORD.exec(data)) {
      if (match.index > gap) this.space(node, gap);
      this.flushSeparators();
      this.append(match[0], node, match.index);
      gap = WORD.lastIndex;
    }
    if (data.length > gap) this.space(node, gap);
  }

  /** White space from `offset` in `node`: one space between words, none after a block's end. */
  private space(node: Text | undefined, offset: number): void {
    if (!this.pendingSpace && this.length > 0 && !this.pendingBreak)
      this.pendingSpace = { node, offset };
  }

  /** Ends the current block: the next text starts after a blank line. */
  block(): void {
    this.pendingBreak = '\n\n';
    this.pendingSpace = undefined;
  }

  lineBreak(): void {
    if (!this.pendingBreak) this.pendingBreak = '\n';
    this.pendingSpace = undefined;
  }

  get empty(): boolean {
    return this.length === 0;
  }

  /** What was written so far. */
  get text(): string {
    return this.chunks.join('');
  }

  /** The page node the writing starts from, when its first words came from the page. */
  get firstNode(): Text | undefined {
    return this.runs[0]?.node;
  }

  /**
   * The body, and its runs shifted so that they index `text`, where the body starts at
   * `bodyStart`. `headline`, a writer that wrote the page's headline element, maps the title
   * when it wrote exactly the title and none of the body's nodes.
   */
  finish(title: string, headline?: BodyWriter): TextMap {
    // The writer never leaves white space at either end of the body, so the body is the tail of
    // the analysed text and its runs shift by one constant.
    const body = this.chunks.join('');
    const text = articleText({ title, body });
    const bodyStart = text.length - body.length;
    const runs = this.runs.map((run) => ({
      ...run,
      start: run.start + bodyStart,
      end: run.end + bodyStart,
    }));
    const bodyNodes = new Set(this.runs.map((run) => run.node));
    const titled =
      headline !== undefined &&
      bodyStart > 0 &&
      headline.text === text.slice(0, bodyStart - 2) &&
      !headline.runs.some((run) => bodyNodes.has(run.node));
    // The title opens the analysed text, so the headline's runs index it as written.
    return { text, bodyStart, runs: titled ? [...headline.runs, ...runs] : runs };
  }

  private flushSeparators(): void {
    if (this.length === 0) {
      this.pendingBreak = '';
      this.pendingSpace = undefined;
      return;
    }
    if (this.pendingBreak) {
      this.chunks.push(this.pendingBreak);
      this.length += this.pendingBreak.length;
    } else if (this.pendingSpace) {
      this.append(' ', this.pendingSpace.node, this.pendingSpace.offset);
    }
    this.pendingBreak = '';
    this.pendingSpace = undefined;
  }

  private append(text: string, node: Text | undefined, offset: number): void {
    if (!node) {
      this.chunks.push(text);
      this.length += text.length;
      return;
    }
    const last = this.runs[this.runs.length - 1];
    if (
      last &&
      last.node === node &&
      last.end === this.length &&
      last.offset + (last.end - last.start) === offset
    ) {
      last.end += text.length;
    } else {
      this.runs.push({ start: this.length, end: this.length + text.length, node, offset });
    }
    this.chunks.push(text);
    this.length += text.length;
  }
}
