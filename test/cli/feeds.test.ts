import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTidings, tempHome } from '../helpers/run-cli.js';
import { sendBody, startLoopbackServer, type LoopbackServer } from '../helpers/loopback-server.js';

const wire = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'cli', 'wire.xml'), 'utf8');

describe('tidings feeds', () => {
  let server: LoopbackServer;
  let home: string;
  beforeAll(async () => {
    server = await startLoopbackServer({
      '/wire.xml': sendBody(wire, { headers: { 'content-type': 'application/rss+xml' } }),
      '/site/': sendBody('<html><head><title>Site</title><link rel="alternate" type="application/rss+xml" title="Site feed" href="/wire.xml"></head><body>hi</body></html>', { headers: { 'content-type': 'text/html' } }),
      '/plain/': sendBody('<html><body>no feeds here</body></html>', { headers: { 'content-type': 'text/html' } }),
    });
    home = tempHome();
    mkdirSync(join(home, 'config', 'editions'), { recursive: true });
    writeFileSync(join(home, 'config', 'editions', 'mine.json'), JSON.stringify({
      name: 'mine', title: 'Mine', feeds: [{ url: 'https://example.test/a.xml', title: 'A' }],
      sections: [{ id: 'news', title: 'News', feeds: ['https://example.test/a.xml'] }],
    }));
  });
  afterAll(() => server.close());
  const run = (args: string[]) => runTidings(['--edition', 'mine', ...args], { home });

  it('adds a feed found through a page\'s <link rel=alternate>, into a new section', async () => {
    const added = await run(['feeds', 'add', server.url('/site/'), '--section', 'Local News']);
    expect(added.code).toBe(0);
    expect(added.stdout).toBe(`added "Loopback Wire" ${server.url('/wire.xml')} in section Local News to edition mine\n`);
    const list = JSON.parse((await run(['feeds', 'list', '--json'])).stdout);
    expect(list.feeds).toEqual([
      { url: 'https://example.test/a.xml', title: 'A', sections: ['news'] },
      { url: server.url('/wire.xml'), title: 'Loopback Wire', sections: ['local-news'] },
    ]);
    const sections = JSON.parse((await run(['--offline', 'sections', '--json'])).stdout).sections;
    expect(sections.map((s: { id: string }) => s.id)).toEqual(['news', 'local-news']);
  });

  it('says "updated", not "added", for a feed the edition has already, and keeps one of it', async () => {
    const again = await run(['feeds', 'add', server.url('/wire.xml'), '--section', 'Local News']);
    expect(again.stdout).toBe(`updated "Loopback Wire" ${server.url('/wire.xml')} in section Local News in edition mine\n`);
    const list = JSON.parse((await run(['feeds', 'list', '--json'])).stdout);
    expect(list.feeds.filter((f: { url: string }) => f.url === server.url('/wire.xml'))).toHaveLength(1);
  });

  it('refuses a page that links to no feed, with exit 1', async () => {
    const r = await run(['feeds', 'add', server.url('/plain/')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`tidings: ${server.url('/plain/')}: not a feed, and the page links to no feed\n`);
  });

  it('exports OPML with sections as folders, and imports it into another edition', async () => {
    const opml = (await run(['feeds', 'export'])).stdout;
    expect(opml).toContain('<opml version="2.0">');
    expect(opml).toMatch(/<outline text="Local News"[^>]*>\s*<outline [^>]*xmlUrl="http:\/\/127\.0\.0\.1:\d+\/wire\.xml"/);
    const file = join(home, 'export.opml');
    writeFileSync(file, opml);
    writeFileSync(join(home, 'config', 'editions', 'other.json'), JSON.stringify({ name: 'other', title: 'Other', feeds: [], sections: [] }));
    const imported = await runTidings(['--edition', 'other', 'feeds', 'import', file], { home });
    expect(imported.stdout).toBe('imported 2 feeds into edition other: 2 new, 0 already there\n');
    const list = JSON.parse((await runTidings(['--edition', 'other', 'feeds', 'list', '--json'], { home })).stdout);
    expect(list.feeds.map((f: { sections: string[] }) => f.sections)).toEqual([['news'], ['local-news']]);
  });

  it('removes a feed, and says so when it is not there', async () => {
    expect((await run(['feeds', 'remove', 'https://example.test/a.xml'])).code).toBe(0);
    const list = JSON.parse((await run(['feeds', 'list', '--json'])).stdout);
    expect(list.feeds.map((f: { url: string }) => f.url)).toEqual([server.url('/wire.xml')]);
    const again = await run(['feeds', 'remove', 'https://example.test/a.xml']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('no feed https://example.test/a.xml in edition mine');
  });

  it('rejects an OPML file that is not one', async () => {
    const file = join(home, 'bad.opml');
    writeFileSync(file, 'just text');
    const r = await run(['feeds', 'import', file]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('tidings sections add / remove', () => {
  it('adds a section under a parent and removes another, kept in the user overlay', async () => {
    const home = tempHome();
    mkdirSync(join(home, 'config', 'editions'), { recursive: true });
    writeFileSync(join(home, 'config', 'editions', 'mine.json'), JSON.stringify({
      name: 'mine', title: 'Mine', feeds: [],
      sections: [{ id: 'news', title: 'News', children: [{ id: 'politics', title: 'Politics' }] }, { id: 'regions', title: 'Regions' }],
    }));
    const run = (args: string[]) => runTidings(['--edition', 'mine', ...args], { home });
    expect((await run(['sections', 'add', 'Science', '--parent', 'news'])).stdout).toBe('added section News › Science (science) to edition mine\n');
    expect((await run(['sections', 'remove', 'Regions'])).stdout).toBe('removed section Regions from edition mine\n');
    const tree = JSON.parse((await run(['sections', '--json'])).stdout).sections;
    expect(tree.map((s: { id: string; children: { id: string }[] }) => [s.id, s.children.map((c) => c.id)])).toEqual([['news', ['politics', 'science']]]);
    const again = await run(['sections', 'add', 'science']);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('tidings: edition mine already has a section "science"\n');
    expect((await run(['sections', 'add', 'X', '--parent', 'nope'])).code).toBe(2);
  });
});
