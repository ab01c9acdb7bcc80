/**
 * A claim's content-word signature: what two paraphrases of one fact have in common.
 *
 * Names become entity ids (so "Anokhine" and "Анохин" agree), synonyms fold to one word
 * (drone / UAV / unmanned aerial vehicle; shot down / neutralized / intercepted), and words
 * lose their endings lightly. Stop words and the article's framing words go.
 */
import type { EntityMention } from '../model.ts';
import { remembered } from '../remembered.ts';
import { FELLED, isLatinText, latinTwin, MOVED_AWAY, MOVED_AWAY_VERBS } from './lexicon.ts';
import { WordScreen } from './screen.ts';

/**
 * Multi-word phrases folded before the text is cut into words, each with what it becomes and
 * the words (as `WordScreen` reads them) one of which every match of it holds: a clause that
 * holds none of them is not searched with the pattern (`screens.test.ts` checks the lists).
 * "ПВО" is no such word, so its pattern is always run.
 */
const PHRASES: [RegExp, string, readonly string[] | undefined][] = [
  [/\bunmanned aerial (?:vehicles?|systems?|aircraft)\b/gi, ' drone ', ['unmanned']],
  [
    /\b(?:anti-?air(?:craft)? )?air[- ]defen[cs]es?\b/gi,
    ' airdefence ',
    ['defence', 'defences', 'defense', 'defenses'],
  ],
  [/\bPVO\b|\bПВО\b/g, ' airdefence ', undefined],
  // A power line "brought down" was damaged, not shot down (`FELLED`).
  [
    new RegExp(String.raw`\b(?:brought|bring(?:s|ing)?) down(?= ${FELLED})`, 'gi'),
    ' damage ',
    ['down'],
  ],
  [
    /\bshot down\b|\bshoot(?:s|ing)? down\b|\b(?:brought|bring(?:s|ing)?) down\b/gi,
    ' shootdown ',
    ['down'],
  ],
  // Before "down" alone is read as a shootdown: debris that came down fell.
  [/\b(?:came|comes?|coming) down\b/gi, ' fall ', ['down']],
  [
    /\b(?:emergency|operational|rescue) (?:services|teams|crews)\b/gi,
    ' emergency ',
    ['services', 'teams', 'crews'],
  ],
  [/\bcrash site\b|\bsite of the [\w’']+ crash\b/gi, ' debris site ', ['crash']],
  [/\bno one\b|\bnobody\b/gi, ' no casualty ', ['no', 'nobody']],
  [/\bset(?:ting)? up\b/gi, ' establish ', ['set', 'setting']],
  // Where people live, in any of its names, is one word: a block of flats is an apartment building.
  [
    /\b(?:blocks? of (?:flats|apartments)|(?:apartment|residential|tower|multi-stor(?:e)?y|multi-apartment) (?:buildings?|blocks?|houses?|complex(?:es)?)|high-?rises?(?: buildings?)?|private (?:houses?|homes?))\b/gi,
    ' building ',
    [
      'block',
      'blocks',
      'apartment',
      'residential',
      'tower',
      'multi',
      'rise',
      'rises',
      'highrise',
      'highrises',
      'private',
    ],
  ],
  // The subject's past told in an aside ("a block, which had been repaired only in the spring,
  // was hit"): background, not what the claim tells, so its words are not the claim's.
  [/,\s*which (?:had|has|have) been\b[^,;]*,/gi, ' ', ['which']],
  // A block of five storeys or more is a multi-storey block, whichever height the outlet gives.
  [
    /\b(?:five|six|seven|eight|nine|ten|eleven|twelve|fourteen|sixteen|seventeen|eighteen|twenty|[5-9]|[1-9]\d)-stor(?:e)?y\b/gi,
    ' multistorey ',
    ['storey', 'story'],
  ],
  // Where goods are kept is a warehouse, however the outlet calls it: "a storage building", "a
  // grain store" or "grain storage", "a granary", "a grain elevator" (not a lift in a block of flats).
  [
    /\b(?:storage (?:buildings?|facilit(?:y|ies)|premises|hangars?)|storehouses?|(?<=\bgrain )stor(?:es?|ages?)|granar(?:y|ies)|(?=elevator)(?<=\bgrain )elevators?)\b/gi,
    ' warehouse ',
    [
      'storage',
      'storehouse',
      'storehouses',
      'store',
      'stores',
      'granary',
      'granaries',
      'elevator',
      'elevators',
    ],
  ],
  // An industrial site is a plant by another name ("an industrial enterprise", "the factory"), and
  // only with "industrial": a site alone may be where anything happened.
  [/\b(?:military-)?industrial (?:sites?|zones?)\b/gi, ' industrial plant ', ['industrial']],
  // What falls once a drone is hit, however it is called.
  [/\bfalling (?:debris|fragments|wreckage|parts|pieces)\b/gi, ' debris fall ', ['falling']],
  // Power lines, substations, pipelines: what a strike cuts, and the outage that follows.
  [
    /\b(?:(?:high-voltage |overhead )?(?:power|electricity|transmission) lines?|(?:electrical |power )?substations?|(?:gas )?pipelines?|gas mains?|transformers?)\b/gi,
    ' utility ',
    [
      'line',
      'lines',
      'substation',
      'substations',
      'pipeline',
      'pipelines',
      'main',
      'mains',
      'transformer',
      'transformers',
    ],
  ],
  [
    /\b(?:lost|losing|without|cut off from|cut|cuts|cutting|outages?|disrupted|restored)\s+(?:(?:the|their|its)\s+)?(?:power|electricity|light|gas|heating)(?: supply| supplies)?\b|\b(?:power|electricity|gas|heating)(?: supply| supplies)? (?:was |were )?(?:(?:reportedly|briefly|partially|partly|temporarily|completely|also) )?(?:cut|lost|knocked out|disrupted|outages?|restored)\b|\bblackouts?\b/gi,
    ' outage ',
    ['power', 'electricity', 'light', 'gas', 'heating', 'blackout', 'blackouts'],
  ],
  [/\bon (?:the )?site\b/gi, ' site ', ['site']],
  // Put out, whatever stands between the verb and its particle: "put it out", "put the blaze out";
  // and a fire had out, which is one put out: "had it out by morning".
  [
    /\bput(?:s|ting)? (?:(it|them|(?:the|a|both|all|all the) (?:[\w-]+ ){0,2}?(?:fires?|blazes?|flames)) )?out\b|\b(?:had|has|have|got) (it|them|(?:the|a|both|all|all the) (?:[\w-]+ ){0,2}?(?:fires?|blazes?|flames)) out\b/gi,
    ' $1$2 extinguish ',
    ['out'],
  ],
  // A fire dealt with, or out, is one put out: "dealt with the blaze", "the flames were out".
  [
    /\b(?:dealt|deals?|dealing) with (?:the |a |both |all )?((?:[\w-]+ )?(?:fires?|blazes?|flames))\b|\b(fires?|blazes?|flames) ((?:(?:at|in|on) (?:[\w-]+ ){1,3})?)(?:was|were|is|are|had been|has been|have been) (?:all )?out\b/gi,
    ' $1$2$3 extinguish ',
    ['fire', 'fires', 'blaze', 'blazes', 'flames'],
  ],
  // A duration in minutes or in hours is one: "ninety minutes", "an hour and a half"; "thirty
  // minutes", "half an hour". Before "an hour" is read on its own.
  [
    /\b(?:(?:an? |one )?hour and a half|(?:one and a half|1\.5|1½) hours?|(?:ninety|90) minutes)\b/gi,
    ' min90 ',
    ['hour', 'hours', 'minutes'],
  ],
  [/\b(?:half an hour|(?:a )?half-hour|(?:thirty|30) minutes)\b/gi, ' min30 ', ['hour', 'minutes']],
  // A fire localised is one contained: the word officials use for it.
  [/\blocali[sz]ed\b/gi, ' contained ', ['localised', 'localized']],
  // The fire of guns is shelling, not a blaze: "artillery fire damaged three houses" tells of no
  // fire for "a fire broke out" to retell, nor for a damage claim to entail.
  [
    /\b(?:(?:artillery|mortar|rocket|tank|sniper|machine-gun|small-arms|automatic|enemy|return|returned|returning|open|opened|opening|cross) fire|under (?:heavy |intense |constant )?fire)\b/gi,
    ' shelling ',
    ['fire'],
  ],
  // An age names a person, not a count: "a 12-year-old girl" shares nothing with "12 drones".
  [/\b(\d{1,3})[-\s]years?[-\s]old\b/gi, ' age$1 ', ['year', 'years']],
  // A fire knocked down is put out, the fire word kept: "knocked the blaze down", "knocked down the fire".
  [
    /\bknock(?:s|ed|ing)? (?:down (?:the |a )?(fires?|blazes?|flames)|(?:the |a )?(fires?|blazes?|flames) down)\b/gi,
    ' extinguish $1$2 ',
    ['knock', 'knocks', 'knocked', 'knocking'],
  ],
  // "An infrastructure facility" is what officials call a target they will not name: it says
  // nothing of what was hit, so a later "depot" or "substation" is not told apart by its words;
  // one term for any such phrase lets "an infrastructure site" meet "an infrastructure facility".
  [
    /\b(?:critical |energy |civilian )?infrastructure (?:facilit(?:y|ies)|objects?|sites?)\b/gi,
    ' infrastructure ',
    ['infrastructure'],
  ],
  // An energy facility is what a substation or a power line is to the side that will not name it:
  // "attack on an energy facility" meets "substation hit", and keeps its own words for what else
  // it meets.
  [
    /\b(?:energy|power|electricity) (?:facilit(?:y|ies)|sites?|objects?)\b/gi,
    ' $& utility ',
    ['energy', 'power', 'electricity'],
  ],
  // A fire that broke out, or that a strike started, sparked or caused: one beginning, in any words.
  [/\b(?:broke|broken|breaks|break|breaking) out\b/gi, ' ignite ', ['out']],
  // So did one that a thing caught: "the substation caught fire" is "a fire broke out" there.
  [
    /\b(?:caught|catches|catch|catching) fire\b/gi,
    ' ignite fire ',
    ['caught', 'catches', 'catch', 'catching'],
  ],
  [
    /\b(?:start|spark|cause)(?:s|ed|ing)? (?:an? |the )?(?:small |large |big |major )?((?:(?!of\b|no\b)[\w-]+ )?)(fires?|blazes?)\b/gi,
    ' ignite $1$2 ',
    ['fire', 'fires', 'blaze', 'blazes'],
  ],
  // What a strike set ablaze, alight or on fire began to burn: "setting one of its workshops ablaze".
  [
    /\b(?:set|sets|setting)\s+((?:[\w-]+\s+){0,9}?)(?:alight|ablaze|on fire)\b/gi,
    ' ignite $1 fire ',
    ['set', 'sets', 'setting'],
  ],
  // What something set fire to began to burn: "debris set fire to a barge" is a barge on fire.
  [/\b(?:set|sets|setting) fire to\b/gi, ' ignite fire ', ['set', 'sets', 'setting']],
  // What a headline tells burning began to burn: "substation ablaze", "plant on fire" is "the
  // substation caught fire" (not "opened fire on", "under fire").
  [
    /\b(?:ablaze|in flames|(?<!\b(?:opened|open|opens|under|exchanged|returned) )on fire)\b/gi,
    ' ignite fire ',
    ['ablaze', 'flames', 'fire'],
  ],
  // Rockets fired at a place struck it, as the shelling's other tellers say: "fired 30 rockets at
  // the town" is "struck the town with 30 rockets".
  [
    /\bfired ((?:[\w-]+ ){0,3}?(?:rockets?|missiles?|shells?|rounds|projectiles?|bombs?|drones?)) (?:at|on|into)\b/gi,
    ' hit $1 ',
    ['fired'],
  ],
  // A drone that dropped onto something fell there ("dropped explosives on" keeps its verb).
  [/\bdropped (onto|on to|into)\b/gi, ' fall $1 ', ['dropped']],
  // Shot out of the sky is shot down.
  [/\b(shot|shoot(?:s|ing)?) out of the sky\b/gi, ' $1 down ', ['sky']],
  // An airport that "did not receive or send any planes" halted flights; a station, its trains.
  [
    /\b(?:(?:did|could) not (?:receive|accept|send|dispatch|handle|take|admit)(?: (?:or|and|nor) (?:receive|accept|send|dispatch|handle|take|admit|release))? (?:any )?|(?:received|accepted|sent|dispatched|handled|took|admitted)(?: (?:or|and|nor) (?:received|accepted|sent|dispatched|handled|released))? no )(?:planes|flights|aircraft|airliners)\b/gi,
    ' halt flight ',
    ['not', 'no'],
  ],
  [
    /\b(?:(?:did|could) not (?:receive|accept|send|dispatch|handle|take|admit)(?: (?:or|and|nor) (?:receive|accept|send|dispatch|handle|take|admit|release))? (?:any )?|(?:received|accepted|sent|dispatched|handled|took|admitted)(?: (?:or|and|nor) (?:received|accepted|sent|dispatched|handled|released))? no )trains\b/gi,
    ' halt rail ',
    ['not', 'no'],
  ],
  // Drivers held up on a road are its traffic stopped: "drivers on the road … were held up".
  [/\b(?:drivers|motorists)\b(?=[^.;]{0,80}?\bheld up\b)/gi, ' traffic ', ['held']],
  // What caved in collapsed: "the top floors caved in", "two floors collapsed".
  [/\bcaved in\b/gi, ' collapsed ', ['caved']],
  // Traffic held up was delayed.
  [/\bheld up\b/gi, ' delayed ', ['held']],
  // An air base is an airfield, and so is an aerodrome: one object, whichever word an outlet uses.
  [
    /\b(?:air[- ]?bases?|aerodromes?)\b/gi,
    ' airfield ',
    ['air', 'airbase', 'airbases', 'aerodrome', 'aerodromes'],
  ],
  // A train off the rails derailed, in any words: "came off the rails", "left the track".
  [
    /\b(?:(?:(?:came|come|comes|coming|went|go|goes|ran|run|runs|jumped|jump|jumps) )?off|left|leave|leaves|leaving|jumped|jump|jumps) the (?:rails|tracks?)\b/gi,
    ' derail ',
    ['rails', 'track', 'tracks'],
  ],
  // A ship's people are its crew, whatever a telling calls them: "two of its crew members",
  // "none of its sailors", "seamen".
  [
    /\b(?:crew members?|crewmen|crew|sailors?|seamen|seafarers?|mariners)\b/gi,
    ' crew ',
    ['crew', 'crewmen', 'sailor', 'sailors', 'seamen', 'seafarer', 'seafarers', 'mariners'],
  ],
  // A merchant ship is a ship, whatever its trade: "a bulk carrier", "a foreign cargo ship", "a
  // freighter".
  [
    /\b(?:(?:bulk|cargo|container|merchant) (?:carriers?|ships?|vessels?)|freighters?)\b/gi,
    ' ship ',
    ['carrier', 'carriers', 'ship', 'ships', 'vessel', 'vessels', 'freighter', 'freighters'],
  ],
  // Crew taken off a ship were evacuated from it: "all crew members were taken off the tanker".
  [
    /\b(?:taken|lifted|brought|removed) (?:off|from) (?:the |a |an |their |its )?(?:[\w-]+ )?(?:ship|vessel|tanker|boat|barge|ferry|platform|rig)\b/gi,
    ' evacuate ',
    ['taken', 'lifted', 'brought', 'removed'],
  ],
  // People moved away from danger were evacuated, whichever verb tells it: "sent to camps",
  // "moved children out of", "left by bus" (`MOVED_AWAY`).
  [new RegExp(String.raw`\b(?:${MOVED_AWAY})`, 'gi'), ' evacuate ', MOVED_AWAY_VERBS.split(' ')],
  // The buses or train that carried them left, whatever they are called: "the coaches departed",
  // "the convoy set off", "the train carrying the evacuees departed", "the evacuation train left".
  [
    /\b(?:buses|coaches|convoys?|trains?)(?: carrying (?:the )?evacuees)? (?:set off|sets off|left|leaves|departed|departs)\b/gi,
    ' convoy depart ',
    ['buses', 'coaches', 'convoy', 'convoys', 'train', 'trains'],
  ],
  // A supply "back" is one restored: "heat was back in homes", "power is back".
  [
    /\b(?:power|electricity|gas|water|heat|heating|light)(?: supply| supplies)? (?:was|were|is|are|has been|had been) (?:(?:fully|partly|partially|largely|mostly) )?back\b/gi,
    ' outage ',
    ['back'],
  ],
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
  // Those moved away were evacuated, told by the act or its name.
  evacuation: 'evacuate',
  evacuations: 'evacuate',
  // "Injuring" loses its ending before the lookup.
  injur: 'casualty',
  wound: 'casualty',
  wounded: 'casualty',
  victim: 'casualty',
  death: 'casualty',
  kill: 'casualty',
  hurt: 'casualty',
  // Harm denied in one word is still about harm: "the driver was unhurt", "escaped unharmed".
  unhurt: 'casualty',
  unharmed: 'casualty',
  uninjured: 'casualty',
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
  flat: 'building',
  flats: 'building',
  apartment: 'building',
  dwelling: 'building',
  household: 'building',
  // A shop by either name: "a shop", "a grocery store" (a grain store is storage, read above).
  store: 'shop',
  // A number reads the same in words or digits: "twelve", "a dozen", "12".
  one: '1',
  single: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
  nineteen: '19',
  dozen: '12',
  // Read whole, or the plural would lose its ending and read as twelve.
  dozens: 'dozens',
  twenty: '20',
  // Those at work are workers, whatever the outlet calls them.
  worker: 'worker',
  workers: 'worker',
  employee: 'worker',
  employees: 'worker',
  staff: 'worker',
  // Who was hurt matters to the count, not to the wording: a woman is one of the people.
  woman: 'people',
  women: 'people',
  man: 'people',
  men: 'people',
  child: 'people',
  children: 'people',
  resident: 'people',
  // Held is held, in either word: "were detained", "police arrested"; and those held are people.
  arrest: 'detain',
  suspect: 'people',
  detainee: 'people',
  // "The head of the district": who said it, not what happened.
  head: '',
  // Who reported it ("Russian media reported", "the bloggers claimed"), not what happened.
  media: '',
  blogger: '',
  bloggers: '',
  // Which side holds a town is how one outlet frames it ("occupied Henichesk", "the occupation
  // authorities"), not what happened there; the other side's outlet never says it.
  occupied: '',
  occupation: '',
  occupier: '',
  // An administrative building is the administration's building.
  administrative: 'administration',
  // An industrial site by any of its names is one struck object: "an industrial enterprise",
  // "the plant", "a military-industrial facility", "the factory".
  enterprise: 'plant',
  factory: 'plant',
  facility: 'plant',
  // A car is a vehicle, and a courtyard a yard: the struck thing, whatever the outlet calls it.
  car: 'vehicle',
  courtyard: 'yard',
  // A plant's installations are its units, and "unit" says nothing either.
  installation: '',
  // Trains, rail traffic and the railway are one line's traffic, however it is named.
  train: 'rail',
  railway: 'rail',
  // "About" is a stop word; its neighbours in meaning say no more than it does.
  around: '',
  roughly: '',
  approximately: '',
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
  // A fire by any name, and dying by any verb.
  blaze: 'fire',
  flame: 'fire',
  ablaze: 'fire',
  alight: 'fire',
  // What burned (out, down) was on fire: "cars burned out" retells "vehicles caught fire".
  burn: 'fire',
  burnt: 'fire',
  // A fire contained (or localised) and one put out are one fire's end, told at two stages:
  // "the ensuing fire was contained", "a fire broke out and was put out".
  contain: 'extinguish',
  // An air raid warning, whether told by its sirens or by the alert they sound.
  siren: 'alert',
  alarm: 'alert',
  // Lessons moved online, however the school put it: "pupils studied remotely", "schools switched
  // to distance learning". Those taught stand for their school.
  remotely: 'online',
  remote: 'online',
  distance: 'online',
  study: 'lesson',
  studied: 'lesson',
  studi: 'lesson',
  learn: 'lesson',
  teach: 'lesson',
  pupil: 'school',
  schoolchildren: 'school',
  student: 'school',
  class: 'lesson',
  classe: 'lesson',
  // Work stopped at a plant or on a line, in any verb; output is its production; late trains delayed.
  halt: 'halt',
  stop: 'halt',
  suspend: 'halt',
  shut: 'halt',
  disrupt: 'halt',
  // A crossing, road or airport "closed" stopped its traffic, as one "suspended" did.
  clos: 'halt',
  closure: 'halt',
  output: 'production',
  derailment: 'derail',
  // Oil let out, in either word: "oil leaked into the bay" tells "an oil spill".
  leak: 'spill',
  slick: 'spill',
  late: 'delay',
  died: 'casualty',
  die: 'casualty',
  dead: 'casualty',
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
    'claimed added announced statement report message channel channels governor official officials ' +
    'authorities local successfully swiftly promptly reportedly publicly earlier later same night ' +
    'day early hours incident event area part ukrainian russian forces force system unit ' +
    // When is compared on its own (the frame's time): as words, a stated "overnight into
    // Thursday" would only thin the overlap of two tellings of one event.
    'overnight morning evening afternoon dawn midnight noon tonight today yesterday ' +
    // "o'clock" reads "oclock" once its apostrophe is gone.
    'monday tuesday wednesday thursday friday saturday sunday oclock'
  ).split(' '),
);

/**
 * Strips a regular ending so "intercepted", "intercepts" and "intercepting" agree. Remembered by
 * word: an article repeats its words, and news repeats its vocabulary.
 */
export const lemma: (word: string) => string = remembered((word) => lemmaOf(word));

function lemmaOf(word: string): string {
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
  const terms: string[] = [];
  let plain = '';
  let at = 0;
  for (const m of mentions) {
    const s = m.start - offset;
    const e = m.end - offset;
    if (s < at || e > text.length) continue;
    plain += text.slice(at, s) + ' ';
    addOnce(terms, m.entityId);
    at = e;
  }
  plain += text.slice(at);
  const lower = foldedPhrases(plain).toLowerCase();
  // All the words at once: `match` makes no match object per word, as `exec` would.
  for (const word of lower.match(isLatinText(lower) ? LATIN_TERM_WORD : TERM_WORD) ?? []) {
    // A stop word gives no term: asked first of the small set, which stays in the nearest cache,
    // it spares half the words a look-up in the large map of every word met.
    const term = STOP.has(word) ? '' : termOf(word);
    if (term) addOnce(terms, term);
  }
  return terms.sort();
}

/**
 * Adds `term` to `terms` unless it is there already: a claim has a dozen terms or so, and a
 * search of so short a list costs less than a set built, copied out and dropped for each claim.
 */
function addOnce(terms: string[], term: string): void {
  if (!terms.includes(term)) terms.push(term);
}

/** The phrases' words, one list per phrase; a phrase without a list is in none. */
const PHRASE_WORDS = new WordScreen(PHRASES.map(([, , words]) => words ?? []));

/**
 * `text` with its phrases folded, in order. A pattern is run only where the text (as earlier
 * foldings left it) holds one of its words: one scan costs far less than a search, and most
 * clauses hold two or three phrases of the thirty, or none.
 */
function foldedPhrases(text: string): string {
  let folded = text;
  let words = PHRASE_WORDS.in(text);
  for (let i = 0; i < PHRASES.length; i++) {
    const [pattern, replacement, screened] = PHRASES[i]!;
    if (screened && !words[i]) continue;
    const replaced = folded.replace(pattern, replacement);
    if (replaced === folded) continue;
    folded = replaced;
    const added = REPLACEMENT_WORDS[i];
    // A fixed replacement, set off by spaces, brings only its own words: the lists are those
    // already marked and its. Those of the words it took out stay marked, which only lets a
    // pattern be searched for that cannot match. One that copies what it matched is rescanned.
    if (added) for (let list = 0; list < added.length; list++) words[list] ||= added[list]!;
    else words = PHRASE_WORDS.in(folded);
  }
  return folded;
}

/**
 * By phrase, the lists its replacement's own words are in (a copy: `in` reuses its answer), or
 * undefined where the replacement copies part of the match ("$1").
 */
const REPLACEMENT_WORDS = PHRASES.map(([, replacement]) =>
  replacement.includes('$') || !/^ .* $/.test(replacement)
    ? undefined
    : PHRASE_WORDS.in(replacement).slice(),
);

/** The phrase patterns with what every match of each holds, for the tests. */
export const PHRASE_SCREENS: readonly (readonly [RegExp, readonly string[] | undefined])[] =
  PHRASES.map(([pattern, , words]) => [pattern, words] as const);

/** The words of a clause (global, for `match`). */
const TERM_WORD = /[\p{L}][\p{L}\p{N}'’-]*|\d+/gu;
/** TERM_WORD for text that `isLatinText`. */
const LATIN_TERM_WORD = latinTwin(TERM_WORD, [
  ['[\\p{L}]', '[A-Za-z]'],
  ['\\p{L}\\p{N}', 'A-Za-z0-9'],
]);

/** The term a word of a clause gives, or '' for none; remembered by word. */
const termOf = remembered((word) => readTerm(word));

function readTerm(word: string): string {
  const clean = word.replace(/['’]s$/, '').replace(/['’-]/g, '');
  if (!clean || STOP.has(clean)) return '';
  const l = lemma(clean);
  if (l.length < 2 || STOP.has(l)) return '';
  return l;
}
