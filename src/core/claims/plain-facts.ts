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

/** A participle and the words it governs before the clause's subject: "Seen from Riga, ". */
const FRONTED_PARTICIPLE = /^\s*[\p{L}-]+(?:ed|en|wn|ght)\b[^,]{0,60},/iu;

/** Reporting verbs: they attribute, and tell no fact beside the one attributed. */
const REPORTING_ONLY =
  /\b(?:said|wrote|stated|noted|reported|announced|added|told|claimed|declared|posted|confirmed|stressed|emphasi[sz]ed|explained|clarified|commented|replied|insisted|assured|warned|urged|asked|promised)\b/gi;

/**
 * Speculation, modality, mental states and questions: true or not, nothing another outlet could
 * confirm as that day's fact ("could", "apparently", "feared", "how long … is not yet known",
 * "asking which one was written", "guesses about where the missile landed").
 */
const NOT_A_FACT =
  /\b(?:could|might|may|can|cannot|can['’]t|should|must|ought|would(?! be\b)|perhaps|probably|possibly|apparently|seemingly|allegedly|likely|unlikely|hopes?|hoped|fears?|feared|believes?|believed|thinks?|thought|assumed|assumption|expects?|expected|wonders?|wondered|doubts?|doubted|suspects?|imagined|felt|feels|seemed|seems|used to|tend(?:s|ed)? to|as if|as though|(?:not (?:yet )?|un)known|unclear|remains to be seen|rumou?rs?)\b|\b(?:ask|asks|asked|asking|know|knows|knew|wonder|tell|tells|see|sees|saw) (?:which|what|who|whether|how|when|where|why)\b|\b(?:about|as to|over) (?:where|what|which|when|how|who|whether)\b|\b(?:guess\w*|argu(?:e|es|ed|ing)|debat(?:e|es|ed|ing)|speculat\w*)\b|^\s*(?:how|why|whether|what|which|who|where)\b|\?/i;

/**
 * Colour rather than a fact: habits ("regularly patrol", "frequently targeted", "most of the
 * drones are shot down"), slow change told in the perfect ("have become", "has changed", "have
 * learned", "have long played down"), a mood, a feeling or a verdict ("the mood was one of
 * disbelief", "staff were touched by the letters", "described the strike as a blow"), a framing
 * "For X, …", and the say-so of the unnamed many ("residents say", "many in Saransk say", "one
 * pensioner said", "they note"), whom no other outlet can be found to confirm.
 */
const COLOUR =
  /\b(?:frequently|regularly|routinely|often|repeatedly|constantly|increasingly|nightly|habitually|once again|(?:every|each) (?:night|day|week|winter|summer|time))\b|\b(?:ha(?:s|ve)|had) (?:long |now |also |already |since |gradually |slowly )?(?:become|changed|learned|learnt|started to|stopped|grown|come to|got used|gotten used|played down)\b|\b(?:mood|feeling|atmosphere|logic|routine|disbelief|panick?(?:ing|ed)?|nerves|beyond recognition)\b|\b(?:touched|moved) by\b|\b(?:grateful|relieved|shocked|saddened|delighted|upset|proud of)\b|\b(?:most|many|the majority|the bulk) of (?:the |their |its )?[\w-]+ (?:are|get)\b|\b(?:describ\w*|characteri[sz]\w*|portray\w*|branded|dismiss\w*)\b[^,;]{0,60}\bas\b|^\s*for\s+[^,]{1,80},|(?:^|,\s*|\b(?:in|at) [^,]{1,40},\s*)(?:many|some|most|few|others)\b|\b(?:residents|people|locals|families|villagers|parents|pensioners|passers-by|townspeople|they|many)(?: (?:of|in|at) [\p{L}-]+(?: [\p{L}-]+)?)? (?:say|says|said|recall|recalled|note|noted|told)\b|\bone (?:[\p{L}-]+ ){0,2}?(?:resident|pensioner|woman|man|volunteer|blogger|local|engineer|worker|teacher|driver|mother|father|student|shopkeeper|trader|farmer|official|witness|channel)s? (?:said|says|wrote|writes|told|recalled)\b/iu;

/** A number, in digits or in words. */
const NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|dozens?|half)\b/i;

/** A day or an hour: what dates a telling, as a number does. */
const WHEN =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|overnight|morning|afternoon|evening|midnight|noon|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/** A clause this long at least says something of its own; shorter ones are fragments. */
const MIN_WORDS = 5;
const MIN_HEADLINE_WORDS = 4;
/** A headline with neither a number nor a verb of the past says something only at this length. */
const MIN_LABEL_WORDS = 5;

const WORD = /[\p{L}\p{N}]+/gu;

function wordCount(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

/**
 * Whether a clause no event of the lexicon asserts still states a checkable fact. `named`: whether
 * it names a place, an official or an organisation.
 */
export function statesFact(clause: string, headline: boolean, named: boolean): boolean {
  const words = wordCount(clause);
  if (words < (headline ? MIN_HEADLINE_WORDS : MIN_WORDS)) return false;
  if (!named && !NUMBER.test(clause) && !WHEN.test(clause)) return false;
  if (NOT_A_FACT.test(clause) || COLOUR.test(clause)) return false;
  // "Taken together, …", "Seen from Riga, …": a participle fronting the clause is no verb of it.
  const told = clause.replace(FRONTED_PARTICIPLE, ' ').replace(REPORTING_ONLY, ' ');
  if (TOLD.test(told) || STANDS.test(told)) return true;
  // A headline may tell in the present or with no verb ("Dzhankoi drivers face a fuel limit",
  // "Petrol limit of 20 litres in Dzhankoi"); a short one with neither a number nor a verb of the
  // past is a label ("Air defences in Kursk", "Missile hits on Kupiansk"), not a telling.
  return headline && (words >= MIN_LABEL_WORDS || NUMBER.test(clause));
}
