import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FetchError } from '../../src/core/errors.js';
import { fakeServices, item, TEST_NOW, testArticle } from '../helpers/fake-services.js';
import { renderApp, type Harness } from '../helpers/render-app.js';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(TEST_NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

const P1 = 'https://news.test/news/politics/p1';
const lines = (frame: string) => frame.split('\n');

async function openFirst(app: Harness): Promise<string> {
  await app.waitFor(/ 1\/\d+ *(\n|$)/);
  await app.press('return', 'return');
  return app.waitFor('%');
}

describe('reader screen', () => {
  it('shows the article header, body and position', async () => {
    const app = await renderApp(fakeServices().services);
    const frame = await openFirst(app);
    expect(lines(frame).slice(0, 6).join('\n')).toMatchInlineSnapshot(`
      " Test Edition › News                                  10:00  ● online  6 unread
       Article at news/politics/p1

       By Ana Ruiz · Wire · 25 Nov 2026 09:00 · 2 min read

       See the first link[1] and another[2]."
    `);
    expect(lines(frame)[21]).toMatch(/0%$/);
    app.unmount();
  });

  it('scrolls to the end: links, then "Read next" from the section', async () => {
    const app = await renderApp(fakeServices().services);
    await openFirst(app);
    const frame = await app.press('G');
    expect(frame).toContain('[1] https://news.test/linked/one');
    expect(frame).toContain('Read next');
    expect(frame).toContain('] Central bank holds rates — Wire');
    expect(frame).toContain('· Voting age committee reports — Wire');
    expect(lines(frame)[21]).toMatch(/100%$/);
    app.unmount();
  });

  it('shows a loading state until the article arrives', async () => {
    const { services } = fakeServices();
    let release: () => void = () => undefined;
    const slow = { ...services, articles: { load: (url: string) => new Promise<Awaited<ReturnType<typeof services.articles.load>>>((resolve) => {
      release = () => resolve({ article: testArticle(url, 'Slow one'), fromCache: false, notice: null });
    }) } };
    const app = await renderApp(slow);
    await app.waitFor(/ 1\/\d+ *(\n|$)/);
    let frame = await app.press('return', 'return');
    expect(frame).toContain('Loading article…');
    expect(frame).toContain('Assembly passes the budget');
    expect(frame).toMatch(/…\n/);
    release();
    frame = await app.waitFor('Slow one');
    expect(frame).not.toContain('Loading article…');
    app.unmount();
  });

  it('on failure shows the feed summary with the reason', async () => {
    const { services } = fakeServices({ articles: { [P1]: new FetchError(P1, 'http-status', 'HTTP 404 Not Found') } });
    const app = await renderApp(services);
    const frame = await openFirst(app);
    expect(frame).toContain("Could not load the page (HTTP 404 Not Found); showing the feed's summary.");
    expect(frame).toContain('Summary of Assembly passes the budget.');
    app.unmount();
  });

  it('passes the service notice on when the feed text stands in for the page', async () => {
    const { services } = fakeServices();
    const noticed = { ...services, articles: { load: async (url: string) => ({ article: testArticle(url, 'From feed'), fromCache: false, notice: "Showing the feed's text: not an article" }) } };
    const app = await renderApp(noticed);
    await openFirst(app);
    expect(await app.waitFor("Showing the feed's text")).toContain('From feed');
    app.unmount();
  });

  it('follows a link by typing its number, and goes back to the article', async () => {
    const app = await renderApp(fakeServices().services);
    await openFirst(app);
    let frame = await app.press('1');
    expect(frame).toContain('follow link: 1');
    await app.press('return');
    await app.waitFor('Article at linked/one');
    frame = await app.press('escape');
    expect(frame).toContain('Article at news/politics/p1');
    app.unmount();
  });

  it('follows f, a number and Enter typed ahead in one chunk', async () => {
    const app = await renderApp(fakeServices().services);
    await openFirst(app);
    await app.press('f1\r');
    expect(await app.waitFor('Article at linked/one')).toBeTruthy();
    app.unmount();
  });

  it('says so for a link number that does not exist', async () => {
    const app = await renderApp(fakeServices().services);
    await openFirst(app);
    const frame = await app.press('f', '9', '9', 'return');
    expect(frame).toContain('No link [99] in this article');
    app.unmount();
  });

  it('opens a link in the browser with f n o, or shows its URL when there is no display', async () => {
    const { services, log } = fakeServices();
    const app = await renderApp(services);
    await openFirst(app);
    await app.press('f', '2', 'o');
    expect(await app.waitFor('https://news.test/linked/two')).toBeTruthy();
    expect(log.opened).toEqual(['https://news.test/linked/two']);
    app.unmount();
  });

  it('highlights search matches and steps through them with n/N', async () => {
    const app = await renderApp(fakeServices().services);
    await openFirst(app);
    let frame = await app.press('/', 'needle');
    expect(frame).toContain('/needle');
    frame = await app.press('return');
    expect(frame).toMatch(/1\/1 +\d+%/);
    expect(frame).toContain('The needle sits here.');
    frame = await app.press('/', 'zzz', 'return');
    expect(frame).toMatch(/no matches +\d+%/);
    app.unmount();
  });

  it('bookmarks the open article and marks it with ★', async () => {
    const { services, store } = fakeServices();
    const app = await renderApp(services);
    await openFirst(app);
    await app.press('b');
    const frame = await app.waitFor('Bookmarked: Assembly passes the budget');
    expect(frame).toMatch(/★ 0%/);
    expect((await store.exportEntries()).map((e) => e.article?.title)).toEqual(['Article at news/politics/p1']);
    app.unmount();
  });

  it('reads on with ] until the section ends', async () => {
    const wire = [item('a', 'First', '/sport/', 1), item('b', 'Second', '/sport/', 2)];
    const app = await renderApp(fakeServices({ wire }).services, { section: 'sport' });
    await app.waitFor(/ 1\/\d+ *(\n|$)/);
    await app.press('return');
    await app.waitFor('Article at sport/a');
    await app.press(']');
    await app.waitFor('Article at sport/b');
    expect(await app.press(']')).toContain('No more headlines in this section');
    await app.press('escape');
    expect(app.frame()).toContain('⏎ read');
    app.unmount();
  });

  it('reflows the article on resize and keeps the position in range', async () => {
    const app = await renderApp(fakeServices().services, { columns: 100, rows: 30 });
    await openFirst(app);
    await app.press('G');
    const frame = await app.resize(50, 14);
    expect(lines(frame).every((l) => l.length <= 50)).toBe(true);
    expect(lines(frame)).toHaveLength(13);
    expect(frame).toMatch(/100%/);
    app.unmount();
  });
});
