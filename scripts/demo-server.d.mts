/** Types of `demo-server.mjs`, for the end-to-end tests written in TypeScript. */

/** One entry of `demo/sites.json`'s `articles`, in reading order. */
export interface DemoArticle {
  slug: string;
  /** The canonical URL the page names: the report's identity. */
  url: string;
  /** Relative to `demo/`. */
  file: string;
  outlet: string;
  title: string;
  publishedAt: string;
}

export interface DemoCorpus {
  /** Absolute path of the demo folder. */
  dir: string;
  articles: DemoArticle[];
  nonArticle?: { url: string; file: string };
}

export interface DemoRoute {
  path: string;
  file: string;
  url: string;
}

export interface DemoServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  close(): Promise<void>;
}

export const DEMO_DIR: string;
export const FRONT_PAGE_PATH: string;
export function loadDemo(dir?: string): DemoCorpus;
export function demoRoutes(corpus: DemoCorpus): DemoRoute[];
export function serveDemo(corpus: DemoCorpus, port?: number): Promise<DemoServer>;
