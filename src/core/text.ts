/**
 * The analysed text of an article. Its own module, with no imports, because the content script
 * must build the very same string (to map offsets back to the page) without bundling the analysis.
 */

/** Headline, a blank line, then the body; every offset of an analysis indexes this string. */
export function articleText(article: { title: string; body: string }): string {
  const title = article.title.trim();
  const body = article.body.trim();
  return title ? `${title}\n\n${body}` : body;
}
