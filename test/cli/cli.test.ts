import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTerminalSafe } from '../../src/core/text/sanitize.js';
import { CORPUS_DIR, runTidings, tempHome } from '../helpers/run-cli.js';
import { sendBody, startLoopbackServer, type LoopbackServer } from '../helpers/loopback-server.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'cli');
const wire = readFileSync(join(FIXTURES, 'wire.xml'), 'utf8');
const ESC = '\u001b';
/** Our own colour codes (only SGR), removed before checking that nothing else got through. */
const SGR = new RegExp(`${ESC}\\[[0-9;]*m`, 'g');

describe('headlines --feed', () => {
  it('prints a local feed as JSON in the feed order, with the documented keys', async () => {
    const run = await runTidings(['headlines', '--feed', join(FIXTURES, 'wire.xml'), '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out.feed).toEqual({ title: 'Loopback Wire', link: 'https://wire.test/', description: 'All the news, routed by path' });
    expect(out.items.map((i: { id: string }) => i.id)).toEqual(['wire-1', 'wire-2', 'wire-3']);
    expect(Object.keys(out.items[0])).toEqual(['id', 'title', 'link', 'published', 'author', 'summary', 'categories']);
    expect(out.items[0].published).toBe('2026-11-25T09:30:00.000Z');
  });

  it('filters with --since and --limit', async () => {
    const run = await runTidings(['headlines', '--feed', join(FIXTURES, 'wire.xml'), '--since', '1d', '--limit', '1', '--json']);
    expect(JSON.parse(run.stdout).items.map((i: { id: string }) => i.id)).toEqual(['wire-1']);
  });

  it('says so in one line on stderr when an edition listing holds nothing, stdout empty, exit 0', async () => {
    const home = tempHome();
    const run = await runTidings(['--edition', 'demo', 'headlines', '--since', '2099-01-01'], { home });
    expect(run).toEqual({ code: 0, stdout: '', stderr: 'tidings: no headlines in Tidings Demo (--since 2099-01-01)\n' });
    const json = await runTidings(['--edition', 'demo', 'headlines', '--since', '2099-01-01', '--json'], { home });
    expect(JSON.parse(json.stdout).items).toEqual([]);
  });

  it('prints text rows with relative times, no escapes when not a TTY', async () => {
    const run = await runTidings(['headlines', '--feed', join(FIXTURES, 'wire.xml')]);
    expect(run.stdout).toContain('Loopback Wire');
    expect(run.stdout).toMatch(/30m {2}Parliament passes the budget/);
    expect(run.stdout).not.toContain(ESC);
  });

  it('keeps whole titles when piped, and fits rows to a terminal or --width', async () => {
    const long = `Parliament passes the budget ${'after a very long night of debate '.repeat(3)}end`;
    const dir = tempHome();
    const feed = join(dir, 'long.xml');
    writeFileSync(feed, `<rss version="2.0"><channel><title>T</title><item><title>${long}</title><link>https://x.test/1</link></item></channel></rss>`);
    const piped = await runTidings(['headlines', '--feed', feed]);
    expect(piped.stdout).toContain(long);
    for (const run of [await runTidings(['--width', '50', 'headlines', '--feed', feed]), await runTidings(['headlines', '--feed', feed], { tty: true, columns: 50, env: { NO_COLOR: '1' } })]) {
      const row = run.stdout.split('\n').find((line) => line.includes('Parliament'))!;
      expect(row).toContain('…');
      expect(row.length).toBeLessThanOrEqual(50);
    }
  });

  it('colours for a TTY unless NO_COLOR or --no-color', async () => {
    expect((await runTidings(['headlines', '--feed', join(FIXTURES, 'wire.xml')], { tty: true })).stdout).toContain(ESC);
    expect((await runTidings(['headlines', '--feed', join(FIXTURES, 'wire.xml')], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await runTidings(['--no-color', 'headlines', '--feed', join(FIXTURES, 'wire.xml')], { tty: true })).stdout).not.toContain(ESC);
  });

  it('prints Markdown', async () => {
    const run = await runTidings(['headlines', '--feed', join(FIXTURES, 'wire.xml'), '--markdown']);
    expect(run.stdout).toContain('# Loopback Wire');
    expect(run.stdout).toContain('- [Parliament passes the budget](<https://wire.test/news/politics/budget>) — 25 Nov 2026 09:30 UTC');
  });

  it('lets no control byte from a hostile feed reach the output, in any format', async () => {
    for (const flags of [[], ['--json'], ['--markdown'], ['--plain']]) {
      const run = await runTidings(['headlines', '--feed', join(FIXTURES, 'hostile.xml'), ...flags], { tty: flags.length === 0 });
      expect(run.code).toBe(0);
      const text = flags[0] === '--json' ? run.stdout : run.stdout.replace(SGR, '');
      expect(isTerminalSafe(text)).toBe(true);
      expect(text).toContain('here');
    }
  });

  it.each([
    [['headlines', '--feed', '/no/such/feed.xml'], 1, /^tidings: \/no\/such\/feed.xml: no such file\n$/],
    [['headlines', '--feed', join(FIXTURES, '..', '..', '..', 'README.md')], 1, /README.md: not a feed/],
    [['headlines', '--bogus'], 2, /^tidings: error: unknown option '--bogus'\n$/],
    [['headlines', '--limit', '0'], 2, /--limit must be a positive whole number/],
    [['--width', '12', 'headlines', '--feed', 'x'], 2, /^tidings: error: option '--width <columns>' argument '12' is invalid\. --width must be a whole number of at least 20\n$/],
    [['--timeout', '100000', 'headlines', '--feed', 'x'], 2, /--timeout must be a positive number of at most 600/],
    [['headlines', '--since', 'soon', '--feed', 'x'], 2, /--since: expected a duration/],
    [['headlinez'], 2, /unknown command 'headlinez' \(did you mean headlines\?\)/],
    [['--edition', 'nope', 'sections'], 2, /no edition named "nope"/],
  ])('%j fails with exit %i and one line', async (args, code, message) => {
    const run = await runTidings(args as string[]);
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('shows exit codes in --help and exits 0', async () => {
    const run = await runTidings(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Exit codes:\n {2}0 {2}success/);
  });

  it.skipIf(!existsSync(join(CORPUS_DIR, 'feeds')))('reads the corpus guardian feed', async () => {
    const run = await runTidings(['headlines', '--feed', join(CORPUS_DIR, 'feeds', 'guardian.rss'), '--json']);
    const out = JSON.parse(run.stdout);
    const titles = [...readFileSync(join(CORPUS_DIR, 'feeds', 'guardian.rss'), 'utf8').matchAll(/<item>\s*<title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(out.feed.title).toBe('The Guardian');
    expect(out.items.map((i: { title: string }) => i.title)).toEqual(titles.map((t) => t.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ').trim()));
  });
});

describe('an edition served from loopback', () => {
  let server: LoopbackServer;
  let home: string;
  beforeAll(async () => {
    server = await startLoopbackServer({
      '/wire.xml': sendBody(wire),
      '/broken.xml': sendBody('nope', { status: 403 }),
    });
    home = tempHome();
    mkdirSync(join(home, 'config', 'editions'), { recursive: true });
    writeFileSync(join(home, 'config', 'editions', 'loop.json'), JSON.stringify({
      name: 'loop', title: 'Loop', feeds: [{ url: server.url('/wire.xml'), title: 'Wire' }, { url: server.url('/broken.xml'), title: 'Broken', hint: 'try the mirror' }],
      sections: [{ id: 'news', title: 'News', children: [
        { id: 'politics', title: 'Politics', match: { paths: ['/news/politics/'] } },
        { id: 'economy', title: 'Economy', match: { paths: ['/news/economy/'] } },
      ] }],
      breaking: { newest: { minutes: 60 } },
    }));
  });
  afterAll(() => server.close());
  const run = (args: string[]) => runTidings(['--edition', 'loop', ...args], { home });

  it('lists sections with counts and names the failed feed on stderr', async () => {
    const r = await run(['sections', '--json']);
    expect(r.code).toBe(0);
    const tree = JSON.parse(r.stdout).sections;
    expect(tree[0]).toMatchObject({ id: 'news', count: 3, children: [{ id: 'politics', count: 2 }, { id: 'economy', count: 1 }] });
    // One summary line; the details (with the edition's hint) are refresh's report.
    expect(r.stderr).toBe('tidings: 1 of 2 feeds failed: run `tidings refresh` for details\n');
  });

  it('lists a section newest first with section and source', async () => {
    const r = await run(['headlines', '--section', 'Politics', '--json']);
    const items = JSON.parse(r.stdout).items;
    expect(items.map((i: { id: string }) => i.id)).toEqual(['wire-1', 'wire-3']);
    expect(items[0]).toMatchObject({ section: 'politics', source: 'Wire' });
    expect(items[0].key).toMatch(/^[0-9a-f]{12}$/);
  });

  it("shows each row's key in plain output, and read takes it", async () => {
    const keys = JSON.parse((await run(['headlines', '--section', 'Politics', '--json'])).stdout).items.map((i: { key: string }) => i.key);
    const plain = await run(['headlines', '--section', 'Politics']);
    const rows = plain.stdout.trimEnd().split('\n').slice(1);
    expect(rows.map((row) => row.split(/\s+/)[0])).toEqual(keys);
    const read = await run(['--offline', 'read', keys[0], '--json']);
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout).title).toBe(JSON.parse((await run(['headlines', '--section', 'Politics', '--json'])).stdout).items[0].title);
  });

  it('rejects an unknown section with exit 2', async () => {
    const r = await run(['headlines', '--section', 'sport']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no section "sport"');
  });

  it('shows breaking items of the last hour', async () => {
    const r = await run(['breaking', '--json']);
    expect(JSON.parse(r.stdout).items.map((i: { id: string }) => i.id)).toEqual(['wire-1']);
  });

  it('refreshes: new items first, then not modified', async () => {
    const fresh = tempHome();
    mkdirSync(join(fresh, 'config', 'editions'), { recursive: true });
    writeFileSync(join(fresh, 'config', 'editions', 'loop.json'), readFileSync(join(home, 'config', 'editions', 'loop.json')));
    server.route('/wire.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      res.writeHead(200, { etag: '"v1"', 'content-type': 'application/rss+xml' }).end(wire);
    });
    const first = JSON.parse((await runTidings(['--edition', 'loop', 'refresh', '--json'], { home: fresh })).stdout);
    expect(first).toMatchObject({ feeds: 2, failed: 1, newItems: 3 });
    expect(first.results[1].error).toEqual({ reason: 'http-status', message: 'HTTP 403 Forbidden', hint: 'try the mirror' });
    const second = JSON.parse((await runTidings(['--edition', 'loop', 'refresh', '--json'], { home: fresh })).stdout);
    expect(second.results[0]).toMatchObject({ status: 'not-modified', newItems: 0, items: 3 });
    // A changed body counts only the items the cached copy did not have.
    const changed = wire.replace(/<guid>wire-1<\/guid>/, '<guid>wire-9</guid>');
    expect(changed).not.toBe(wire);
    server.route('/wire.xml', sendBody(changed));
    const third = JSON.parse((await runTidings(['--edition', 'loop', 'refresh', '--json'], { home: fresh })).stdout);
    expect(third.results[0]).toMatchObject({ status: 'fetched', newItems: 1, items: 3 });
    expect(third.newItems).toBe(1);
    server.route('/wire.xml', sendBody(wire));
  });

  it('refreshes past an old feed cache it cannot read (a newer layout): the feeds are fetched again', async () => {
    const fresh = tempHome();
    mkdirSync(join(fresh, 'config', 'editions'), { recursive: true });
    writeFileSync(join(fresh, 'config', 'editions', 'loop.json'), readFileSync(join(home, 'config', 'editions', 'loop.json')));
    const feeds = join(fresh, 'cache', 'feeds');
    mkdirSync(feeds, { recursive: true });
    writeFileSync(join(feeds, 'index.json'), JSON.stringify({ version: 9, entries: {}, segments: {} }));
    for (const args of [['refresh', '--json'], ['headlines', '--json']]) {
      const r = await runTidings(['--edition', 'loop', ...args], { home: fresh });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).feeds ?? JSON.parse(r.stdout).items.length).toBeGreaterThan(0);
      expect(r.stderr).not.toMatch(/warning/);
    }
    // Nothing was imported from it, so the import left it where it was.
    expect(existsSync(join(feeds, 'index.json'))).toBe(true);
  });

  it('works offline from the cache, and fails with exit 1 when nothing is cached', async () => {
    await run(['refresh']);
    const offline = await run(['--offline', 'headlines', '--json']);
    expect(offline.code).toBe(0);
    expect(JSON.parse(offline.stdout).items).toHaveLength(3);
    const fresh = tempHome();
    mkdirSync(join(fresh, 'config', 'editions'), { recursive: true });
    writeFileSync(join(fresh, 'config', 'editions', 'loop.json'), readFileSync(join(home, 'config', 'editions', 'loop.json')));
    const empty = await runTidings(['--edition', 'loop', '--offline', 'headlines'], { home: fresh });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toBe('tidings: no news stored for edition loop yet: run `tidings refresh`\n');
  });
});
