/**
 * The reader's settings: what to highlight, where Crosscheck runs, and how long the history is
 * kept. They sync through the extension's storage (`storage.sync`), so a reader's choices follow
 * them between machines; the history itself never leaves this one.
 *
 * Pure: the seam (`browser.ts`) reads and writes them; everything else receives them as data.
 */
import type { EntityType } from '../core/model.ts';

export type HighlightKind = EntityType | 'claim';

/** The one `storage.sync` key the settings are stored under. */
export const SETTINGS_KEY = 'settings';

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = [
  'place',
  'official',
  'organization',
  'claim',
];

export interface Settings {
  /** Which kinds of highlight the page shows; reports are still read and stored for every kind. */
  highlight: Record<HighlightKind, boolean>;
  /**
   * `everywhere`: every http(s) site except `pausedSites`. `listed`: only `listedSites`.
   * Sites are host names ("example.com" also covers "www.example.com" and "news.example.com").
   */
  sites: 'everywhere' | 'listed';
  pausedSites: string[];
  listedSites: string[];
  /** Reports older than this many days are deleted; null keeps them for ever. */
  keepDays: number | null;
}

export const DEFAULT_SETTINGS: Settings = {
  highlight: { place: true, official: true, organization: true, claim: true },
  sites: 'everywhere',
  pausedSites: [],
  listedSites: [],
  keepDays: null,
};

/** The choices the settings screen offers for `keepDays`. */
export const KEEP_DAYS_CHOICES: readonly (number | null)[] = [30, 90, 365, null];

/**
 * Settings as stored, made whole and safe: storage written by an older version, by another
 * machine's newer version, or damaged by hand yields valid settings, never an exception.
 * Unknown fields are dropped; missing or malformed ones take their default.
 */
export function normaliseSettings(stored: unknown): Settings {
  const raw = isRecord(stored) ? stored : {};
  const highlight = isRecord(raw.highlight) ? raw.highlight : {};
  return {
    highlight: Object.fromEntries(
      HIGHLIGHT_KINDS.map((kind) => [
        kind,
        typeof highlight[kind] === 'boolean' ? highlight[kind] : DEFAULT_SETTINGS.highlight[kind],
      ]),
    ) as Record<HighlightKind, boolean>,
    sites: raw.sites === 'listed' ? 'listed' : 'everywhere',
    pausedSites: siteList(raw.pausedSites),
    listedSites: siteList(raw.listedSites),
    keepDays:
      typeof raw.keepDays === 'number' && Number.isFinite(raw.keepDays) && raw.keepDays >= 1
        ? Math.floor(raw.keepDays)
        : null,
  };
}

/**
 * A site as the reader typed it, reduced to a host name: "https://www.Example.com/news" and
 * "example.com." both give "example.com"; undefined when it names no host.
 */
export function siteOf(input: string): string | undefined {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return undefined;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`)
      .hostname;
  } catch {
    return undefined;
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  return /^[a-z0-9.-]+$/.test(host) && host.includes('.') ? host : undefined;
}

/** Whether `host` is `site` or one of its subdomains. */
function covers(site: string, host: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

/** Whether Crosscheck reads pages of this URL under these settings. */
export function runsOn(settings: Settings, url: string): boolean {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
    host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return false;
  }
  if (settings.sites === 'listed') return settings.listedSites.some((site) => covers(site, host));
  return !settings.pausedSites.some((site) => covers(site, host));
}

/** The moment before which reports are expired, or undefined when the history is kept for ever. */
export function expiryCutoff(settings: Settings, now: number): number | undefined {
  return settings.keepDays === null ? undefined : now - settings.keepDays * 24 * 60 * 60 * 1000;
}

function siteList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const sites = value.flatMap((item) => {
    const site = typeof item === 'string' ? siteOf(item) : undefined;
    return site ? [site] : [];
  });
  return [...new Set(sites)].sort();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
