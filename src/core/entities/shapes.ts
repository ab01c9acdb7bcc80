/**
 * One object layout for every entity, and one for every phrase entry.
 *
 * V8 gives an object a hidden class by the fields it has and the order they were added in. An
 * entity given a field afterwards, and only some ("needsPlaceContext", a region's "capital", a
 * district's "parentId" where its region is known), or built with other fields (a place, an
 * official, an organisation), has a hidden class of its own. The optimised code of the readers
 * (`f.entity.type`, `byId.get(id)?.kind`) is tuned to the few classes the articles read so far
 * showed: the first article that names an entity of another class throws it away ("wrong map")
 * and it is compiled again, which is a good part of what a new article costs in a service worker
 * that has just started. So every entity, whatever its type, is built here with all the fields
 * any entity has, in one order, an absent one undefined (or false), never missing. Add a field
 * here, never afterwards on some objects only, and never `delete` one. A field that the model's
 * `Entity` lacks stays out of the analysis's output (`plain` in recognise.ts copies the model's).
 */
import type { Entity, EntityType } from '../model.ts';
import type { Named, Official, Organization, Place, PlaceKind } from './gazetteer.ts';

interface EntityFields {
  id: string;
  type: EntityType;
  name: string;
  description: string;
  parentId?: string | undefined;
}

interface AnyFields extends EntityFields {
  known: boolean;
  kind?: PlaceKind | undefined;
  stemKey?: string | undefined;
  regionKind?: string | undefined;
  surnameKey?: string | undefined;
  country?: string | undefined;
}

function entityRecord(f: AnyFields): Entity {
  return {
    id: f.id,
    type: f.type,
    name: f.name,
    description: f.description,
    parentId: f.parentId,
    known: f.known,
    // A place's:
    kind: f.kind,
    stemKey: f.stemKey,
    regionKind: f.regionKind,
    capital: undefined,
    needsAreaWord: false,
    needsPlaceContext: false,
    namedForPerson: false,
    // An official's:
    surnameKey: f.surnameKey,
    firstName: undefined,
    // An organisation's:
    country: f.country,
  } as Entity;
}

/** An entity with every field at its blank value, for `packed.ts` to fill in field by field. */
export function blankEntity(): Entity {
  return entityRecord({ id: '', type: 'place', name: '', description: '', known: false });
}

/** An entity recognised from context only (not in the gazetteer). */
export function newEntity(f: EntityFields): Entity {
  return entityRecord({ ...f, known: false });
}

/** A place of the gazetteer; its flags and a region's capital are set afterwards where they hold. */
export function newPlace(
  f: Omit<EntityFields, 'type'> & {
    kind: PlaceKind;
    stemKey: string;
    regionKind?: string | undefined;
  },
): Place {
  return entityRecord({ ...f, type: 'place', known: true }) as Place;
}

/** An official of the gazetteer; the canonical first name is set afterwards where known. */
export function newOfficial(f: Omit<EntityFields, 'type'> & { surnameKey: string }): Official {
  return entityRecord({ ...f, type: 'official', known: true }) as Official;
}

/** An organisation of the gazetteer. */
export function newOrganization(
  f: Omit<EntityFields, 'type'> & { country?: string | undefined },
): Organization {
  return entityRecord({ ...f, type: 'organization', known: true }) as Organization;
}

/** A phrase entry with all its fields from the start, for the same reason. */
export function newNamed<T>(target: T, exact: string | undefined, adjectival: boolean): Named<T> {
  return { target, exact, adjectival, caseForm: false };
}
