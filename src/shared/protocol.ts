/**
 * The one message protocol between Crosscheck's runtime contexts.
 *
 * Each direction has a method map: the method name keys its params and its result, so the
 * caller (`call`) and the handler (`serve`) are typed from the same declaration and no
 * payload is `any`. Background-bound messages are validated on arrival (see
 * `src/background/validate.ts`), since a content script runs beside untrusted pages.
 */
import type {
  ArticleInput,
  CheckedClaim,
  ClaimStatus,
  Entity,
  EntityMention,
  EntityType,
  Report,
} from '../core/model.ts';

/** What the hover card of a place or official shows. */
export interface EntityCard {
  id: string;
  type: EntityType;
  name: string;
  description: string;
  /** Every spelling seen in the history, this page's included. */
  spellings: string[];
  /** Stored reports that mention it, this one included. */
  reportCount: number;
  firstSeen?: number;
  lastSeen?: number;
}

/** The page's state as the background knows it, for the side panel. */
export type TabState =
  | { kind: 'idle' } // nothing read yet on this tab
  | { kind: 'not-article'; url: string } // content script decided this is no article
  | { kind: 'reading'; url: string }
  | { kind: 'ready'; url: string; reportUrl: string }
  | { kind: 'error'; url: string; message: string };

/**
 * Of a checked report, what its page uses: the spans it marks and what the claims' cards say.
 * The analysed text, the claims' frames, keys and terms stay in the background: the page has
 * the text it sent, and the answer crosses two processes while the reader waits.
 */
export interface PageReport {
  report: MarkedReport;
}

export interface MarkedReport {
  url: string;
  /** Length of the analysed text the offsets index; the page checks it against the text it sent. */
  textLength: number;
  entities: Pick<Entity, 'id' | 'type' | 'name' | 'description'>[];
  mentions: EntityMention[];
  claims: Pick<CheckedClaim, 'id' | 'start' | 'end' | 'status' | 'attribution' | 'evidence'>[];
}

/** A report with the hover cards of its entities (and of the officials its evidence cites). */
export interface PageAnnotations {
  report: Report;
  cards: Record<string, EntityCard>;
}

/** What a page shows of its report: the marked report and, once read, its entities' cards. */
export interface PageView {
  report: MarkedReport;
  cards: Record<string, EntityCard>;
}

/** Calls that content scripts and the side panel make to the background. */
export interface BackgroundCalls {
  /**
   * A content script found an article: analyse, check, store, and return the checked report. An
   * article naming another site's address than its tab's is stored under the tab's address.
   */
  'article/read': { params: { article: ArticleInput }; result: PageReport };
  /**
   * The hover cards of the report just returned to this tab for `url` (the report's address):
   * asked once its highlights are drawn, since the page needs them only when the reader hovers.
   */
  'article/cards': { params: { url: string }; result: Record<string, EntityCard> };
  /** A content script found no article on its page. */
  'article/none': { params: { url: string }; result: null };
  /** The side panel asks what the given tab shows; refused to content scripts. */
  'tab/state': { params: { tabId: number }; result: TabState };
}

/** Calls that the side panel and background make to a tab's content script. */
export interface ContentCalls {
  /** Scroll the page to a claim's highlight and flash it. */
  'page/reveal': { params: { claimId?: string; entityId?: string }; result: boolean };
  /** The reader asked for an analysis of a page that does not look like an article. */
  'page/analyse': { params: Record<string, never>; result: null };
  /** Show or hide every highlight on the page. */
  'page/highlights': { params: { visible: boolean }; result: null };
  /** Hide the highlights if shown, show them if hidden (toolbar menu, shortcut); answers the new state. */
  'page/toggle-highlights': { params: Record<string, never>; result: { visible: boolean } };
  /** Whether the page's highlights are shown (the toolbar menu names what a click will do). */
  'page/highlights-shown': { params: Record<string, never>; result: boolean };
  /** Move the keyboard focus to the next or previous claim and open its card; false when there is none. */
  'page/step': { params: { direction: StepDirection }; result: boolean };
}

export type StepDirection = 'next' | 'previous';

/** Broadcasts from the background (no answer expected). */
export interface Broadcasts {
  /** A report was stored or deleted (url '' when old reports expired): views showing it should refresh. */
  'history/changed': { url: string };
  /** A tab's state changed. */
  'tab/changed': { tabId: number; state: TabState };
}

export type Method<M> = keyof M & string;
export type Params<M, K extends keyof M> = M[K] extends { params: infer P } ? P : never;
export type Result<M, K extends keyof M> = M[K] extends { result: infer R } ? R : never;

/** The envelope every message travels in. */
export interface Envelope<M, K extends keyof M = keyof M> {
  crosscheck: 1;
  method: K;
  params: Params<M, K>;
}

/** Handlers answer with a value or throw; the caller sees `Reply`, never a bare rejection. */
export type Reply<R> = { ok: true; value: R } | { ok: false; error: string };

export type ClaimStatusCount = Record<ClaimStatus, number>;
