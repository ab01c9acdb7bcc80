/**
 * The event triggers' opening words (`opens`) decide which patterns a clause is searched with at
 * all: a word missing from a trigger's list would make that trigger silently blind to clauses
 * that open a match with it. Every match in every text we have, and in phrases written to hit
 * each alternative of each pattern, must begin with a listed word.
 */
import { describe, expect, it } from 'vitest';
import { assertionOf, mayAssert, splitClauses } from '../clauses.ts';
import { relationOf } from '../details.ts';
import { anaphorsIn } from '../focus.ts';
import {
  CLAUSE_BREAK,
  clauseBreaksIn,
  COMMENTARY,
  EVENT_TRIGGERS,
  isCommentary,
  isLatinText,
  latinTwin,
  NON_ASCII_WORD_CHAR,
} from '../lexicon.ts';
import { corpusTexts } from './corpus.ts';

/** One phrase or more for each alternative of each trigger, in lexicon order. */
const PHRASES = [
  'A domestic gas explosion destroyed a flat; a gas blast wrecked a house, a boiler explosion damaged a school, a gas explosion, not a missile, gutted a shop, a gas blast tore through a block, a gas explosion ripped through a hall and a gas blast hit a garage.',
  'The ministry has not commented. Officials did not confirm it. He declined to comment. She warned residents. He denied it. The plant called the fire an accident; he described the blast as a technical malfunction; officials termed the explosion an incident; the owner labelled it “an accident”.',
  'Emergency services were deployed. Teams dispatched, crews sent, medics arrived, police rushed to the scene, crews on site, teams working at the site, residents evacuated, people evacuating.',
  'Search operations are continuing. Rescue work under way. Repair works underway. Demining efforts ongoing. Clean-up work has been completed. Recovery efforts finished. The shell was defused, disposed of and made safe.',
  'Rescuers rescued two people from the rubble; one was pulled from under the ruins, another freed from debris, a body recovered from the rubble, another retrieved from the ruins, a man dug out from the debris and a woman brought out from the rubble.',
  'Rescuers worked all night. Crews were working. Teams started to repair the roof, begun replacing glass, began to restore power. Crews repairing, replacing, restoring; police cordoned off and sealed off the area, cleared and clearing it. Sappers searched, searching, examined, examining, inspected, inspecting and reached the site. Evacuees were given temporary housing, were housed, accommodated and resettled.',
  'Officials set up shelters, setting up points, established centres, establishing evacuation points, prepare, prepared and preparing shelters, activated, activating, opened, opening, organised and organized accommodation.',
  'No one was injured. No people were hurt. No person was killed. Nobody died.',
  'No casualties. No injuries. Without any casualties. Two were killed, three injured, one wounded, one hurt, one died, two hospitalised, one hospitalized.',
  'The driver was unhurt; the passengers were unharmed; two crew members are uninjured; she is unhurt; he remained unhurt; it remains unharmed; the crew escaped uninjured; the pilot survived unhurt; he was completely unhurt.',
  'Shelling kills one. Strike injures two. Blast wounds three. One dies. Two die. Strike leaves three dead.',
  'Their lives are not in danger. His life is no longer in danger. Her injuries were not life-threatening. His wounds are life-threatening.',
  'Two were taken to hospital; one rushed to the regional hospital; one admitted to hospital; one brought to a hospital; one sent to hospital; one airlifted to hospital. She is still in hospital; they are in the hospital; he was in hospital; they were in hospital; she remains in hospital; he remained in a city hospital. He is among the injured. Of the injured are two children. Of the wounded were three. Of the dead is one. Of the victims was a child. Of the injured include two. Of the injured includes one. Of the wounded included three. She was assessed as serious, described as stable, listed as critical. He is in a serious condition. Her condition is stable. His condition was grave. Her condition remains critical. His condition remained moderate, her condition is satisfactory. One was treated for shock, treated at home, treated in hospital, treated on the spot; doctors are treating two men for burns. Bodies were found, the body was recovered, bodies retrieved, a body pulled out. Two received medical help, one receiving care, one given treatment, two needed assistance, one sought help. One suffered wounds, two sustained serious injuries. The toll has risen. The toll rose. The injured had climbed. The dead increased. The victims grew. The casualties have grown. The toll reached ten. The toll stands at ten. The toll stood at ten. The toll rises, the toll climbs. The death toll from the shelling of the town has risen to two.',
  'Three people are still missing. Two men were missing. One man is missing. One woman was unaccounted for. Two residents remain missing. One soldier remains missing. Two workers remained missing.',
  'A man was cut by flying glass. Two women were grazed by fragments, one was badly bruised by falling debris, a worker was burned by shrapnel, another was burnt by splinters and a guard was concussed by the broken glass.',
  'No one was inside. Nobody was at home. No people were there. The house was empty at the time. The buildings were unoccupied.',
  'Debris fell, debris falls, debris fall, debris falling, debris fallen, wreckage crashed, fragments landed, parts came down, debris scattered, debris left a trail, fragments were found, a fragment was found.',
  'The fragments struck two houses, debris strikes a house, wreckage hits homes, debris hit a car, debris damaged a roof, debris damages a school, fragments smashed into a garage, debris slammed into a car, wreckage crashed into a house.',
  'Drone damaged house. Drone damages school. Missile struck building. Drone hits car. Drone hit shop. Warehouse caught fire. Depot catches fire. Car set on fire. Garage burned.',
  'No aircraft were damaged; two bombers were also damaged; a helicopter had been badly damaged.',
  'Damaging a house; drone slammed into a building, smashed into a roof, crashed into a garage, ploughed into a shop, plowed into a school, tore through a depot; debris tore a hole in a roof, ripped holes in a hangar, punched a hole in a wall, blew a hole in a fence; shattering windows; not a single house was touched; nothing was touched; no homes in the village were touched; none of them had been touched; a strike on a house; strike hit homes; missile strikes a school; attacked a depot; targeted a plant; target a refinery; the house was destroyed; a house was also destroyed; buildings were completely destroyed; a glide bomb destroyed a shed; buildings were destroyed; roofs had been destroyed; destroying a school; windows broke; broken windows; shattered windows; blew out windows; windows blown out; smashed cars; collapsed building; set two cars alight; setting a house on fire; houses were set ablaze; a shop caught fire; cars burned out; a burnt out house; burnt cars; a gutted building; a car riddled with shrapnel.',
  'One span was damaged, but it did not collapse; the walls cracked, but they have not collapsed.',
  'Shelling brought down a power line; storms bring down trees; a shell brings down the wall; bringing down two poles.',
  'The mayor reported damage to a school; officials recorded damage to two houses; the shelling caused serious damage to a shop; the strike inflicted damage on a depot; police registered damage to cars; damage to a garage was also confirmed.',
  'There was no train at the depot; there were no barges near the pier.',
  'No damage was reported. No immediate reports of any serious damage.',
  'There were no reports of casualties. No immediate reports of any injuries.',
  'Air defences down drones over the city; air defence downs two UAVs; air defences intercepted drones, intercepting two, intercept one; drones were shot down, shoot down, shoots down, shooting down; brought down, bring down, brings down, bringing down; downed, downing; destroy, destroyed, destroying, destroys; neutralised, neutralises, neutralising, neutralise, neutralized, neutralizes, neutralizing, neutralize; repel, repelled, repels, repelling; engaged; eliminated, eliminates, eliminating; suppressed.',
  'The governor spoke only of a downed drone, speaks about two intercepted missiles, confirmed a shot-down drone; the ministry reported three intercepted UAVs, acknowledged the downed rockets and mentioned one downed drone.',
  'Something fell; something falling; something fallen; something crashed.',
  'A missile landed near a school; a drone came down; a drone comes down; a drone dropped onto a field, debris dropped on to a roof, wreckage of the shot-down missile dropped into a yard.',
  'Drones targeted the city, targeting it, attacked it, attacking it; missiles launched; a missile struck; troops shelled; planes bombed; Russians shell the town; Ukrainians shell Horlivka; a drone hit; the town came under attack; the city under fire; villages come under heavy shelling; it comes under drone attack; a drone dropped explosives on a car, dropped an explosive device onto a bus.',
  'Eight drones took part in the operation; missiles take part in a strike, drones takes part in raids, UAVs taking part in the assault; twelve missiles were involved in the attack, boats involved in the raid, and rockets participated in the strike.',
  'An FPV drone exploded near a minibus; a shell detonated next to the school; a missile exploded close to the bridge; two drones exploded beside a car; a mine detonated near the tractor.',
  'Drone strike. Missile strike on Kyiv. Target: refinery. Drones attack city. Missile strikes Odesa. Guided bomb hits Sumy. Russian aviation strikes Kupiansk. Russia strikes Sumy with drones. Drone attacks oil depot. Forces carried out 412 strikes; carried out a strike on a depot; the governor confirmed the strike, acknowledged two attacks, spoke only of an attack, speaks about the shelling; conducted an attack; troops conducted two attacks; launched air strikes; reported shelling; recorded bombardments; the governor counted 31 attacks; officials registered 12 strikes. Explosions were heard, an explosion was reported, residents posted videos of explosions, drivers filmed footage of the strikes, explosions rang out, an explosion rocked the city. The attack lasted hours; the raid involved drones. The strike came at 5 a.m.; the strike on the depot came shortly before dawn; the strike on the oil terminal of the port came at dawn; the attack happened early; the shelling occurred at night; the explosion took place around noon; the strikes came at 2 a.m.; the strike was at around three in the afternoon; the explosions were at about 2 a.m.',
  'There was no Russian attack on the town; there were no strikes on the city, there had been no shelling in the village, there has been no air strike against the port.',
  'A grain ship strikes a sea mine; a tanker struck a mine, a tug hits a drifting mine, a barge hit a mine, a boat hitting a mine, a ferry striking a floating mine. A freighter was blown up by a mine, vessels were holed by a naval mine, a ship had been damaged by a mine. An explosion aboard a grain freighter; a blast on board the tanker.',
  'The ship stayed afloat, the barge remained afloat, the crew kept afloat; a tanker ran aground, a tug had run aground, a boat sank and a ferry capsized.',
  'The first drones came at around 1 a.m.; missiles arrived shortly after midnight; two rockets came at dawn. Ten drones reached the city; two missiles broke through to the port; a drone got through to the base.',
  'Drones were reported over the city, spotted above it, sighted in the sky over it, seen over it, detected over it, observed over it, recorded over it. Drones were flying towards the town, one flew towards the port, others heading in the direction of the city; nine drones took part in the attack.',
  'Air defences were seen firing over the port, heard working above the town, spotted shooting over the bay, observed in action over the city; air defences fired at drones over the port, were firing on two UAVs above the bay and opened fire at targets over the city.',
  'The fire was put out, extinguished, extinguishing; the blaze under control, contained; a fire broke out, a fire breaks out, flames erupted; the drone started a fire, starting a fire, sparking a fire, the attack sparks fire, strikes spark a fire, a drone sparked a fire, caused a fire, causing a fire; the tank caught fire; burned; burning; flames engulfed it, a fire engulfs the roof, engulfing the depot in flames; officials confirmed a fire at the depot, the governor reported a large blaze.',
  'Forty miners were trapped underground; 12 workers stuck in the mine; people stranded below ground; staff left underground; men blocked in a shaft.',
  'The miners were brought to the surface, lifted to the surface, raised back to the surface, hoisted up to the surface, evacuated to the surface, taken to the surface and returned to the surface.',
  'Homes were left without power; will be without gas; have been without water; remain without heating; remained without heat; remains without light; stay without power; stayed without power; stays without power; are without power; were without gas; was without water; is without electricity; went without power; have gone without power. Towns lost power. Homes lost their power supply; the plant lost its electricity; villages lost the gas. Power supply was cut. Electricity was lost. Gas supplies were knocked out. Water disrupted. Heating interrupted. Power restored. Strikes cut off power, cutting off gas, cutting power to the town; a strike cuts electricity in the district; drones cut the water supply for 2,000 homes. Crews restored power. Blackouts. A blackout. Power outages. The attack leaves the town without power, leaving villages without gas. Konotop without power after the attack.',
  'The plant lost its external power supply; a station loses all off-site power; the unit lost the backup power; it is losing its main line, lost the last transmission line, loses its high-voltage lines. It was disconnected from the grid, disconnected from the national grid. It switched to its diesel generators, switches to emergency generators, went over to the backup diesel generators, moved to generators, switching to generators, switch to generators. It ran on generators, runs on diesel generators, running on its emergency generators, operated on generators, operates on generators, operating on generators, relied on generators, relies on generators, relying on generators, run on generators; it is on diesel generators, spent hours on generators, days on emergency diesel generators. The generators had started; generators kicked in; generators have come on; generators came on. The outage began at 11:08, an outage started, a blackout lasted, the outage ended. Crews restored the line, repaired the damaged power line, reconnected the line.',
  'Gas supply was cut off, water were disrupted, heating been interrupted, power being restored. The supply was not interrupted; gas supply has not been affected; power was not cut off; water is not disrupted; heating was not knocked out.',
  'Ammonia levels exceeded the norm; chlorine concentrations exceed the permissible limits; radiation exceeds safe levels; the content of ammonia is exceeding maximum concentrations. Residents complained of a chemical smell, complain about an odour, one complains of a stench, others complaining of the strong smell.',
  'Air samples showed no excess of ammonia; tests show no exceedance; checks found no excess; probes revealed no excess; monitors recorded no excess of substances.',
  'Ammonia levels remain within permissible limits, within the acceptable level, within normal range and within the norm; concentrations stay below the maximum permissible levels.',
  'Poland scrambled fighter jets; jets were scrambling; Poland raised its fighter aircraft, raising military planes.',
  'An air alert was declared; sirens sounded; an alarm was issued; the alert lasted three hours; the alert across the whole region lasted an hour; sirens went off; sirens wailed; the alert was lifted; an alarm was announced. Officials declared an air-raid alert, announced a missile alarm, issued a drone alert.',
  'Missiles rain down on the city; drones rained down upon villages, shells raining down on the port; artillery rains down on the town. Drones pound Odesa; troops pounded the bridgehead, forces pounding the town, a missile pounds the port.',
  'A strike knocks out a substation; a drone knocked out the bridge; missiles knocking out a plant; strikes knock out power lines. A strike put it out of action; drones put the depot out of operation, a blast puts them out of service, putting two substations out of commission.',
  'The tanker was on fire; a depot ablaze; the warehouse in flames.',
  'There was no fire; there were no blazes; there had been no fire; there has been no fire. No fire broke out; no blaze started; no fires were reported; no fire was reported.',
  'Crews knocked down the blaze; firefighters knocked the fire down, knocking down flames; they knock the blaze down.',
  'Crews dealt with the blaze; firefighters deal with fires, deals with the flames, dealing with a large fire. The fire was out by noon; the flames were all out; the blaze is out; the fires are out; the fire at the depot had been out; the flames in the yard have been out; the blaze on the roof has been out. The blaze could be seen from the town; smoke was visible from the highway.',
  'A gas pipeline ruptured; pipes burst; a water main burst; the pipeline had exploded; pipelines were ruptured.',
  'A device went off under the rails; bombs go off, a charge goes off; the device exploded; charges were detonated; explosives had been set off; explosives were planted. Saboteurs blew up the track, had blown up a bridge. Police found signs of sabotage, evidence of sabotage, traces of sabotage, no trace of sabotage.',
  'Blast under official’s car; explosion beneath a police car; bomb underneath the vehicle.',
  'Police ruled out sabotage, ruled out any sabotage; sabotage was ruled out; sabotage has been ruled out; sabotage is being ruled out; sabotage ruled out.',
  'A freight train derailed; trains derail; a tram derails; wagons derailing. The train came off the rails, wagons come off the track, a carriage comes off the tracks, coming off the rails, went off the rails, go off the tracks, goes off the track, ran off the rails, run off the rails, runs off the track, jumped off the rails; wagons left the rails, leave the track, leaves the tracks, leaving the rails, jumped the tracks, jump the rails, jumps the track. Locomotive off the rails.',
  'The derailment happened at 4 a.m.; the derailment occurred around dawn; the derailments took place shortly after midnight; the derailment came early; the derailment was about 3 a.m.; the derailments were at night.',
  'Trains were held up for an hour; traffic was held up; flights had been held up; ferries being held up; lorries held up at the border.',
  'Families were offered rooms at the school; residents were offered temporary accommodation, had been offered shelter. The owners are staying with relatives; one family stayed with neighbours, another stays with friends, the couple living with their family, a woman moved in with her neighbors.',
  'A criminal case was opened; an investigation launched; proceedings initiated; an investigation started. Police opened a criminal case.',
  'Residents were asked to stay indoors, told to remain inside, urged to stay at home, advised to keep their windows shut, keeping the windows closed, close all windows, closing windows, shut your windows.',
  'Two suspects were detained; police arrested three men.',
  'The governor declared a day of mourning and announced three days of mourning.',
  'Officials declared a state of emergency, introduced an emergency regime, imposed a regional emergency situation. An emergency regime was declared, an emergency situation has been introduced, an emergency mode had been imposed.',
  'Families were moved to a temporary shelter, relocated to hotels, taken to the dormitory, brought to accommodation. Residents were moved out of their homes, a family led out of their home.',
  'The evacuation of families continues; evacuation continued; evacuations continuing; evacuation is under way; evacuation underway; evacuation was ordered; evacuation has been ordered; evacuation was announced; evacuation has been announced; evacuation began; evacuation has begun; evacuation was extended; evacuation has been extended. The mayor announced the evacuation, ordered an evacuation, declared a mandatory evacuation, began the evacuation, started evacuations, organised the evacuation, organized an evacuation. Residents of two streets near the plant were evacuated. People have left; residents had fled; families have fled; civilians had left; children have left.',
  'Pupils were taken to camps, families sent by bus to summer camps, villagers moved out of X, residents evacuated away from the line, patients relocated to safer areas, orphans bussed to a sanatorium, children transported to hostels, people brought to the rear, they left by bus, set off by coach, go to camps, goes to summer camps, went to camps, moves them out of Y, evacuates them to shelters, relocates them to dormitories, leave by train, leaves by buses, removed 90 residents, removes the families, emptied the village of people, empties Kozachi: 60 people.',
  'The buses set off at eight; the coaches left; the convoy departed at ten.',
  'Evacuation of the village is mandatory; evacuations are compulsory; the evacuation was obligatory; evacuation has been mandatory; evacuations have been compulsory; evacuation becomes mandatory; the evacuation became obligatory; evacuation were mandatory. Families are obliged to leave, residents required to evacuate, villagers ordered to leave, people obligated to leave.',
  'The evacuation train left at nine; the evacuees’ train leaves today, the convoy of evacuated families departed, the evacuation column departs, the evacuation buses set off and the evacuation train sets off.',
  'The airport did not receive or send any planes; the station could not accept or dispatch trains; the port did not admit ships. The airport accepted no flights; it received no planes; the station sent no trains; the port dispatched or received no ships; the airfield handled no aircraft; the port took no vessels; the terminal admitted no ships.',
  'Lessons will be online; classes held remotely; remote learning for pupils; distance learning for students; schools stay closed; schools stays closed; schools stayed closed; schools remain closed; schools remains closed; kindergartens remained closed; schools will be closed; the bridge was closed; the port was also closed; schools were again closed; ports were closed; the road closed to traffic; flights suspended; trains cancelled; trains canceled; traffic halted; trains stopped; flights resumed; traffic restricted; roads blocked; trains diverted; flights delayed; classes postponed; police closed the bridge; queues formed; queue stretched; queues of trucks built up; restrictions on flights were introduced at the airport; restrictions were imposed on traffic; airport restrictions lifted; officials introduced temporary restrictions on flights, imposed restrictions on trains, lifted restrictions on roads. The ferry crossing shut; the plant was shut down; rail traffic disrupted; trains ran up to three hours late; trains running late; trains run late. Drones halt the refinery. Mobile internet was cut; internet also cut; the internet cut. Mobile internet was switched off; internet turned off.',
  'Schools did not open on Monday; kindergartens didn’t open; shops were not opened; markets was not open.',
  'A line was shut down for maintenance; a unit taken out for repairs; a workshop closed for urgent repairs; the reactor was stopped for maintenance; a boiler taken out of service; a turbine put out of operation; a vessel withdrawn for repairs; the tank halted for repairs; the pump put off for repairs.',
  'Schools work as usual, as normal, as planned; shops open normally; services continued to operate; trains continues to run; schools remain open; shops remains open; hospitals remained open; the airport is operating; the port was operating; schools reopen, reopened, reopens, reopening; shops will reopen; services would reopen. Production was not disrupted; output has not been interrupted; the plant was not affected. The blaze covered 50 sq m, the fire covering a hectare, the flames had spread over two floors, fires spread across the yard. Trains ran on schedule, on time, according to schedule, according to the timetable. The ferry kept working; trains keeps running; the port continued operating; the airport continues working.',
  'Broadcasting went on without interruption, without any breaks, without a break, without disruptions; TV was uninterrupted; radio ran uninterruptedly; channels were not interrupted, have not been disrupted, not affected; the station continued broadcasting, continues to transmit, kept working, keeps operating, continued to operate.',
  'Two TV channels went off the air; the radio goes off the air; channels going off air; the station was off the air; the internet had gone off the air. Broadcasting was interrupted; broadcasts were briefly cut; transmission was lost; transmissions had been halted; the broadcast is temporarily suspended.',
  'About 1,200 cars were waiting at the crossing; trucks are stuck at the border; a vehicle was queued; lorries is queuing; buses remained lined up; cars remain queueing; trucks remains waiting; cars were still stuck.',
  'Several tankers waited at anchor; ships waiting at anchor, a vessel waits at anchor, freighters wait at anchor; tankers were left at anchor, a ship was kept at anchor, vessels are held at anchor, a tanker is at anchor; boats remained at anchor, a carrier remains at anchor, ships remain at anchor, tankers lay at anchor, vessels lying at anchor, a ship stayed at anchor, boats stay at anchor, a tanker stays at anchor.',
  'Oil leaked into the bay; fuel leaking onto the road; diesel leaks from the tank; crude spilled into the river, petrol spilling out, ammonia spills over the yard, oil spilt on to the deck. There was no oil spill; there were fuel leaks; there has been a large oil slick; there had been no diesel spills; there is a chemical leak; there are oil slicks.',
  'Buses had taken stranded passengers on; coaches took the people on, minibuses carried residents, buses were ferried evacuees, buses brought passengers. Water was being delivered by tanker trucks; water is brought in lorries, water were supplied with bowsers, water has been distributed by water carriers, water had been delivered by trucks, water is being supplied by tankers.',
  'No pollution had been found; no contamination was detected; no harmful emissions were recorded; no radiation is registered; no excess radiation has been observed. No violations of safety limits were recorded; no breach of the radiation norms; no excess of permissible standards.',
  'Sensors recorded an elevated radiation background; stations registered increased radiation; a probe detected raised gamma; monitors measured the abnormal background; samples showed higher radioactivity; a drone found elevated radiation. Elevated radiation levels were recorded; increased radioactivity was detected; abnormal gamma background had been registered. Radiation levels were elevated; the background is increased; radioactivity remained abnormal.',
  'About 2,000 tonnes of grain were stored; 300 tons of fuel was lost; 500 litres of oil had been spilled; 40 hectares of crops has been burned; 100 barrels have been destroyed.',
  'Rescuers helped carry the bags of elderly people; volunteers help load belongings, helping to move things, help pack luggage, helped bring children; old people were helped with their bags, residents were helped out, pensioners was helped to pack, families were helped by rescuers.',
  'A strike hit the market, injuring five, wounding two, killing one and hurting three.',
  // A verbless headline's opening is read only at the start of its text.
  'Fire at a depot after a drone attack.',
  'Explosions in Belgorod.',
];

function texts(): string[] {
  return [...corpusTexts(), ...PHRASES];
}

describe('event trigger opening words', () => {
  it('has one list of phrases per trigger', () => {
    expect(PHRASES).toHaveLength(EVENT_TRIGGERS.length);
  });

  it.each(EVENT_TRIGGERS.map((trigger, i) => [i, trigger.event, trigger] as const))(
    'trigger %i (%s): every match begins with one of its opening words',
    (_, __, trigger) => {
      const opens = new Set(trigger.opens.split(' '));
      const pattern = new RegExp(trigger.pattern.source, 'gi');
      const missing = new Set<string>();
      let matches = 0;
      for (const text of texts()) {
        for (const m of text.matchAll(pattern)) {
          matches++;
          const word = /^\w+/.exec(text.slice(m.index))?.[0].toLowerCase() ?? `(${m[0]})`;
          if (!opens.has(word)) missing.add(word);
        }
      }
      // The phrases are written so that each trigger matches somewhere: a check that saw no
      // match would check nothing.
      expect(matches).toBeGreaterThan(0);
      expect([...missing]).toEqual([]);
    },
  );

  // A clause none of whose words a `needs` lists is not searched with its pattern: a match
  // without one would be a clause the screen wrongly passes over.
  const needing = EVENT_TRIGGERS.flatMap((trigger, i) =>
    trigger.needs ? [[i, trigger.event, trigger.needs] as const] : [],
  );
  it.each(needing)(
    'trigger %i (%s): every match of its needs holds one of its words',
    (_, __, needs) => {
      const whole = new Set(needs.words.split(' ').filter((w) => !w.endsWith('*')));
      const prefixes = needs.words
        .split(' ')
        .filter((w) => w.endsWith('*'))
        .map((w) => w.slice(0, -1));
      const pattern = new RegExp(needs.pattern.source, 'gi');
      const lacking: string[] = [];
      let matches = 0;
      for (const text of texts()) {
        for (const m of text.matchAll(pattern)) {
          matches++;
          const words = m[0].toLowerCase().match(/\w+/g) ?? [];
          if (!words.some((w) => whole.has(w) || prefixes.some((p) => w.startsWith(p))))
            lacking.push(m[0]);
        }
      }
      expect(matches).toBeGreaterThan(0);
      expect(lacking).toEqual([]);
    },
  );

  const holding = EVENT_TRIGGERS.flatMap((trigger, i) =>
    trigger.holds ? [[i, trigger.event, trigger, trigger.holds] as const] : [],
  );
  it.each(holding)(
    'trigger %i (%s): every match, with what its look-behind reads, holds one of its words',
    (_, __, trigger, holds) => {
      const words = new Set(holds.split(' '));
      const pattern = new RegExp(trigger.pattern.source, 'gi');
      const lacking: string[] = [];
      let matches = 0;
      for (const text of texts()) {
        for (const m of text.matchAll(pattern)) {
          matches++;
          // No look-behind of a pattern reads further back than 60 characters.
          const read = text.slice(Math.max(0, m.index - 60), m.index + m[0].length);
          if (!(read.toLowerCase().match(/\w+/g) ?? []).some((w) => words.has(w)))
            lacking.push(read);
        }
      }
      expect(matches).toBeGreaterThan(0);
      expect(lacking).toEqual([]);
    },
  );

  it('finds the event of a clause whose trigger word is in capitals or mixed case', () => {
    expect(assertionOf('Drones were SHOT DOWN over the region')?.event).toBe('shootdown');
    expect(assertionOf('Emergency services were Deployed to the site')?.event).toBe('response');
    expect(assertionOf('Nobody Was Injured in the attack')).toEqual({
      event: 'casualties',
      negated: true,
    });
  });

  it('finds a trigger word written right after a sign that lower-cases to a Latin letter', () => {
    // The Kelvin sign lower-cases to "k" and İ to "i": neither may hide the word after it.
    expect(assertionOf('Drones were \u212Aintercepted over the city')?.event).toBe('shootdown');
    expect(assertionOf('Two drones \u0130intercepted')?.event).toBe('shootdown');
  });
});

describe('quick readings of the Unicode patterns', () => {
  /** Text where the `u` flag's case folding decides: ſ reads as "s", the Kelvin sign as "k". */
  const FOLDING = [
    'Analy\u017Fts suggest the attack was a warning.',
    'It was a reminder of the \u212Aind of war it is, while \u017Ftriking the port.',
    'The strike was part of a well-planned campaign, near the bridge; it was part of a -wide pattern.',
    'Debris fell, \u017Ftriking a house, and the governor \u017Faid one was hurt.',
  ];
  const samples = () => [...texts().flatMap((text) => text.split(/(?<=[.!?])\s+|\n+/)), ...FOLDING];

  it('tells commentary exactly as COMMENTARY does', () => {
    const differing = samples().filter((s) => isCommentary(s) !== COMMENTARY.test(s));
    expect(differing).toEqual([]);
    expect(FOLDING.map(isCommentary)).toEqual([true, true, true, false]);
  });

  it('reads "part of a" as commentary only where COMMENTARY does, wherever else it comments', () => {
    // The quick reading stops at "part of a" whatever follows; COMMENTARY wants a campaign or
    // a pattern after it, and may still find a comment further on.
    const PART_OF_A = [
      'The lorry was part of a convoy heading to Kharkiv.',
      'The lorry was part of a convoy, observers near Sumy said, and it burned.',
      'The raid on Odesa was part of a wider campaign against ports.',
      'Part of a bridge in Mykolaiv collapsed after the strike.',
    ];
    expect(PART_OF_A.map(isCommentary)).toEqual(PART_OF_A.map((s) => COMMENTARY.test(s)));
    expect(PART_OF_A.map(isCommentary)).toEqual([false, true, true, false]);
  });

  it('finds "the region" where it points back, whatever the spelling of its words', () => {
    expect(anaphorsIn('drones over the region')).toEqual([{ kind: 'region', at: 12, town: false }]);
    expect(anaphorsIn('drones over the region of Kursk')).toEqual([]);
    expect(anaphorsIn('drones over the \u017Fame district')).toEqual([
      { kind: 'district', at: 12, town: false },
    ]);
    expect(anaphorsIn('drones over Kursk')).toEqual([]);
  });

  it('reads "on" as contact with a street or a roof, in any case and after any space', () => {
    expect(relationOf('Debris was found on Lodygina Street')).toBe('on');
    expect(relationOf('Debris was found ON\tthe roof')).toBe('on');
    expect(relationOf('Debris was found onto the yard')).toBe('on');
    expect(relationOf('Debris was found upon the road')).toBeUndefined();
    expect(relationOf('Officials posted on Telegram')).toBeUndefined();
  });

  it('finds the clause breaks CLAUSE_BREAK finds', () => {
    const breaks = (found: Iterable<RegExpMatchArray>) => [...found].map((m) => [m.index, m[0]]);
    for (const sample of samples())
      expect(breaks(clauseBreaksIn(sample))).toEqual(breaks(sample.matchAll(CLAUSE_BREAK)));
    expect(breaks(clauseBreaksIn(FOLDING[3] ?? ''))).toEqual([[11, ', ']]);
  });

  it('finds no assertion in any clause or piece of a sentence that mayAssert rules out', () => {
    let ruledOut = 0;
    for (const sample of samples()) {
      if (mayAssert(sample)) continue;
      ruledOut++;
      const clauses = splitClauses(sample, false, isCommentary(sample), true);
      expect(splitClauses(sample)).toEqual(clauses);
      for (const { start, end } of clauses)
        expect(assertionOf(sample.slice(start, end))).toBe(undefined);
      for (const piece of sample.split(', ')) expect(assertionOf(piece)).toBe(undefined);
    }
    expect(ruledOut).toBeGreaterThan(100);
    for (const phrases of PHRASES) expect(mayAssert(phrases)).toBe(true);
  });

  it('cuts a tally before each item, its count in digits or words, ſ read as s', () => {
    const cut = (sentence: string) =>
      splitClauses(sentence).map(({ start, end }) => sentence.slice(start, end));
    expect(
      cut(
        'Of them, 31 were downed over the Oryol region, seventeen over the Kaluga region and twelve over the Tula region.',
      ),
    ).toEqual([
      'Of them, 31 were downed over the Oryol region',
      'seventeen over the Kaluga region',
      'twelve over the Tula region',
    ]);
    expect(
      cut(
        'Of them, 31 were downed over the Oryol region, \u017Feventeen over the Kaluga region and twenty-two over the Tula region.',
      ),
    ).toEqual([
      'Of them, 31 were downed over the Oryol region',
      '\u017Feventeen over the Kaluga region',
      'twenty-two over the Tula region',
    ]);
  });

  it('reads with a latin twin what the pattern reads, in text that isLatinText', () => {
    const words = /(?<![\p{L}\p{N}])(?:one|two|an?|\d+)(?![\p{L}\p{N}])|\p{L}[\p{L}\p{N}'’-]*/giu;
    const twin = latinTwin(words, [
      ['[\\p{L}\\p{N}]', '[A-Za-z0-9]'],
      ['\\p{L}[', '[A-Za-z]['],
      ['\\p{L}\\p{N}', 'A-Za-z0-9'],
    ]);
    expect(twin.flags).toBe('gi');
    const found = (pattern: RegExp, text: string) =>
      [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
    const latin = samples().filter(isLatinText);
    for (const sample of latin) expect(NON_ASCII_WORD_CHAR.test(sample)).toBe(false);
    expect(latin.length).toBeGreaterThan(100);
    for (const sample of latin) expect(found(twin, sample)).toEqual(found(words, sample));
    // ſ, the Kelvin sign, é, a non-ASCII digit and an astral letter all keep the `u` pattern.
    for (const text of ['ſix', 'two \u212A', 'café', 'x\u0663', 'x\uD835\uDC00'])
      expect(isLatinText(text)).toBe(false);
    expect(isLatinText('“Two” — one’s 12')).toBe(true);
    // Read past the marks outside ASCII to the letter after them.
    expect(isLatinText('“Two” — at the café')).toBe(false);
    const holdsWide = (text: string) =>
      NON_ASCII_WORD_CHAR.test(text) || /[\uD800-\uDFFF]/.test(text);
    expect(samples().filter((sample) => isLatinText(sample) === holdsWide(sample))).toEqual([]);
  });
});
