/**
 * Reading one page: decide whether it is an article, extract it, have the background analyse
 * and check it, then highlight what came back and keep the highlights through the page's own
 * changes. Everything the side panel can ask of a page is answered here.
 */
import type { ArticleInput } from '../core/model.ts';
import { extractArticle, isArticlePage } from '../extract/index.ts';
import { withoutHash } from '../shared/address.ts';
import type { Handlers } from '../shared/messaging.ts';
import type { ContentCalls, EntityCard, PageReport, PageView, Reply } from '../shared/protocol.ts';
import { addressForReading, type ReadAddress } from './article-address.ts';
import { articleRoot } from './article-root.ts';
import { guarded } from './guarded.ts';
import { Highlighter } from './highlighter.ts';
import { HoverCards } from './hover-card.ts';
import { cardsFor } from './page-cards.ts';
import { firstHighlighted, highlightsFor } from './page-highlights.ts';
import { fitPalette } from './page-look.ts';
import { PageWatch, type PageChange } from './page-watch.ts';
import { noteStep } from './started.ts';
import { installMarkStyles, setHighlightsVisible } from './styles.ts';
import { surveyInSlices } from './survey-in-slices.ts';
import { afterNextFrame } from './yielding.ts';

export interface ReadingOptions {
  doc: Document;
  href: () => string;
  readArticle: (article: ArticleInput) => Promise<Reply<PageReport>>;
  /** The hover cards of the report just read for `url`, asked for once it is highlighted. */
  readCards: (url: string) => Promise<Reply<Record<string, EntityCard>>>;
  noArticle: (url: string) => Promise<unknown>;
}

export type ReadingOutcome = 'highlighted' | 'not-article' | 'no-text' | 'failed' | 'superseded';

const FLASH_MS = 1600;
/** Pages that render their article after load get one more look this long after it. */
const LATE_LOOK_MS = 1500;

export class PageReading {
  private readonly highlighter: Highlighter;
  /** Made with the first highlights: a page that is never read gets no listeners of ours. */
  private cards: HoverCards | undefined;
  private readonly watch: PageWatch;
  private current: AbortController | undefined;
  /** The last answer, reused when the page re-renders the same article. */
  private last: { url: string; text: string; annotations: PageView } | undefined;
  /** Where the last article read was declared and found (see `addressForReading`). */
  private lastAddress: ReadAddress | undefined;
  /** The last reading's verdict; a page found empty is watched for its article to appear. */
  private outcome: ReadingOutcome | undefined;
  /** Opened by `permit`: until then the page is read, but nothing reaches the background. */
  private readonly permission: Promise<void>;
  private grant: () => void = () => undefined;
  /** Set by `stop`: a stopped reading never reads again (a late look, a watch's timer). */
  private stopped = false;

  constructor(private readonly options: ReadingOptions) {
    const { doc } = options;
    this.permission = new Promise((resolve) => (this.grant = resolve));
    this.highlighter = new Highlighter(doc);
    this.watch = new PageWatch({
      doc,
      href: options.href,
      marks: () => this.highlighter.placed,
      waiting: () =>
        this.highlighter.placed.length === 0 &&
        (this.outcome === 'not-article' || this.outcome === 'no-text'),
      onChange: guarded((change: PageChange) => this.onPageChange(change)),
    });
  }

  /**
   * Lets the reading tell the background about the page, and so highlight it: called once the
   * reader's settings allow the site. A reading may start before, so the page is surveyed and
   * its article extracted while the settings are read; it waits here only before sending.
   */
  permit(): void {
    this.grant();
  }

  /** The first reading of a page; looks once more after load when the page did not look like an article. */
  async start(): Promise<ReadingOutcome> {
    const outcome = await this.read(false);
    if (outcome === 'not-article' || outcome === 'no-text') {
      const view = this.options.doc.defaultView;
      const again = guarded(() =>
        setTimeout(
          guarded(() => this.read(false)),
          LATE_LOOK_MS,
        ),
      );
      if (this.options.doc.readyState === 'complete') again();
      else view?.addEventListener('load', again, { once: true });
    }
    return outcome;
  }

  /**
   * Reads the page. `force` reads it even when it does not look like an article (the reader
   * asked), and turns failures into errors the caller sees.
   */
  async read(force: boolean): Promise<ReadingOutcome> {
    if (this.stopped) return 'superseded';
    this.current?.abort();
    const run = new AbortController();
    this.current = run;
    this.watch.pause();
    try {
      const outcome = await this.readPage(force, run.signal);
      if (this.current === run) this.outcome = outcome;
      return outcome;
    } finally {
      // After the verdict is kept: the watch asks it whether to look for the article again.
      if (this.current === run && !this.stopped) {
        this.watch.settle();
        this.watch.resume();
      }
    }
  }

  private async readPage(force: boolean, signal: AbortSignal): Promise<ReadingOutcome> {
    const { doc } = this.options;
    const url = this.options.href();
    // Marks split text nodes: they come out before extraction, so the map points at whole nodes.
    this.highlighter.remove();
    this.cards?.close();
    // One walk of the page serves both the verdict and the extraction, in slices on a large page.
    const survey = await surveyInSlices(doc, signal);
    if (!survey) return 'superseded';
    noteStep('surveyed');
    const isArticle = force || isArticlePage(doc, survey);
    const extracted = isArticle ? extractArticle(doc, url, survey) : null;
    noteStep('extracted');
    // All of the above stays in the page; from here on the background hears of it.
    if (!(await this.permitted(signal))) return 'superseded';
    noteStep('permitted');
    if (!isArticle) {
      await this.options.noArticle(url);
      return 'not-article';
    }
    if (!extracted) {
      if (force) throw new Error('Crosscheck found no article text on this page.');
      await this.options.noArticle(url);
      return 'no-text';
    }
    const { article, map } = extracted;
    this.watch.watchArticle(articleRoot(map));
    const declared = article.url;
    article.url = addressForReading(declared, url, map.text, this.lastAddress);
    this.lastAddress = { declared, location: withoutHash(url), text: map.text };
    let annotations =
      this.last?.url === article.url && this.last.text === map.text
        ? this.last.annotations
        : undefined;
    const fresh = !annotations;
    if (!annotations) {
      noteStep('sending');
      const answered = this.options.readArticle(article);
      // While the background analyses: the marks' style sheet and palette, whose style
      // recalculation would otherwise fall between the answer and the marks on screen.
      installMarkStyles(doc);
      fitPalette(doc, map.runs[0]?.node.parentElement ?? undefined);
      const reply = await answered;
      if (signal.aborted) return 'superseded';
      if (!reply.ok) {
        if (force) throw new Error(reply.error);
        return 'failed';
      }
      // Cards come after the highlights; until then each shows what this page alone says.
      annotations = { report: reply.value.report, cards: {} };
      this.last = { url: article.url, text: map.text, annotations };
    }
    const highlights = highlightsFor(annotations, map);
    installMarkStyles(doc);
    // Fitted again where the first mark goes; the same palette (as a rule) changes nothing.
    fitPalette(doc, firstHighlighted(highlights));
    await this.highlighter.add(highlights, signal);
    if (signal.aborted) return 'superseded';
    // The cards wait for the frame that draws the marks, and with them the background's work
    // their request starts (the cards' read and the report's write, IndexedDB in the browser
    // process): on two cores that work beside the frame made it take twice as long.
    await afterNextFrame(doc.defaultView);
    if (signal.aborted) return 'superseded';
    const content = cardsFor(doc, annotations);
    if (this.cards) this.cards.setContent(content);
    else this.cards = new HoverCards(doc, content);
    if (fresh) await this.addCards(annotations, signal);
    return 'highlighted';
  }

  /** Fills in the cards of a report just highlighted; what this page says stays if they fail. */
  private async addCards(annotations: PageView, signal: AbortSignal): Promise<void> {
    const reply = await this.options.readCards(annotations.report.url);
    if (signal.aborted || !reply.ok) return;
    annotations.cards = reply.value;
    this.cards?.refresh(cardsFor(this.options.doc, annotations));
  }

  /** Waits for `permit`; false when the reading was aborted first. */
  private async permitted(signal: AbortSignal): Promise<boolean> {
    if (signal.aborted) return false;
    const aborted = new Promise<void>((resolve) =>
      signal.addEventListener('abort', () => resolve(), { once: true }),
    );
    await Promise.race([this.permission, aborted]);
    return !signal.aborted;
  }

  /** Scrolls to the first highlight of a claim or entity and flashes all of its marks. */
  reveal(target: { claimId?: string; entityId?: string }): boolean {
    const matches = this.highlighter.placed.filter((mark) =>
      target.claimId !== undefined
        ? mark.getAttribute('data-claim') === target.claimId
        : target.entityId !== undefined && mark.getAttribute('data-entity') === target.entityId,
    );
    const first = matches.find((mark) => mark.isConnected);
    if (!first) return false;
    if (typeof first.scrollIntoView === 'function')
      first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const mark of matches) {
      mark.removeAttribute('data-flash');
      mark.setAttribute('data-flash', '');
    }
    setTimeout(
      guarded(() => matches.forEach((mark) => mark.removeAttribute('data-flash'))),
      FLASH_MS,
    );
    return true;
  }

  /** Closes the card, if one is open (the reader hid what it describes). */
  closeCard(): void {
    this.cards?.close();
  }

  handlers(): Handlers<ContentCalls, unknown> {
    return {
      'page/reveal': (params) => this.reveal(params),
      'page/analyse': async () => {
        await this.read(true);
        return null;
      },
      'page/highlights': ({ visible }) => {
        setHighlightsVisible(this.options.doc, visible);
        if (!visible) this.cards?.close();
        return null;
      },
    };
  }

  /** Takes everything of ours out of the page. */
  stop(): void {
    this.stopped = true;
    this.current?.abort();
    this.watch.stop();
    this.highlighter.remove();
    this.cards?.destroy();
    this.cards = undefined;
  }

  private onPageChange(change: PageChange): Promise<ReadingOutcome> {
    if (change === 'navigated') this.last = undefined;
    return this.read(false);
  }
}
