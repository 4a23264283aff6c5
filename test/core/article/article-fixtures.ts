import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, RenderedArticle } from '../../../src/core/article/types.js';

/** test/fixtures/article/<name> as text. */
export function fixture(name: string): string {
  return readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'article', name), 'utf8');
}

/** The inside of the fixture's <article> element (what Readability would keep). */
export function articleBody(name: string): string {
  const html = fixture(name);
  return html.slice(html.indexOf('<article>') + 9, html.indexOf('</article>'));
}

/** An Article with the given body and defaults for everything else. */
export function makeArticle(contentHtml: string, overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example.com/2024/11/story.html',
    title: 'A test story',
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: 'en',
    dir: null,
    excerpt: null,
    contentHtml,
    leadImage: null,
    tags: [],
    wordCount: 100,
    readingMinutes: 1,
    ...overrides,
  };
}

/** Each line as plain text (no padding). */
export function textLines(rendered: RenderedArticle): string[] {
  return rendered.lines.map((l) => l.spans.map((s) => s.text).join(''));
}
