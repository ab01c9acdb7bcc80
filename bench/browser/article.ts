/**
 * The page the highlighting bench loads: a 1,500-word news article made of the demo's five
 * stories, one after another under their own subheadings, as a weekly long read would run them.
 * Built from the demo's plain texts, so it names the same places, officials and counts the
 * demo pages do, on a page laid out the way the demo's outlets lay theirs out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, wordCount } from '../corpus.ts';

const DEMO_TEXTS = join(PROJECT_ROOT, 'demo/expected');

export const ARTICLE_HOST = 'https://weekly.bench-reader.example';

/** A script of the site's that the page's head waits for (`--page-wait`). */
export const SLOW_SCRIPT = `${ARTICLE_HOST}/assets/site.js`;

function escaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface BenchArticle {
  words: number;
  /** The article as plain text (title, then each story), for timing the analysis alone. */
  text: string;
  /**
   * The page, naming `url` as its canonical address so each load is a report of its own; with
   * `slowScript`, its head loads that script first, as a news site's head loads its own.
   */
  html(url: string, slowScript?: string): string;
}

export function benchArticle(): BenchArticle {
  const files = readdirSync(DEMO_TEXTS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(DEMO_TEXTS, name));
  return articleOf(files, 'A week of drones, region by region');
}

/** The development set's articles (eval/dev), the same shape of plain text as the demo's. */
const DEV_TEXTS = join(PROJECT_ROOT, 'eval/dev/articles');
/** Development articles per page: about 1,500 words, as the demo's five stories make. */
const DEV_STORIES_PER_PAGE = 8;

/**
 * `count` pages of the bench article's shape, each made of development articles no other page
 * holds (`--fresh-text`): the analysis meets each page's words for the first time, as it meets
 * a new article's, where the same page loaded again finds them answered (`remembered`).
 */
export function freshArticles(count: number): BenchArticle[] {
  const files = readdirSync(DEV_TEXTS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(DEV_TEXTS, name));
  if (files.length < count * DEV_STORIES_PER_PAGE)
    throw new Error(`${DEV_TEXTS} holds too few articles for ${count} pages of their own`);
  // Spread over the set, so each page mixes outlets and rounds as the whole set does.
  const stride = Math.floor(files.length / DEV_STORIES_PER_PAGE);
  return Array.from({ length: count }, (_, page) =>
    articleOf(
      Array.from({ length: DEV_STORIES_PER_PAGE }, (_, i) => files[page + i * stride]!),
      'A week of drones, region by region',
    ),
  );
}

function articleOf(files: string[], title: string): BenchArticle {
  const stories = files.map((file) => {
    // A text is its headline, a blank line, then paragraphs separated by blank lines.
    const [headline = '', ...paragraphs] = readFileSync(file, 'utf8')
      .split(/\n\s*\n/)
      .map((block) => block.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    return { headline, paragraphs };
  });
  const words = stories.reduce(
    (sum, story) => sum + wordCount([story.headline, ...story.paragraphs].join(' ')),
    0,
  );
  const body = stories
    .map(
      (story) =>
        `<h2>${escaped(story.headline)}</h2>\n` +
        story.paragraphs.map((paragraph) => `<p>${escaped(paragraph)}</p>`).join('\n'),
    )
    .join('\n');
  const text = [title, ...stories.flatMap((story) => [story.headline, ...story.paragraphs])].join(
    '\n\n',
  );
  return {
    words,
    text,
    html: (url, slowScript) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title} | The Weekly Reader</title>
<link rel="canonical" href="${url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Weekly Reader">
<meta property="og:title" content="${title}">
<meta property="article:published_time" content="2025-12-14T09:00:00+01:00">
<meta name="author" content="Bench Desk">
${slowScript ? `<script src="${slowScript}"></script>\n` : ''}<style>
body { margin: 0; font: 18px/1.55 Georgia, serif; color: #1d1d1f; }
header, footer { padding: 12px 20px; border-bottom: 1px solid #ddd; font: 14px Arial, sans-serif; }
main { max-width: 680px; margin: 0 auto; padding: 24px 20px; }
</style>
</head>
<body>
<header><a href="${ARTICLE_HOST}/">The Weekly Reader</a>
<nav><a href="${ARTICLE_HOST}/world/">World</a> <a href="${ARTICLE_HOST}/europe/">Europe</a> <a href="${ARTICLE_HOST}/opinion/">Opinion</a></nav></header>
<main>
<article>
<h1>${title}</h1>
<p class="byline">By Bench Desk · <time datetime="2025-12-14T09:00:00+01:00">14 December 2025</time></p>
${body}
</article>
</main>
<footer><p>© The Weekly Reader. <a href="${ARTICLE_HOST}/about/">About us</a></p></footer>
</body>
</html>
`,
  };
}
