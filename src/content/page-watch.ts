/**
 * Notices when a page replaces what was read: a single-page site that swaps its content or
 * navigates with pushState. Mutations are debounced and only trigger a look at two facts, the
 * URL and whether our marks are still in the page, so a busy page costs one cheap check per
 * quiet moment. Each change is reported once, and only a bounded number of times per page.
 */
import { guarded } from './guarded.ts';

export type PageChange = 'navigated' | 'marks-removed';

const QUIET_MS = 700;
const MAX_CHANGES = 12;

export interface PageWatchOptions {
  doc: Document;
  href: () => string;
  /** The marks last placed; checked for having been taken out of the page. */
  marks: () => readonly Element[];
  onChange: (change: PageChange) => void;
}

export class PageWatch {
  private observer: MutationObserver | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private url: string;
  private changes = 0;
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

  /** While our own code changes the page, its mutations are not page changes. */
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.observer?.takeRecords();
    this.paused = false;
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
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(
      guarded(() => this.check()),
      QUIET_MS,
    );
  }

  private check(): void {
    this.timer = undefined;
    if (this.paused) return;
    const url = withoutHash(this.options.href());
    let change: PageChange | undefined;
    if (url !== this.url) change = 'navigated';
    else if (this.options.marks().some((mark) => !mark.isConnected)) change = 'marks-removed';
    if (!change) return;
    this.url = url;
    this.changes++;
    this.options.onChange(change);
  }
}

function withoutHash(url: string): string {
  return url.replace(/#.*$/su, '');
}
