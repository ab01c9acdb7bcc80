import { screened, screenedTest, tests } from './screened.ts';
import { unitTest } from './sentences.ts';
/**
 * Facts the lexicon has no event for.
 *
 * The lexicon names the events war news tells most (strikes, debris, casualties, outages…), but a
 * reader follows other stories too: petrol rationed at filling stations, prisoners exchanged,
 * schools moved online, a field cleared of mines. A clause that tells something happened or
 * stands (a past or perfect verb, a passive, a state told with a number), that is anchored to
 * something another outlet could also name (a number, a day or hour, a place, an official or an
 * organisation), and that neither comments, speculates nor asks, is still a checkable fact. It is
 * filed as the event FACT: such claims meet only each other (`shareEvent`), so they never bend a
 * judgement the lexicon's events are made for, and two of them are the same fact only when their
 * words say so (`compare.ts`'s term overlap), or contradict only on one thing counted two ways at
 * one place and day.
 */

/** The event of a fact the lexicon has no name for. */
export const FACT = 'fact';

/**
 * A verb that tells something happened or was so: a past or perfect form, or a passive. Reporting
 * verbs ("said", "wrote") are left out: a clause holding only a speaker tells no fact of its own.
 * The irregular pasts are those news uses for events and states.
 */
const TOLD =
  /\b(?:was|were|had|ha(?:s|ve) (?:been|not|already|now|also)|did|began|begun|came|went|gone|left|took|taken|made|gave|given|found|kept|held|brought|sent|set|cut|put|paid|lost|ran|rose|risen|fell|fallen|grew|grown|saw|seen|met|stood|spent|built|sold|bought|drove|driven|led|broke|broken|shut|won|got|chose|chosen|fought|flew|flown|hung|hid|hidden|laid|lit|rode|rang|sank|sunk|shot|sought|stuck|struck|swept|threw|thrown|tore|torn|woke|wore|withdrew|withdrawn|overtook|undertook|arose|arisen|became|dealt|fled|forbade|forbidden|froze|frozen|knew|known|lay|meant|quit|shook|shaken|slid|spread|stole|stolen|strove|swore|sworn|underwent|undergone)\b|\b(?!(?:hundred|indeed|need|speed|seed|feed|breed|creed|greed|sacred|naked|wicked|kindred|hatred|rugged|ragged)\b)[a-z]{2,}ed\b/i;

/**
 * A state told in the present with what measures it ("the limit is 20 litres", "stations are
 * rationed"): a passive present, or a copula or "remain" before a number or a participle.
 */
const STANDS =
  /\b(?:is|are|remains?|stays?)\s+(?:(?:still|now|only|again|currently|temporarily|fully|partly|partially)\s+)?(?:[\w-]+ed\b|closed\b|shut\b|cut\b|limited\b|\d|(?:about|around|some|up to|at least|more than|less than|no more than|over)\s+\d)/i;

/**
 * A state told in the present by what it is ("AI-95 is unavailable", "the curfew remains in
 * force", "the shelters are open around the clock", "there is no shortage of water").
 */
const IN_STATE =
  /\b(?:is|are|remains?|stays?)\s+(?:(?:still|now|only|again|currently|temporarily|fully|partly|partially|no longer|not)\s+)?(?:open|closed|unavailable|available|in force|in effect|in operation|out of (?:service|order|stock)|dangerous|mined|without)\b|\bthere (?:is|are|was|were) (?:still )?no\b/i;

/**
 * What an authority has set for days to come, told with its date or its measure: "the centre
 * will close on 1 December", "the centre is to close", "schedules will apply until Friday",
 * "deliveries are expected by Thursday". A forecast of that kind is a decision another outlet can
 * report too, unlike "could" or "might"; it still needs a date or a number (`statesFact`).
 */
const SET_FOR_LATER =
  /\b(?:will|shall|(?:is|are) (?:to|due to|set to|scheduled to))\s+(?:(?:not|no longer|only|still|also|again)\s+)?(?!be\s+(?:able|likely|possible)\b)[a-z]+|\b(?:is|are) (?!being\b)[a-z]{3,}ing\b/i;
const SCHEDULED = /\b(?:is|are|was|were) (?:not )?expected (?:by|before|on|until|from|after)\b/i;

/**
 * A rule or a permission with the day it starts or the hours it holds ("may return home from
 * Monday", "must stay indoors from 8 p.m.", "can no longer cross the bridge"): a decision, not a
 * guess. Only "may", "must" and a negated "can" or "could": "could resume on Monday" speculates.
 */
const RULED =
  /\b(?:may|must|(?:is|are) (?:not )?allowed to|ha(?:s|ve) to|can no longer|(?:can|could)(?:not| not|n['’]t)|nor (?:can|could))\b(?![^,;]{0,20}\b(?:rule|ruled|say|said|confirm|tell|know|exclude|explain|be sure)\b)/i;
const FROM_WHEN = screened(
  /\b(?:from|until|till|since|after|before|by|between)\s+(?:\d|(?:next |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|tomorrow|midnight|noon|morning|evening|january|february|march|april|may|june|july|august|september|october|november|december)\b)/i,
);

/**
 * A present that tells how things now stand, not what usually happens: a timetable ("twice a
 * day", "once every three days", "from 6 a.m. to noon", "around the clock") or a verb after
 * "still" or "now" ("still houses 212 residents", "now draws on its wells").
 */
const TIMETABLE =
  /\b(?:once|twice|(?:one|two|three|four|five|six|\d+) times)\s+(?:a|per|every|each)\s+(?:day|week|month)\b|\bevery (?:two|three|four|five|six|seven|ten|\d+|other) (?:days|hours|weeks)\b|\baround the clock\b|\b\d{1,2}(?:[:.]\d\d)?\s?[ap]\.?m\b/i;
const STILL_NOW =
  /\b(?:still|now|currently|no longer)\s+(?!(?:a|an|the|in|at|on|of|for|to|with|more|less|than|and|or|that|this|its|their|his|her|it|is|are|was|were|be|been|being|very|quite|too|so|only)\b)[a-z]{3,}(?:s|e)\b/i;

/** A cause named for what happened: "blamed the outage on", "link it to", "explained the decision by". */
const BLAMES =
  /\b(?:blam(?:e|es|ed)|link(?:s|ed)?|attribut(?:e|es|ed)|explain(?:s|ed)?)\b[^,;]{0,60}?\b(?:on|to|by)\b/i;

/**
 * A participle and the words it governs before the clause's subject: "Seen from Riga, ". A count
 * that opens the clause ends the same way ("Ten", "Seven", "Eight", "Fifteen", "Twenty-seven")
 * but is its subject: "Ten drones reached the city, according to …" keeps its verb.
 */
const FRONTED_PARTICIPLE =
  /^\s*(?!(?:[\p{L}]+-)?(?:ten|seven|eleven|eight|\p{L}+teen)\b)[\p{L}-]+(?:ed|en|wn|ght)\b[^,]{0,60},/iu;

/** Reporting verbs: they attribute, and tell no fact beside the one attributed. */
const REPORTING_ONLY =
  /\b(?:said|wrote|stated|noted|reported|added|told|claimed|posted|confirmed|stressed|emphasi[sz]ed|explained|clarified|commented|replied|insisted|assured|warned|urged|promised)\b|\b(?:announced|declared)\b(?! an?\b)|\basked\b(?! to\b)/gi;

/**
 * Speculation, modality, mental states and questions: true or not, nothing another outlet could
 * confirm as that day's fact ("could", "apparently", "feared", "how long … is not yet known",
 * "asking which one was written", "guesses about where the missile landed").
 */
const NOT_A_FACT =
  /\b(?:could|might|may|can|cannot|can['’]t|should|must|ought|would(?! be\b)|perhaps|probably|possibly|apparently|seemingly|allegedly|likely|unlikely|hopes?|hoped|fears?|feared|believes?|believed|thinks?|thought|assumed|assumption|expects?|expected|wonders?|wondered|doubts?|doubted|suspects?|imagined|felt|feels|seemed|seems|used to|tend(?:s|ed)? to|as if|as though|(?:not (?:yet )?|un)known|unclear|remains to be seen|rumou?rs?)\b|\b(?:ask|asks|asked|asking|know|knows|knew|wonder|tell|tells|see|sees|saw) (?:which|what|who|whether|how|when|where|why)\b|\b(?:about|as to|over) (?:where|what|which|when|how|who|whether)\b|\b(?:whether|guess\w*|argu(?:e|es|ed|ing)|debat(?:e|es|ed|ing)|speculat\w*)\b|^\s*(?:how|why|whether|what|which|who|where)\b|\?/i;
/** `NOT_A_FACT.test`, each alternative searched only where its own words are (`screenedTest`). */
const isNotAFact = screenedTest(NOT_A_FACT);

/**
 * Colour rather than a fact: habits ("regularly patrol", "frequently targeted", "most of the
 * drones are shot down"), slow change told in the perfect ("have become", "has changed", "have
 * learned", "have long played down"), a mood, a feeling or a verdict ("the mood was one of
 * disbelief", "staff were touched by the letters", "described the strike as a blow"), a framing
 * "For X, …", and the say-so of the unnamed many ("residents say", "many in Saransk say", "one
 * pensioner said", "they note"), whom no other outlet can be found to confirm.
 */
const COLOUR =
  /\b(?:frequently|regularly|routinely|often|repeatedly|constantly|increasingly|nightly|habitually|once again|(?:every|each) (?:night|day|week|winter|summer|time))\b|\b(?:ha(?:s|ve)|had) (?:long |now |also |already |since |gradually |slowly )?(?:become|changed|learned|learnt|started to|stopped|grown|come to|got used|gotten used|played down)\b|\b(?:mood|feeling|atmosphere|logic|routine|disbelief|panick?(?:ing|ed)?|nerves|beyond recognition)\b|\bha(?:s|ve) been\b[^,;]{0,40}\b(?:since the (?:first|start|beginning|early)|for (?:years|months|decades))\b|\btouched by\b|\b(?:deeply|visibly|greatly|very|so|much) moved by\b|\b(?:grateful|relieved|shocked|saddened|delighted|upset|proud of)\b|\b(?:most|many|the majority|the bulk) of (?:the |their |its )?[\w-]+ (?:are|get)\b|\b(?:describ\w*|characteri[sz]\w*|portray\w*|branded|dismiss\w*)\b[^,;]{0,60}\bas\b|^\s*for\s+[^,]{1,80},|(?:^|,\s*|\b(?:in|at) [^,]{1,40},\s*)(?:many|some|most|few|others)\b|\b(?:residents|people|locals|families|villagers|parents|pensioners|passers-by|townspeople|they|many)(?: (?:of|in|at) [\p{L}-]+(?: [\p{L}-]+)?)? (?:say|says|said|recall|recalled|note|noted|told)\b|\bone (?:[\p{L}-]+ ){0,2}?(?:resident|pensioner|woman|man|volunteer|blogger|local|engineer|worker|teacher|driver|mother|father|student|shopkeeper|trader|farmer|official|witness|channel)s? (?:said|says|wrote|writes|told|recalled)\b/iu;

const hasColour = screenedTest(COLOUR);

/** A number, in digits or in words. */
const NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|dozens?|half)\b/i;

/** A day or an hour: what dates a telling, as a number does. */
const WHEN = screened(
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|overnight|morning|afternoon|evening|midnight|noon|midday|january|february|march|april|may|june|july|august|september|october|november|december)\b/i,
);

/**
 * What a struck site held, told by its goods: "the hangar stored only grain", "fuel was kept
 * there", "the depot housed tanks". Whether a target held arms or furniture is what outlets
 * dispute, and another can tell it of the same site, as checkable as a number.
 */
const CONTENTS =
  /\b(?:stored|housed|contained|contains|kept|held)\b(?:\s+(?:only|mostly|mainly|just|nothing but))?\s+(?:[\w-]+\s+){0,3}?(?:ammunition|munitions|weapons|arms|shells|missiles|drones|explosives|fuel|equipment|vehicles|goods|furniture|food|grain|aid|supplies|materials|products|parts)\b|\b(?:ammunition|munitions|weapons|arms|shells|missiles|drones|explosives|fuel|equipment|vehicles|goods|furniture|food|grain|aid|supplies|materials|products|parts)\s+(?:was|were|had been|is|are)\s+(?:being\s+)?(?:stored|kept|housed|held)\b/i;

/** A clause this long at least says something of its own; shorter ones are fragments. */
const MIN_WORDS = 5;
const MIN_HEADLINE_WORDS = 4;
/** A headline with neither a number nor a verb of the past says something only at this length. */
const MIN_LABEL_WORDS = 5;

/** The most words a clause is ever asked to have: counting stops there. */
const WORDS_ASKED = Math.max(MIN_WORDS, MIN_HEADLINE_WORDS, MIN_LABEL_WORDS);

/** Whether a UTF-16 unit, or a code point of two, is a letter or a digit: a word's character. */
const isWordUnit = unitTest(/[\p{L}\p{N}]/u);
const WORD_POINT = /^[\p{L}\p{N}]$/u;

/**
 * How many words (runs of letters and digits, as `[\p{L}\p{N}]+` finds them) `text` has, up to
 * `most`: only the thresholds above are asked of, and read a character at a time the first few
 * words cost less than one match object each would.
 */
export function wordsUpTo(text: string, most: number): number {
  let words = 0;
  let inWord = false;
  for (let at = 0; at < text.length && words < most; at++) {
    const code = text.charCodeAt(at);
    let isWord: boolean;
    const low = code >= 0xd800 && code <= 0xdbff ? text.charCodeAt(at + 1) : 0;
    if (low >= 0xdc00 && low <= 0xdfff) {
      // A letter outside the first plane ("𝐀") is one character of two units.
      isWord = WORD_POINT.test(text.slice(at, at + 2));
      at++;
    } else isWord = isWordUnit(code);
    if (isWord && !inWord) words++;
    inWord = isWord;
  }
  return words;
}

/**
 * Whether a clause no event of the lexicon asserts still states a checkable fact. `named`: whether
 * it names a place, an official or an organisation. `within`: a text holding every word the clause
 * holds (its sentence, scanned already), whose words rule out patterns for it (`screenedTest`).
 */
export function statesFact(
  clause: string,
  headline: boolean,
  named: boolean,
  within = clause,
): boolean {
  const words = wordsUpTo(clause, WORDS_ASKED);
  // "Hladkov blamed Ukrainian drones": four words say something when one of them is a name.
  if (words < (headline || named ? MIN_HEADLINE_WORDS : MIN_WORDS)) return false;
  if (!named && !NUMBER.test(clause) && !tests(WHEN, clause) && !CONTENTS.test(clause))
    return false;
  // A rule with its day, or deliveries expected by a day, is not the guess its modal otherwise is.
  // "may resume" is no month of May.
  const undated = clause.replace(/\bmay(?= [a-z])/g, ' ');
  const dated = NUMBER.test(undated) || tests(FROM_WHEN, undated) || tests(WHEN, undated);
  const screened = dated ? clause.replace(RULED, ' ').replace(SCHEDULED, ' ') : clause;
  // Blanking whole words leaves no word the clause, and so `within`, lacks.
  if (isNotAFact(screened, within) || hasColour(clause, within)) return false;
  // "Taken together, …", "Seen from Riga, …": a participle fronting the clause is no verb of it.
  const told = clause.replace(FRONTED_PARTICIPLE, ' ').replace(REPORTING_ONLY, ' ');
  if (TOLD.test(told) || STANDS.test(told) || IN_STATE.test(told)) return true;
  if (screened !== clause) return true;
  if (STILL_NOW.test(told) || BLAMES.test(clause)) return true;
  // A timetable ("twice a week") measures what it tells as a number does.
  if (TIMETABLE.test(told) || (dated && SET_FOR_LATER.test(told))) return true;
  // A headline may tell in the present or with no verb ("Dzhankoi drivers face a fuel limit",
  // "Petrol limit of 20 litres in Dzhankoi"); a short one with neither a number nor a verb of the
  // past is a label ("Air defences in Kursk", "Missile hits on Kupiansk"), not a telling.
  return headline && (words >= MIN_LABEL_WORDS || NUMBER.test(clause));
}
