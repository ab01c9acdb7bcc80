/**
 * Notices when a page replaces what was read: a single-page site that swaps its content or
 * navigates with pushState, or a page that renders its article after we found none. Mutations
 * are debounced and only trigger a look at a few facts, the URL, whether our marks are still in
 * the page and, while the last reading found nothing to read, how much text the page has, so a
 * busy page costs one cheap check per quiet moment. Each change is reported once, and only a
 * bounded number of times per page.
 */
import { withoutHash } from '../shared/address.ts';
import { guarded } from './guarded.ts';

export type PageChange = 'navigated' | 'marks-removed' | 'grown';

const QUIET_MS = 700;
/** A page that never goes quiet (a ticker, an animation) is still looked at this often. */
const MAX_WAIT_MS = 3_000;
const MAX_CHANGES = 12;
/**
 * Growth is looked at again at most this many times per address, so a feed that keeps growing
 * and never becomes an article costs a few readings, and cannot use up the navigations.
 */
const MAX_GROWTH_LOOKS = 4;
/**
 * Text added since the last reading that may hold an article: the shortest article is some 25
 * words (`MIN_ARTICLE_WORDS` in extract/), about 150 characters.
 */
const GROWTH_CHARS = 150;

export interface PageWatchOptions {
  doc: Document;
  href: () => string;
  /** The marks last placed; checked for having been taken out of the page. */
  marks: () => readonly Element[];
  /** True while the last reading found nothing to read, so new text is worth a look. */
  waiting: () => boolean;
  onChange: (change: PageChange) => void;
}

export class PageWatch {
  private observer: MutationObserver | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private url: string;
  private firstMutation: number | undefined;
  private changes = 0;
  private growthLooks = 0;
  /** The page's text length when it was last read. */
  private textLength = 0;
  private paused = false;
  private readonly controller = new AbortController();

  constructor(private readonly options: PageWatchOptions) {
    this.url = withoutHash(options.href());
    const view = options.doc.defaultView;
    const MutationObserverClass = view?.MutationObserver;
    if (MutationObserverClass) {
      this.observer = new MutationObserverClass(guarded(() => this.schedule()));
      this.observer.observe(options.doc.documentElement, { childList: true, subtree: true });
    }
    view?.addEventListener(
      'popstate',
      guarded(() => this.schedule()),
      { signal: this.controller.signal },
    );
  }

  /**
   * While our own code changes the page, its mutations are not page changes. The page is
   * measured as it is read: text it adds while we read is still new to us afterwards.
   */
  pause(): void {
    this.paused = true;
    this.textLength = pageTextLength(this.options.doc);
  }

  resume(): void {
    this.observer?.takeRecords();
    this.paused = false;
    if (this.options.waiting()) this.schedule();
  }

  /** The URL that was read, after a navigation was handled. */
  settle(): void {
    this.url = withoutHash(this.options.href());
  }

  stop(): void {
    this.observer?.disconnect();
    this.controller.abort();
    if (this.timer !== undefined) clearTimeout(this.timer);
  }

  private schedule(): void {
    if (this.paused || this.changes >= MAX_CHANGES) return;
    const now = Date.now();
    this.firstMutation ??= now;
    if (this.timer !== undefined) {
      if (now - this.firstMutation >= MAX_WAIT_MS) return;
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(
      guarded(() => this.check()),
      QUIET_MS,
    );
  }

  private check(): void {
    this.timer = undefined;
    this.firstMutation = undefined;
    if (this.paused) return;
    const url = withoutHash(this.options.href());
    let change: PageChange | undefined;
    if (url !== this.url) change = 'navigated';
    else if (this.options.marks().some((mark) => !mark.isConnected)) change = 'marks-removed';
    else if (this.grown()) change = 'grown';
    if (!change) return;
    if (change === 'navigated') this.growthLooks = 0;
    if (change === 'grown') this.growthLooks++;
    this.url = url;
    this.changes++;
    this.options.onChange(change);
  }

  private grown(): boolean {
    if (this.growthLooks >= MAX_GROWTH_LOOKS || !this.options.waiting()) return false;
    return pageTextLength(this.options.doc) - this.textLength >= GROWTH_CHARS;
  }
}

function pageTextLength(doc: Document): number {
  return doc.body?.textContent?.length ?? 0;
}
