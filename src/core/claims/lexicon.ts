/**
 * The words that make a sentence a checkable fact, or mere commentary.
 *
 * Event classes are tried in order: the first whose trigger the clause contains names the event.
 * The order puts what a clause is about before what it mentions in passing: "emergency services
 * were on site to manage the debris from the downed drone" is a response, not a shootdown.
 */

import { matchesOf } from './matches.ts';
import { searchForWords } from './pattern-words.ts';
import { mayFoldToLatin, screened, screenedTest } from './screened.ts';

export interface EventTrigger {
  event: string;
  /** Matches a verb (or fixed phrase) asserting the event happened. */
  pattern: RegExp;
  /** When set, the clause must also match this for the trigger to count. */
  needs?: Needs;
  /** When set, the words before the trigger (its subject) must contain this. */
  subject?: RegExp;
  /**
   * Every word a match of `pattern` can begin with, whole and in lower case, space-separated:
   * a clause holding none of them is not searched with `pattern` at all. Keep it in step with
   * `pattern` (the lexicon tests check it against every match in the test texts).
   */
  opens: string;
  /**
   * For a pattern whose opening words are common ("is", "was"): words of which every match, or
   * the words its look-behind reads just before it, holds one; a clause holding none is not
   * searched either.
   */
  holds?: string;
  /**
   * A match that tells the event happened in negated words ("the airport did not receive or send
   * any planes" is a closure): not a denial, whatever its "not".
   */
  affirms?: boolean;
  /**
   * A match that tells, in affirmative words, that the event did not happen ("ammonia levels
   * remain within permissible limits" denies that they exceeded them): a denial, with no "not".
   */
  denies?: boolean;
}

/**
 * A pattern a trigger's clause must match besides the trigger's own, with the words one of which
 * every match of it holds: a clause lacking them all is not searched with it (`WordScreen`).
 */
export interface Needs {
  pattern: RegExp;
  /** As `opens`: lower case, space-separated; `word*` stands for every word `word` begins. */
  words: string;
}

/** Needs one of `words` (as `Needs.words`), whole: the pattern is made of the words. */
function anyOf(words: string): Needs {
  return { pattern: searchForWords(words.split(' ')), words };
}

/**
 * The verb of people moved away from danger, with what follows it unread (a look-ahead): "taken
 * [by bus to camps]", "moved [children out of]", "taken out [by the authorities]", "left [by
 * bus]", "go [to summer camps]". The
 * evacuation trigger reads it, and the claim's terms fold it to one word (`terms.ts`), so "were
 * sent to camps" and "moved children out of" tell the same act. Those "removed" or a village
 * "emptied" are named after the verb ("removed about a hundred residents", "empties X: 90 people").
 */
export const MOVED_AWAY = String.raw`(?:taken|sent|moved|moves|evacuated|evacuates|relocated|relocates|bussed|transported|brought)(?= (?:[\w-]+ ){0,3}?(?:to (?:[\w-]+ ){0,2}?(?:camps?|sanatori(?:a|ums?)|shelters?|dormitor(?:y|ies)|hostels?|temporary accommodation|safer areas?|the rear)\b|out of\b|away from\b))|(?:taken|brought) out(?= by\b)|(?:left|leave|leaves|set off)(?= by (?:bus|buses|train|coach|coaches)\b)|(?:go|goes|went)(?= to (?:[\w-]+ ){0,2}?camps?\b)|(?:removed|removes|emptied|empties)(?= (?:[\w:,-]+ ){0,4}?(?:residents|people|families|children|civilians|pensioners|villagers|inhabitants)\b)`;

/** Every word `MOVED_AWAY` can begin with, as `EventTrigger.opens`. */
export const MOVED_AWAY_VERBS =
  'taken sent moved moves evacuated evacuates relocated relocates bussed transported brought left leave leaves set go goes went removed removes emptied empties';

/** What is left of a drone or missile once it is down: the subject of a debris event. */
const DEBRIS = anyOf('debris wreckage fragment fragments remains parts pieces');

/**
 * Things that can be hit: the object of a strike or of falling debris. "Unmanned aerial vehicles"
 * are the drones themselves, not a vehicle they hit. Each look-behind reads back from the end of
 * its word, not from its start: one that opens an alternative is tried at every position of the
 * text, and searching a clause without an object took five times as long.
 */
const OBJECTS: Needs = {
  pattern:
    /\b(?:houses?|homes?|buildings?|blocks?|apartments?|flats?|roofs?|windows?|schools?|hospitals?|shops?|garages?|warehouses?|cars?|vehicles?(?<!\b(?:aerial|unmanned|uncrewed|surface|underwater) vehicles?)|facility|facilities|depots?|plants?|enterprises?|factor(?:y|ies)|sites?(?<=\bindustrial sites?)|mills?|workshops?|substation|infrastructure|classrooms?|kindergartens?|fences?|walls?|gates?|sheds?|barns?|pipelines?|power lines?|(?:gas|water) mains?|ports?|terminals?|refiner(?:y|ies)|silos?|elevators?|stations?|bridges?|spans?|roads?|railways?|rail(?:way)? lines?|(?:rail(?:way)? )?tracks|offices?|stores?|markets?|churches?|trucks?|lorries|lorry|(?:mini)?bus(?:es)?|trolleybus(?:es)?|trams?|locomotives?|wagons?|balcon(?:y|ies)|fa[cç]ades?|premises|hangars?|tanks?|airfields?|air ?bases?|aerodromes?|(?:war)?ships?|vessels?|corvettes?|frigates?|ferr(?:y|ies)|barges?|trains?|towers?|masts?)\b/i,
  // "Façade" holds the word "fa": the screen reads words of ASCII letters, as the pattern does.
  words:
    'houses house homes home buildings building blocks block apartments apartment flats flat ' +
    'roofs roof ' +
    'windows window schools school hospitals hospital shops shop garages garage warehouses ' +
    'warehouse cars car vehicles vehicle facility facilities depots depot plants plant ' +
    'enterprises enterprise factory factories sites site mills mill workshops workshop ' +
    'substation infrastructure classrooms classroom kindergartens kindergarten fences fence ' +
    'walls wall gates gate sheds shed barns barn pipelines pipeline power gas water ports port ' +
    'terminals terminal refinery refineries silos silo elevators elevator stations station bridges bridge spans span roads ' +
    'road railways railway rail tracks offices office stores store markets market churches ' +
    'church trucks truck lorries lorry bus buses minibus minibuses trolleybus trolleybuses ' +
    'trams tram locomotives locomotive wagons wagon balcony balconies facade facades fa premises hangars hangar tanks tank ' +
    'airfields airfield air airbase airbases aerodromes aerodrome ships ship warships warship ' +
    'vessels vessel corvettes corvette frigates frigate ferry ferries barges barge trains train ' +
    'towers tower masts mast',
};

/** What television, radio and the internet are told by: the broadcasting and what carries it. */
const BROADCAST_WORDS =
  'broadcasting broadcasts broadcast television tv radio channel channels transmission transmissions internet';
export const BROADCAST_SUBJECT =
  /\b(?:broadcasting|broadcasts?|television|tv|radio|channels?|transmissions?|internet)\b/i;

/** Traffic that did not come or go: a closure told in negated verbs. */
const STOPPED_TRAFFIC =
  /\b(?:(?:did|could) not (?:receive|accept|send|dispatch|handle|take|admit)(?: (?:or|and|nor) (?:receive|accept|send|dispatch|handle|take|admit|release))? (?:any )?|(?:received|accepted|sent|dispatched|handled|took|admitted)(?: (?:or|and|nor) (?:received|accepted|sent|dispatched|handled|released))? no )(?:planes|flights|aircraft|airliners|trains|ships|vessels)\b/i;

/** What "no one" or "nobody" must be said of to deny casualties: "nobody could say" denies nothing. */
/**
 * Who tells a headline's verbless event, before it: a speaker and a colon ("Defence ministry:
 * strike on …", at most four words) or a subject and a verb of saying or owning up ("Kyiv claims
 * drone attack on …", "Navy confirms strike on …", "Governor admits blast at …"). The event is
 * the claim; the teller only attributes it.
 */
const HEADLINE_TELLER = String.raw`(?:(?:[\w'’.-]+ ){0,3}[\w'’.-]+:\s+|(?:[\w'’-]+ ){1,3}(?:claims?|reports?|says?|alleges?|confirms?|admits?|acknowledges?)\s+)?`;

/** A subject that names people, of whom harm may be told ("two residents", "a woman"). */
const HURT_SUBJECT =
  /\b(?:people|persons?|residents|civilians|m[ae]n|wom[ae]n|child(?:ren)?|soldiers?|servicem[ae]n|crew|workers?|fishermen|\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens)\b/i;

/** Words that may open a headline's attack told as a noun: "Night drone raid on X". */
const RAID_OPENER = String.raw`(?:(?:night|overnight|night-time|nighttime|morning|massive|massed|combined|fresh|new|another)\s+)?`;

/** A blast put down to gas: "a domestic gas explosion", "a gas blast", "a gas leak". */
export const GAS_BLAST = /\b(?:gas|boiler) (?:explosion|blast|leak)\b/i;
const GAS_BLAST_DID =
  /\b(?:gas|boiler) (?:explosion|blast)(?:, not an? (?:[\w-]+ )?[\w-]+,)? (?:destroyed|wrecked|damaged|gutted|tore through|ripped through|hit)\b/i;

/** A vessel kept from sinking: "stayed afloat", "remained afloat". */
export const AFLOAT = /\b(?:stayed|remained|kept) afloat\b/i;
/** A vessel lost or beached: "ran aground", "sank", "capsized". */
export const SANK_OR_AGROUND = /\b(?:ran aground|run aground|sank|capsized)\b/i;
const VESSEL_FATE = new RegExp(`${AFLOAT.source}|${SANK_OR_AGROUND.source}`, 'i');

/** An attack on a place denied outright: "There was no Russian attack on the town". */
/** A fire denied with no object named: "there was no fire", "no fire broke out". */
export const NO_FIRE_AT_ALL =
  /\bthere (?:was|were|had been|has been) no (?:fires?|blazes?)\b|\bno (?:fires?|blazes?) (?:broke out|started|was reported|were reported)\b/i;

export const NO_ATTACK_AT_ALL =
  /\bthere (?:was|were|had been|has been) no (?:[\w-]+ ){0,2}?(?:attacks?|strikes?|shelling|airstrikes?|air strikes?) (?:on|in|at|against)\b/i;

/**
 * What is "brought down" on the ground, not out of the sky: a power line, a pole, a tree, a wall
 * ("shelling brought down a power line"), with no flying thing between ("brought down two drones
 * near a tower"). Read after "brought down " and its like.
 */
export const FELLED = String.raw`(?:(?!(?:drones?|uavs?|missiles?|rockets?|aircraft|jets?|helicopters?|planes?|targets?)\b)[\w-]+ ){0,3}?(?:lines?|poles?|pylons?|masts?|towers?|cables?|wires?|trees?|walls?|roofs?|ceilings?)\b`;

const HARM = anyOf(
  'injur* hurt harmed killed died dead wounded casualt* victim victims hospitalised hospitalized',
);

/*
 * A lookbehind that opens an alternative runs at every position of every clause; each is led by a
 * lookahead on the words that must follow it ("(?=found|…)(?<=…)(?:found|…)"), which matches the
 * same text but tries the costly lookbehind only where one of those words starts. Cheaper still,
 * the lookbehind follows the words and reads them too ("dropped(?<=… dropped)",
 * "(?:was|were)(?<=… (?:was|were))"), which matches the same text where none of the words ends
 * another: searching a clause then takes from a half to a tenth of the time.
 */
export const EVENT_TRIGGERS: EventTrigger[] = [
  {
    // A blast told by its cause, gas, and what it did: "A domestic gas explosion destroyed part of
    // a block", "Gas explosion, not a missile, wrecked apartment block". First, so that a gas
    // blast's "destroyed" is not read as drones destroyed.
    event: 'damage',
    opens: 'gas boiler',
    pattern: GAS_BLAST_DID,
  },
  {
    event: 'statement',
    // Besides comments withheld, warned or denied: an owner's or official's name for what
    // happened, which tells it apart from an attack ("the plant called the fire an accident").
    opens:
      'have has had did do does declined warned denied called described termed labeled labelled',
    pattern:
      /\b(?:ha(?:ve|s|d)|did|do|does) (?:not|n't) (?:yet )?(?:publicly )?(?:commented|comment|responded|respond|confirmed|confirm|claimed|claim)\b|\bdeclined to comment\b|\bwarned\b|\bdenied\b|\b(?:called|described|termed|labell?ed)(?= (?:[\w’'-]+ ){0,3}?(?:as )?["“]?(?:an? )?(?:[\w-]+ )?(?:incident|accident|malfunction)s?\b)/i,
  },
  {
    // Crews sent or at the scene; "the fire at the site" places a fire, and is no response; nor
    // are people who "have been evacuated", named alone or by where they live ("residents of
    // two streets near the depot were evacuated"), an evacuation (below).
    event: 'response',
    opens:
      'deployed dispatched sent arrived gone went headed rushed on at working evacuated evacuating',
    pattern:
      /\b(?:deployed|dispatched|sent|arrived|(?:gone|went|headed|rushed) to|(?<!\b(?:fires?|blazes?|flames|explosions?|damage) )(?:on|at) (?:the )?(?:site|scene)|working at|(?<!\b(?:people|residents|families|civilians|children)(?: (?!(?:and|but|while|after)\b)[\w-]+){0,10}? (?:(?:have been|had been|were) )?)evacuated|evacuating)\b/i,
    needs: anyOf(
      'services teams crew crews rescuers firefighters personnel residents people medics paramedics ambulance ambulances police',
    ),
  },
  {
    // Work at the scene told as a noun, munitions made safe.
    event: 'response',
    opens:
      'continuing under underway ongoing completed finished moved relocated taken brought led defused disposed made lifted removed evacuated',
    pattern:
      /(?=continuing|under way|underway|ongoing|completed|finished)(?<=\b(?:search|rescue|recovery|repair|restoration|clean-up|cleanup|demining) (?:operations?|work|works|efforts?) (?:is |are |was |were |has been |have been )?)(?:continuing|under way|underway|ongoing|completed|finished)\b|\b(?:taken|lifted|brought|removed|evacuated) (?:off|from) (?:the |a |an |their |its )?(?:[\w-]+ )?(?:ship|vessel|tanker|boat|barge|ferry|platform|rig)\b|\b(?:defused|disposed of|made safe)\b/i,
  },
  {
    // Someone brought out of the rubble: a rescue, whoever did it, counted apart from evacuations.
    event: 'rescue',
    opens: 'rescued pulled freed recovered retrieved dug brought',
    needs: anyOf('rubble ruins debris'),
    pattern:
      /\b(?:rescued|pulled|freed|recovered|retrieved|dug out|brought out)\b(?= (?:[\w-]+ ){0,5}?from (?:under )?(?:the )?(?:rubble|ruins|debris))/i,
  },
  {
    // Rescue and emergency work at the scene: "rescuers worked through the night", "cordoned off".
    event: 'response',
    opens:
      'worked were started begun began repairing replacing restoring cordoned sealed cleared clearing searched searching examined examining inspected inspecting reached was given housed accommodated resettled',
    pattern:
      /\b(?:worked|were working|(?:started|begun|began) (?:to )?(?:repair|replace|restore|clear)|repairing|replacing|restoring|cordoned off|sealed off|cleared|clearing|searched|searching|examined|examining|inspected|inspecting|reached|(?:were |was )?given (?:temporary )?(?:housing|shelter|accommodation)|(?:were |was )?(?:housed|accommodated|resettled))\b/i,
    needs: {
      pattern:
        /\b(?:services|teams|crews|rescuers|firefighters|police|volunteers|specialists|sappers|bomb disposal|evacuees|convoy|emergency workers)\b/i,
      words:
        'services teams crews rescuers firefighters police volunteers specialists sappers bomb evacuees convoy emergency',
    },
  },
  {
    event: 'response',
    opens:
      'set setting established establishing prepare prepared preparing activated activating opened opening organised organized',
    pattern:
      /\b(?:set up|setting up|established|establishing|prepared?|preparing|activated|activating|opened|opening|organi[sz]ed)\b/i,
    needs: anyOf(
      'accommodation shelter shelters evacuation point points centre centres center centers',
    ),
  },
  {
    event: 'casualties',
    opens: 'no nobody',
    pattern: /\bno(?: one| people| person)\b|\bnobody\b/i,
    needs: HARM,
  },
  {
    event: 'casualties',
    opens: 'no without killed injured wounded hurt died hospitalised hospitalized',
    pattern:
      /\bno(?: casualties| injuries| deaths| victims| fatalities| wounded| injured)\b|\bwithout (?:any )?(?:casualties|injuries|victims|loss of life)\b|\b(?:killed|injured|wounded|hurt|died|hospitali[sz]ed)\b/i,
  },
  {
    // Harm denied in one word: "the driver was unhurt", "the crew escaped unharmed", "both
    // passengers were uninjured". Said of people, so a denial, whoever the subject is.
    event: 'casualties',
    opens: 'was were is are remained remains escaped survived',
    pattern:
      /\b(?:was|were|is|are|remained|remains|escaped|survived)(?: (?:completely|physically|largely))? (?:unhurt|unharmed|uninjured)\b/i,
    denies: true,
  },
  {
    // Headlines tell harm in the present tense: "shelling kills one", "strike leaves three wounded".
    event: 'casualties',
    opens: 'kills injures wounds dies die leaves',
    pattern:
      /\b(?:kills|injures|wounds|dies|die|leaves (?:[\w-]+ ){0,3}?(?:dead|injured|wounded|hurt))\b/i,
  },
  {
    // What the hurt are told of their condition: "their lives are not in danger", "his injuries
    // are not life-threatening". Said of those hurt, it denies no harm: the "not" is the condition.
    // Lives "in danger" without a "not" are a threat, not a harm done: "residents must leave
    // because their lives are in danger"; wounds "life-threatening" are a harm all the same.
    event: 'casualties',
    opens: 'is are was were',
    pattern:
      /(?:is|are|was|were)(?<=\b(?:li(?:fe|ves)|injur(?:y|ies)|wounds?) (?:is|are|was|were)) (?:(?:not|no longer) (?:in danger|life-threatening)|life-threatening)\b/i,
    affirms: true,
  },
  {
    // Who was hurt, told by where they are or whom they are among: "taken to hospital".
    event: 'casualties',
    opens:
      'taken rushed admitted brought sent airlifted is are was were remain remains remained among include includes included assessed described listed in moderate serious stable critical grave satisfactory treated treating found recovered retrieved pulled received receiving given needed sought suffered sustained has had rose rises risen climbs climbed increased grew grown reached stands stood',
    holds:
      'hospital among injured wounded dead killed victims assessed described listed condition treated treating found recovered retrieved pulled received receiving given needed sought suffered sustained rose rises risen climbs climbed increased grew grown reached stands stood',
    pattern:
      /\b(?:(?:taken|rushed|admitted|brought|sent|airlifted) to (?:a |the )?(?:[\w-]+ ){0,2}hospital|(?:is|are|was|were|remains?|remained) (?:still )?in (?:a |the )?(?:[\w-]+ ){0,2}hospital|among the (?:injured|wounded|dead|killed|victims)|(?<=\bof the (?:injured|wounded|dead|killed|victims) )(?:are|were|is|was|include[sd]?)|(?:assessed|described|listed) as (?:moderate|serious|stable|critical|grave|satisfactory)|in (?:a )?(?:moderate|serious|stable|critical|grave) condition|(?<=condition (?:is|was|remains|remained) )(?:moderate|serious|stable|critical|grave|satisfactory)|treated (?:for|at|in|on the spot)|treating (?:[\w-]+ ){0,3}?for|(?=found|recovered|retrieved|pulled out)(?<=\bbod(?:y|ies)\b.{0,40}?)(?:found|recovered|retrieved|pulled out)|(?:received|receiving|given|needed|sought) (?:medical )?(?:help|assistance|care|treatment)|(?:suffered|sustained|received) (?:[\w-]+ ){0,2}(?:wounds|injuries|burns|concussions?|fractures|shock)|(?<=(?:toll|injured|wounded|dead|victims|casualties) )(?:has |had )?(?:rose|rises|risen|climbs|climbed|increased|grew|grown|reached|stands at|stood at)|(?=has |had |rose|rises|risen|climb|reached|stands|stood)(?<=\btoll\b.{1,120}?)(?:has |had )?(?:rose|rises|risen|climbs|climbed|reached|stands at|stood at) to)\b/i,
  },
  {
    // People missing: said of people, not of "what is missing" from a story.
    event: 'casualties',
    opens: 'are were is was remain remains remained',
    pattern: /\b(?:are|were|is|was|remains?|remained) (?:still )?(?:missing|unaccounted for)\b/i,
    subject: HURT_SUBJECT,
  },
  {
    // Hurt told by what hurt them: "a man was cut by flying glass", "two were bruised by falling
    // debris". Said of people (the subject), not of a cable "cut by shrapnel".
    event: 'casualties',
    opens: 'was were',
    holds: 'cut grazed bruised burned burnt concussed',
    pattern:
      /\b(?:was|were) (?:badly |slightly |lightly )?(?:cut|grazed|bruised|burned|burnt|concussed) by (?:(?:the |broken |flying |shattered |falling )+)?(?:glass|shrapnel|fragments|debris|splinters)\b/i,
    subject: HURT_SUBJECT,
  },
  {
    // No one was there to be hurt: "nobody was inside at the time", "the building was empty",
    // "its owners were not at home".
    event: 'unoccupied',
    opens: 'no nobody was were',
    pattern:
      /\b(?:(?:no one|nobody|no people) (?:was|were) (?:inside|in the building|at home|on site|there)|(?=was|were)(?<=\b(?:owners?|occupants?|tenants?|residents|family) )(?:was|were) not (?:inside|at home|there)\b|(?:was|were) (?:empty|unoccupied|deserted|vacant) at the time|(?:was|were) (?:empty|unoccupied|deserted|vacant)\b)/i,
  },
  {
    event: 'debris',
    opens: 'fell fall falls falling fallen crashed landed came scattered left were was',
    pattern:
      /\b(?:fell|falls?|falling|fallen|crashed|landed|came down|scattered|left a trail|were found|was found)\b/i,
    needs: DEBRIS,
  },
  {
    // "The fragments struck two houses": what falling debris does to a building is where it fell.
    event: 'debris',
    opens: 'struck strikes hit hits damaged damages smashed slammed crashed',
    pattern: /\b(?:struck|strikes|hits?|damaged|damages|smashed into|slammed into|crashed into)\b/i,
    needs: OBJECTS,
    subject: DEBRIS.pattern,
  },
  {
    // Headlines tell the past in the present tense: "Drone hits house", "Missile slams into block".
    event: 'damage',
    opens:
      'damaged damages struck hit hits caught catches set burned slams smashes crashes ploughs plows',
    pattern:
      /\b(?:damaged|damages|struck|hits?|caught fire|catches fire|set on fire|burned|(?:slams|smashes|crashes|ploughs|plows) into)\b/i,
    needs: OBJECTS,
  },
  {
    // Aircraft damaged where they stood: "no aircraft were damaged", "two bombers parked at the
    // base were damaged". Only as the passive's subject: aircraft are not `OBJECTS`, since they
    // also strike ("Russian aircraft struck a dam"), and a clause's striker is not what was hit.
    event: 'damage',
    opens: 'was were been',
    holds: 'damaged',
    pattern: /\b(?:was|were|been) (?:(?:also|badly|slightly|seriously|lightly) )?damaged\b/i,
    subject:
      /\b(?:aircraft(?!-type)|(?:air|war)?planes?|jets?|bombers?|fighters?|helicopters?|airliners?)\b/i,
  },
  {
    // A strike told by what it did to a building, or by the building it was aimed at ("Drone
    // strikes apartment block", a headline's one weapon opening it, not "strikes" as a noun);
    // "touched" only as a denial ("not a single house was touched"): "staff were touched by the support".
    // Weapons that "destroyed" something struck it ("drones hidden in a truck destroyed two
    // hangars", "a glide bomb destroyed a building"); what destroyed drones or missiles shot them down. A roof "torn off" a house was damaged.
    // A headline piece ending on the thing "destroyed" ("supply train destroyed") tells it struck.
    event: 'damage',
    opens:
      'damaging shattering slammed smashed crashed ploughed plowed tore torn ripped punched strike strikes attacked targeted target was were been destroyed destroying broke broken shattered blew blown collapsed collapse caved set setting caught burned burnt gutted riddled',
    pattern:
      /\b(?:damaging|shattering|slammed into|smashed into|crashed into|ploughed into|plowed into|tore through|(?:tore|ripped) off|(?:was|were|been) (?:torn|ripped|blown) off|(?:tore|ripped|punched|blew) (?:a |two |several )?(?:[\w-]+ )?holes? in|strike(?! on\b)|(?=strikes)(?<=^\s*(?:[\w-]+ )?(?:drone|missile|rocket|uav|shell) )strikes(?! on\b)|attacked|targeted|target(?! of\b)|(?:was|were|been) (?:(?:also|completely|partially|partly|totally|fully|almost) )?destroyed|(?=destroyed)(?<=\b(?:drones?|uavs?|missiles?|rockets?|bombs?|shells?)(?: (?!(?:was|were|been|be|being|is|are|that|which)\b)[\w-]+){0,4} )destroyed(?! (?:[\w-]+ ){0,3}?(?:drones?|uavs?|missiles?|rockets?|shaheds?)\b)|(?=destroyed)(?<=\b(?:trains?|locomotives?|wagons?|ferr(?:y|ies)|barges?|ships?|vessels?|bridges?|depots?|warehouses?) )destroyed(?=\s*(?:,|$))|destroying|broke(?! out)|broken(?! out)|shattered|blew out|blown out|smashed|collapsed|caved in|collapse(?<=\b(?:did|does|had|has) not collapse)|(?:set|setting) (?:[\w-]+ ){0,9}?(?:alight|ablaze|on fire)|(?:was|were) set ablaze|(?:was|were|been)(?<=\b(?:not (?:a single|one|any)|no|nothing|none)(?: [\w-]+){0,3} (?:was|were|been)) touched|caught fire|burn(?:ed|t) out|burnt|gutted|riddled)\b/i,
    needs: OBJECTS,
  },
  {
    // A collapse denied of what the clause before said was hit: "One span was damaged, but it did
    // not collapse". The pronoun after "but" names the struck object the clause lacks.
    event: 'damage',
    opens: 'but',
    pattern: /\bbut (?:it|they) (?:did|does|has|had|have) not collapse\b/i,
    denies: true,
  },
  {
    // A power line or a pole "brought down" by a strike was struck to the ground, not shot down
    // (`FELLED`): "artillery fire brought down a power line" retells "artillery damaged a power line".
    event: 'damage',
    opens: 'brought bring brings bringing',
    pattern: new RegExp(String.raw`\b(?:brought|bring(?:s|ing)?) down(?= ${FELLED})`, 'i'),
  },
  {
    // Damage told as a noun by whoever counted it: "the administration reported damage to five
    // houses", "the shelling caused damage to a school", "damage to two garages was recorded".
    event: 'damage',
    opens: 'reported recorded registered confirmed caused inflicted damage',
    pattern:
      /\b(?:(?:reported|recorded|registered|confirmed|caused|inflicted) (?:(?:some|minor|light|serious|heavy|significant|considerable|extensive) )?damage (?:to|on)|damage to (?:[\w-]+ ){1,6}?(?:was|were) (?:also )?(?:reported|recorded|registered|confirmed))\b/i,
    needs: OBJECTS,
  },
  {
    // "There was no train at the depot": what another report says was hit there was not there to
    // be hit, a denial of that damage.
    event: 'damage',
    opens: 'there',
    pattern:
      /\bthere (?:was|were) no (?:trains?|locomotives?|wagons?|aircraft|planes?|ferr(?:y|ies)|barges?|ships?|vessels?) (?:at|in|on|near)\b/i,
    denies: true,
  },
  {
    // "No damage was reported": a denial that a strike did harm.
    event: 'damage',
    opens: 'no',
    pattern:
      /\bno (?:immediate )?(?:reports? of (?:any )?)?(?:serious |significant |major )?damage\b/i,
  },
  {
    // "There were no reports of casualties": a denial, in the words of the report.
    event: 'casualties',
    opens: 'no',
    pattern:
      /\bno (?:immediate )?reports? of (?:any )?(?:casualties|injuries|victims|deaths|fatalities|injured|dead)\b/i,
  },
  {
    // A headline's present tense: "air defences down drones over X", "Air defence downs missile",
    // or a headline piece that ends on "down": "eleven drones down".
    event: 'shootdown',
    opens:
      'down downs intercept intercepted intercepting shot shoot shoots shooting brought bring brings bringing downed downing destroy destroyed destroying destroys neutralise neutralised neutralises neutralising neutralize neutralized neutralizes neutralizing repel repelled repels repelling engaged eliminated eliminates eliminating suppressed',
    pattern: new RegExp(
      String.raw`\b(?:downs?(?<=\b(?:defen[cs]es?|forces|troops|military|army|jets?|russia|ukraine) downs?)(?= (?:[\w-]+ ){0,2}?(?:drones?|uavs?|missiles?|rockets?|shaheds?|aircraft|helicopters?)\b)|intercept(?:ed|ing)?|shot down|shoot(?:s|ing)? down|(?:shot|shoot(?:s|ing)?) out of the sky|(?:brought|bring(?:s|ing)?) down(?! ${FELLED})|down(?:ed|ing)|down(?<=^\s*(?:[\w-]+ ){1,2}(?:drones|uavs|missiles|rockets|shaheds) down)(?=\s*$)|destroy(?:ed|ing|s)?|neutrali[sz](?:ed|es|ing|e)|repel(?:led|s|ling)?|engaged|eliminat(?:ed|es|ing)|suppressed)\b`,
      'i',
    ),
  },
  {
    // A shootdown told as a noun after a verb of telling: "the governor spoke only of a downed
    // drone", "confirmed two intercepted missiles" (the noun "a downed drone" alone asserts
    // nothing, `NOT_AN_ASSERTION_BEFORE`).
    event: 'shootdown',
    opens: 'spoke speaks confirmed reported acknowledged mentioned',
    pattern:
      /\b(?:(?:spoke|speaks) (?:only )?(?:of|about)|confirmed|reported|acknowledged|mentioned) (?:only )?(?:an? |the |one |two |three |several )?(?:downed|intercepted|shot-down) (?:drones?|uavs?|missiles?|rockets?)\b/i,
  },
  {
    event: 'debris',
    opens: 'fell falling fallen crashed',
    pattern: /\b(?:fell|falling|fallen|crashed)\b/i,
  },
  {
    // "A missile landed next to a school": where a weapon came down is where it fell, and so is
    // where it "dropped onto" (not "dropped explosives on", an attack), told of the weapon or
    // what is left of it: "crews dropped into the crater to recover the drone" fell nowhere.
    event: 'debris',
    opens: 'landed came comes dropped',
    pattern:
      /\b(?:landed|came down|comes down|dropped(?<=\b(?:drones?|uavs?|missiles?|shells?|rockets?|projectiles?|bombs?|munitions?|debris|wreckage|fragments?|shrapnel|parts|pieces)(?: [\w-]+){0,3} dropped) (?:onto|on to|into))\b/i,
    needs: anyOf(
      'drone drones uav uavs missile missiles shell shells rocket rockets projectile projectiles bomb bombs munition munitions',
    ),
  },
  {
    // Shelling told by what was fired at a place ("fired four rockets at X"), or in a headline's
    // present tense after the side that shells ("troops shell X with artillery"; not "shells fell").
    event: 'attack',
    opens:
      'targeted targeting attacked attacking launched struck shelled bombed hit dropped came come comes under fired shell shells used',
    pattern:
      /\b(?:target(?:ed|ing)|attack(?:ed|ing)|launched|struck|shelled|bombed|hit|fired (?:[\w-]+ ){0,3}?(?:rockets?|missiles?|shells?|rounds|projectiles?|bombs?|drones?) (?:at|on|into)|used(?<=\b(?:bombs?|missiles?|rockets?|drones?|uavs?|shells?|munitions?)(?: [\w-]+){0,6} (?:were|was|had been|have been) used)(?! to\b)|(?=shell)(?<=\b(?:forces|troops|army|military|artillery|russians?|ukrainians?|russia|ukraine) )shells?(?= \w)(?! (?:on|in|at|of|and|or|from|by|have|has|had|are|were|is|was|will|would|could|can|may|might|that|which|this|these|fell|landed|hit|struck|exploded)\b)|dropped (?:[\w-]+ ){0,3}?(?:explosives?|bombs?|grenades?|munitions?|charges?)(?: devices?)? (?:on|onto)|(?:came |come |comes )?under (?:(?:a|an|heavy|massive|renewed|drone|missile|rocket)\s+){0,2}(?:attack|fire|shelling))\b/i,
  },
  {
    // Weapons counted by their part in an attack: "eight sea drones took part in the operation",
    // "twelve missiles were involved in the strike", what another telling counts as "five drones
    // attacked the port".
    event: 'attack',
    opens: 'took take takes taking were was involved participated',
    pattern:
      /\b(?:(?:took|take|takes|taking) part|(?:were |was )?involved|participated) in (?:the |this |that |an? )?(?:[\w-]+ )?(?:attack|operation|strike|raid|assault)s?\b/i,
    needs: anyOf('drone* uav* missile* boat* rocket* aircraft bomber* jet*'),
  },
  {
    // A drone or a shell that went off beside something, not in it: "an FPV drone exploded near
    // a minibus", "a shell detonated next to the school". The relation ("near") is what another
    // telling of a hit on the same thing ("struck the bus") is set against.
    event: 'attack',
    opens: 'exploded detonated',
    pattern:
      /\b(?:exploded|detonated)(?<=\b(?:drones?|uavs?|missiles?|rockets?|shells?|bombs?|munitions?|mines?) (?:exploded|detonated))(?= (?:near|next to|close to|beside) )/i,
  },
  {
    // Headlines' present tense, and attacks told as a noun: "carried out 412 strikes" or "a strike on", "reported
    // shelling of", "the attack began shortly after 1 a.m.", "he put the time of the strike at
    // 4:30 a.m." or "put the raid at about 3 a.m.", "the strikes came at" or "the strike was at
    // around three in the afternoon", "at about half past two", "the strike was carried out at
    // around nine", "the strike was carried out by drones" or "the raid was conducted by the air
    // force" (the passive, told by who or what carried it out), "the blast happened at", "It happened shortly after midday" (the event just told,
    // by its hour) (when it came is the news), "drones attempted to attack a facility" (an
    // attack told by the side that repelled it),
    // "residents reported explosions", "residents posted videos of
    // explosions shortly after 2 a.m." (explosions told by the pictures of them), "residents said
    // they heard explosions" (told by those who heard them). A headline's
    // subject may be one weapon, aviation or a country ("Missile strikes Kharkiv", "Russian guided
    // bomb hits Izium", "Ukraine attacks Belgorod with drones", opening the clause), unless the verb
    // is a noun ("drone attacks on
    // Kursk", "missile strikes have…", "vulnerable to drone attacks despite…").
    event: 'attack',
    opens:
      'attacks strikes hits strike target attack carried conducted launched reported recorded counted registered confirmed acknowledged spoke speaks published posted shared filmed heard rang rocked lasted involved came happened occurred took began started commenced put puts placed places gave gives was were is has ripped tore',
    holds:
      'strike target attack strikes attacks hits shelling shellings airstrikes air bombardment bombardments explosion explosions raid assault blast blasts happened occurred took',
    pattern:
      /\b(?:strike(?! on\b)|target(?! of\b)|attack(?<=\b(?:drones|missiles|rockets|uavs|forces|troops) (?:(?:attempted|tried) to )?attack)(?! on\b)|(?=attacks|strikes|hits)(?<=^\s*(?:[\w'’.-]+: )?(?:[\w-]+ ){0,2}(?:drone|missile|rocket|uav|bomb|shell|artillery|aviation|aircraft|jet|russia|ukraine) )(?:attacks|strikes|hits)(?= \w)(?! (?:on|in|at|against|across|over|from|by|of|and|or|have|has|had|are|were|is|was|will|would|could|can|may|might|continue\w*|that|which|this|these|last|overnight|targeting|like|such)\b)|(?:carried out|conducted|launched|reported|recorded|counted|registered|confirmed|acknowledged|(?:spoke|speaks) (?:only )?(?:of|about)) (?:[\w,-]+ ){0,3}?(?:strikes?|attacks?|shelling|shellings|air ?strikes?|bombardments?)|reported (?:loud |several |a series of |a number of )?explosions|(?:heard|reported|rang out|rocked)(?<=\bexplosions? (?:was |were )?(?:heard|reported|rang out|rocked))|heard (?:[\w-]+ ){0,3}?explosions?|(?:published|posted|shared|filmed) (?:[\w-]+ ){0,2}?(?:videos?|footage|photos|pictures) of (?:the )?(?:explosions?|strikes?|attacks?)|(?:lasted|involved)(?<=\b(?:attack|raid|shelling|bombardment|assault) (?:lasted|involved))|(?:came|happened|occurred|took place|began|started|commenced|carried out)(?<=\b(?:strike|attack|raid|shelling|bombardment|explosion|blast)s?(?: on (?:[\w-]+ ){0,7}[\w-]+)? (?:reportedly |apparently |allegedly )?(?:came|happened|occurred|took place|began|started|commenced|occurred|took place|began|started|commenced|(?:was|were) carried out)) (?:at|on|in|shortly|just|early|late|around|about)|(?:carried out|conducted|launched)(?<=\b(?:strike|attack|raid|shelling|bombardment|assault)s? (?:was|were|had been|has been|have been) (?:carried out|conducted|launched)) by|(?:happened|occurred|took place)(?<=^\s*it (?:happened|occurred|took place)) (?:at|shortly|just|around|about)|(?:put|puts|placed|places|gave|gives) the time of the (?:[\w-]+ )?(?:strike|attack|raid|shelling|bombardment|explosion)s? at|(?:put|puts|placed|places) the (?:[\w-]+ )?(?:strike|attack|raid|shelling|bombardment|explosion)s? at (?:(?:around|about|roughly|approximately|shortly (?:before|after)|just (?:before|after)) )?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon|dawn)|(?:was|is|has been)(?<=\btime of the (?:[\w-]+ )?(?:strike|attack|raid|shelling|bombardment|explosion)s? (?:was|is|has been)) (?:put|placed|given) at|(?:was|were)(?<=\b(?:strike|attack|raid|shelling|bombardment|explosion|blast)s? (?:was|were)) (?:at )?(?:(?:around|about|roughly|approximately|shortly (?:before|after)|just (?:before|after)) )?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon|dawn|half past|(?:a )?quarter (?:past|to))|(?:ripped|tore) through(?<=\b(?:explosion|blast)s? (?:ripped|tore) through))\b/i,
  },
  {
    // An attack denied outright, of a place: "There was no Russian attack on the town", "there had
    // been no missile strike in X" (not "there was no warning of an attack").
    event: 'attack',
    opens: 'there',
    pattern: NO_ATTACK_AT_ALL,
    denies: true,
  },
  {
    // A vessel on a mine: "Grain ship strikes sea mine off X", "the freighter was blown up by a
    // mine", a headline's verbless "Explosion aboard tanker near X". The mine is what struck it.
    event: 'attack',
    opens: 'strikes struck hits hit hitting striking was were been explosion blast',
    pattern:
      /\b(?:(?:strikes|struck|hits|hit|hitting|striking) (?:an? |the )?(?:sea |naval |drifting |floating )?mine(?! of\b)|(?:was|were|been) (?:blown up|holed|hit|struck|damaged) by (?:an? |the )?(?:sea |naval |drifting |floating )?mine(?! of\b)|(?:explosion|blast) (?:aboard|on board) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:ships?|vessels?|freighters?|tankers?|carriers?|tugs?|tugboats?|barges?|boats?))\b/i,
  },
  {
    // What became of a struck vessel: it "stayed afloat" or "ran aground", "sank", "capsized".
    // Told of a vessel only, so no object is needed ("The ship, which was carrying grain, stayed
    // afloat" leaves the clause without its subject).
    event: 'damage',
    opens: 'stayed remained kept ran run sank capsized',
    pattern: VESSEL_FATE,
  },
  {
    // When the weapons came is when the attack came: "the first drones came at around 1 a.m.".
    // Weapons that reached a place attacked it, told by where they got to: "ten drones reached
    // the city", "two missiles broke through to the port".
    event: 'attack',
    opens: 'came arrived reached broke got',
    pattern:
      /\b(?:(?:came|arrived)(?<=\b(?:drones?|missiles?|rockets?|uavs?|shaheds?) (?:came|arrived)) (?:(?:at|around|about|shortly|just|before|after) )+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|dawn)|(?:reached|(?:broke|got) through to)(?<=\b(?:drones?|missiles?|rockets?|uavs?|shaheds?|gerans?) (?:reached|(?:broke|got) through to)) (?!(?:its|their) targets?\b))/i,
    needs: anyOf('drone drones uav uavs missile missiles rocket rockets shahed shaheds'),
  },
  {
    // Drones seen over a place are an attack on it, even when nobody says what became of them.
    event: 'attack',
    // So are drones flying towards it, those that took part in the attack, and those that
    // entered a country's airspace ("no drone had entered Romanian airspace" denies one).
    opens:
      'reported spotted sighted seen detected observed recorded flying flew fly flies heading headed took take takes taking entered entering violated violating crossed',
    pattern:
      /\b(?:(?:reported|spotted|sighted|seen|detected|observed|recorded) (?:over|above|in the skies? (?:over|above))|(?:entered|entering|violated|violating|crossed into) (?:[\w-]+ ){0,2}?airspace|(?:flying|flew|fly|flies|heading|headed) (?:towards?|in the direction of)|(?:took|take|takes|taking) part in (?:the |an? )?(?:[\w-]+ )?(?:attack|raid|strike))\b/i,
    needs: anyOf('drone drones uav uavs missile missiles unmanned'),
  },
  {
    // Air defences seen or heard firing over a place: drones over it, though none is named; so
    // are air defences that fired at drones over it, whatever became of them.
    event: 'attack',
    opens: 'seen heard spotted observed fired firing opened',
    pattern:
      /\b(?:(?:seen|heard|spotted|observed) (?:firing|shooting|working|operating|in action) (?:over|above)|(?:fired|firing|opened fire) (?:at|on) (?:[\w-]+ ){0,2}?(?:drones?|uavs?|targets) (?:over|above))\b/i,
    needs: anyOf('defence defences defense defenses'),
  },
  {
    // What became of a fire: "put out by morning", "put it out", "had the fire out", "brought
    // under control", "localised" (contained, as officials of both countries say), "a
    // fire broke out"; a fire told by what it swallowed: "flames engulfed the warehouse", or how far it reached: "the
    // blaze covered some 200 sq m"; and
    // what was set on fire when it is no building the damage trigger knows ("set a unit ablaze",
    // "set fire to a barge"); and one that never started ("the bus did not catch fire"). A
    // headline's present tense ends its piece: "oil depot burns, roads closed" (not the injuries
    // "suffered burns", "with burns").
    event: 'fire',
    opens:
      'covered covering spread put puts putting had has have got extinguished extinguishing under contained localised localized broke broken breaks erupted started starting sparking spark sparks sparked caused causing caught catch burned burning burns engulfed engulfs engulfing set sets setting confirmed reported began fought battled tackled fighting battling',
    pattern:
      /(?=covered|covering|spread)(?<=\b(?:fires?|blazes?|flames) (?:had |has )?)(?:covered|covering|spread (?:over|across))\b|\b(?:put out|(?:put|puts|putting|had|has|have|got) (?:it|them|(?:the|a|both|all|all the) (?:[\w-]+ ){0,2}?(?:fires?|blazes?|flames)) out(?! of\b)|(?:confirmed|reported) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:fires?|blazes?)|locali[sz]ed|(?:set|sets|setting) (?:[\w-]+ ){0,9}?(?:alight|ablaze|on fire)|(?:set|sets|setting) fire to|extinguished|extinguishing|under control|contained|broke out|breaks out|broken out|erupted|(?:started|starting|sparking|sparks?|sparked|caused|causing) (?:an? |the )?(?:(?!of\b|no\b)[\w-]+ )?(?:fires?|blazes?)|caught fire|catch fire|(?:fought|battled|tackled|fighting|battling) (?:the |a )?(?:[\w-]+ )?(?:fires?|blazes?|flames)|burned|burning|burns (?:for|through|overnight|into)|(?<!\b(?:with|suffered|sustained|received|minor|severe|serious|and|of|for) )burns(?=,|\s*$)|engulfed|engulfs|engulfing|(?:started|began)(?<=\b(?:fire|blaze)s? (?:started|began)))\b/i,
    needs: anyOf('fire fires blaze blazes flames burn* ablaze alight'),
  },
  {
    // People shut in a mine or under ground by a strike or an outage: "140 miners were trapped
    // underground", "workers were left underground".
    event: 'trapped',
    opens: 'trapped stuck stranded left blocked',
    pattern:
      /\b(?:trapped|stuck|stranded|left|blocked) (?:underground|below ground|in (?:the |a )?(?:mines?|shafts?|pits?))\b/i,
    subject: /\b(?:miners|workers|employees|people|persons|staff|men|\d+|hundred|dozens)\b/i,
  },
  {
    // Brought up out of a mine: "all the miners were brought to the surface".
    event: 'surfaced',
    opens: 'brought lifted raised hoisted evacuated taken returned',
    pattern:
      /\b(?:brought|lifted|raised|hoisted|evacuated|taken|returned) (?:back )?(?:up )?to the surface\b/i,
  },
  {
    // Power, gas or water lost or restored: a fact of its own, often in a clause of its own; back
    // is restored too: "all consumers had their supply back", "homes got power back".
    event: 'outage',
    opens:
      'left leaves leaving be been remain remained remains stay stayed stays are were was is went gone without lost power electricity gas water heating heat light cut cuts cutting restored blackout blackouts had have has got get gets getting',
    holds: 'power electricity gas heating heat water light supply supplies blackout blackouts',
    pattern:
      /\b(?:(?:left|be|been|remain(?:ed|s)?|stay(?:ed|s)?|are|were|was|is|went|gone) (?:still )?without (?:power|electricity|gas|heating|heat|water|light)|without(?<=^\s*[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? without) (?:power|electricity|gas|heating|heat|water|light)|leav(?:es|ing) (?:[\w-]+ ){1,4}?without (?:power|electricity|gas|heating|heat|water|light)|lost (?:(?:their|its|the) )?(?:power|electricity|gas|heating|water)|(?:power|electricity|gas|water|heating)(?: supply| supplies)? (?:was |were |has been |had been )?(?:(?:reportedly|briefly|partially|partly|temporarily|completely|also) )?(?:cut|lost|knocked out|disrupted|interrupted|restored)|cut(?:ting)? off (?:the )?(?:power|electricity|gas|water|heating)|cut(?:s|ting)? (?:the )?(?:power|electricity|gas|water|heating)(?: supply| supplies)? (?:to|in|for|across)\b|restored (?:the )?(?:power|electricity|gas|water|heating|supply|supplies)|(?:had|have|has|got|get|gets|getting) (?:(?:their|its|the) )?(?:power|electricity|gas|water|heating|light|supply|supplies) back|(?:power|electricity|gas|water|heating|heat|light)(?: supply| supplies)? (?:was|were|is|are|has been|had been) (?:(?:fully|partly|partially|largely|mostly) )?back|blackouts?|power outages?|power cuts)\b/i,
  },
  {
    // A power plant or a substation off the grid, told by what it runs on and the line it lost:
    // "lost its external power supply", "lost all off-site power", "disconnected from the grid",
    // "switched to its diesel generators", "eleven hours on emergency generators", "loses its
    // main line", "the generators had started", "the outage began at 11:08" (its article read
    // with it: a trigger right after "the" is no assertion); and the line back
    // ("repair crews restored the line").
    event: 'outage',
    opens:
      'lost loses losing lose disconnected switched switches switching switch went moved ran runs run running operated operates operating relied relies relying on hours days generators the an a restored repaired reconnected',
    holds: 'power grid generators generator line lines outage outages blackout blackouts',
    pattern:
      /\b(?:los(?:t|es|ing|e) (?:all )?(?:(?:its|their|the) )?(?:external|off-?site|outside|backup|back-up|reserve) power|los(?:t|es|ing|e) (?:(?:its|their|the) )?(?:main|last|only|backup|back-up|reserve|external|high-voltage|transmission) (?:power |transmission )?lines?(?! of\b)|disconnected from the (?:power |national |external )?grid|(?:switched|switches|switching|switch|went|moved) (?:over )?to (?:(?:its|their|the) )?(?:emergency |backup |back-up |reserve )?(?:diesel )?generators|(?:ran|runs|run|running|operated|operates|operating|relied|relies|relying) on (?:(?:its|their|the) )?(?:emergency |backup |back-up |reserve )?(?:diesel )?generators|on (?:(?:its|their|the) )?(?:emergency |backup |back-up |reserve )?diesel generators|(?:hours|days) on (?:(?:its|their|the) )?(?:emergency |backup |back-up |reserve )?(?:diesel )?generators|generators (?:had |have |has )?(?:started|kicked in|come on|came on)|(?:the|an?) (?:outage|blackout) (?:began|started|lasted|ended)|(?:restored|repaired|reconnected) (?:the )?(?:[\w-]+ ){0,2}?(?:power )?line)\b/i,
  },
  {
    // The supply itself cut or back: "gas supply to 200 households was cut off"; or, denied, not
    // cut: "the supply was not interrupted" (the "not" before the verb makes the claim negated).
    event: 'outage',
    opens: 'was were been being cut disrupted interrupted knocked affected',
    pattern:
      /\b(?:was|were|been|being) (?:cut off|cut|disrupted|interrupted|knocked out|restored)\b|(?=cut|disrupted|interrupted|knocked|affected)(?<=\b(?:was|were|is|are|has|have|had) not (?:been )?)(?:cut off|cut|disrupted|interrupted|knocked out|affected)\b/i,
    needs: anyOf('power electricity gas water heating heat supply supplies'),
  },
  {
    // A reading against a limit: "ammonia levels exceeded the norm several times over", "five
    // times above the norm"; "remain within permissible limits" and "samples showed no excess"
    // deny it; residents smelling it report it too.
    event: 'reading',
    opens:
      'exceeded exceeds exceed exceeding times several many complained complain complains complaining',
    pattern:
      /\b(?:exceed(?:ed|s|ing)? (?:the )?(?:[\w-]+ ){0,2}?(?:norms?|limits?|levels?|standards?|concentrations?|thresholds?)|(?:times|several times|many times) (?:above|over|higher than) (?:the )?(?:[\w-]+ )?(?:norms?|limits?|levels?)|complain(?:ed|s|ing)? (?:of|about) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:smell|odou?r|stench))\b/i,
    needs: anyOf(
      'concentration concentrations level levels content reading readings radiation ammonia chlorine air emission emissions pollution substance substances smell odor odour stench',
    ),
  },
  {
    // Samples that "showed no excess" of a substance: no reading above the limit.
    event: 'reading',
    opens: 'showed shows found revealed recorded',
    pattern: /\b(?:showed|shows|found|revealed|recorded) no (?:excess|exceedance)\b/i,
    needs: anyOf(
      'concentration concentrations level levels content reading readings radiation ammonia chlorine air emission emissions pollution substance substances samples',
    ),
    denies: true,
  },
  {
    event: 'reading',
    opens: 'within below',
    pattern:
      /\b(?:within (?:the )?(?:permissible|acceptable|admissible|allowable|normal|safe) (?:limits?|levels?|range|norms?)|within the norm|below (?:the )?(?:maximum )?(?:permissible|acceptable|admissible|allowable|safe) (?:limits?|levels?|concentrations?))\b/i,
    needs: anyOf(
      'concentration concentrations level levels content reading readings radiation ammonia chlorine air emission emissions pollution substance substances',
    ),
    denies: true,
  },
  {
    // Fighter jets sent up as the attack neared a border: "Poland scrambled fighter jets",
    // "raised its fighter aircraft", "fighter jets were scrambled".
    event: 'scramble',
    opens: 'scrambled scrambling raised raising',
    pattern:
      /\b(?:scrambl(?:ed|ing)|(?:raised|raising) (?:its |their |the )?(?:[\w-]+ )?(?:fighter|military|combat) (?:jets|aircraft|planes|aviation))\b/i,
    needs: anyOf('fighter fighters jet jets aircraft planes aviation interceptors'),
  },
  {
    // Sirens and alerts: when a region was warned, and for how long ("the alert in the capital lasted").
    event: 'alert',
    opens: 'declared sounded issued lasted went wailed lifted announced',
    needs: anyOf('alert alerts siren sirens alarm alarms'),
    pattern:
      /(?=declared|sounded|issued|lasted|went off|wailed|lifted|announced)(?<=\b(?:alerts?|sirens?|alarms?) (?:(?:in|across|over|throughout|for|on) (?:[\w'’-]+ ){1,3})?(?:was |were |had been |has been )?)(?:declared|sounded|issued|lasted|went off|wailed|lifted|announced)\b|\b(?:declared|announced|issued) (?:an? )?(?:air[- ]raid |missile |drone )?(?:alert|alarm)\b/i,
  },
  {
    // Headlines' figures of speech for an attack: "Drones rain down on Odesa", "Missiles pound Kharkiv".
    event: 'attack',
    opens: 'rain rains rained raining pound pounds pounded pounding',
    pattern: /\b(?:rain(?:s|ed|ing)? down (?:on|upon)|pound(?:s|ed|ing)?)\b/i,
    subject:
      /\b(?:drones?|uavs?|missiles?|rockets?|shells?|bombs?|artillery|forces|troops|strikes|shahed\w*)\b/i,
  },
  {
    // What a strike put out of use is what it struck: "Drone knocks out a substation" (not the
    // power it feeds, which is an outage), "a strike put the depot out of action".
    event: 'damage',
    opens: 'knock knocks knocked knocking put puts putting',
    pattern:
      /\bknock(?:s|ed|ing)? out\b(?! (?:the |its |their )?(?:(?:power|electricity|gas|water|heating|light)\b(?! (?:lines?|stations?|plants?|mains|pipelines?)\b)|supply|supplies))|\b(?:put|puts|putting) (?:it|them|(?:the|a|an|its|their|two|three|several) (?:[\w-]+ ){0,2}?[\w-]+) out of (?:action|operation|service|commission)\b/i,
    needs: OBJECTS,
  },
  {
    // A fire told by its state, as headlines do: "tanker on fire", "depot ablaze", "warehouse in
    // flames" ("set on fire" is told above, "opened fire on" is no "on fire").
    event: 'fire',
    opens: 'fire ablaze flames',
    pattern: /(?=fire\b)(?<=\bon )fire\b|\bablaze\b|(?=flames\b)(?<=\bin )flames\b/i,
  },
  {
    // A fire denied outright: "There was no fire", "no fire broke out" (after a strike that others
    // say set a tank ablaze).
    event: 'fire',
    opens: 'there no',
    pattern: NO_FIRE_AT_ALL,
    denies: true,
  },
  {
    // A fire beaten down is a fire put out: "firefighters knocked down the blaze", "knocked the fire down".
    event: 'fire',
    opens: 'knocked knocking knock knocks',
    pattern:
      /\bknock(?:s|ed|ing)? (?:down (?:the |a )?(?:fires?|blazes?|flames)|(?:the |a )?(?:fires?|blazes?|flames) down)\b/i,
  },
  {
    // A fire dealt with, or said to be out, is a fire put out: "crews dealt with the blaze within
    // an hour", "the flames were out by noon".
    event: 'fire',
    // A fire told by how far it was seen: "the blaze could be seen from several kilometres away".
    opens: 'dealt deal deals dealing was were is are had has have could can seen visible',
    pattern:
      /(?=could|can|was|were|seen|visible)(?<=\b(?:fires?|blazes?|flames|smoke|glow)\b.{0,40}?)(?:(?:could|can) be |was |were )?(?:seen|visible) from\b|\b(?:dealt|deals?|dealing) with (?:the |a |both |all )?(?:[\w-]+ )?(?:fires?|blazes?|flames)\b|(?:was|were|is|are|had been|has been|have been)(?<=\b(?:fires?|blazes?|flames) (?:(?:at|in|on) (?:[\w-]+ ){1,3})?(?:was|were|is|are|had been|has been|have been)) (?:all )?out\b/i,
  },
  {
    // A pipe or main that gave way, with no strike told: "a gas pipeline ruptured near X", "a gas
    // pipeline exploded in Y", "a water main burst". Damage to it, however it came.
    event: 'damage',
    opens: 'ruptured exploded burst',
    pattern:
      /\b(?:ruptured|exploded|burst)(?<=\b(?:pipelines?|pipes?|mains|main) (?:(?:has|had|was|were) )?(?:ruptured|exploded|burst))\b/i,
    needs: anyOf('pipeline pipelines pipe pipes main mains'),
  },
  {
    // A charge set off by someone on the ground, not a weapon fired from afar: "an explosive
    // device went off under the track", "a bomb exploded under the bridge", "saboteurs blew up
    // the line"; and sabotage found or ruled out ("investigators found no signs of sabotage",
    // "sabotage has been ruled out", a denial in affirmative words).
    event: 'sabotage',
    opens:
      'went go goes exploded detonated set planted blew blown signs sign evidence traces trace',
    pattern:
      /\b(?:went off|go(?:es)? off|exploded|detonated|set off|planted)(?<=\b(?:devices?|bombs?|charges?|explosives) (?:(?:was|were|had been|has been) )?(?:went off|go(?:es)? off|exploded|detonated|set off|planted))\b|\b(?:blew|blown) up (?:the |a |an )?(?:[\w-]+ )?(?:track|tracks|rails?|railway|line|bridge|train|locomotive|pipeline|car|vehicle|suv)\b|\b(?:signs?|evidence|traces?) of sabotage\b/i,
    needs: anyOf(
      'explosive explosives bomb bombs charge charges saboteur saboteurs sabotage partisans track tracks rail rails railway line bridge train locomotive pipeline car vehicle suv',
    ),
  },
  {
    // A car bomb in a headline's few words: "Blast under official's car in X", "Explosion beneath
    // a police car in Y". A blast near a car ("cars damaged by the blast") is not told so.
    event: 'sabotage',
    opens: 'blast explosion bomb',
    pattern:
      /\b(?:blast|explosion|bomb) (?:under|beneath|underneath) (?:the |a |an )?(?:[\w'’-]+ ){0,2}?(?:car|vehicle|suv)\b/i,
  },
  {
    event: 'sabotage',
    opens: 'ruled sabotage',
    pattern:
      /\bruled out (?:any )?sabotage\b|\bsabotage (?:was |has been |had been |is being )?ruled out\b/i,
    denies: true,
  },
  {
    // A train or its wagons off the rails: "a freight train derailed", "was derailed", "Train
    // derails near X", "twelve wagons came off the rails", "carriages left the track", a
    // headline's verbless "Train off the rails near X"; and the derailment told by when it came
    // ("the derailment occurred at about 3 a.m."). Said of no train or wagon ("the talks went
    // off the rails", "a plan to derail the deal"), it is a figure of speech.
    event: 'derailment',
    opens:
      'derail derails derailed derailing came come comes coming went go goes ran run runs jumped jump jumps left leave leaves leaving off',
    pattern:
      /\b(?:derail(?:s|ed|ing)?(?! (?:the |a |an )?(?:talks|deal|plans?|negotiations|process|efforts?|agreement|peace)\b)|(?:(?:came|come|comes|coming|went|go|goes|ran|run|runs|jumped|jump|jumps) )?off the (?:rails|tracks?)|(?:left|leave|leaves|leaving|jumped|jump|jumps) the (?:rails|tracks?))\b/i,
    needs: anyOf(
      'train trains wagon wagons carriage carriages railcar railcars locomotive locomotives tram trams freight',
    ),
  },
  {
    // The derailment told by when it came: "the derailment occurred at about 3 a.m.", "was at
    // around five" (the noun after "the" asserts nothing on its own).
    event: 'derailment',
    opens: 'happened occurred took came was were',
    holds: 'derailment derailments',
    pattern:
      /(?:happened|occurred|took place|came|was|were)(?<=\bderailments? (?:happened|occurred|took place|came|was|were)) (?:at|on|in|shortly|just|early|late|around|about)\b/i,
  },
  {
    // Traffic held up is traffic delayed: "trains were held up for two hours", and so are those
    // in it: "drivers on the road were held up".
    event: 'disruption',
    opens: 'was were been being held',
    pattern: /\b(?:(?:was|were|been|being) )?held up\b/i,
    needs: anyOf(
      'traffic train trains railway railways rail flight flights ferry ferries trucks lorries buses vehicles cars passengers services drivers motorists road roads highway highways',
    ),
  },
  {
    // People given a roof after a strike, by officials or their own families: "families were
    // offered rooms at the school", "the owners are staying with relatives".
    event: 'response',
    opens: 'was were been offered staying stayed stay stays living moved',
    pattern:
      /\b(?:(?:was|were|been) offered (?:[\w-]+ ){0,2}?(?:rooms?|accommodation|shelter|housing|beds?|places? to stay)|(?:staying|stayed|stays?|living|moved in) with (?:their |his |her )?(?:relatives|friends|family|families|neighbou?rs))\b/i,
  },
  {
    // A criminal case or an investigation opened over what happened.
    event: 'investigation',
    opens: 'opened launched initiated started',
    needs: anyOf('case investigation proceedings'),
    pattern:
      /(?=opened|launched|initiated|started)(?<=\b(?:case|investigation|proceedings) (?:has been |have been |was |were |is being |had been )?)(?:opened|launched|initiated|started)\b|\bopened (?:a |an )?(?:criminal )?(?:case|investigation)\b/i,
  },
  {
    // Residents told to keep indoors against smoke or fumes: "residents were asked to stay
    // indoors", "told residents to stay at home and close their windows". Appeals to stay calm,
    // in shelters or away from debris are advice of every day, not news of this event.
    event: 'advice',
    opens: 'stay remain keep keeping close closing shut',
    pattern:
      /\b(?:(?:stay|remain) (?:indoors|inside|at home)|(?:keep|keeping|close|closing|shut) (?:their |the |all |your )?windows)\b/i,
    needs: anyOf('asked told urged advised called instructed recommended'),
  },
  {
    // People held over what happened: "two suspects were detained", "police have arrested three
    // men", a headline's "Two detained for arson", "none of the partisans has been detained". Who
    // was held and how many is the news, so the count is the telling's to compare.
    event: 'detention',
    opens: 'detained arrested',
    needs: anyOf(
      'suspect suspects man men woman women people person persons residents locals teenager teenagers saboteur saboteurs partisan partisans two three four five six seven eight nine ten',
    ),
    pattern: /\b(?:detained|arrested)\b/i,
  },
  {
    // A day of mourning declared for the dead.
    event: 'mourning',
    opens: 'declared announced',
    needs: anyOf('mourning'),
    pattern: /\b(?:declared|announced) (?:an? |\w+ )?(?:days? of mourning|mourning)\b/i,
  },
  {
    // A state of emergency declared, or its level ("declared a regional emergency"; "a regional
    // state of emergency has been introduced"): an act with a date and a place.
    event: 'emergency',
    opens: 'declared introduced imposed',
    needs: anyOf('emergency'),
    pattern:
      /\b(?:declared|introduced|imposed) (?:an? )?(?:[\w-]+ ){0,2}?(?:state of emergency|emergency (?:regime|situation|mode)|(?<=\b(?:an?|the) (?:regional|local|municipal|citywide|city-wide|federal|national) )emergency)\b|(?=declared|introduced|imposed)(?<=\b(?:state of emergency|emergency (?:regime|situation|mode)) (?:was |has been |had been )?)(?:declared|introduced|imposed)\b/i,
  },
  {
    // People moved to shelter or out of their homes are evacuated, however it is worded.
    event: 'evacuation',
    opens: 'moved relocated taken brought led',
    pattern:
      /\b(?:moved|relocated|taken|brought) to (?:a |the )?(?:temporary )?(?:shelters?|accommodation|dormitor(?:y|ies)|hotels?)\b|\b(?:moved|taken|brought|led) out of (?:their|his|her) homes?\b/i,
  },
  {
    // Evacuation told as a noun or by those who left: "the evacuation of families continues", or
    // as the object of whoever set it going: "the mayor ordered the evacuation of two streets"
    // (its centres, routes and plans are no evacuation done).
    event: 'evacuation',
    opens:
      'continues continued continuing is underway was has began begun people residents families civilians children announced ordered declared started organised organized',
    needs: anyOf('evacuation evacuations left fled evacuated'),
    pattern:
      /\b(?:announced|ordered|declared|began|started|organi[sz]ed) (?:an? |the )?(?:partial |full |mandatory |compulsory |immediate )?evacuations?\b(?! (?:centres?|centers?|points?|routes?|plans?|trains?|buses|corridors?|shelters?)\b)|(?=continues|continued|continuing|is under way|underway|was ordered|has been ordered|was announced|has been announced|began|has begun|was extended|has been extended)(?<=\bevacuations?\b.*)\b(?:continues|continued|continuing|is under way|underway|was ordered|has been ordered|was announced|has been announced|began|has begun|was extended|has been extended)\b|\b(?:people|residents|families|civilians|children) (?:have|had) (?:left|fled)\b|\b(?:people|residents|families|civilians|children)(?: (?!(?:and|but|while|after)\b)[\w-]+){0,10}? (?:(?:have been|had been|were) )?evacuated\b/i,
  },
  {
    // People moved away from danger, told by where they went or what they left: "children were
    // taken to summer camps", "authorities moved families out of the district", "pupils left by
    // bus", "residents go to shelters in X". Crews sent or gone to the scene are a response, not
    // this: the clause must name those who are moved.
    event: 'evacuation',
    opens: MOVED_AWAY_VERBS,
    needs: anyOf(
      'children pupils schoolchildren residents families civilians people patients orphans pensioners',
    ),
    pattern: new RegExp(String.raw`\b(?:${MOVED_AWAY})`, 'i'),
  },
  {
    // The buses that carry them, told by when and whence they left: "the buses set off from X at
    // about eight", "the convoy left X at around ten".
    event: 'evacuation',
    opens: 'set left departed',
    needs: anyOf('buses coaches convoy'),
    pattern: /(?=set|left|departed)(?<=\b(?:buses|coaches|convoy) )(?:set off|left|departed)\b/i,
  },
  {
    // An evacuation made a duty: "evacuation from villages near the border is mandatory for
    // families with children", "families who live near the border are obliged to leave".
    event: 'evacuation',
    opens: 'is are was were has have been becomes became obliged required ordered obligated',
    holds: 'mandatory compulsory obligatory obliged required ordered obligated',
    pattern:
      /\b(?:(?:is|are|was|were|has been|have been|becomes|became) (?:now )?(?:mandatory|compulsory|obligatory)(?<=\bevacuations?\b.{0,120}?)|(?:obliged|required|ordered|obligated) to (?:leave|evacuate))\b/i,
  },
  {
    // A train or convoy of evacuees told by its leaving, its hour or whom it carries: "the
    // evacuation train left for X at about eleven", "the train carrying the evacuees departed",
    // a headline's "Evacuation train leaves X with 143 residents".
    event: 'evacuation',
    opens: 'left leaves departed departs set sets',
    needs: anyOf('evacuation evacuations evacuees evacuated'),
    subject: /\b(?:trains?|buses|coaches|convoys?|columns?)\b/i,
    pattern: /\b(?:left|leaves|departed|departs|sets? off)\b/i,
  },
  {
    // Traffic stopped, told by what did not come or go: "the airport did not receive or send any
    // planes", "the station could not accept or dispatch trains", "accepted no flights until noon".
    event: 'disruption',
    opens: 'did could received accepted sent dispatched handled took admitted',
    pattern: STOPPED_TRAFFIC,
    affirms: true,
  },
  {
    // Schools, transport and services stopped or moved: "lessons will be held online", "traffic was
    // halted", and in a headline's present tense "refinery stops units"; trucks sent another way
    // ("are being diverted through X", "traffic has to go round through Y"); oil deliveries or its
    // flow through a pipeline stopped; mobile internet restricted, cut or switched off against drones.
    // Restrictions told as standing for a while: "restrictions at the airport were in force from two to six".
    event: 'disruption',
    opens:
      'online remotely remote distance stay stays stayed remain remains remained be was were closed suspended has have had detour detours suspends canceled cancelled halt halted halts stopped stops resumed restricted restriction restrictions introduced imposed lifted blocked diverted delayed postponed queue queues shut disrupted ran run running cut switched turned',
    pattern:
      /\b(?:online|remotely|remote learning|distance learning|(?:stay|stays|stayed|remain|remains|remained|be|was|were)(?: (?:[a-z]+ly|also|again|still))? closed|(?:is|are) still closed|closed to traffic|(?<=\b(?:port|ports|airport|airports|school|schools|road|roads|bridge|bridges|crossing|crossings|airspace) (?:still )?)closed|suspend(?:ed|s)|cancell?ed|halt(?:ed|s)|(?=halt\b)(?<!\bto (?:[a-z]+ly )?)halt|stop(?:ped|s)|resumed|restricted|(?=introduced|imposed|lifted)(?<=\brestrictions? (?:[\w-]+ ){0,3}?(?:(?:was|were|have been|had been|has been) )?)(?:introduced|imposed|lifted)|(?:introduced|imposed|lifted) (?:temporary )?restrictions?|(?:were|was) in (?:force|effect|place)(?<=\brestrictions? (?:[\w-]+ ){0,4}?(?:were|was) in (?:force|effect|place))|blocked|diverted|delayed|postponed|shut(?: down)?|disrupted(?<!\bnot (?:been )?disrupted)|(?:ran|run|running) (?:[\w-]+ ){0,4}?late|closed (?:the |a |an )?(?:[\w-]+ )?(?:roads?|bridges?|streets?|airports?|crossings?|ports?|airspace|schools?)|queues? (?:\w+ )?(?:stretched|formed|built up)|(?:has|have|had) to (?:go|drive|travel|make a detour) (?:a?round|via|through)|detours?|(?=cut\b|switched\b|turned\b)(?<=\binternet (?:[\w-]+ ){0,3})(?:cut|switched off|turned off))\b/i,
    needs: {
      pattern:
        /\b(?:internet|lessons?|classes|schools?|pupils|students|kindergartens?|universit(?:y|ies)|traffic|trucks|lorries|deliveries|pumping|(?<=\boil )flow|bridges?|ports?|airports?|railways?|trains?|flights?|roads?|crossings?|ferr(?:y|ies)|queues?|services|production|output|operations|refiner(?:y|ies)|plants?|factor(?:y|ies)|enterprises?|rail(?:way)? lines?|tracks|terminals?|loading|shipments?|(?<=\bthe )restrictions)\b/i,
      words:
        'internet lesson lessons classes school schools pupils students kindergarten kindergartens university universities traffic trucks lorries deliveries pumping flow bridge bridges port ports airport airports railway railways train trains flight flights road roads crossing crossings ferry ferries queue queues services production output operations refinery refineries plant plants factory factories enterprise enterprises rail tracks terminal terminals loading shipment shipments restrictions',
    },
  },
  {
    // Schools or shops kept shut, told by what did not happen: "schools did not open on Tuesday",
    // "kindergartens were not opened" (a closure, whatever its "not").
    event: 'disruption',
    opens: 'did were was open opened',
    holds: 'open opened',
    pattern: /\b(?:did not|didn't|(?:were|was) not) open(?:ed)?\b/i,
    needs: anyOf('school schools kindergarten kindergartens shops markets universities'),
    affirms: true,
  },
  {
    // A unit, line or plant taken out of work for repairs: a halt, whatever the owner's reason
    // ("the second line was shut down for maintenance", "a unit was taken out of service").
    event: 'disruption',
    opens: 'taken put shut closed stopped halted withdrawn',
    pattern:
      /\b(?:taken|put|shut|closed|stopped|halted|withdrawn)(?: (?:out|off|down))? for (?:[\w-]+ ){0,2}?(?:repairs?|maintenance)\b|\b(?:taken|put|withdrawn) (?:out of|off) (?:service|operation)\b/i,
  },
  {
    // The same places working as before: told apart from a disruption, never its corroboration.
    event: 'operating',
    opens:
      'as normally continued continues kept keeps remain remains remained is was reopen reopened reopens reopening will would not on according open were are stayed stay stays',
    pattern:
      /\b(?:not (?:been )?(?:disrupted|interrupted|affected)|as usual|as normal|as planned|normally|on schedule|according to (?:the )?(?:schedule|timetable)|on time|continued to (?:operate|work|run|function)|continues to (?:operate|work|run|function)|(?:kept|keeps|continued|continues) (?:working|running|operating)|(?:remains?|remained|stayed|stays?|was|were|is|are) open|is operating|was operating|reopen(?:ed|s|ing)?|(?:will|would) reopen)\b/i,
    needs: anyOf(
      'lesson lessons classes school schools kindergarten kindergartens university universities traffic bridge bridges port ports airport airports railway railways train trains flight flights road roads crossing crossings checkpoint checkpoints ferry ferries shop shops services hospital hospitals ship ships production output operations refinery refineries plant plants factory factories enterprise enterprises supply supplies pipeline pipelines pumped pumping deliveries',
    ),
  },
  {
    // Television, radio or the internet on the air as before: "broadcasting continued without
    // interruption", "the channels kept broadcasting". Said of them (the subject), not of the
    // shelling that "went on without a break".
    event: 'operating',
    opens: 'without uninterrupted uninterruptedly continued continues kept keeps not',
    pattern:
      /\b(?:without (?:any )?(?:interruptions?|breaks?|a break|disruptions?)|not (?:been )?(?:interrupted|disrupted|affected)|uninterrupted(?:ly)?|(?:continued|continues|kept|keeps) (?:to )?(?:broadcast(?:ing)?|transmit(?:ting)?|work(?:ing)?|operat(?:e|ing)))\b/i,
    needs: anyOf(BROADCAST_WORDS),
    subject: BROADCAST_SUBJECT,
    // "without interruption", "not interrupted": no denial of the broadcasting.
    affirms: true,
  },
  {
    // The same, gone: "several TV channels went off the air", "transmission was lost", "broadcasting
    // was interrupted for an hour": a disruption of the service, as an outage is of a supply.
    event: 'disruption',
    opens: 'off broadcasting broadcasts broadcast transmission transmissions',
    pattern:
      /\b(?:off(?<=\b(?:went|go|goes|going|gone|was|were|is|are|been|knocked|taken|stayed|remained) off) (?:the )?air|(?:broadcasting|broadcasts?|transmissions?) (?:was |were |is |are |had been |has been )?(?:(?:briefly|temporarily|partly|partially|completely) )?(?:interrupted|cut|halted|stopped|suspended|lost|disrupted))\b/i,
    needs: anyOf(BROADCAST_WORDS),
  },
  {
    // Traffic held up, told by the queue it left: "about 1,200 cars were waiting on the Taman
    // side", "3,000 trucks were stuck in queues at the crossing".
    event: 'disruption',
    opens: 'were are was is remained remain remains',
    pattern:
      /\b(?:were|are|was|is|remained|remains?) (?:still )?(?:waiting|stuck|queued|queuing|queueing|lined up)\b/i,
    needs: anyOf('cars vehicles trucks lorries buses'),
  },
  {
    // Ships kept from a port wait off it: "several tankers waited at anchor", "vessels remained
    // at anchor off the port".
    event: 'disruption',
    opens:
      'waited waiting wait waits were was are is remained remain remains lay lying stayed stay stays',
    holds: 'anchor',
    pattern:
      /\b(?:waited|waiting|waits?|(?:were|was|are|is) (?:left |kept |held )?|remained|remains?|lay|lying|stayed|stays?) at anchor\b/i,
    needs: anyOf(
      'tanker tankers ship ships vessel vessels freighter freighters carrier carriers boats',
    ),
  },
  {
    // Oil or fuel let out onto water or land: "oil leaked into the bay", "fuel spilled onto the
    // road"; "there was no oil spill" denies it.
    event: 'leak',
    opens: 'leaked leaking leaks spilled spilling spills spilt spill leak slick slicks',
    pattern:
      /\b(?:leak(?:ed|ing|s)|spill(?:ed|ing|s)|spilt)(?= (?:into|onto|on to|out|from|over)\b)|(?:spills?|leaks?|slicks?)(?<=\bthere (?:was|were|has been|had been|is|are) (?:an? |no )?(?:(?:oil|fuel|diesel|petrol|gasoline|crude|petroleum|ammonia|chlorine|chemical|major|large|small|significant) ){0,2}(?:spills?|leaks?|slicks?))/i,
    needs: anyOf('oil fuel diesel petrol gasoline crude petroleum ammonia chlorine chemicals'),
  },
  {
    // People moved by road when their train could not go on: "buses took the stranded passengers
    // on to the next station"; and water brought to a town without it: "water was being
    // delivered by tanker trucks".
    event: 'response',
    opens: 'taken took carried brought ferried delivered supplied distributed',
    pattern:
      /(?:taken|took|carried|brought|ferried)(?<=\b(?:buses|coaches|minibuses) (?:had |have |were )?(?:taken|took|carried|brought|ferried)) (?:[\w-]+ ){0,2}?(?:passengers|people|residents|evacuees)\b|(?:delivered|brought|supplied|distributed)(?<=\bwater (?:was|is|were|are|has been|had been|is being|was being) (?:delivered|brought|supplied|distributed)) (?:by|in|with) (?:[\w-]+ ){0,2}?(?:tankers?|trucks|lorries|bowsers|carriers)\b/i,
  },
  {
    // The air or water watched after a fire or a spill, and nothing found: "no pollution had
    // been found", "no contamination was detected", "no violations of safety limits".
    event: 'reading',
    opens: 'no',
    pattern:
      /\bno (?:[\w-]+ )?(?:pollution|contamination|emissions?|radiation) (?:had been |has been |was |were |is |are )?(?:found|detected|recorded|registered|observed)\b|\bno (?:violations?|breach(?:es)?|excess(?:es)?) of (?:the )?(?:safety|radiation|permissible|sanitary|environmental) (?:limits?|norms?|standards?)\b/i,
  },
  {
    // A reading above the usual, told without a limit: "sensors recorded an elevated radiation
    // background", "radiation levels were elevated", "increased radiation was detected".
    event: 'reading',
    opens: 'recorded registered detected measured showed found elevated increased raised abnormal',
    pattern:
      /\b(?:(?:recorded|registered|detected|measured|showed|found) (?:an? |the )?(?:elevated|increased|raised|abnormal|higher) (?:radiation|background|radioactivity|gamma)|(?:elevated|increased|raised|abnormal) (?:radiation|radioactivity|gamma)(?: levels?| background)? (?:was|were|has been|had been) (?:recorded|registered|detected|measured|found))\b|(?=elevated|increased|raised|abnormal)(?<=\b(?:radiation|radioactivity|background)(?: levels?)? (?:was|were|is|are|remained|remains) )(?:elevated|increased|raised|abnormal)\b/i,
  },
  {
    // An amount of goods or land said to have been stored, lost or burned: "2,000 tonnes of grain were stored".
    event: 'amount',
    opens: 'was were had has have',
    needs: {
      pattern:
        /\b(?:tonnes|tons|litres|liters|barrels|hectares|square (?:metres|meters)|cubic (?:metres|meters))\b/i,
      words: 'tonnes tons litres liters barrels hectares square cubic',
    },
    pattern:
      /(?=was|were|had been|has been|have been)(?<=\b(?:tonnes|tons|litres|liters|barrels|hectares|square (?:metres|meters)|cubic (?:metres|meters))\b.{0,60}?)\b(?:was|were|had been|has been|have been) (?:[\w-]+ )?(?:stored|kept|held|destroyed|lost|burned|burnt|spilled|spilt|damaged|loaded|shipped)\b/i,
  },
  {
    // Those who could not manage alone helped away by rescuers: "rescuers helped carry the
    // belongings of elderly people", "old people were helped with their bags".
    event: 'response',
    opens: 'helped help helping was were',
    pattern:
      /\b(?:help(?:ed|ing)? (?:to )?(?:carry|load|pack|move|bring)|(?:was|were) helped (?:with|to|out|by))\b/i,
    needs: anyOf(
      'elderly old pensioners disabled residents people belongings bags luggage things children families',
    ),
  },
  {
    // Harm told only by a participle, when nothing else in the clause names the event: ", injuring five".
    event: 'casualties',
    opens: 'injuring wounding killing hurting',
    pattern: /\b(?:injuring|wounding|killing|hurting)\b/i,
  },
  {
    // A headline with no verb opens with its event: "Fire at Orel oil depot after drone attack".
    // Last, so that any verb in it names the event first ("… leaves Klimovo without power").
    // The event may follow its teller (HEADLINE_TELLER): "Governor: fire at depot in X".
    event: 'fire',
    opens: 'fire fires blaze blazes',
    pattern: new RegExp(
      String.raw`(?=fire|blaze)(?<=^\s*${HEADLINE_TELLER})(?:fires?|blazes?) (?:at|in|on)\b`,
      'i',
    ),
  },
  {
    // The same for an attack: "Explosions in Belgorod", "Drone attack on Tula", "Strike on
    // Kovel rail hub", "Army: strike on depot in X", "Ukraine claims drone attack on X", or a
    // raid, with when or how big it was before it ("Overnight drone raid on X: …").
    event: 'attack',
    opens:
      'explosions explosion blasts blast drone drones missile missiles rocket rockets strike strikes attack attacks raid raids',
    pattern: new RegExp(
      String.raw`(?=explosion|blast|drone|missile|rocket|attack|strike|raid)(?<=^\s*${HEADLINE_TELLER}${RAID_OPENER})(?:(?:explosions?|blasts?) (?:at|in|on|over)|(?:(?:drone|missile|rocket)s? )?(?:attacks?|strikes?|raids?) (?:on|at|in|against))\b`,
      'i',
    ),
  },
];

/**
 * A trigger word right after one of these is an adjective or a noun's modifier ("the downed
 * drone", "Smolensk's intercepted drone", "frequently targeted"), or a habit rather than an
 * event: neither asserts that something happened.
 */
export const NOT_AN_ASSERTION_BEFORE =
  /(?:\b(?:a|an|the|these|those|his|her|its|their|our|from|of|with|by|every|each|any|frequently|often|repeatedly|regularly|routinely|increasingly|usually|typically|sometimes|without)|['’]s)\s+$/i;

/**
 * A trigger inside an indirect question or a condition is asked about, not asserted:
 * "how many were launched", "whether the debris landed on the roof", "ask which unit was hit".
 */
export const QUESTIONED_BEFORE = screened(
  /\b(?:whether|how (?:many|much|often|far|well)|why|if|(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|know|knows|knew) (?:which|what|who|where|when))\s+(?:[\p{L}\p{N}’'-]+\s+){0,4}$/iu,
);

/**
 * Statements about what usually happens ("the debris that falls after every interception", "has
 * been targeted repeatedly over the past two years", "the sirens have become a familiar part of
 * autumn nights", "has come under drone attack several times this year", "crews have grown used to
 * working under shelling"), or
 * about what kind of thing something is: true or
 * not, they describe no event that another report could confirm ("officials rarely say…",
 * "falling debris is the part of the war that…", "where it landed is the kind of fact that…").
 */
export const GENERIC =
  /\b(?:rarely|seldom|tends? to|tended to|usually|generally|typically|as a rule|more often than not|every time|each time|whenever|time and again|again and again)\b|\b(?:has|have) (?:been )?(?:[\w-]+ )?repeatedly\b|\bover the (?:past|last) (?:[\w-]+ )?(?:years|months|decades?)\b|\b(?:after|with|during|following) (?:every|each) (?:[\w-]+ )?(?:interceptions?|attacks?|strikes?|raids?|alerts?|alarms?|explosions?|shelling|launch(?:es)?)\b|\b(?:is|are|was|were|remains?) (?:the|a|an|one) (?:kind|sort|type|part|piece|side|aspect) of\b|\b(?:has|have|had) (?:long |now |already )?become (?:(?:a|an|the) )?(?:[\w-]+ ){0,2}?(?:part|feature|fixture|routine) of\b|\b(?:grown|grew|got|gotten|become|became) (?:so )?(?:used|accustomed) to\b|^whether\b|\b[\w-]+ times (?:so far this|this|last|in the past|over the past) (?:year|month|week|spring|summer|autumn|fall|winter)\b|\bsince (?:(?:early |late |mid-|the (?:spring|summer|autumn|fall|winter) of )?(?:19|20)\d\d|the (?:start|beginning|outbreak) of (?:the )?(?:war|invasion|full-scale|conflict|hostilities))\b/i;

/**
 * `GENERIC.test`, with each alternative searched only where its own words are (`screenedTest`):
 * the words of GENERIC as a whole ("each", "last", "since", "part") are in many sentences that
 * none of its alternatives matches.
 */
export const isGeneric = screenedTest(GENERIC);

/**
 * Words one of which every match of GENERIC holds, as `WordScreen` reads words: a sentence with
 * none of them is not searched with it (`screens.test.ts` checks the list).
 */
export const GENERIC_WORDS = [
  ...'rarely seldom tend tends tended usually generally typically rule often every each'.split(' '),
  ...'whenever again repeatedly past last kind sort type part piece side aspect whether since become times used accustomed'.split(
    ' ',
  ),
];

/**
 * Right before a trigger, these deny it: "did not shoot down", "failed to intercept". A perfect
 * passive's "been" may follow the two words: "no houses had been damaged". A subject that "no"
 * (or "none of the") denies may take an adjective before its passive's "was" / "were": "no
 * residential buildings were damaged", "none of the houses were hit"; so may the place it
 * was spared at: "no ships in the port were damaged".
 */
export const DENIAL_BEFORE =
  /\b(?:no|not|n['’]t|never|neither|without|failed to|nobody|none)\s+(?:\w+\s+){0,2}(?:(?:\w+\s+)?been\s+)?$|\bnot (?:a single|one|any)\s+(?:\w+\s+){0,3}$|\b(?:no|none of (?:the|its|their))\s+(?:\w+\s+){1,2}(?:(?:or|and|nor)\s+(?:\w+\s+){1,2})?(?:(?:in|at|on)\s+(?:the\s+)?\w+\s+)?(?:was|were|is|are|ha(?:s|ve|d) been)\s+$/i;

/**
 * Right before a trigger, two subjects both denied it: "neither its buildings nor its equipment
 * were damaged", "neither the school nor the nearby houses were hit". Read further back than
 * `DENIAL_BEFORE`, since each subject may take a few words.
 */
export const NEITHER_NOR_BEFORE =
  /\bneither\s+(?:[\w'’-]+\s+){1,4}nor\s+(?:[\w'’-]+\s+){1,4}(?:was|were|is|are|ha(?:s|ve|d) been)\s+$/i;

/**
 * A denial of what others reported, up to the clause denied: "the governor denied reports on
 * local channels that", "dismissed claims that". Reports, claims or rumours, with where they ran.
 */
export const DENIED_REPORT =
  /\b(?:denied|dismissed|rejected|refuted)\s+(?:(?:the|these|those)\s+)?(?:[\w-]+\s+)?(?:reports?|claims?|rumou?rs?|allegations?)\s+(?:[^,;:.]{0,60}?\s+)?that\s+/i;

/** A negated casualty stated as a noun phrase ("the absence of casualties"): a claim only outside commentary. */
export const NOMINAL_NEGATION = screened(
  /\b(?:absence|lack) of (?:any )?(?:\w+ )?(?:casualties|injuries|victims|deaths|fatalities)\b/i,
);

/**
 * Before a trigger, an indirect question that a preposition governs ("rumours about where the
 * last drone came down", "no word as to what was hit"), a rule said of most of a kind in the
 * present ("most of the drones are downed long before…"), or an appeal to do or not to do
 * something ("urged people not to touch fallen wreckage", "asked drivers to avoid the damaged
 * bridge"): asked about, generalised or asked for, no event, and no denial of one.
 */
export const ASKED_OR_GENERAL_BEFORE = screened(
  /\b(?:(?:about|as to) (?:where|what|which|when|how|who)\s+(?:[\w’'-]+\s+){0,4}|(?:most|many|the majority|the bulk) of (?:the |their |its )?[\w-]+ (?:are|get) (?:[\w-]+ly )?|(?:asked|asks|urged|urges|called on|calls on|appealed to|appeals to|advised|advises|requested|requests)\s+(?:[\w’'-]+\s+){1,3}?(?:not\s+)?to\s+(?:[\w’'-]+\s+){1,2})$/i,
);

/** Words of analysis, opinion and speculation: a clause carrying one states no checkable fact. */
export const COMMENTARY =
  /\b(?:underscor\w*|highlight\w*|illustrat\w*|reflect(?:s|ed|ing)?|suggest\w*|signal(?:s|led|ling|ed)?|represent(?:s|ed|ing)?|foster\w*|demonstrat\w*|symboli[sz]\w*|paint(?:s|ed|ing)? an? |rais(?:e|es|ed|ing) (?:questions|concerns|fears|doubts)|reignit\w*|psychological toll|reminder|serv(?:e|es|ed|ing) as|interplay|analysts?|experts?|observers|commentators|critics (?:say|said|argue|argued|claim|claimed|contend|contended)|could be(?! (?:seen|heard) from\b)|might|may (?:soon|well|have|be|also)|will likely|likely to|potentially|broader|larger strategy|growing (?:pattern|anxiety|threat|burden|tension)|recurring theme|defining (?:feature|issue)|praised|celebrated|victory|triumph|is a relief|remains? (?:significant|unclear|uncertain|undeniable)|undeniable|sense of|challenges?|as part of|part of a (?:[\p{L}-]+ )?(?:pattern|campaign|strategy|trend|effort|policy)|(?:settled|settling|fallen|falling|fell|slipped) into an? (?:[\w-]+ ){0,2}?(?:pattern|routine)|(?:frightened|scared|worried|unsettled|frightens|scares|worries|unsettles) (?:them|residents|people|locals|many) (?:the )?most)\b/iu;

/**
 * Words one of which every match of COMMENTARY holds, as `WordScreen` reads words ("suggest*" for
 * any word it begins), in text without ſ or the Kelvin sign, where its `\b` and `\w` read ASCII
 * words only: such a sentence with none of them holds no commentary, and is not searched for it.
 */
export const COMMENTARY_WORDS = [
  ...'underscor* highlight* illustrat* reflect reflects reflected reflecting suggest*'.split(' '),
  ...'signal signals signalled signalling signaled represent represents represented'.split(' '),
  ...'representing foster* demonstrat* symbolis* symboliz* paint paints painted painting'.split(
    ' ',
  ),
  ...'questions concerns fears doubts reignit* psychological reminder serve serves served'.split(
    ' ',
  ),
  ...'serving interplay analyst analysts expert experts observers commentators critics'.split(' '),
  ...'could might may likely potentially broader larger growing recurring defining praised'.split(
    ' ',
  ),
  ...'celebrated victory triumph relief remain remains undeniable sense challenge'.split(' '),
  ...'challenges part pattern routine frightened scared worried unsettled frightens scares'.split(
    ' ',
  ),
  ...'worries unsettles'.split(' '),
];

/**
 * A sentence closed by commentators' say-so ("…, the governor's critics say", "…, analysts
 * argue") is their opinion as a whole, not a fact with a comment trimmed off. At most three words
 * before the commentators keep the test linear.
 */
export const OPINION_TAIL = screened(
  /,\s+(?:[\p{L}'’-]+\s+){0,3}?(?:critics|analysts|observers|commentators) (?:say|said|argue|argued|claim|claimed|contend|contended|believe|believed)\s*[.!?]?\s*$/iu,
);

/** A letter or a digit outside ASCII, as `[\p{L}\p{N}]` with the `u` flag reads one. */
export const NON_ASCII_WORD_CHAR = /[^\0-\x7f\P{L}]|[^\0-\x7f\P{N}]/u;

/** What each UTF-16 unit outside ASCII is, filled in as units are first met: 1 a letter or digit, 2 not. */
const UNIT_CLASSES = new Uint8Array(0x10000);

/** A unit outside ASCII; global, so that each search goes on from the last one found. */
const NON_ASCII = /[^\0-\x7f]/g;

/**
 * Whether the text holds no NON_ASCII_WORD_CHAR (and no surrogate, which could be half of one).
 * In such text `[\p{L}\p{N}]` reads just what `[A-Za-z0-9]` reads, and ſ and the Kelvin sign are
 * absent too, so a pattern over ASCII words may drop its `u` flag and its Unicode classes and
 * find the same matches, faster. Only the units outside ASCII are read, each with a table, since
 * NON_ASCII_WORD_CHAR costs as much as what it would spare; the engine passes over the ASCII
 * (most of the text, or all of it) at half the cost of a loop reading every unit.
 */
export function isLatinText(text: string): boolean {
  NON_ASCII.lastIndex = 0;
  while (NON_ASCII.test(text)) {
    const code = text.charCodeAt(NON_ASCII.lastIndex - 1);
    if (code >= 0xd800 && code <= 0xdfff) return false;
    let unit = UNIT_CLASSES[code] as number;
    if (!unit) {
      unit = NON_ASCII_WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
      UNIT_CLASSES[code] = unit;
    }
    if (unit === 1) return false;
  }
  return true;
}

/**
 * A `u` pattern's twin for text that `isLatinText`: its `[\p{L}\p{N}]` classes (and the
 * other Unicode classes given) read as ASCII ones, and the same flags but `u`.
 */
export function latinTwin(pattern: RegExp, classes: [string, string][]): RegExp {
  let source = pattern.source;
  for (const [unicode, ascii] of classes) source = source.split(unicode).join(ascii);
  if (source.includes('\\p')) throw new Error(`latinTwin left a Unicode class in /${source}/`);
  return new RegExp(source, pattern.flags.replace('u', ''));
}

/**
 * COMMENTARY without `u`, its one Unicode class left out ("part of a" is enough): it matches
 * wherever COMMENTARY does in text without ſ or the Kelvin sign, so the sentences that hold no
 * commentary, most of them, are cleared by it alone.
 */
const MAYBE_COMMENTARY = new RegExp(
  COMMENTARY.source.replace(
    'part of a (?:[\\p{L}-]+ )?(?:pattern|campaign|strategy|trend|effort|policy)',
    'part of a',
  ),
  'i',
);
if (MAYBE_COMMENTARY.source.includes('\\p'))
  throw new Error('MAYBE_COMMENTARY lost step with COMMENTARY');

/** COMMENTARY.test(text), answered without the `u` flag's cost where that cannot change it. */
export function isCommentary(text: string): boolean {
  return commentsWhereWorded(text, true);
}

/**
 * `isCommentary` for a text whose words were screened: `worded` is whether it holds one of
 * COMMENTARY_WORDS (true when not known).
 */
export function commentsWhereWorded(text: string, worded: boolean): boolean {
  if (mayFoldToLatin(text)) return COMMENTARY.test(text);
  const maybe = worded ? MAYBE_COMMENTARY.exec(text) : null;
  // A match by any other part than the shortened one is COMMENTARY's own: searching again with
  // COMMENTARY (a second pass, with the `u` flag's cost) would only find it again.
  return !!maybe && (!SHORTENED_PART.test(maybe[0]) || COMMENTARY.test(text));
}

/** What a MAYBE_COMMENTARY match by its shortened part opens with. */
const SHORTENED_PART = /^part of a/i;

/** Verbs that attribute what follows to a speaker. */
export const REPORTING_VERB =
  /\b(?:wrote|writes|said|says|stated|states|noted|notes|confirmed|confirms|reported|reports|announced|announces|emphasi[sz]ed|stressed|told|claimed|added|declared)\b/i;

export const ACCORDING_TO =
  /\baccording to (?:(?:a|an|the) )?(?:(?:statement|report|reports|message|data|post)s? (?:from|by|of) )?([^,.;:]+)/i;

/**
 * Words one of which every match of ACCORDING_TO or REPORTING_VERB holds (as `WordScreen` reads
 * words): a sentence with none of them names no speaker, and is not searched for one.
 */
export const SPEAKER_WORDS = [
  'according',
  ...'wrote writes said says stated states noted notes confirmed confirms reported reports'.split(
    ' ',
  ),
  ...'announced announces emphasised emphasized stressed told claimed added declared'.split(' '),
];

/**
 * Clause breaks after a comma or a semicolon. ", where …" opens a clause of its own, unless it
 * closes before the verb of the noun it follows: "the building, where the aid was handed out, was
 * destroyed" is one statement.
 */
const PUNCTUATED_BREAK = String.raw`,\s+(?=(?:while|though|although|even as|but|whereas|where(?![^,;.]{1,100},\s+(?:was|were|is|are|has|have|had)\s)|adding|emphasi[sz]ing|underscoring|highlighting|reflecting|near|next to|close to|striking|hitting|damaging|setting|starting|sparking|located near|lying near|who (?:said|says|added|adds))\b)|;\s+`;
/**
 * Clause breaks before "but", or before "and" and a reporting verb, with no punctuation; and before
 * a second "and that" after a verb of saying ("acknowledged that the plant had been hit and that
 * a fire had broken out there"), a second thing said; after a verb of warning it stays that verb's.
 */
const SPOKEN_BREAK = String.raw`\s+(?=but\b)|\s+(?=and\s+that\b)(?<=\b(?:said|says|acknowledged|acknowledges|admitted|admits|confirmed|confirms|reported|reports|stated|states)\s+that\b.{1,200})|\s+(?=and\s+(?:also\s+)?(?:said|says|added|adds|reported|reports|stated|noted|confirmed|announced|insisted|insists|claimed|claims)\b)`;
/** Words one of which every SPOKEN_BREAK match is followed by (as `WordScreen` reads words). */
export const SPOKEN_BREAK_WORDS =
  'but that said says added adds reported reports stated noted confirmed announced insisted insists claimed claims'.split(
    ' ',
  );

/** Clause connectors: a new clause starts at the connector (the connector stays with it). */
export const CLAUSE_BREAK = new RegExp(`${PUNCTUATED_BREAK}|${SPOKEN_BREAK}`, 'giu');

/** CLAUSE_BREAK without `u`, for text without ſ or the Kelvin sign, where it finds the same breaks. */
const LATIN_CLAUSE_BREAK = new RegExp(CLAUSE_BREAK.source, 'gi');
/**
 * LATIN_CLAUSE_BREAK for a sentence without SPOKEN_BREAK_WORDS: its other breaks cannot match
 * there, and theirs, tried at every space, cost more than the rest of the pattern.
 */
const LATIN_PUNCTUATED_BREAK = new RegExp(PUNCTUATED_BREAK, 'gi');

/**
 * The clause breaks of a sentence, as CLAUSE_BREAK finds them. `spoken`: whether the sentence
 * may hold SPOKEN_BREAK_WORDS (false only when it is known to hold none).
 */
export function clauseBreaksIn(sentence: string, spoken = true): RegExpExecArray[] {
  if (mayFoldToLatin(sentence)) return matchesOf(CLAUSE_BREAK, sentence);
  return matchesOf(spoken ? LATIN_CLAUSE_BREAK : LATIN_PUNCTUATED_BREAK, sentence);
}

/**
 * ", and" joins two statements only when each side asserts an event of its own: "debris fell
 * near the school, and nobody was hurt" holds two claims; "drones over A, and B" holds one.
 */
export const COORDINATION = /,\s+and\s+/g;

/**
 * "And" with no comma joins two statements when a subject of its own follows: "a drone hit a car
 * and the driver was injured". Cut only when each side asserts an event of its own.
 */
export const BARE_COORDINATION =
  /\s+and\s+(?=(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|another|several|no one|nobody|his|her|its|their|that)\s)/gi;

/**
 * In a headline any comma, or a colon, may join two statements: "Debris damages house, drones
 * target refinery", "Town hit overnight: two injured".
 */
export const HEADLINE_COMMA = /[,:]\s+/g;

/**
 * A comma before a count joins two statements with no "and", as headlines do: "dozen UAVs shot
 * down, one hurt in Rylsk". Cut only when each side asserts an event of its own.
 */
export const ASYNDETON =
  /,\s+(?=(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds)\s)/gi;

/** A clause that only places an object relative to the event: ", near houses 12 and 13". */
export const RELATION_CLAUSE =
  /^(?:located |lying )?(?:near|next to|close to|striking|hitting|damaging)\b/i;

/**
 * Sentence openers whose first comma closes a backgrounded clause; "contrary to claims on
 * Telegram," names what the sentence denies, not what it says.
 */
export const FRONTED_SUBORDINATE =
  /^(?:while|though|although|despite|even though|even as|whereas|contrary to)\b/i;

/** A trailing comma segment that only describes what came before: ", a precautionary measure that…". */
export const APPOSITIVE_TAIL = /^(?:a|an|which|who|their|its|his|her)\b/i;
