/**
 * Patterns screened by words (`screen.ts`): a pattern is not run on a text that holds none of
 * the words listed with it, so a list that missed a word some match holds would make the pattern
 * silently blind to it. Every match in every text we have, and in phrases written to hit each
 * alternative of each pattern, must hold one of its words.
 */
import { describe, expect, it } from 'vitest';
import {
  ACCORDING_TO,
  CLAUSE_BREAK,
  COMMENTARY,
  COMMENTARY_WORDS,
  GENERIC,
  GENERIC_WORDS,
  REPORTING_VERB,
  SPEAKER_WORDS,
  SPOKEN_BREAK_WORDS,
} from '../lexicon.ts';
import { CAUSE_CLAUSE, CAUSE_WORDS } from '../clauses.ts';
import {
  endsWithListSeparator,
  LIST_BEFORE,
  mayNameRoutes,
  OTHER_SCENE,
  ROUTE_END,
  ROUTE_STEMS,
} from '../detect.ts';
import { DAYPART_WORDS, MAYBE_WORD_CLOCK, PART_OF_DAY } from '../details.ts';
import { WordScreen } from '../screen.ts';
import { mayMatch } from '../screened.ts';
import { PHRASE_SCREENS } from '../terms.ts';
import { corpusTexts } from './corpus.ts';

/** One phrase or more for each alternative of each folded phrase, in `PHRASES` order. */
const PHRASE_EXAMPLES = [
  'Unmanned aerial vehicles, an unmanned aerial system and unmanned aerial aircraft.',
  'Anti-aircraft air defences, antiair air-defense, air defence, air defenses.',
  'PVO and ПВО worked.',
  'Shelling brought down a power line, bringing down two poles; storms bring down trees and brings down walls.',
  'Shot down, shoot down, shoots down, shooting down, brought down, bring down, brings down, bringing down.',
  'It came down, comes down, come down, coming down.',
  'Emergency services, operational teams, rescue crews.',
  'The crash site; the site of the drone crash.',
  'No one, nobody.',
  'They set up a shelter, setting up another.',
  'A block of flats, blocks of apartments, an apartment building, residential blocks, a tower house, a multi-storey complex, a multi-story building, multi-apartment houses, a high-rise, highrises, high-rise buildings, private houses, private homes.',
  'A block, which had been repaired in the spring, was hit; homes, which have been hit before, burned.',
  'A five-storey block, a 9-storey building, sixteen-story towers, a twenty-storey house.',
  'A storage building, storage facilities, storage premises, storage hangars, a storehouse, storehouses, a grain store, grain stores, the grain storage, grain storages, a granary, granaries, a grain elevator, grain elevators.',
  'An industrial site, industrial sites, a military-industrial zone, industrial zones.',
  'Falling debris, falling fragments, falling wreckage, falling parts, falling pieces.',
  'High-voltage power lines, an overhead electricity line, transmission lines, electrical substations, a power substation, substations, gas pipelines, a pipeline, gas mains, a transformer.',
  'Towns lost power, losing electricity, without the light, cut off from gas, cut heating, outages power supply, disrupted electricity supplies, restored power. Power was cut, electricity supply were lost, gas knocked out, heating disrupted, power outages, power restored. Homes lost their power supply, without its gas. A blackout, blackouts.',
  'Crews on site, on the site.',
  'They put out the fire, put it out, puts them out, putting the blaze out, put all the flames out, had it out, has them out, have the fires out, got both blazes out.',
  'Crews dealt with the blaze, deal with a fire, deals with both fires, dealing with all flames; the flames were out, the fire at the depot was out, the blazes in the town had been all out.',
  'An hour and a half, a hour and a half, one hour and a half, one and a half hours, 1.5 hours, 1½ hour, ninety minutes, 90 minutes.',
  'Half an hour, a half-hour, half-hour, thirty minutes, 30 minutes.',
  'The fire was localised, localized.',
  'Artillery fire, mortar fire, rocket fire, tank fire, sniper fire, machine-gun fire, small-arms fire, automatic fire, enemy fire, return fire, returned fire, returning fire, open fire, opened fire, opening fire, cross fire, under fire, under heavy fire.',
  'A 12-year-old girl, a 7 year old boy, 40-years-old.',
  'Crews knocked down the blaze, knocks the fire down, knocking down flames.',
  'Critical infrastructure facilities, an energy infrastructure object, civilian infrastructure sites, an infrastructure facility.',
  'An energy facility, power sites, an electricity object.',
  'A fire broke out, had broken out, breaks out, break out, breaking out.',
  'The depot caught fire, a tank catches fire, sheds catch fire, a roof catching fire.',
  'The strike started a fire, sparks the blaze, caused fires, causing blazes, sparked a steppe fire.',
  'It started a small fire, sparked a large blaze; set the depot alight, sets two tanks ablaze, setting one of its workshops on fire.',
  'Debris set fire to a barn; shelling sets fire to fields; setting fire to a depot.',
  'Substation ablaze, a depot in flames, the plant on fire.',
  'They fired 30 Grad rockets at the town, fired missiles on it, fired four shells into a yard, fired rounds at the port.',
  'A drone dropped onto a plot, dropped on to a roof, dropped into a yard.',
  'Shot out of the sky, shoot out of the sky, shoots out of the sky, shooting out of the sky.',
  'The airport did not receive or send any planes; it could not accept flights, did not handle aircraft, did not take airliners; it accepted no flights, received and sent no planes, admitted no aircraft.',
  'The station could not accept or dispatch trains; it did not receive any trains, and dispatched no trains.',
  'Drivers on the road were held up; motorists held up.',
  'The top floors caved in.',
  'Trains were held up.',
  'An air base, air bases, the air-base, an airbase, airbases, an aerodrome, aerodromes.',
  'Wagons came off the rails, come off the track, went off the tracks, jumped off the rails, off the rails; trains left the rails, leave the track, leaving the tracks, jumped the track.',
  'Two crew members, a crew member, crewmen, the crew, sailors, a sailor, seamen, seafarers, a seafarer, mariners.',
  'A bulk carrier, two cargo ships, a container vessel, merchant vessels, a cargo ship, bulk carriers, a freighter, freighters.',
  'The crew was taken off the ship, lifted from a vessel, brought off the burning tanker, removed from their boat, taken from its barge.',
  'Pupils were taken to camps, families sent by bus to summer camps, villagers moved out of X, residents evacuated away from the line, patients relocated to safer areas, orphans bussed to a sanatorium, children transported to hostels, people brought to the rear, they left by bus, set off by coach, go to camps, goes to summer camps, went to camps, moves them out of Y, evacuates them to shelters, relocates them to dormitories, leave by train, leaves by buses, removed 90 residents, removes the families, emptied the village of people, empties Kozachi: 60 people.',
  'The buses set off, the coaches departed, the convoy left, the train carrying evacuees sets off, trains leave, the train departs, the train leaves.',
  'Heat was back, power is back, water supply has been fully back, light were mostly back.',
];

/** Whether a word is one of `words`, or begins with one of its prefixes ("suggest*"). */
function listed(word: string, words: readonly string[]): boolean {
  const lower = word.toLowerCase();
  return words.some((w) => (w.endsWith('*') ? lower.startsWith(w.slice(0, -1)) : lower === w));
}

/**
 * The matches of `pattern` in `all` of which no word (as `WordScreen` reads words: runs of ASCII
 * letters, digits and underscores) from the match's start to `reach` characters past its end,
 * where a look-ahead reads, is in `words`; and how many matches there were.
 */
function unscreened(
  pattern: RegExp,
  words: readonly string[],
  all: readonly string[],
  reach: number,
): { matches: number; missed: string[] } {
  const global = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  );
  const missed: string[] = [];
  let matches = 0;
  for (const text of all)
    for (const m of text.matchAll(global)) {
      matches++;
      const end = m.index + m[0].length + reach;
      const held = [...text.matchAll(/\w+/g)].some(
        (w) => w.index < end && w.index + w[0].length > m.index && listed(w[0], words),
      );
      if (!held) missed.push(m[0]);
    }
  return { matches, missed };
}

describe('folded phrases', () => {
  it('has one example per phrase', () => {
    expect(PHRASE_EXAMPLES).toHaveLength(PHRASE_SCREENS.length);
  });

  it.each(
    PHRASE_SCREENS.flatMap(([pattern, words], i) => (words ? [[i, pattern, words] as const] : [])),
  )('phrase %i: every match holds one of its words', (i, pattern, holds) => {
    // One look-ahead ("drivers … held up") reads up to 80 characters past its match.
    const own = unscreened(pattern, holds, [PHRASE_EXAMPLES[i] ?? ''], 90);
    expect(own.matches).toBeGreaterThan(0);
    expect(own.missed).toEqual([]);
    expect(unscreened(pattern, holds, corpusTexts(), 90).missed).toEqual([]);
  });
});

/** Phrases that hit each alternative of GENERIC. */
const GENERIC_EXAMPLES =
  'Officials rarely say; they seldom confirm; debris tends to fall; it tend to; it tended to. ' +
  'Usually, generally, typically, as a rule, more often than not, every time, each time, ' +
  'whenever, time and again, again and again. It has been repeatedly hit; they have been ' +
  'targeted repeatedly; it has repeatedly. Over the past two years, over the last months, over ' +
  'the past decade. After every interception, with each attack, during every alert, following ' +
  'each launch. It is the kind of fact; debris was a part of it; it is one side of the war; ' +
  'they remain the aspect of; this is a piece of. Since 2022, since early 2023, since the ' +
  'spring of 2022, since the start of the war, since the outbreak of hostilities. Crews have ' +
  'grown used to it; drivers became accustomed to the alerts.';

/** Phrases that hit each alternative of ACCORDING_TO and REPORTING_VERB. */
const SPEAKER_EXAMPLES =
  'According to the governor, according to a statement from the ministry. He wrote, writes, ' +
  'said, says, stated, states, noted, notes, confirmed, confirms, reported, reports, announced, ' +
  'announces, emphasised, emphasized, stressed, told, claimed, added and declared.';

/** Phrases that hit each alternative of COMMENTARY. */
const COMMENTARY_EXAMPLES =
  'It underscores, highlighted, illustrates, reflects, reflected, reflecting, suggests; it ' +
  'signals, signalled, signalling, signaled, represents, represented, fosters, demonstrated, ' +
  'symbolises, symbolized; painting a grim picture, paints an image; raises questions, raised ' +
  'concerns, raising fears, raise doubts; reignited; the psychological toll; a reminder; serves ' +
  'as, served as; the interplay; analysts, an expert, observers, commentators; critics say; it ' +
  'could be, might, may soon, may well; will likely, likely to, potentially broader, a larger ' +
  'strategy, a growing threat, a recurring theme, a defining feature; praised, celebrated, a ' +
  'victory, a triumph; it is a relief; it remains unclear, remain uncertain; undeniable; a sense ' +
  'of; challenges; as part of; part of a wider pattern; officials have settled into a pattern, ' +
  'fallen into a weekly routine; what frightened them most, scares people the most, worried ' +
  'locals most, unsettled residents most, frightens many most, scares them most, worries them ' +
  'most, unsettles them most.';

/** Phrases that hit each alternative of CAUSE_CLAUSE. */
const CAUSE_EXAMPLES =
  'Towns lost power after a power line was damaged. Lessons stopped when debris struck a school. ' +
  'It burned because the tank was hit. It stopped once the drone fell. Refinery halts units ' +
  'after drone strike. Trains stopped following the attacks';

/** Phrases that hit each alternative of MAYBE_WORD_CLOCK and PART_OF_DAY. */
const DAYPART_EXAMPLES =
  'In the morning, the afternoon, the evening, at night, overnight, at eleven o’clock and at ' +
  "ten o'clock, shortly after midnight.";

/** Phrases that hit the breaks before "but" and before "and" with a reporting verb. */
const SPOKEN_BREAK_EXAMPLES =
  'It fell but nobody was hurt; it fell and said so, and also says, and added, and adds, and ' +
  'reported, and reports, and stated, and noted, and confirmed, and announced it. He said that ' +
  'a shop burned and that a car was hit.';

describe('sentence screens', () => {
  it.each([
    ['GENERIC', GENERIC, GENERIC_WORDS, GENERIC_EXAMPLES, 0],
    ['ACCORDING_TO', ACCORDING_TO, SPEAKER_WORDS, SPEAKER_EXAMPLES, 0],
    ['REPORTING_VERB', REPORTING_VERB, SPEAKER_WORDS, SPEAKER_EXAMPLES, 0],
    ['COMMENTARY', COMMENTARY, COMMENTARY_WORDS, COMMENTARY_EXAMPLES, 0],
    ['CAUSE_CLAUSE', CAUSE_CLAUSE, CAUSE_WORDS, CAUSE_EXAMPLES, 0],
    ['MAYBE_WORD_CLOCK', MAYBE_WORD_CLOCK, DAYPART_WORDS, DAYPART_EXAMPLES, 0],
    ['PART_OF_DAY', PART_OF_DAY, DAYPART_WORDS, DAYPART_EXAMPLES, 0],
  ] as const)('%s: every match holds one of its words', (_, pattern, words, examples, reach) => {
    const own = unscreened(pattern, words, [examples], reach);
    expect(own.matches).toBeGreaterThan(0);
    expect(own.missed).toEqual([]);
    expect(unscreened(pattern, words, corpusTexts(), reach).missed).toEqual([]);
  });

  it('every break of CLAUSE_BREAK after no punctuation is followed by one of its words', () => {
    // Those breaks are white space before "but", or before "and" and a verb, which they look
    // ahead to: at most "and also " comes between.
    const spoken = (text: string) =>
      [...text.matchAll(CLAUSE_BREAK)].filter((m) => !/^[,;]/.test(m[0]));
    const all = [SPOKEN_BREAK_EXAMPLES, ...corpusTexts()];
    const own = spoken(SPOKEN_BREAK_EXAMPLES);
    expect(own.length).toBeGreaterThan(10);
    const missed = all.flatMap((text) =>
      spoken(text).filter((m) => {
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
        const next = after.match(/\w+/g) ?? [];
        return !next.slice(0, 3).some((w) => SPOKEN_BREAK_WORDS.includes(w.toLowerCase()));
      }),
    );
    expect(missed.map((m) => m[0])).toEqual([]);
  });
});

describe('word screen', () => {
  const screen = new WordScreen([['suggest*'], ['was'], ['drone', 'drones']]);
  const found = (text: string) => [...screen.in(text)];

  it('finds whole words whatever their case, and words a prefix begins', () => {
    expect(found('It SUGGESTS that a Drone WAS hit')).toEqual([1, 1, 1]);
    expect(found('suggest')).toEqual([1, 0, 0]);
  });

  it('finds no word that is only part of a longer one, nor a prefix left unfinished', () => {
    expect(found('wasps and drone_s; sugges')).toEqual([0, 0, 0]);
    expect(found('the dronesman waS-')).toEqual([0, 1, 0]);
  });

  it('finds what reading each word of the text finds, with thousands of words in its lists', () => {
    // Enough words that their hashes crowd the filter the scan asks before it looks one up.
    const texts = corpusTexts().flatMap((text) => text.split(/(?<=[.!?])\s+/));
    const met = [...new Set(texts.flatMap((text) => text.toLowerCase().match(/\w+/g) ?? []))];
    const lists: string[][] = [];
    for (let i = 0; i + 2 < met.length; i += 3) {
      const [a, b, c] = met.slice(i, i + 3) as [string, string, string];
      lists.push([a, b, i % 5 === 0 && c.length > 4 ? `${c.slice(0, 4)}*` : c]);
    }
    const big = new WordScreen(lists);
    const holds = (words: string[], word: string) =>
      words.some((w) => (w.endsWith('*') ? word.startsWith(w.slice(0, -1)) : w === word));
    const read = (text: string) => {
      // Only ASCII letters are read as words, and only their capitals as small letters.
      const words = (text.match(/[A-Za-z0-9_]+/g) ?? []).map((word) => word.toLowerCase());
      return lists.map((list) => (words.some((word) => holds(list, word)) ? 1 : 0));
    };
    expect(lists.length).toBeGreaterThan(1000);
    const differ = texts.filter((text) => big.in(text).join('') !== read(text).join(''));
    expect(differ).toEqual([]);
  });
});

describe('route ends', () => {
  it('every ROUTE_END match holds one of its stems, lower-cased', () => {
    const examples = [
      'a junction on the line between ',
      'the route from Kursk and the ',
      'roads linking the two ',
      'on the railway connecting ',
      'the highways between ',
      'a motorway from ',
      'the LINK between ',
      'the corridors connecting ',
      'the lin\u212As between ',
    ];
    const all = [...examples, ...corpusTexts()];
    const pattern = new RegExp(ROUTE_END.source.replace(/\$$/, ''), 'giu');
    let matches = 0;
    const missed: string[] = [];
    for (const text of all)
      for (const m of text.matchAll(pattern)) {
        matches++;
        if (!ROUTE_STEMS.some((stem) => m[0].toLowerCase().includes(stem))) missed.push(m[0]);
      }
    expect(examples.every((example) => ROUTE_END.test(example))).toBe(true);
    expect(matches).toBeGreaterThan(examples.length);
    expect(missed).toEqual([]);
  });
});

describe('articles that may name routes', () => {
  it('are those whose lower-cased text holds a stem of ROUTE_END', () => {
    const holdsStem = (text: string) => {
      const lower = text.toLowerCase();
      return ROUTE_STEMS.some((stem) => lower.includes(stem));
    };
    const texts = [
      'Traffic on the RAILWAY resumed.',
      'the lin\u212A between',
      'the L\u0130ne was cut',
      'the ſhort road',
      'Nothing here.',
      ...corpusTexts(),
      ...corpusTexts().map((text) => text.replace(/\b(?:lines?|routes?|roads?)\b/gi, 'way')),
    ];
    expect(texts.filter((text) => mayNameRoutes(text) !== holdsStem(text))).toEqual([]);
    expect(texts.slice(0, 5).map(mayNameRoutes)).toEqual([true, true, false, true, false]);
  });
});

describe('list separators', () => {
  it('end every text that a list of names before a place ends', () => {
    const lists = [
      'flights were diverted to Mineralnye Vody and ',
      'trains to Samara, Kazan or ',
      'to Lviv ,\n',
      'to Kyiv,and  ',
      'to Odesa, ',
    ];
    expect(lists.every((text) => LIST_BEFORE.test(text) && endsWithListSeparator(text))).toBe(true);
    expect(
      ['to Kyiv and', 'to Kyiv band ', 'to Kyiv', 'Kyiv, Lviv'].map(endsWithListSeparator),
    ).toEqual([false, false, false, false]);
    // Before every word of every text, as before a place: LIST_BEFORE never matches without one.
    let listed = 0;
    const missed: string[] = [];
    for (const text of corpusTexts())
      for (let at = 1; at < text.length; at++) {
        if (!/\s/.test(text[at - 1] ?? '') || /\s/.test(text[at] ?? '')) continue;
        const before = text.slice(Math.max(0, at - 100), at);
        if (!LIST_BEFORE.test(before)) continue;
        listed++;
        if (!endsWithListSeparator(before)) missed.push(before);
      }
    expect(missed).toEqual([]);
    expect(listed).toBeGreaterThan(100);
  });
});

describe('other scenes', () => {
  it('every sentence OTHER_SCENE matches holds the words it is screened by', () => {
    // One phrase per alternative, in the cases an outlet may write them.
    const examples = [
      'On the front line to the east, shelling went on.',
      'Meanwhile, at the FRONTLINE near the river, two were hurt.',
      'Elsewhere along the front-lines, it was quiet.',
      'Near the battlefield, a depot burned.',
      'On the contact line, troops held.',
      'At the line of contact, shelling resumed.',
      'In the southeast of the country, power was cut.',
      'Two soldiers were wounded at the Front.',
      'Three were killed overnight on the front lines.',
    ];
    const sentences = [
      ...examples,
      ...corpusTexts().flatMap((text) => text.split(/(?<=[.!?])\s+/)),
    ];
    const matched = sentences.filter((sentence) => OTHER_SCENE.test(sentence));
    expect(examples.every((example) => OTHER_SCENE.test(example))).toBe(true);
    expect(matched.length).toBeGreaterThanOrEqual(examples.length);
    expect(matched.filter((sentence) => !mayMatch(OTHER_SCENE, sentence))).toEqual([]);
  });
});
