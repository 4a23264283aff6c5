import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTidings, tempHome } from '../helpers/run-cli.js';
import { sendBody, startLoopbackServer, type LoopbackServer } from '../helpers/loopback-server.js';

const wire = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'cli', 'wire.xml'), 'utf8');
// A feed no section names and whose links no rule routes: only All reaches it.
const loose = `<?xml version="1.0"?><rss version="2.0"><channel><title>Loose</title><link>https://loose.test/</link>
<item><title>Harbour seals return</title><link>https://loose.test/nature/seals</link><guid>loose-1</guid><pubDate>Wed, 25 Nov 2026 09:45:00 GMT</pubDate></item>
</channel></rss>`;

describe('the All entry in commands', () => {
  let server: LoopbackServer;
  let home: string;
  beforeAll(async () => {
    server = await startLoopbackServer({ '/wire.xml': sendBody(wire), '/loose.xml': sendBody(loose) });
    home = tempHome();
    mkdirSync(join(home, 'config', 'editions'), { recursive: true });
    const feeds = [{ url: server.url('/wire.xml'), title: 'Wire' }, { url: server.url('/loose.xml'), title: 'Loose' }];
    writeFileSync(join(home, 'config', 'editions', 'loop.json'), JSON.stringify({
      name: 'loop', title: 'Loop', feeds, sections: [{ id: 'politics', title: 'Politics', match: { paths: ['/news/politics/'] } }],
    }));
    // An edition with a section of its own called "all" (as benchmark editions have).
    writeFileSync(join(home, 'config', 'editions', 'own.json'), JSON.stringify({
      name: 'own', title: 'Own', feeds, sections: [{ id: 'all', title: 'All', match: { paths: ['/news/'] } }],
    }));
    writeFileSync(join(home, 'config', 'editions', 'bad.json'), JSON.stringify({
      name: 'bad', title: 'Bad', feeds, sections: [{ id: '*', title: 'Everything' }],
    }));
  });
  afterAll(() => server.close());
  const run = (edition: string, args: string[]) => runTidings(['--edition', edition, ...args], { home });
  const ids = (stdout: string) => JSON.parse(stdout).items.map((i: { id: string }) => i.id);

  it('sections lists All first with the count of every item; --json gives it beside the tree', async () => {
    const text = await run('loop', ['sections']);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n').slice(0, 2)).toEqual(['All (4)  *', 'Politics (2)  politics']);
    const json = JSON.parse((await run('loop', ['sections', '--json'])).stdout);
    expect(json.all).toEqual({ id: '*', title: 'All', path: ['All'], count: 4, children: [] });
    expect(json.sections.map((s: { id: string }) => s.id)).toEqual(['politics']);
  });

  it('headlines --section all lists every item, the feed no section routes included', async () => {
    const r = await run('loop', ['headlines', '--section', 'all', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).section).toBe('*');
    expect(ids(r.stdout)).toEqual(['loose-1', 'wire-1', 'wire-2', 'wire-3']);
    expect(ids((await run('loop', ['headlines', '--section', '*', '--json'])).stdout)).toEqual(['loose-1', 'wire-1', 'wire-2', 'wire-3']);
    const plain = await run('loop', ['headlines', '--section', 'All']);
    expect(plain.stdout.split('\n')[0]).toBe('Loop › All');
  });

  it("leaves 'all' to an edition's own section of that name; '*' is still every item", async () => {
    const own = await run('own', ['headlines', '--section', 'all', '--json']);
    expect(JSON.parse(own.stdout).section).toBe('all');
    expect(ids(own.stdout)).toEqual(['wire-1', 'wire-2', 'wire-3']);
    expect(ids((await run('own', ['headlines', '--section', '*', '--json'])).stdout)).toEqual(['loose-1', 'wire-1', 'wire-2', 'wire-3']);
    const sections = (await run('own', ['sections'])).stdout.split('\n');
    expect(sections.slice(0, 2)).toEqual(['All (4)  *', 'All (3)  all']);
  });

  it('mark-read --section all marks the whole edition', async () => {
    const marked = await run('loop', ['--offline', 'mark-read', '--section', 'all', '--json']);
    expect(JSON.parse(marked.stdout)).toEqual({ marked: 4, read: true });
    expect(ids((await run('loop', ['--offline', 'headlines', '--unread', '--json'])).stdout)).toEqual([]);
    expect(JSON.parse((await run('loop', ['--offline', 'mark-read', '--section', '*', '--unread', '--json'])).stdout)).toEqual({ marked: 4, read: false });
  });

  it("refuses an edition file that takes the All entry's id, in one line", async () => {
    const r = await run('bad', ['sections']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('section id "*" is kept for the All entry');
  });
});
