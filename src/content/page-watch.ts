/**
 * Notices when a page replaces what was read: a single-page site that swaps its content or
 * navigates with pushState, a page that renders its article after we found none, or one that
 * streams its article in and had only its first paragraphs when it was read. Mutations
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
 * Highlights put back after the page took them out, per address: a framework re-rendering the
 * story gets them back each time, a page that strips every element it did not make stops being
 * fought after a few rounds.
 */
const MAX_RESTORES = 4;
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
/**
 * Text added inside the article already read: a page streaming its story adds a paragraph at a
 * time, and one sentence of reported fact (some 60 characters) may hold a claim.
 */
const ARTICLE_GROWTH_CHARS = 60;

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
  private restores = 0;
  /** The page's text length when it was last read. */
  private textLength = 0;
  /** The element that held the article last read, and its text length then. */
  private article: { root: Node; length: number } | undefined;
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
    // The page may have changed while we read (the next paragraph of a streamed story), and
    // those mutations were set aside with ours: one cheap look once things are quiet.
    if (this.options.waiting() || this.article) this.schedule();
  }

  /** The element holding the article just read, watched for the rest of a streamed article. */
  watchArticle(root: Node | undefined): void {
    this.article = root ? { root, length: root.textContent?.length ?? 0 } : undefined;
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
    else if (this.restores < MAX_RESTORES && this.options.marks().some((mark) => !mark.isConnected))
      change = 'marks-removed';
    else if (this.grown()) change = 'grown';
    if (!change) return;
    if (change === 'navigated') {
      this.growthLooks = 0;
      this.restores = 0;
    }
    if (change === 'grown') this.growthLooks++;
    if (change === 'marks-removed') this.restores++;
    this.url = url;
    this.changes++;
    this.options.onChange(change);
  }

  private grown(): boolean {
    if (this.growthLooks >= MAX_GROWTH_LOOKS) return false;
    if (this.options.waiting())
      return pageTextLength(this.options.doc) - this.textLength >= GROWTH_CHARS;
    // Text added inside the article read is more of it; text added elsewhere (a feed) is not.
    const article = this.article;
    return (
      article !== undefined &&
      article.root.isConnected &&
      (article.root.textContent?.length ?? 0) - article.length >= ARTICLE_GROWTH_CHARS
    );
  }
}

function pageTextLength(doc: Document): number {
  return doc.body?.textContent?.length ?? 0;
}
