/**
 * The page as the reader's settings want it, kept so while the settings change: the page is
 * read only on sites Crosscheck runs on, its highlights come out the moment the reader pauses
 * the site (and it is read again when they resume it), and kinds of highlight turned off
 * disappear and come back at once, without a second reading.
 */
import type { Handlers } from '../shared/messaging.ts';
import type { ContentCalls, StepDirection } from '../shared/protocol.ts';
import { DEFAULT_SETTINGS, HIGHLIGHT_KINDS, runsOn, type Settings } from '../shared/settings.ts';
import { guarded } from './guarded.ts';
import type { PageReading } from './reading.ts';
import { noteStep } from './started.ts';
import { listenForStepKeys, stepClaims } from './stepping.ts';
import { highlightsVisible, setHiddenKinds, setHighlightsVisible } from './styles.ts';

export interface SiteReadingOptions {
  doc: Document;
  href: () => string;
  /** A fresh reading of the page: one is made each time the site is (again) allowed. */
  newReading: () => PageReading;
  readSettings: () => Promise<Settings>;
  /** Subscribes to changed settings; returns the unsubscriber. */
  onSettingsChanged: (listener: (settings: Settings) => void) => () => void;
}

/** A step the page's own key handler took; the browser's command for the same key press follows within this. */
const SAME_PRESS_MS = 500;

export const PAUSED_MESSAGE =
  'Crosscheck is paused on this site. Resume it in Crosscheck’s settings to read this page.';

export class SiteReading {
  private reading: PageReading | undefined;
  /** Whether the settings applied last let Crosscheck run on this site. */
  private allowed = false;
  /** Settles once the first settings are applied. */
  private settled: Promise<void> = Promise.resolve();
  private lastKeyStep = { direction: undefined as StepDirection | undefined, at: 0 };
  /** Settings that arrived as a change win over an initial read that answers later. */
  private changed = false;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(private readonly options: SiteReadingOptions) {}

  /**
   * Reads the page and the settings at once, highlights the page if its site is allowed, and
   * follows every later change. The settings are a round trip to the browser, as long as the
   * page's own survey and extraction: the reading waits for them only before it tells the
   * background anything, so a paused site still sends nothing and gets no mark.
   */
  async start(): Promise<void> {
    const { doc } = this.options;
    this.unsubscribe.push(
      this.options.onSettingsChanged(
        guarded((settings: Settings) => {
          this.changed = true;
          this.apply(settings);
        }),
      ),
      listenForStepKeys(doc, (direction) => {
        this.lastKeyStep = { direction, at: Date.now() };
      }),
    );
    const settings = this.options.readSettings().catch((error: unknown) => {
      // Unreadable settings must not switch Crosscheck off: the defaults apply.
      console.debug('Crosscheck: settings unreadable, using the defaults', error);
      return DEFAULT_SETTINGS;
    });
    this.settled = settings.then(() => noteStep('settings'));
    this.reading ??= this.begin();
    const read = await settings;
    if (!this.changed) this.apply(read);
  }

  /** Whether the page is being read (its site is allowed). */
  get active(): boolean {
    return this.allowed;
  }

  apply(settings: Settings): void {
    const { doc } = this.options;
    const hidden = HIGHLIGHT_KINDS.filter((kind) => !settings.highlight[kind]);
    setHiddenKinds(doc, hidden);
    if (hidden.length > 0) this.reading?.closeCard();
    this.allowed = runsOn(settings, this.options.href());
    if (this.allowed) {
      this.reading ??= this.begin();
      this.reading.permit();
    } else if (this.reading) {
      this.reading.stop();
      this.reading = undefined;
    }
  }

  /** A new reading of the page, started; it sends nothing until permitted. */
  private begin(): PageReading {
    const reading = this.options.newReading();
    void reading.start().catch((error: unknown) => console.debug('Crosscheck:', error));
    return reading;
  }

  /** Stops following the settings and takes everything of ours out of the page. */
  stop(): void {
    for (const unsubscribe of this.unsubscribe.splice(0)) unsubscribe();
    this.reading?.stop();
    this.reading = undefined;
  }

  handlers(): Handlers<ContentCalls, unknown> {
    const { doc } = this.options;
    return {
      'page/reveal': (params) => this.reading?.reveal(params) ?? false,
      'page/analyse': async () => {
        await this.settled;
        if (!this.allowed || !this.reading) throw new Error(PAUSED_MESSAGE);
        await this.reading.read(true);
        return null;
      },
      'page/highlights': ({ visible }) => {
        setHighlightsVisible(doc, visible);
        if (!visible) this.reading?.closeCard();
        return null;
      },
      'page/highlights-shown': () => highlightsVisible(doc),
      'page/toggle-highlights': () => {
        const visible = !highlightsVisible(doc);
        setHighlightsVisible(doc, visible);
        if (!visible) this.reading?.closeCard();
        return { visible };
      },
      'page/step': ({ direction }) => {
        if (!this.allowed) return false;
        const { direction: keyed, at } = this.lastKeyStep;
        // The page saw the key press itself and took this step already.
        if (keyed === direction && Date.now() - at < SAME_PRESS_MS) return true;
        return stepClaims(doc, direction);
      },
    };
  }
}
