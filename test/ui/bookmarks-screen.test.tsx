import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeServices, TEST_NOW, testArticle } from '../helpers/fake-services.js';
import { renderApp } from '../helpers/render-app.js';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(TEST_NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

const ready = / 1\/\d+ *(\n|$)/;

function seeded() {
  const fake = fakeServices();
  const save = (id: string, title: string, tags: string[], minutesAgo: number) => fake.bookmarks.set(id, {
    bookmark: { id, url: `https://saved.test/${id}`, title, source: 'Saved Wire', section: 'news', savedAt: new Date(TEST_NOW.getTime() - minutesAgo * 60_000).toISOString(), tags, note: '', hasArticle: true },
    article: testArticle(`https://saved.test/${id}`, `Saved copy of ${title}`),
  });
  save('b1', 'Old story kept for the train', ['train'], 3 * 1440);
  save('b2', 'Fresh story for tonight', [], 90);
  return fake;
}

describe('bookmarks screen', () => {
  it('lists bookmarks with tags and saved date', async () => {
    const app = await renderApp(seeded().services);
    await app.waitFor(ready);
    const frame = await app.press('B');
    expect(frame.split('\n').slice(0, 3).join('\n')).toMatchInlineSnapshot(`
      " Test Edition › Bookmarks                             10:00  ● online  7 unread
      ›★ Fresh story for tonight                   Saved Wire             saved 1h ago
       ★ Old story kept for the train              Saved Wire · #train    saved 3d ago"
    `);
    app.unmount();
  });

  it('keeps source and saved time in aligned columns, and never cuts the time (the title gives way)', async () => {
    const fake = seeded();
    const long = 'A very long headline about the budget debate that goes on and on past any width';
    fake.bookmarks.set('b3', { bookmark: { ...fake.bookmarks.get('b2')!.bookmark, id: 'b3', url: 'https://saved.test/b3', title: long, savedAt: TEST_NOW.toISOString(), source: 'Wire', tags: [] }, article: null });
    const app = await renderApp(fake.services, { columns: 50, rows: 20 });
    await app.waitFor('Politics');
    const frame = await app.press('B');
    const rows = frame.split('\n').slice(1, 4);
    expect(rows[0]).toMatch(/^›★ A very long.*… +Wire +saved just now$/);
    expect(rows[1]).toMatch(/saved 1h ago$/);
    expect(rows[2]).toMatch(/saved 3d ago$/);
    // Every row's source starts in the same column, and every row ends at the same one.
    const sourceAt = rows.map((r) => r.indexOf(r.includes('Saved Wire') ? 'Saved Wire' : 'Wire'));
    expect(new Set(sourceAt).size).toBe(1);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    app.unmount();
  });

  it('says "u to undo" after d, however long the title (the title is shortened instead)', async () => {
    const fake = seeded();
    const long = 'A very long headline about the budget debate that goes on and on past any width';
    fake.bookmarks.set('b3', { bookmark: { ...fake.bookmarks.get('b2')!.bookmark, id: 'b3', url: 'https://saved.test/b3', title: long }, article: null });
    const app = await renderApp(fake.services, { columns: 60, rows: 20 });
    await app.waitFor('Politics');
    await app.press('B');
    await app.waitFor('A very long');
    await app.press('d');
    const frame = await app.waitFor('u to undo');
    expect(frame).toMatch(/ Deleted “A very long headline[^”]*…” — u to undo +1\/2/);
    expect(fake.bookmarks.has('b3')).toBe(false);
    await app.press('u');
    await app.waitFor('Restored');
    expect(fake.bookmarks.has('b3')).toBe(true);
    app.unmount();
  });

  it('opens the saved copy without the network', async () => {
    const { services, log } = seeded();
    const app = await renderApp(services);
    await app.waitFor(ready);
    await app.press('B', 'j', 'return');
    expect(await app.waitFor('Saved copy of Old story kept for the train')).toContain('%');
    expect(log.articleLoads).toEqual([]);
    await app.press('escape');
    expect(app.frame()).toContain('Bookmarks');
    app.unmount();
  });

  it('shows a bookmark without a saved page as such, with its address', async () => {
    const fake = seeded();
    fake.bookmarks.set('b3', { bookmark: { ...fake.bookmarks.get('b1')!.bookmark, id: 'b3', url: 'https://saved.test/b3', title: 'Imported link', hasArticle: false }, article: null });
    const app = await renderApp(fake.services);
    await app.waitFor(ready);
    const frame = await app.press('B');
    expect(frame).toContain('☆ Imported link');
    await app.press('return');
    expect(await app.waitFor('this bookmark has no saved copy')).toContain('https://saved.test/b3');
    app.unmount();
  });

  it('searches, deletes with undo, and edits tags', async () => {
    const fake = seeded();
    const app = await renderApp(fake.services);
    await app.waitFor(ready);
    await app.press('B', '/', 'train');
    let frame = await app.waitFor((f) => !f.includes('Fresh story'));
    expect(frame).toContain('Old story kept for the train');
    await app.press('escape');
    await app.waitFor('Fresh story');
    await app.press('d');
    frame = await app.waitFor('Deleted “Fresh story for tonight” — u to undo');
    expect(frame).not.toContain('Fresh story for tonight  ');
    expect(fake.bookmarks.has('b2')).toBe(false);
    await app.press('u');
    await app.waitFor('Restored “Fresh story for tonight”');
    expect(fake.bookmarks.has('b2')).toBe(true);
    await app.press('j', 't');
    expect(app.frame()).toContain('tags: train');
    await app.press('backspace', 'backspace', 'backspace', 'backspace', 'backspace', 'plane, #offline', 'return');
    await app.waitFor('#plane #offline');
    expect(fake.bookmarks.get('b1')?.bookmark.tags).toEqual(['plane', 'offline']);
    app.unmount();
  });

  it('toggles ★ on a headline with b, fetching the page first', async () => {
    const { services, log, bookmarks } = fakeServices();
    const app = await renderApp(services);
    await app.waitFor(ready);
    await app.press('return', 'b');
    let frame = await app.waitFor('Bookmarked: Assembly passes the budget');
    expect(frame).toMatch(/›•★ Assembly/);
    expect(log.articleLoads.map((l) => l.url)).toEqual(['https://news.test/news/politics/p1']);
    expect(bookmarks.size).toBe(1);
    await app.press('b');
    frame = await app.waitFor('Removed bookmark: Assembly passes the budget');
    expect(frame).toMatch(/›• {2}Assembly/);
    expect(bookmarks.size).toBe(0);
    app.unmount();
  });

  it('says so when saving fails, and keeps running', async () => {
    const { services } = fakeServices({ articles: { 'https://news.test/news/politics/p1': new Error('HTTP 500') } });
    const app = await renderApp(services);
    await app.waitFor(ready);
    await app.press('return', 'b');
    const frame = await app.waitFor('Could not bookmark: HTTP 500');
    expect(frame).toContain('Assembly passes the budget');
    app.unmount();
  });
});
