import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTerminalSafe } from '../../src/core/text/sanitize.js';
import { runTidings, tempHome } from '../helpers/run-cli.js';
import { sendBody, startLoopbackServer, type LoopbackServer } from '../helpers/loopback-server.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'bookmarks');
const page = (name: string) => sendBody(readFileSync(join(FIXTURES, name)), { headers: { 'content-type': 'text/html; charset=utf-8' } });
const ESC = '\u001b';
const SGR = new RegExp(`${ESC}\\[[0-9;]*m`, 'g');

interface BookmarkJson { id: string; url: string; title: string; source: string; section: string; savedAt: string; tags: string[]; note: string; offline: boolean }

async function serve(): Promise<LoopbackServer> {
  const server = await startLoopbackServer({
    '/news/science/rivers': page('story.html'),
    '/hostile': page('hostile.html'),
  });
  server.route('/feed.xml', sendBody(readFileSync(join(FIXTURES, 'feed.xml'), 'utf8').replaceAll('ORIGIN', server.origin)));
  return server;
}

function loopEdition(home: string, server: LoopbackServer): void {
  mkdirSync(join(home, 'config', 'editions'), { recursive: true });
  writeFileSync(join(home, 'config', 'editions', 'loop.json'), JSON.stringify({
    name: 'loop', title: 'Loop', feeds: [{ url: server.url('/feed.xml'), title: 'Gazette' }],
    sections: [{ id: 'science', title: 'Science', match: { paths: ['/news/science/'] } }],
    breaking: { newest: { minutes: 60 } },
  }));
}

describe('bookmarks, saved while online, read with the network gone', () => {
  let server: LoopbackServer;
  let home: string;
  const run = (args: string[], tty = false) => runTidings(['--edition', 'loop', ...args], { home, tty });
  const list = async (args: string[] = []) => JSON.parse((await run(['bookmarks', 'list', '--json', ...args])).stdout).bookmarks as BookmarkJson[];

  beforeAll(async () => {
    server = await serve();
    home = tempHome();
    loopEdition(home, server);
  });
  afterAll(() => server.close());

  it('keeps a page\'s "Source:" credit and its story lists in the saved copy', async () => {
    const page = join(import.meta.dirname, '..', 'fixtures', 'article', 'related.html');
    const live = await run(['read', page, '--plain']);
    const added = JSON.parse((await run(['bookmarks', 'add', page, '--json'])).stdout);
    const saved = await run(['bookmarks', 'read', added.bookmark.id, '--plain']);
    expect(live.stdout).toContain('Source: Reuters');
    expect(live.stdout).toContain('Read also');
    expect(saved.stdout).toBe(live.stdout);
    await run(['bookmarks', 'remove', added.bookmark.id]);
  });

  it('adds a URL now, with tags and a note', async () => {
    const r = await run(['bookmarks', 'add', server.url('/news/science/rivers'), '--tag', 'later', '-t', 'rivers', '--note', 'for the train']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^saved for offline reading:\nRivers run backwards for a day\n {2}id {6}[0-9a-f]{12}\n/);
    const [b] = await list();
    expect(Object.keys(b)).toEqual(['id', 'url', 'title', 'source', 'section', 'savedAt', 'tags', 'note', 'offline']);
    expect(b).toMatchObject({ url: server.url('/news/science/rivers'), title: 'Rivers run backwards for a day', source: 'Loopback Gazette', tags: ['later', 'rivers'], note: 'for the train', offline: true, savedAt: '2026-11-25T10:00:00.000Z' });
  });

  it('adds a headline by its item id, and adding again updates instead of duplicating', async () => {
    const key = JSON.parse((await run(['headlines', '--json'])).stdout).items[0].key as string;
    const r = await run(['bookmarks', 'add', key, '--tag', 'science', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.updated).toBe(true);
    expect(out.bookmark).toMatchObject({ source: 'Gazette', section: 'science', tags: ['later', 'rivers', 'science'], note: 'for the train' });
    expect(await list()).toHaveLength(1);
  });

  it('lists, filters by tag and searches the body text', async () => {
    const text = await run(['--width', '100', 'bookmarks']);
    expect(text.stdout).toMatch(/^[0-9a-f]{12} {3}now {2}Rivers run backwards for a day {2}· Gazette {2}#later #rivers #science\n$/);
    expect((await run(['--width', '70', 'bookmarks'])).stdout).toMatch(/^[0-9a-f]{12} {3}now {2}Rivers run backwards for a day {2}· Gazette {2}#later…\n$/);
    expect((await run(['--width', '50', 'bookmarks'])).stdout).toMatch(/^[0-9a-f]{12} {3}now {2}Rivers run back… {2}· Gazette {2}…\n$/);
    expect(await list(['--tag', 'SCIENCE'])).toHaveLength(1);
    expect(await list(['--tag', 'sport'])).toHaveLength(0);
    expect((await run(['bookmarks', '--tag', 'sport'])).stdout).toBe('no bookmarks tagged sport\n');
    const found = JSON.parse((await run(['bookmarks', 'search', 'heron', 'miller', '--json'])).stdout);
    expect(found.query).toBe('heron miller');
    expect(found.bookmarks).toHaveLength(1);
    expect((await run(['bookmarks', 'search', 'volcano'])).stdout).toBe('no bookmarks match "volcano"\n');
  });

  it('reads offline: server stopped, article cache deleted, no --offline needed', async () => {
    await server.close();
    rmSync(join(home, 'cache'), { recursive: true, force: true });
    const [b] = await list();
    const plain = await run(['bookmarks', 'read', b.id, '--plain']);
    expect(plain.code).toBe(0);
    expect(plain.stderr).toBe('');
    expect(plain.stdout).toContain('Rivers run backwards for a day');
    expect(plain.stdout).toContain('surprised heron.');
    const json = JSON.parse((await run(['bookmarks', 'read', b.id.slice(0, 6), '--json'])).stdout);
    expect(json).toMatchObject({ title: 'Rivers run backwards for a day', siteName: 'Loopback Gazette' });
    expect((await run(['bookmarks', 'read', b.url, '--markdown'])).stdout).toMatch(/^# Rivers run backwards for a day/m);
    const styled = await run(['bookmarks', 'read', b.id], true);
    expect(styled.stdout).toContain(ESC);
    expect(server.requestsTo('/news/science/rivers')).toHaveLength(1);
  });

  it('retags and removes; unknown ids fail with one line and exit 1', async () => {
    const [b] = await list();
    expect((await run(['bookmarks', 'tag', b.id, 'kept', 'kept', 'done'])).stdout).toBe(`${b.id} tagged #kept #done\n`);
    expect((await list())[0].tags).toEqual(['kept', 'done']);
    for (const args of [['read', 'ffffffffffff'], ['remove', 'https://nowhere.test/'], ['tag', 'ffffffff', 'x']]) {
      const r = await run(['bookmarks', ...args]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^tidings: no bookmark \S+ \(see: tidings bookmarks list\)\n$/);
    }
    expect((await run(['bookmarks', 'remove', b.url])).stdout).toBe(`removed ${b.id} Rivers run backwards for a day\n`);
    expect(await list()).toEqual([]);
  });
});

describe('bookmarks export and import', () => {
  let server: LoopbackServer;
  let home: string;
  beforeAll(async () => {
    server = await serve();
    home = tempHome();
    for (const [path, tags] of [['/news/science/rivers', ['later', 'rivers']], ['/hostile', ['x']]] as const) {
      const r = await runTidings(['bookmarks', 'add', server.url(path), ...tags.flatMap((t) => ['--tag', t]), '--note', 'n\u001b[31mote <b>"q"</b>'], { home });
      expect(r.code).toBe(0);
    }
  });
  afterAll(() => server.close());

  const exported = async (format: string) => (await runTidings(['bookmarks', 'export', '--format', format], { home })).stdout;
  const listOf = async (h: string) => (JSON.parse((await runTidings(['bookmarks', '--json'], { home: h })).stdout).bookmarks as BookmarkJson[])
    .map((b) => ({ ...b, savedAt: b.savedAt.slice(0, 19) }));

  it.each(['json', 'html'])('round-trips through %s into a fresh home', async (format) => {
    const file = join(tempHome(), `bookmarks.${format}`);
    writeFileSync(file, await exported(format));
    const fresh = tempHome();
    const r = await runTidings(['bookmarks', 'import', file], { home: fresh });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^imported 2 bookmarks \(2 new, 0 updated\)\n/);
    const before = await listOf(home);
    const after = await listOf(fresh);
    expect(after.map((b) => ({ ...b, offline: true }))).toEqual(before);
    const read = await runTidings(['bookmarks', 'read', after[0].id, '--plain'], { home: fresh });
    if (format === 'json') {
      expect(read.code).toBe(0);
      expect(after.every((b) => b.offline)).toBe(true);
    } else {
      expect(read.code).toBe(1);
      expect(read.stderr).toMatch(/has no saved page .* tidings bookmarks add http/);
      expect(r.stdout).toContain('2 came without a saved page');
    }
    const again = await runTidings(['bookmarks', 'import', file, '--json'], { home: fresh });
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, updated: 2 });
    expect(await listOf(fresh)).toHaveLength(2);
  });

  it('exports Markdown and a Netscape file browsers recognise', async () => {
    expect(await exported('markdown')).toMatch(/^# Bookmarks\n[\s\S]*- \[Rivers run backwards for a day\]\(<http:\/\/127\.0\.0\.1:\d+\/news\/science\/rivers>\) — Loopback Gazette · 2026-11-25 · #later · #rivers\n {2}> note \\<b\\>"q"\\<\/b\\>\n/);
    expect(await exported('html')).toMatch(/^<!DOCTYPE NETSCAPE-Bookmark-file-1>\n[\s\S]*<DT><A HREF="http:\/\/127\.0\.0\.1:\d+\/news\/science\/rivers" ADD_DATE="1795600800" TAGS="later,rivers" SOURCE="Loopback Gazette">Rivers run backwards for a day<\/A>\n {4}<DD>note &lt;b&gt;&quot;q&quot;&lt;\/b&gt;\n/);
  });

  it('fails with exit 1 in every format when the file holds entries and none is usable', async () => {
    const file = join(tempHome(), 'unusable.json');
    writeFileSync(file, JSON.stringify([{ url: 'javascript:alert(1)', title: 'x' }, { url: 'ftp://a.test/b', title: 'y' }]));
    const text = await runTidings(['bookmarks', 'import', file], { home: tempHome() });
    expect(text).toMatchObject({ code: 1, stdout: 'imported 0 bookmarks (0 new, 0 updated)\nskipped 2 entries without a usable http(s) or file URL\n' });
    const json = await runTidings(['bookmarks', 'import', file, '--json'], { home: tempHome() });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({ added: 0, updated: 0, skipped: 2, withoutPage: 0 });
  });

  it('lets no escape sequence or bidi override from a hostile page reach any output', async () => {
    const outputs = [
      (await runTidings(['bookmarks'], { home, tty: true })).stdout.replace(SGR, ''),
      (await runTidings(['bookmarks', '--json'], { home })).stdout,
      (await runTidings(['bookmarks', 'search', 'smuggle'], { home, tty: true })).stdout.replace(SGR, ''),
      await exported('json'), await exported('html'), await exported('markdown'),
    ];
    for (const out of outputs) {
      expect(isTerminalSafe(out)).toBe(true);
      expect(out).toContain('Evil');
    }
    expect(await exported('html')).not.toContain('<script');
    const hostile = JSON.parse((await runTidings(['bookmarks', 'search', 'smuggle', '--json'], { home })).stdout).bookmarks[0] as BookmarkJson;
    const read = await runTidings(['bookmarks', 'read', hostile.id, '--plain'], { home });
    expect(isTerminalSafe(read.stdout)).toBe(true);
    expect(read.stdout).toContain('smuggle');
  });

  it.each([
    [['bookmarks', 'add'], 2, /missing required argument 'target'/],
    [['bookmarks', 'export', '--format', 'xml'], 2, /--format must be json, markdown or html/],
    // Files as every import reads them (README: exit codes): missing 1, nothing usable 1.
    [['bookmarks', 'import', '/no/such/file.json'], 1, /^tidings: \/no\/such\/file.json: no such file\n$/],
    [['feeds', 'import', '/no/such/file.opml'], 1, /^tidings: \/no\/such\/file.opml: no such file\n$/],
    [['bookmarks', 'import', join(FIXTURES, 'feed.xml')], 1, /feed.xml: not a JSON or Netscape bookmark file/],
    [['--offline', 'bookmarks', 'add', 'not-an-item'], 2, /not-an-item: not a URL, a file or an item key/],
    [['bookmarks', 'search'], 2, /missing required argument 'query'/],
  ])('%j fails with exit %i and one line', async (args, code, message) => {
    const r = await runTidings(args as string[], { home: tempHome() });
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
