import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/core/article/render.js';
import { articleJson } from '../../src/output/article.js';
import { extractArticle } from '../../src/services/article-extractor.js';

const page = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'article', 'related.html'), 'utf8');
const URL = 'https://news.test/news/harbour-reopens.html';

describe('a page with related and most-read lists', () => {
  const article = extractArticle(page, URL);

  it('keeps the lists with their labels, the page itself and unsafe links left out', () => {
    expect(article.related).toEqual([
      { kind: 'related', title: 'Read also', stories: [
        { title: 'Storm barriers hold along the north coast', url: 'https://news.test/news/storm-barriers.html' },
        { title: 'Winter ferry timetable agreed', url: 'https://news.test/news/ferry-timetable.html' },
      ] },
      { kind: 'most-read', title: 'Most read', stories: [
        { title: 'The last lighthouse keepers', url: 'https://other.example/lighthouse' },
        { title: 'A night at the fish market', url: 'https://news.test/news/night-market.html' },
      ] },
    ]);
  });

  it('keeps the "Source:" credit beside the byline', () => {
    expect(article.source).toBe('Source: Reuters');
    const lines = renderArticle(article, { width: 100, bidi: 'terminal' }).lines.map((l) => l.spans.map((s) => s.text).join(''));
    expect(lines.find((l) => l.startsWith('By '))).toMatch(/^By Lena Ortiz · The Daily Fixture · Source: Reuters · 1 min read$/);
  });

  it('shows the lists after the article as numbered entries that follow the links (f + number opens them)', () => {
    const rendered = renderArticle(article, { width: 80, bidi: 'terminal' });
    const footer = rendered.lines.slice(rendered.bodyEnd).map((l) => l.spans.map((s) => s.text).join(''));
    const first = rendered.links.length - 3;
    expect(footer).toContain('Read also');
    expect(footer).toContain(`[${first}] Storm barriers hold along the north coast`);
    expect(footer).toContain('Most read');
    expect(rendered.links.at(-1)).toEqual({ n: rendered.links.length, text: 'A night at the fish market', url: 'https://news.test/news/night-market.html' });
    const json = articleJson(article, rendered);
    expect(json.related.map((l) => l.stories.map((s) => s.n))).toEqual([[first, first + 1], [first + 2, first + 3]]);
    expect(json.links.every((l) => l.n < first)).toBe(true);
  });

  it('finds no list on a page without one', () => {
    const plain = extractArticle(page.replace(/<aside>[\s\S]*<\/section>/, ''), URL);
    expect(plain.related).toEqual([]);
  });
});

describe('story lists labelled in Arabic and Spanish', () => {
  const body = '<article><h1>عنوان</h1><p>نص المقال الأول هنا. وهذه جملة ثانية من النص لتكون المقالة كاملة.</p></article>';
  it.each([
    ['اقرأ أيضاً', 'related'],
    ['الأكثر قراءة', 'most-read'],
    ['Lo más leído', 'most-read'],
    ['Noticias relacionadas', 'related'],
    ['Sigue leyendo', 'read-next'],
  ])('%s is a %s list', (label, kind) => {
    const html = `<html><body>${body}<aside><h2>${label}</h2><a href="/a/1">قصة أخرى من الموقع</a></aside></body></html>`;
    expect(extractArticle(html, 'https://ar.test/x').related).toEqual([{ kind, title: label, stories: [{ title: 'قصة أخرى من الموقع', url: 'https://ar.test/a/1' }] }]);
  });
});

describe('an empty related box', () => {
  it('lists nothing for it, not the story\'s own links nor the boxes after it', () => {
    const html = `<html><body><main>
      <article><h1>Assembly passes the budget</h1>
        <p>The assembly passed the budget after a long night. For the politics, read our <a href="/analysis/numbers.html">five numbers that explain it</a>. More text follows here so the article is long enough.</p>
        <ul class="tags"><li><a href="/tags/budget/">Budget</a></li></ul>
      </article>
      <aside class="related-stories"><h2>Related stories</h2><ul></ul></aside>
      <aside class="most-read"><h2>Most read</h2><ol><li><a href="/news/flamingos.html">Town restores lagoon for flamingos</a></li></ol></aside>
    </main></body></html>`;
    const article = extractArticle(html, 'https://news.test/news/budget.html');
    expect(article.related).toEqual([
      { kind: 'most-read', title: 'Most read', stories: [{ title: 'Town restores lagoon for flamingos', url: 'https://news.test/news/flamingos.html' }] },
    ]);
  });
});
