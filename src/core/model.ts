/**
 * The nouns of Crosscheck, shared by every runtime context.
 *
 * Everything here is plain data (JSON-serialisable, structured-clonable) because it crosses
 * three boundaries: the message channel between page and background, IndexedDB, and the CLI's
 * JSON output. Offsets are UTF-16 code-unit offsets (JavaScript string indices), end exclusive.
 */

export interface Span {
  start: number;
  end: number;
}

/** An article as the page (or a file) gives it, before any analysis. */
export interface ArticleInput {
  /** Canonical URL; the report's identity. A file's `file://` URL when the page names none. */
  url: string;
  /** The outlet: the page's site name, else its host; a plain-text file is its own outlet. */
  source: string;
  title: string;
  body: string;
  /** ISO 8601 when the page says when it was published. */
  publishedAt?: string;
  /** Path of the file the article came from (CLI only). */
  file?: string;
}

export type EntityType = 'place' | 'official' | 'organization';

/** One real-world thing, whatever it is called in a given article. */
export interface Entity {
  /** Stable across articles, spellings and scripts: `place:ru-ros`, `official:anokhin-vasily`. */
  id: string;
  type: EntityType;
  /** Canonical English name: "Chertkovsky District", "Vasily Anokhin". */
  name: string;
  /** What it is, in the reader's words: "district, Rostov Oblast"; "Governor of Smolensk Oblast". */
  description: string;
  /** Id of the containing place (places) or the region an official governs. */
  parentId?: string;
  /** False when recognised from context only (not in the gazetteer). */
  known: boolean;
}

/** One occurrence of an entity in the analysed text. */
export interface EntityMention extends Span {
  entityId: string;
  /** The text as written: "Anokhine", "Василий Анохин". */
  surface: string;
}

export type CountQualifier =
  'exact' | 'more-than' | 'at-least' | 'less-than' | 'at-most' | 'about' | 'several' | 'multiple';

export interface Count {
  value: number;
  qualifier: CountQualifier;
  /** What is counted, singular lemma: "drone", "house", "person". */
  unit: string;
}

/**
 * A claim reduced to what must agree for two reports to say the same thing.
 * Two claims about the same event and place whose frames disagree on count, relation,
 * polarity or time contradict each other.
 */
export interface ClaimFrame {
  /** Event class: "shootdown", "strike", "debris", "attack", "casualties", "damage", "response", "statement", ... */
  event: string;
  /** Entity ids of the places the claim is about (including places inherited from context). */
  places: string[];
  /** Entity ids of officials/organisations acting or speaking in the claim. */
  actors: string[];
  counts: Count[];
  /** Spatial relation to the object: debris fell near houses, or struck them. */
  relation?: 'near' | 'on' | 'struck' | 'over' | 'in';
  /** True for "no casualties", "no injuries", "not confirmed". */
  negated: boolean;
  /**
   * A denial whose region was named only by the name its capital shares ("In Poltava, no
   * casualties"): it speaks for the city, not for every town of the region; so does a denial
   * said of the scene before it ("No one was hurt there"), not of the town its district is named
   * after.
   */
  cityOnly?: boolean;
  /** Normalised time expression when present: "2024-12-08", "night", "20:00-23:30". */
  time?: string;
  /** Numbers that identify objects rather than count them: house numbers 12 and 13. */
  identifiers: string[];
}

/** A checkable statement of fact found in an article. */
export interface Claim extends Span {
  /** `${reportUrl}#${index}`; stable while the article's text is. */
  id: string;
  text: string;
  frame: ClaimFrame;
  /** Who the article attributes it to: an entity id, or a short phrase ("Russian military reports"). */
  attribution?: string;
  /** Index keys under which the claim is stored and looked up: `${event}|${placeId}` and the like. */
  keys: string[];
  /** Content-word signature with names replaced by entity ids: the basis of paraphrase matching. */
  terms: string[];
}

export type ClaimStatus = 'new' | 'corroborated' | 'contradicted';

/** Where two claims differ, in the words of each ("near houses 12 and 13" / "striking houses 12 and 13"). */
export interface Difference {
  aspect: 'count' | 'relation' | 'polarity' | 'time' | 'place';
  ours: string;
  theirs: string;
}

/** An earlier report's claim that supports or contradicts one of ours. */
export interface Evidence {
  reportUrl: string;
  file?: string;
  source: string;
  title: string;
  /** When the earlier report was read (ms since epoch). */
  readAt: number;
  claimId: string;
  claimText: string;
  relation: 'corroborates' | 'contradicts';
  difference?: Difference;
  attribution?: string;
}

export interface CheckedClaim extends Claim {
  status: ClaimStatus;
  evidence: Evidence[];
}

/** What the pure analysis yields for one article. */
export interface Analysis {
  /** Headline, a blank line, then the body: every offset indexes this string. */
  text: string;
  entities: Entity[];
  mentions: EntityMention[];
  claims: Claim[];
}

/** One article as read: the unit of the history. */
export interface Report {
  url: string;
  source: string;
  title: string;
  publishedAt?: string;
  file?: string;
  /** First time this URL was read (ms since epoch); kept when it is read again. */
  firstReadAt: number;
  /** Last time it was read. */
  readAt: number;
  text: string;
  entities: Entity[];
  mentions: EntityMention[];
  claims: CheckedClaim[];
}

/** A claim as it sits in the history's claim index: enough to judge and to cite it. */
export interface StoredClaim extends Claim {
  reportUrl: string;
  file?: string;
  source: string;
  title: string;
  readAt: number;
}
