import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultWire, fakeServices, item, TEST_NOW, testArticle } from '../helpers/fake-services.js';
import { renderApp } from '../helpers/render-app.js';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(TEST_NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

const ready = / 1\/\d+ *(\n|$)/;

const entry = (name: string, title: string, tags: string[], minutesAgo: number, page = true) => ({
  bookmark: { id: '', url: `https://saved.test/${name}`, title, source: 'Saved Wire', section: 'news', savedAt: new Date(TEST_NOW.getTime() - minutesAgo * 60_000).toISOString(), tags, note: '', hasArticle: page },
  article: page ? testArticle(`https://saved.test/${name}`, `Saved copy of ${title}`) : null,
});

async function seeded(more: ReturnType<typeof entry>[] = []) {
  const fake = fakeServices();
  await fake.store.importEntries([entry('b1', 'Old story kept for the train', ['train'], 3 * 1440), entry('b2', 'Fresh story for tonight', [], 90), ...more]);
  return fake;
}

describe('bookmarks screen', () => {
  it('lists bookmarks with tags and saved date', async () => {
    const app = await renderApp((await seeded()).services);
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
    const long = 'A very long headline about the budget debate that goes on and on past any width';
    const b3 = entry('b3', long, [], 0);
    const fake = await seeded([{ ...b3, bookmark: { ...b3.bookmark, source: 'Wire' } }]);
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
    const long = 'A very long headline about the budget debate that goes on and on past any width';
    const fake = await seeded([entry('b3', long, [], 30)]);
    const app = await renderApp(fake.services, { columns: 60, rows: 20 });
    await app.waitFor('Politics');
    await app.press('B');
    await app.waitFor('A very long');
    await app.press('d');
    const frame = await app.waitFor('u to undo');
    expect(frame).toMatch(/ Deleted “A very long headline[^”]*…” — u to undo +1\/2/);
    expect(await fake.store.get('https://saved.test/b3')).toBeUndefined();
    await app.press('u');
    await app.waitFor('Restored');
    expect((await fake.store.get('https://saved.test/b3'))?.title).toBe(long);
    app.unmount();
  });

  it('takes tags typed with their Enter in one chunk (typed ahead, pasted)', async () => {
    const fake = await seeded();
    const app = await renderApp(fake.services);
    await app.waitFor(ready);
    await app.press('B', 'j', 't');
    await app.waitFor('tags: train');
    await app.press(', zz\r');
    await app.waitFor('Tags: train, zz');
    expect((await fake.store.get('https://saved.test/b1'))?.tags).toEqual(['train', 'zz']);
    app.unmount();
  });

  it('opens the saved copy without the network', async () => {
    const { services, log } = await seeded();
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
    const fake = await seeded([entry('b3', 'Imported link', ['train'], 10, false)]);
    const app = await renderApp(fake.services);
    await app.waitFor(ready);
    const frame = await app.press('B');
    expect(frame).toContain('☆ Imported link');
    await app.press('return');
    expect(await app.waitFor('this bookmark has no saved copy')).toContain('https://saved.test/b3');
    app.unmount();
  });

  it('searches, deletes with undo, and edits tags', async () => {
    const fake = await seeded();
    const app = await renderApp(fake.services);
    await app.waitFor(ready);
    await app.press('B', '/', 'tra');
    // Live search: the word being typed matches as a prefix.
    let frame = await app.waitFor((f) => !f.includes('Fresh story'));
    expect(frame).toContain('Old story kept for the train');
    await app.press('escape');
    await app.waitFor('Fresh story');
    await app.press('d');
    frame = await app.waitFor('Deleted “Fresh story for tonight” — u to undo');
    expect(frame).not.toContain('Fresh story for tonight  ');
    expect(await fake.store.get('https://saved.test/b2')).toBeUndefined();
    await app.press('u');
    await app.waitFor('Restored “Fresh story for tonight”');
    expect(await fake.store.get('https://saved.test/b2')).toMatchObject({ title: 'Fresh story for tonight' });
    await app.press('j', 't');
    expect(app.frame()).toContain('tags: train');
    await app.press('backspace', 'backspace', 'backspace', 'backspace', 'backspace', 'plane, #offline', 'return');
    await app.waitFor('#plane #offline');
    expect((await fake.store.get('https://saved.test/b1'))?.tags).toEqual(['plane', 'offline']);
    app.unmount();
  });

  it('toggles ★ on a headline with b, fetching the page first', async () => {
    const { services, log, store } = fakeServices();
    const app = await renderApp(services);
    await app.waitFor(ready);
    await app.press('return', 'b');
    let frame = await app.waitFor('Bookmarked: Assembly passes the budget');
    expect(frame).toMatch(/›•★ Assembly/);
    expect(log.articleLoads.map((l) => l.url)).toEqual(['https://news.test/news/politics/p1']);
    expect(await store.list()).toHaveLength(1);
    await app.press('b');
    frame = await app.waitFor('Removed bookmark: Assembly passes the budget');
    expect(frame).toMatch(/›• {2}Assembly/);
    expect(await store.list()).toHaveLength(0);
    app.unmount();
  });

  it('keeps ★ on a headline whose link has a #fragment after a restart, and a second b removes it', async () => {
    const wire = [item('f1', 'Live: storm over the harbour', '/news/politics/', 1, { link: 'https://news.test/news/politics/f1#latest' }), ...defaultWire()];
    const first = fakeServices({ wire });
    let app = await renderApp(first.services);
    await app.waitFor(ready);
    await app.press('return', 'b');
    expect(await app.waitFor('Bookmarked: Live: storm over the harbour')).toMatch(/›•★ Live: storm/);
    app.unmount();

    const again = fakeServices({ wire, data: first.data });
    expect([...await again.store.urls()]).toEqual(['https://news.test/news/politics/f1']);
    app = await renderApp(again.services);
    await app.waitFor(/★ Live: storm/);
    await app.press('return', 'b');
    const frame = await app.waitFor('Removed bookmark: Live: storm over the harbour');
    expect(frame).toMatch(/›• {2}Live: storm/);
    expect(await again.store.list()).toEqual([]);
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
