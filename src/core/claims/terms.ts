/**
 * A claim's content-word signature: what two paraphrases of one fact have in common.
 *
 * Names become entity ids (so "Anokhine" and "Анохин" agree), synonyms fold to one word
 * (drone / UAV / unmanned aerial vehicle; shot down / neutralized / intercepted), and words
 * lose their endings lightly. Stop words and the article's framing words go.
 */
import type { EntityMention } from '../model.ts';

/** Multi-word phrases folded before the text is cut into words. */
const PHRASES: [RegExp, string][] = [
  [/\bunmanned aerial (?:vehicles?|systems?|aircraft)\b/gi, ' drone '],
  [/\b(?:anti-?air(?:craft)? )?air[- ]defen[cs]es?\b/gi, ' airdefence '],
  [/\bPVO\b|\bПВО\b/g, ' airdefence '],
  [/\bshot down\b|\bshoot(?:s|ing)? down\b|\b(?:brought|bring(?:s|ing)?) down\b/gi, ' shootdown '],
  // Before "down" alone is read as a shootdown: debris that came down fell.
  [/\b(?:came|comes?|coming) down\b/gi, ' fall '],
  [/\b(?:emergency|operational|rescue) (?:services|teams|crews)\b/gi, ' emergency '],
  [/\bcrash site\b|\bsite of the [\w’']+ crash\b/gi, ' debris site '],
  [/\bno one\b|\bnobody\b/gi, ' no casualty '],
  [/\bset(?:ting)? up\b/gi, ' establish '],
  [/\bon (?:the )?site\b/gi, ' site '],
];

const SYNONYMS: Record<string, string> = {
  drone: 'drone',
  uav: 'drone',
  uavs: 'drone',
  uas: 'drone',
  бпла: 'drone',
  intercept: 'shootdown',
  down: 'shootdown',
  destroy: 'shootdown',
  neutralize: 'shootdown',
  neutralise: 'shootdown',
  engage: 'shootdown',
  repel: 'shootdown',
  eliminate: 'shootdown',
  // Read whole: "debris" is not the plural of anything.
  debris: 'debris',
  wreckage: 'debris',
  fragment: 'debris',
  piece: 'debris',
  remains: 'debris',
  casualty: 'casualty',
  injury: 'casualty',
  injure: 'casualty',
  injured: 'casualty',
  // "Injuring" loses its ending before the lookup.
  injur: 'casualty',
  wound: 'casualty',
  wounded: 'casualty',
  victim: 'casualty',
  death: 'casualty',
  kill: 'casualty',
  hurt: 'casualty',
  // What struck or hit something did the same thing, in either word.
  struck: 'hit',
  // Whoever was hurt, "civilians" and "people" count the same persons.
  civilian: 'people',
  person: 'people',
  // Read whole, or "building" would lose its ending and miss "house" and "home".
  building: 'building',
  house: 'building',
  home: 'building',
  residential: 'building',
  deploy: 'dispatch',
  send: 'dispatch',
  sent: 'dispatch',
  dispatch: 'dispatch',
  establish: 'establish',
  prepare: 'establish',
  activate: 'establish',
  open: 'establish',
  organize: 'establish',
  organise: 'establish',
  target: 'attack',
  assault: 'attack',
  strike: 'attack',
  fall: 'fall',
  fell: 'fall',
  fallen: 'fall',
  crash: 'fall',
  land: 'fall',
  region: '',
  oblast: '',
  district: '',
};

const STOP = new Set(
  (
    'a an the and or but of in on onto at to from by for with without over near into about as ' +
    'is are was were be been being has have had do does did this that these those it its their ' +
    'his her they them he she we our you your which who whom whose where when while though although ' +
    'even also already still just very more than most some any all each every other another such ' +
    'not no yet there here then so if after before during since until between across through ' +
    'according said wrote stated noted confirmed reported emphasized emphasised stressed told ' +
    'claimed added announced statement report message governor official officials authorities ' +
    'local successfully swiftly promptly reportedly publicly earlier later same night day early ' +
    'hours incident event area part ukrainian russian forces force system unit'
  ).split(' '),
);

/** Strips a regular ending so "intercepted", "intercepts" and "intercepting" agree. */
export function lemma(word: string): string {
  const w = word.toLowerCase();
  if (w in SYNONYMS) return SYNONYMS[w] ?? w;
  let base = w;
  if (/[a-z]{4,}ies$/.test(w)) base = w.slice(0, -3) + 'y';
  else if (/[a-z]{3,}(?:ss|us)$/.test(w)) base = w;
  else if (/[a-z]{3,}s$/.test(w)) base = w.slice(0, -1);
  else if (/[a-z]{3,}ed$/.test(w)) base = w.slice(0, /(?:at|iz|is|ag|ur|ir)ed$/.test(w) ? -1 : -2);
  else if (/[a-z]{3,}ing$/.test(w)) base = w.slice(0, -3);
  if (/([b-df-hj-np-tv-z])\1$/.test(base) && !/(?:ll|ss)$/.test(base)) base = base.slice(0, -1);
  return SYNONYMS[base] ?? base;
}

/**
 * The signature of `text` (which starts at `offset` in the article), with the given mentions
 * replaced by their entity ids. Sorted and unique, so it compares and stores compactly.
 */
export function claimTerms(text: string, offset: number, mentions: EntityMention[]): string[] {
  const terms = new Set<string>();
  let plain = '';
  let at = 0;
  for (const m of mentions) {
    const s = m.start - offset;
    const e = m.end - offset;
    if (s < at || e > text.length) continue;
    plain += text.slice(at, s) + ' ';
    terms.add(m.entityId);
    at = e;
  }
  plain += text.slice(at);
  for (const [pattern, replacement] of PHRASES) plain = plain.replace(pattern, replacement);
  for (const word of plain.toLowerCase().match(/[\p{L}][\p{L}\p{N}'’-]*|\d+/gu) ?? []) {
    const clean = word.replace(/['’]s$/, '').replace(/['’-]/g, '');
    if (!clean || STOP.has(clean)) continue;
    const l = lemma(clean);
    if (l.length < 2 || STOP.has(l)) continue;
    terms.add(l);
  }
  return [...terms].sort();
}
