import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article/types.js';
import { MESSAGES_EN } from '../../src/core/i18n/messages-en.js';
import { CATALOGUES, createMessages, type MessageKey } from '../../src/core/i18n/messages.js';
import { visualText } from '../../src/ui/rows.js';
import type { AppServices } from '../../src/ui/services-context.js';
import { editionServices } from '../helpers/edition-services.js';
import { renderApp, type Harness } from '../helpers/render-app.js';

// The demos' stories are dated 22-25 November 2026: a fixed clock keeps the ages still.
const NOW = new Date('2026-11-25T12:00:00Z');

const words = (text: string) => (text.replace(/\b[a-z]+:\/\/\S+/gi, ' ').match(/[A-Za-z]{3,}/g) ?? []).map((w) => w.toLowerCase());
const forms = (message: unknown): string[] => (typeof message === 'string' ? [message] : Object.values(message as Record<string, string>));

/** Every word of a catalogue (its parameters left out). */
const catalogueWords = (catalogue: object) => new Set(Object.values(catalogue).flatMap(forms).flatMap((m) => words(m.replace(/\{\w+\}/g, ' '))));
const ENGLISH_WORDS = catalogueWords(MESSAGES_EN);
// Keys are named as keyboards print them, in every language.
const KEY_NAMES = new Set(['enter', 'esc', 'space', 'tab', 'pgdn', 'pgup', 'home', 'end', 'ctrl', 'url']);

/** The real services over a built-in demo at a fixed time, its local feeds read once. */
async function demo(name: string, lang?: string): Promise<AppServices> {
  const base = editionServices(name, mkdtempSync(join(tmpdir(), 'tidings-ui-lang-')));
  const services = { ...base, now: () => NOW, messages: lang ? createMessages(lang) : base.messages };
  const news = await services.news.load({ offline: false });
  return { ...services, preloaded: { news, read: new Set(), bookmarked: new Set(), staleAt: Number.POSITIVE_INFINITY } };
}

/** Words of the edition's own text (titles, summaries, sources, sections) and of an article: content, not UI. */
function contentWords(services: AppServices, article: Article): Set<string> {
  const { edition } = services.news;
  const news = services.preloaded?.news.index.all ?? [];
  const sections = (list: typeof edition.sections): string[] => list.flatMap((s) => [s.title, ...sections(s.children)]);
  const text = [
    edition.title, edition.notice ?? '', ...edition.feeds.map((f) => f.title ?? ''), ...sections(edition.sections),
    ...news.flatMap((h) => [h.title, h.summary, h.source]),
    article.title ?? '', article.byline ?? '', article.siteName ?? '', article.source ?? '', article.excerpt ?? '', article.leadImage?.caption ?? '',
    (article.contentHtml ?? '').replace(/<[^>]*>/g, ' '), ...article.tags, ...(article.related ?? []).flatMap((l) => [l.title, ...l.stories.map((s) => s.title)]),
  ].join(' ');
  return new Set(words(text));
}

// Words English shares with a language ("5 min de lectura"): each is checked to be in its catalogue.
const SHARED: Record<'ar' | 'es', string[]> = { ar: [], es: ['min'] };

/** Words of the English catalogue that a frame shows though the edition's content does not have them. */
function englishLeft(frame: string, content: Set<string>, lang: 'ar' | 'es'): string[] {
  return [...new Set(words(frame))].filter((w) => ENGLISH_WORDS.has(w) && !SHARED[lang].includes(w) && !content.has(w) && !KEY_NAMES.has(w));
}

/** A message as the screen shows it: in visual order (and shaped) on a right-to-left screen. */
function shown(services: AppServices, key: MessageKey, params?: Record<string, string | number>): string {
  const text = services.messages.t(key, params);
  return services.messages.dir === 'rtl' ? visualText(text, services.bidi, 'rtl') : text;
}

/** The app's screens in turn: home, help, empty bookmarks, reader, bookmarks with one saved article. */
async function screens(services: AppServices, section: string): Promise<{ name: string; frame: string }[]> {
  const app: Harness = await renderApp(services, { columns: 120, rows: 36, section });
  const out: { name: string; frame: string }[] = [];
  try {
    out.push({ name: 'home', frame: await app.waitFor(/(^|\s)1\/\d+(\s|$)/m, 'the list position') });
    await app.press('?');
    out.push({ name: 'help', frame: await app.waitFor(shown(services, 'scope.sections'), 'the help') });
    await app.press('?', 'B');
    out.push({ name: 'bookmarks (none)', frame: await app.waitFor(shown(services, 'bookmarks.empty'), 'the empty bookmarks screen') });
    await app.press('escape', 'return');
    const reader = await app.waitFor(/(^|\s)\d+%(\s|$)/m, 'the article');
    out.push({ name: 'reader', frame: reader });
    await app.press('b');
    await app.waitFor(/★ \d+%|\d+% ★/, 'the bookmark mark');
    await app.press('B');
    out.push({ name: 'bookmarks', frame: await app.waitFor(shown(services, 'bookmarks.savedNow'), 'the saved bookmark') });
  } finally {
    app.unmount();
  }
  return out;
}

describe.each([
  { name: 'demo-ar', lang: 'ar' as const, section: 'politics', label: 'عاجل' },
  { name: 'demo-es', lang: 'es' as const, section: 'politics', label: 'Última hora' },
])('the app over $name speaks its language', ({ name, lang, section, label }) => {
  it('on the home screen, help, reader and bookmarks: no English word of the app left', async () => {
    const services = await demo(name);
    const first = services.preloaded!.news.index.bySection.get(section)![0];
    const { article } = await services.articles.load(first.link, { offline: true });
    const content = contentWords(services, article);
    const seen = await screens(services, section);

    for (const word of SHARED[lang]) expect(catalogueWords(CATALOGUES[lang]).has(word)).toBe(true);
    for (const { name: screen, frame } of seen) expect(englishLeft(frame, content, lang), `${screen}:\n${frame}`).toEqual([]);
    const [home, help, , reader] = seen.map((s) => s.frame);
    expect(services.messages.t('ticker.label')).toBe(label);
    expect(home.split('\n')[1]).toContain(shown(services, 'ticker.label'));
    expect(home.split('\n')[0]).toContain(shown(services, 'top.unread', { n: services.preloaded!.news.index.all.length }));
    expect(help).toContain(shown(services, 'key.list.top'));
    expect(reader).toContain(shown(services, 'hint.scroll'));
    expect(reader).toContain(services.messages.dateTime(article.publishedTime).split(' ')[2]);
  });
});

describe('the Arabic screens', () => {
  it('show no Latin words but content and key names', async () => {
    const services = await demo('demo-ar');
    const first = services.preloaded!.news.index.bySection.get('economy')![0];
    const { article } = await services.articles.load(first.link, { offline: true });
    const content = contentWords(services, article);
    for (const { name, frame } of await screens(services, 'economy')) {
      const latin = [...new Set(words(frame))].filter((w) => !content.has(w) && !KEY_NAMES.has(w));
      expect(latin, `${name}:\n${frame}`).toEqual([]);
    }
  });
});

describe('--lang over the edition\'s language', () => {
  it('shows the Arabic demo in Spanish words, and the Spanish one in English', async () => {
    const es = await demo('demo-ar', 'es');
    let app = await renderApp(es, { columns: 100, rows: 30, section: 'politics' });
    let frame = await app.waitFor('Última hora');
    app.unmount();
    expect(frame).toContain('sin leer');
    // The layout still follows the edition: right to left, the ticker's label at the right end.
    expect(frame.split('\n')[1].trimEnd().endsWith('Última hora')).toBe(true);

    const en = await demo('demo-es', 'en');
    app = await renderApp(en, { columns: 100, rows: 30, section: 'politics' });
    frame = await app.waitFor('BREAKING');
    app.unmount();
    expect(frame).toMatch(/\d+ unread/);
    expect(frame.split('\n')[1]).toMatch(/^BREAKING ▸ /);
  });
});
