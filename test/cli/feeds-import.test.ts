import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOpml } from '../../src/core/opml.js';
import { parseSubscriptions } from '../../src/core/subscriptions.js';
import { runTidings, tempHome } from '../helpers/run-cli.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'subscriptions');
const NESTED = join(FIXTURES, 'nested.opml');
const NEWSBOAT = join(FIXTURES, 'newsboat-urls');

interface TreeNode { id: string; title: string; children: TreeNode[] }
const ids = (nodes: TreeNode[]): unknown[] => nodes.map((n) => (n.children.length ? [n.id, ids(n.children)] : n.id));

function cli(home: string, edition: string) {
  return (args: string[]) => runTidings(['--edition', edition, ...args], { home });
}

async function sectionIds(run: ReturnType<typeof cli>): Promise<unknown[]> {
  return ids(JSON.parse((await run(['--offline', 'sections', '--json'])).stdout).sections);
}

describe('tidings feeds import', () => {
  it('creates a new edition from nested OPML folders, and exports the same tree back', async () => {
    const home = tempHome();
    const run = cli(home, 'mine');
    const r = await run(['feeds', 'import', NESTED]);
    expect(r).toEqual({
      code: 0,
      stdout: 'created edition mine: 7 feeds in 6 sections\n',
      stderr: 'tidings: warning: skipped 1 entry that runs commands: tidings never runs commands from a file\n',
    });
    const file = JSON.parse(readFileSync(join(home, 'config', 'editions', 'mine.json'), 'utf8'));
    expect(file).toMatchObject({ name: 'mine', title: 'mine', lang: 'en' });
    // The loose feeds get a section of their own, so the app lists them.
    expect(await sectionIds(run)).toEqual([
      ['tech', [['tech-deep', ['tech-deep-deeper']]]],
      ['news', ['news-deep']],
      'other-feeds',
    ]);
    const exported = (await run(['feeds', 'export'])).stdout;
    const original = parseOpml(readFileSync(NESTED, 'utf8')).filter((o) => !o.xmlUrl?.startsWith('|'));
    expect(parseOpml(exported)).toEqual(original);
    expect(parseSubscriptions(exported).feeds).toEqual(parseSubscriptions(readFileSync(NESTED, 'utf8')).feeds);
  });

  it('leaves out entries whose URL it cannot fetch, with one line counting them', async () => {
    const home = tempHome();
    const file = join(home, 'shared.opml');
    writeFileSync(file, '<opml version="2.0"><body><outline text="Ok" xmlUrl="https://ok.example/rss"/><outline text="x" xmlUrl="javascript:alert(1)"/></body></opml>');
    const r = await cli(home, 'shared')(['feeds', 'import', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('tidings: warning: skipped 1 entry whose URL tidings cannot fetch (only http, https and file)\n');
    const list = JSON.parse((await cli(home, 'shared')(['feeds', 'list', '--json'])).stdout);
    expect(list.feeds.map((f: { url: string }) => f.url)).toEqual(['https://ok.example/rss']);
  });

  it("reads newsboat's urls file: tags as nested sections, ~titles, one warning for commands; re-import counts", async () => {
    const home = tempHome();
    const run = cli(home, 'nb');
    const first = await run(['feeds', 'import', NEWSBOAT]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('created edition nb: 4 feeds in 4 sections\n');
    expect(first.stderr).toBe('tidings: warning: skipped 3 entries that run commands: tidings never runs commands from a file\n');
    const list = JSON.parse((await run(['feeds', 'list', '--json'])).stdout);
    expect(list.feeds).toEqual([
      { url: 'https://a.example/rss', title: 'Tech News', sections: ['tech'] },
      { url: 'https://b.example/atom', title: 'Linux Weekly', sections: ['tech-linux'] },
      { url: 'https://c.example/feed', title: '', sections: ['long-reads'] },
      { url: 'https://d.example/rss', title: '', sections: ['other-feeds'] },
    ]);
    expect(await sectionIds(run)).toEqual([['tech', ['tech-linux']], 'long-reads', 'other-feeds']);
    const again = await run(['feeds', 'import', NEWSBOAT]);
    expect(again.stdout).toBe('imported 4 feeds into edition nb: 0 new, 4 already there\n');
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect((await run(['feeds', 'list', '--json'])).stdout).toBe(JSON.stringify(list, null, 2) + '\n');
  });

  it('imports nested folders into an existing edition through its changes, matching its sections', async () => {
    const home = tempHome();
    mkdirSync(join(home, 'config', 'editions'), { recursive: true });
    const editionFile = join(home, 'config', 'editions', 'base.json');
    const spec = {
      name: 'base', title: 'Base', feeds: [{ url: 'https://gadgets.example/rss', title: 'Gadgets' }],
      sections: [{ id: 'tech', title: 'Tech', feeds: ['https://gadgets.example/rss'] }, { id: 'deep', title: 'Deep' }],
    };
    writeFileSync(editionFile, JSON.stringify(spec));
    const run = cli(home, 'base');
    const r = await run(['feeds', 'import', NESTED]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('imported 7 feeds into edition base: 6 new, 1 already there\n');
    // The edition file is the user's to edit; the import lives in the edition changes.
    expect(JSON.parse(readFileSync(editionFile, 'utf8'))).toEqual(spec);
    expect(await sectionIds(run)).toEqual([
      ['tech', [['tech-deep', ['tech-deep-deeper']]]],
      'deep',
      ['news', ['news-deep']],
      'other-feeds',
    ]);
    const feeds = JSON.parse((await run(['feeds', 'list', '--json'])).stdout).feeds as { url: string; sections: string[] }[];
    expect(Object.fromEntries(feeds.map((f) => [f.url, f.sections]))).toEqual({
      'https://gadgets.example/rss': ['tech'],
      'https://loose-one.example/feed.xml': ['other-feeds'],
      'https://loose-two.example/rss': ['other-feeds'],
      'https://kernels.example/atom': ['tech-deep'],
      'https://compilers.example/rss': ['tech-deep-deeper'],
      'https://world.example/rss': ['news'],
      'https://long.example/feed': ['news-deep'],
    });
    const again = await run(['feeds', 'import', NESTED]);
    expect(again.stdout).toBe('imported 7 feeds into edition base: 0 new, 7 already there\n');
  });

  it('says "no such file" for a missing file, and names a file that is neither format (exit 1, one line)', async () => {
    const home = tempHome();
    const run = cli(home, 'mine');
    const missing = join(home, 'nope.opml');
    expect(await run(['feeds', 'import', missing])).toEqual({ code: 1, stdout: '', stderr: `tidings: ${missing}: no such file\n` });
    const text = join(home, 'notes.txt');
    writeFileSync(text, 'just some notes\nnothing here\n');
    const neither = await run(['feeds', 'import', text]);
    expect(neither.code).toBe(1);
    expect(neither.stderr).toBe(`tidings: ${text}: neither an OPML file nor a newsboat urls file (no feed URLs in it)\n`);
    const html = join(home, 'page.html');
    writeFileSync(html, '<html><body>hi</body></html>');
    const notOpml = await run(['feeds', 'import', html]);
    expect(notOpml.code).toBe(1);
    expect(notOpml.stderr).toMatch(new RegExp(`^tidings: ${html.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not an OPML file[^\\n]*\\n$`));
    expect((await runTidings(['editions', '--json'], { home })).stdout).not.toContain('"mine"');
  });
});
