/**
 * A clause, or a piece of a sentence tried while cutting it, is read within its sentence: a
 * trigger that cannot match a stretch where it does not match the whole sentence is searched for
 * once in the sentence, not again in every piece (`inSentence` in `clauses.ts`). If a trigger
 * were ever written so that it matched a piece but not the sentence around it, and that were not
 * told from its pattern, the pieces would silently lose its event: reading within the sentence
 * must find what reading the piece alone finds.
 */
import { describe, expect, it } from 'vitest';
import { assertionOf, mayAssert, sentenceWords, splitClauses } from '../clauses.ts';
import {
  listsIn,
  mayFoldToLatin,
  mayMatch,
  screenAsStretch,
  screenedPatterns,
} from '../screened.ts';
import { splitSentences } from '../sentences.ts';
import { corpusTexts } from './corpus.ts';

/** The stretches of a sentence that clauses and pieces are cut as: clauses, and either side of each comma. */
function stretches(sentence: string): string[] {
  const found = splitClauses(sentence).map((c) => sentence.slice(c.start, c.end));
  for (let at = sentence.indexOf(','); at >= 0; at = sentence.indexOf(',', at + 1)) {
    found.push(sentence.slice(0, at), sentence.slice(at + 1).trimStart());
  }
  return found;
}

/** Each stretch whose assertion read within its sentence differs from its assertion read alone. */
function differing(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts)
    for (const span of splitSentences(text)) {
      const sentence = text.slice(span.start, span.end);
      const words = sentenceWords(sentence);
      mayAssert(sentence, words);
      for (const piece of stretches(sentence)) {
        const alone = assertionOf(piece);
        const within = assertionOf(piece, undefined, words);
        if (JSON.stringify(alone) !== JSON.stringify(within)) out.push(piece);
      }
    }
  return out;
}

describe('assertions read within their sentence', () => {
  it('find what each clause and piece read alone finds', () => {
    // "Fire at" is no fire after "strike on …: three injured" in the sentence, but is in its piece.
    const own = [
      'Russian strike on Lutsk: three injured, fire at an industrial enterprise',
      'Debris fell near a school, but nobody was hurt, the governor said.',
      'Drones were shot down over the region, damaging two houses, officials reported.',
    ];
    expect(assertionOf('fire at an industrial enterprise')?.event).toBe('fire');
    expect(differing(own)).toEqual([]);
    expect(differing(corpusTexts())).toEqual([]);
  });
});

/** A character of a word as the word screen reads words (`screen.ts`). */
const WORD_CHAR = /[A-Za-z0-9_]/;

/** Every sentence of the texts, and the clauses it is cut into, as a headline and as not. */
function clausesOf(texts: readonly string[]): { sentence: string; clause: string; at: number }[] {
  const out: { sentence: string; clause: string; at: number }[] = [];
  for (const text of texts)
    for (const span of splitSentences(text)) {
      const sentence = text.slice(span.start, span.end);
      for (const headline of [false, true])
        for (const c of splitClauses(sentence, headline))
          out.push({ sentence, clause: sentence.slice(c.start, c.end), at: c.start });
    }
  return out;
}

describe('clauses screened by their sentence', () => {
  it('are cut where no word runs on, so they hold no word their sentence lacks', () => {
    const cutInWord = clausesOf(corpusTexts()).filter(({ sentence, clause, at }) => {
      const end = at + clause.length;
      const runsIn = (i: number) =>
        WORD_CHAR.test(sentence[i - 1] ?? '') && WORD_CHAR.test(sentence[i] ?? '');
      return runsIn(at) || runsIn(end);
    });
    expect(cutInWord).toEqual([]);
  });

  it('let through every screened pattern that matches the clause', () => {
    // A copy of each pattern, so that no `lastIndex` is read or moved.
    const patterns = screenedPatterns().map(({ pattern }) => ({
      pattern,
      alone: new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')),
    }));
    const own = [
      'A drone hit a house in the village, and two people were injured.',
      'Debris fell near a school, but nobody was hurt, the governor said.',
    ];
    const missed: string[] = [];
    for (const { sentence, clause } of clausesOf([...own, ...corpusTexts().slice(0, 40)])) {
      screenAsStretch(clause, sentence);
      for (const { pattern, alone } of patterns)
        if (alone.test(clause) && !mayMatch(pattern, clause))
          missed.push(`/${pattern.source}/ in "${clause}"`);
    }
    expect(missed).toEqual([]);
  });

  it('keep the Unicode reading of a clause whose sentence holds "ſ" or the Kelvin sign', () => {
    const sentence = 'A drone ſtruck a shed, and the \u212Aursk region was shelled.';
    const clause = sentence.slice(0, 21);
    listsIn(sentence);
    screenAsStretch(clause, sentence);
    expect(mayFoldToLatin(clause)).toBe(true);
    const plain = 'A drone struck a shed, and the Kursk region was shelled.';
    listsIn(plain);
    screenAsStretch(plain.slice(0, 21), plain);
    expect(mayFoldToLatin(plain.slice(0, 21))).toBe(false);
    // A text no scan has read is searched.
    expect(mayFoldToLatin('near \u212Aupiansk')).toBe(true);
    expect(mayFoldToLatin('near Kupiansk')).toBe(false);
  });
});
