/**
 * Which event classes a claim speaks to, beyond the one its verb names.
 *
 * "A drone hit a car, injuring two people" is told as a strike but also says two people were
 * injured; "two civilians were injured when a drone struck a car" is told as casualties but also
 * says a car was struck. Each must meet the other's telling, so a claim also counts under the
 * events it entails, for its index keys and when two claims are compared.
 */
import type { ClaimFrame } from '../model.ts';
import { clockOf, isHarm } from './details.ts';
import { screened } from './screened.ts';

/**
 * The term of a place said to work "normally" or "as usual" in an article that tells of no
 * strike on, or fire in, an object of its kind: a denial that it was hit.
 */
export const UNTOUCHED = 'untouched';

/**
 * The term of an event told with a trailing ", without casualties" ("debris fell near
 * Kalynivka, without casualties"): the event is the claim, and it also denies that anyone was
 * hurt there, so it is filed with the casualties, which it denies (`compare.ts`).
 */
export const UNHARMED = 'unharmed';

/** ", without casualties" closing a clause (`clauses.ts` takes the event before it as the claim). */
export const TRAILING_UNHARMED = screened(
  /,\s*without (?:any )?(?:casualties|injuries|victims|loss of life)\W*$/i,
);

/** Events that can hurt people: when they count the hurt, they are also a casualties claim. */
const HARMFUL = new Set(['damage', 'attack', 'debris']);

/** A sighting's terms: "seen", "spotted", "sighted", "observed", "detected" (`terms.ts`'s stems). */
const SIGHTED = new Set(['seen', 'spot', 'sight', 'observ', 'detect']);

/** Drones (or air defences firing) seen over a place, uncounted: "drones were seen over X". */
export function isSighting(frame: ClaimFrame, terms: readonly string[]): boolean {
  return (
    frame.event === 'attack' &&
    !frame.negated &&
    frame.relation === 'over' &&
    !frame.counts.length &&
    terms.some((t) => SIGHTED.has(t))
  );
}

/** A weapon that strikes where it falls (`terms.ts`'s stems): not a drone, downed or not. */
const WEAPONS_THAT_FALL = new Set(['bomb', 'shell', 'missile', 'rocket']);

/** What a strike hits, among a claim's counts: a car, two houses. */
const STRUCK_OBJECTS = new Set(['vehicle', 'building']);

/** Objects a fire at which is damage to them (`terms.ts`'s stems; a substation is 'utility'). */
const BURNED_OBJECTS = new Set([
  ...'station depot refinery plant terminal warehouse utility airfield airport bridge school hospital hangar ship vessel tanker ferry barge'.split(
    ' ',
  ),
]);

/**
 * A fire at an object of a kind a strike damages (`BURNED_OBJECTS`): damage to it, which a
 * denial of damage there denies. Only that: a strike told without a fire ("drones hit the
 * refinery") does not confirm that something caught fire (`compare.ts`).
 */
export function burnsObject(frame: ClaimFrame, terms: readonly string[]): boolean {
  return (
    frame.event === 'fire' &&
    !frame.negated &&
    frame.relation !== 'near' &&
    terms.some((t) => BURNED_OBJECTS.has(t))
  );
}

/** Terms of working as before: "normally", "as usual", "as normal" (`terms.ts`'s stems). */
const WORKING = new Set(['normally', 'usual', 'normal']);

const countsHarm = (frame: ClaimFrame) => frame.counts.some(isHarm);

/** The supplies an outage cuts, as terms (`terms.ts`). */
const SUPPLY = new Set(['power', 'electricity', 'gas', 'water', 'heat', 'heating']);

/**
 * The claim's own event first, then those it entails. `terms`, the claim's signature, tells a
 * damage claim that is also a fire.
 */
export function eventsOf(frame: ClaimFrame, terms: readonly string[] = []): string[] {
  const events = [frame.event];
  // What was set on fire, set ablaze or caught fire burned: "drones set the depot ablaze" is
  // damage to the depot and a fire there, which "a fire broke out at the depot" retells; so is
  // falling wreckage that started a fire, which burned what it fell on (not wreckage that fell
  // near something and set the grass beside it alight: that fire is not the thing's).
  if (frame.event === 'damage' && !frame.negated && terms.includes('fire')) events.push('fire');
  if (
    frame.event === 'debris' &&
    !frame.negated &&
    frame.relation !== 'near' &&
    terms.includes('ignite')
  )
    events.push('fire', 'damage');
  // Damage that cut a supply is also the outage it caused: "a power line was damaged, leaving
  // 1,200 residents without electricity" retells "1,200 residents were left without electricity".
  // So is damage told with the homes it cut off: "a gas main was damaged, cutting off gas to
  // some 400 homes" retells "about 400 households were left without gas".
  if (
    frame.event === 'damage' &&
    !frame.negated &&
    (terms.includes('outage') || frame.counts.some((c) => c.unit === 'home without power'))
  )
    events.push('outage');
  // A strike that halted the work it hit is a disruption as well: "the refinery halts
  // processing after a drone strike" meets "the refinery is working normally" (`compare.ts`).
  if (frame.event === 'damage' && !frame.negated && terms.includes('halt'))
    events.push('disruption');
  // A place said to work as normal is filed with the disruptions, which it denies (`compare.ts`).
  if (frame.event === 'operating') events.push('disruption');
  // A supply said to work as normal is filed with the outages too, which it denies.
  if (frame.event === 'operating' && terms.includes('supply') && terms.some((t) => SUPPLY.has(t)))
    events.push('outage');
  // So is one that says so beside a denial of damage, told as the denial ("the plant is working
  // normally, and the equipment was not damaged"): it denies a halt as well (`compare.ts`).
  if (frame.event === 'damage' && frame.negated && terms.some((t) => WORKING.has(t)))
    events.push('disruption');
  // Working "normally" where its article tells of no hit on it (`detect.ts` marks it
  // UNTOUCHED): filed with the damage too, which it denies ("the plant is operating normally"
  // against another outlet's "drones struck the plant", `compare.ts`).
  if (frame.event === 'operating' && !frame.negated && terms.includes(UNTOUCHED))
    events.push('damage');
  if (repelledAttack(frame, terms)) events.push('attack');
  // "The drone was brought down at about half past four": a shootdown told by its hour alone,
  // uncounted, is when the attack on the place came, which another outlet tells by the blast
  // heard ("the explosion was heard shortly after three"); `compare.ts` sets the hours apart.
  if (shotDownByHour(frame)) events.push('attack');
  // Drones seen over a place, uncounted, were over it, as those shot down over it were: "drones
  // were seen over X" meets "two drones were downed over X" (the sighting says no more).
  if (isSighting(frame, terms)) events.push('shootdown');
  // A drone itself (not its wreckage) that fell near a place came down there, as one shot down
  // near it did: "a drone fell near X" meets "a drone was shot down near X".
  if (
    frame.event === 'debris' &&
    !frame.negated &&
    frame.relation === 'near' &&
    terms.includes('drone') &&
    !terms.includes('debris')
  )
    events.push('shootdown');
  // A bomb, shell or missile itself (not a drone's wreckage) that fell somewhere struck there:
  // "the shells fell at about 3 p.m. near the station" is the strike another outlet tells by
  // its hour ("the attack came shortly after 4 p.m.").
  if (
    frame.event === 'debris' &&
    !frame.negated &&
    !terms.includes('debris') &&
    terms.some((t) => WEAPONS_THAT_FALL.has(t))
  )
    events.push('attack');
  if (HARMFUL.has(frame.event) && !frame.negated && countsHarm(frame)) events.push('casualties');
  if (frame.event !== 'casualties' && !frame.negated && terms.includes(UNHARMED))
    events.push('casualties');
  // Where debris came down against a building says whether the building was hit: "fell near a
  // school" meets "a drone hit the school".
  if (frame.event === 'debris' && frame.relation && frame.relation !== 'over')
    events.push('damage');
  // A fire at a warehouse is damage to the warehouse: "a warehouse caught fire" meets it; so is
  // an attack on a vehicle or a building ("dropped explosives on a minibus", "drone hits minibus").
  if (
    (frame.event === 'fire' || frame.event === 'attack') &&
    frame.counts.some((c) => STRUCK_OBJECTS.has(c.unit))
  )
    events.push('damage');
  // A fire at an object of a kind that strikes damage burned it: "a fire broke out at the depot"
  // is damage to the depot, which "the depot was not damaged" denies (a fire near it is not).
  if (burnsObject(frame, terms)) events.push('damage');
  // "The strike came at about 5 a.m.": an attack told only by its hour is the strike its passage
  // told, which another outlet may have told as damage ("the building was hit at 2:30 a.m.").
  if (frame.event === 'attack' && !frame.counts.length && clockOf(frame.time) !== undefined)
    events.push('damage');
  // "The derailment happened at about 4 a.m.": a derailment told by its hour alone is also when
  // a blast that threw the train off went off, which another outlet may tell ("The blast was at
  // around five"); `compare.ts` sets only a blast against it.
  if (
    frame.event === 'derailment' &&
    !frame.negated &&
    !frame.counts.length &&
    clockOf(frame.time) !== undefined
  )
    events.push('attack');
  // "The strike, which came shortly before 4 a.m., set the station on fire": damage told with the
  // strike and its hour is also when the attack came, which an hour sentence tells ("The attack
  // was at about half past two").
  if (
    frame.event === 'damage' &&
    !frame.negated &&
    !frame.counts.length &&
    terms.includes('attack') &&
    clockOf(frame.time) !== undefined
  )
    events.push('attack');
  if (
    frame.event === 'casualties' &&
    !frame.negated &&
    frame.relation === 'struck' &&
    (frame.identifiers.length > 0 || frame.counts.some((c) => STRUCK_OBJECTS.has(c.unit)))
  )
    events.push('damage');
  // "Kalynivka was hit overnight": a place struck is something in it struck, which another
  // outlet may name ("a depot near Kalynivka was hit"); "drones attacked Kalynivka" is not.
  if (frame.event === 'attack' && frame.relation === 'struck' && !frame.negated)
    events.push('damage');
  // "A missile slammed into a plant": a weapon that struck something is an attack there, which a
  // headline may tell with no object ("Strike on Korosten"); so is a counted weapon that attacked
  // or targeted something ("three drones attacked an industrial site"), or weapons said to have
  // struck it, however many ("Ukrainian drones struck the plant in Saransk": an attack there),
  // or a headline's weapons told in the present ("Drones strike air base in Millerovo"); and
  // anything struck but by debris, whoever struck it ("Russian forces struck the airfield in X"
  // is the attack another outlet tells as "Russia attacked X with missiles" that night).
  if (
    frame.event === 'damage' &&
    (frame.relation === 'struck' || frame.relation === undefined) &&
    !frame.negated &&
    (frame.counts.some((c) => c.unit === 'missile' || c.unit === 'drone') ||
      (!terms.includes('debris') &&
        (frame.relation === 'struck' || terms.includes('drone') || terms.includes('missile'))))
  )
    events.push('attack');
  return events;
}

/** A shootdown told by its hour alone, uncounted: "the drone was brought down at 4:30". */
export function shotDownByHour(frame: ClaimFrame): boolean {
  return (
    frame.event === 'shootdown' &&
    !frame.negated &&
    !frame.counts.length &&
    clockOf(frame.time) !== undefined
  );
}

/**
 * The events a claim is filed under in the history: those it speaks to (`eventsOf`) and those
 * it can only gainsay. A drone shot down near an object is no strike on it, but it is filed with
 * the strikes there, so that "a drone was shot down near the TV tower" meets "a drone hit the
 * tower" and `compare.ts` can set near against struck (`relationsClash`).
 */
export function filedEvents(frame: ClaimFrame, terms: readonly string[] = []): string[] {
  const events = eventsOf(frame, terms);
  if (frame.event === 'shootdown' && !frame.negated && frame.relation === 'near')
    events.push('damage');
  return events;
}

/**
 * "Air defences repelled a drone attack on Yeysk": an attack told as repelled is still the attack
 * on that place, which another outlet may tell by what the drones struck there. A tally of drones
 * shot down is not (it counts drones, and a strike elsewhere that night need not be among them).
 * Only an attack from the air ("forces repelled attacks near Pokrovsk" is ground fighting), and
 * not one said to have reached nothing ("the attack was repelled, no drones reached Kursk" tells
 * no hit there, so it cannot be the attack another outlet tells as one).
 */
function repelledAttack(frame: ClaimFrame, terms: readonly string[]): boolean {
  return (
    frame.event === 'shootdown' &&
    !frame.negated &&
    !frame.counts.length &&
    terms.includes('attack') &&
    (terms.includes('drone') || terms.includes('missile')) &&
    !terms.includes('reach')
  );
}

/** Whether two claims speak to one event class: the same one, or one that the other entails. */
export function shareEvent(
  a: ClaimFrame,
  b: ClaimFrame,
  aTerms: readonly string[] = [],
  bTerms: readonly string[] = [],
): boolean {
  if (a.event === b.event) return true;
  const ea = eventsOf(a, aTerms);
  const eb = eventsOf(b, bTerms);
  if (ea.includes(b.event) || eb.includes(a.event)) return true;
  // A strike that halted a plant and the plant said to work as normal are both filed with the
  // disruptions, which is where they meet.
  if (ea.includes('disruption') && eb.includes('disruption')) return true;
  // The attack repelled meets whatever else tells of that attack ("drones struck the air base").
  return (
    (repelledAttack(a, aTerms) && eb.includes('attack')) ||
    (repelledAttack(b, bTerms) && ea.includes('attack'))
  );
}
