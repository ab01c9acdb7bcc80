/** Finding the article in a page, for the content script and the CLI. */
export { extractArticle, type ExtractedArticle } from './article.ts';
export { isArticlePage, pageMetadata, type PageMetadata } from './metadata.ts';
export { PageSurveyor, surveyPage, type PageSurvey } from './page-survey.ts';
export { rangesFor, type NodeRange, type TextMap, type TextRun } from './text-map.ts';
