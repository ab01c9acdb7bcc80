/**
 * The words a claim is matched on: a report's sentence or a post quoting it, reduced to stems in
 * their order, repeats kept (BM25 counts them). What only frames a post goes first: links, the
 * date of the "— Name (@handle) date" line an embedded tweet ends with (the name stays: a post by
 * a politician is often what a fact check is about), and the "#" of hashtags, whose joined words
 * are split ("#FakeNews" says "fake news").
 */
import { stem } from './stem.ts';

const STOP = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before ' +
    'being below between both but by can could did do does doing down during each few for from ' +
    'further had has have having he her here hers herself him himself his how i if in into is it ' +
    'its itself just me more most my myself no nor not now of off on once only or other our ours ' +
    'ourselves out over own same she should so some such than that the their theirs them ' +
    'themselves then there these they this those through to too under until up very was we were ' +
    'what when where which while who whom why will with would you your yours yourself yourselves ' +
    'rt via amp http https www com co t dont doesnt didnt isnt wasnt arent im its thats u ur'
  ).split(' '),
);

/** An embedded post's signature: "— Jane Doe (@jdoe) February 25, 2016". */
const SIGNATURE =
  /\s[—–-]{1,2}\s?([^—–\n]{0,80}\(@\w+\))\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}/gu;

/** Words a fact check and a post use for one thing: "a photograph shows" what a post calls a pic. */
const SAME = new Map<string, string>(
  Object.entries({
    photo: 'photo',
    photos: 'photo',
    photograph: 'photo',
    photographs: 'photo',
    picture: 'photo',
    pictures: 'photo',
    pic: 'photo',
    pics: 'photo',
    image: 'photo',
    images: 'photo',
    footage: 'video',
    clip: 'video',
    clips: 'video',
    videos: 'video',
  }),
);

/** "realDonaldTrump" → "real Donald Trump", "COVID19" → "COVID 19"; all-capitals stay whole. */
function splitJoined(word: string): string {
  return word
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Za-z])/g, '$1 $2');
}

/** The post or sentence without what only frames it. */
export function cleanText(text: string): string {
  return (
    text
      .replace(/&amp;/g, '&')
      .replace(/&[lg]t;/g, ' ')
      // A post's picture or clip is what a fact check says "a photograph shows".
      .replace(/pic\.twitter\.com\/\S*/gi, ' photo ')
      .replace(/https?:\/\/\S+|\bwww\.\S+/gi, ' ')
      // An embedded tweet's signature: "— Jane Doe (@jdoe) February 25, 2016". Who posted it
      // may be whom the claim is about; the date is not.
      .replace(SIGNATURE, (_, who: string) => ` ${who} `)
      .replace(/[#@](\w+)/g, (_, word: string) => ` ${splitJoined(word)} `)
      .replace(/\bper ?cent\b|%/gi, ' percent ')
      .replace(/(\d),(\d{3})\b/g, '$1$2')
  );
}

/** Stems of the content words of `text`, in order, repeats kept. */
export function matchWords(text: string): string[] {
  const words: string[] = [];
  for (const raw of cleanText(text)
    .toLowerCase()
    .match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []) {
    for (const part of raw
      .replace(/['’]s$/, '')
      .replace(/['’]/g, '')
      .split(/[.-]+/)) {
      if (!part || STOP.has(part)) continue;
      // A lone letter or digit says nothing; a number of two digits or more may say everything.
      if (part.length < 2) continue;
      words.push(SAME.get(part) || stem(part));
    }
  }
  return words;
}
