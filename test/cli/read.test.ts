/* eslint-disable no-control-regex -- asserting on escape sequences is the point of these tests. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/core/text/width.js';
import { fixture } from '../core/article/article-fixtures.js';
import { redirect, sendBody, startLoopbackServer, type Handler, type LoopbackServer } from '../helpers/loopback-server.js';
import { runTidings, tempHome } from '../helpers/run-cli.js';

const HTML = { 'content-type': 'text/html; charset=utf-8' };
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'article');
const latin1 = (text: string) => Buffer.from(text, 'latin1');
const story = 'Der Stadtrat hat am Dienstag erneut über das Hafenbudget und die Kräne beraten. ';
const ESC = '\u001b';

// Declares a body far over the 10 MB limit; the client refuses before reading it.
const huge: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(60 * 1024 * 1024) });
  res.end('<html>');
};

function feed(origin: string): string {
  const item = (id: string, title: string, link: string, extra = '') =>
    `<item><guid>${id}</guid><title>${title}</title><link>${origin}${link}</link><pubDate>Mon, 25 Nov 2026 08:00:00 GMT</pubDate>${extra}</item>`;
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Loopback News</title><link>${origin}/</link>
    ${item('story-1', 'Cranes return', '/story')}
    ${item('nav-1', 'A section page', '/nav', '<description>Short summary of the item.</description><content:encoded><![CDATA[<p>The whole story, as the feed carried it.</p>]]></content:encoded>')}
    ${item('gone-1', 'A removed page', '/missing', '<description>Only a summary here.</description>')}
  </channel></rss>`;
}

describe('tidings read', () => {
  let server: LoopbackServer;
  let home: string;
  const run = (args: string[], options: Parameters<typeof runTidings>[1] = {}) => runTidings(['--edition', 'mine', ...args], { home, ...options });

  beforeAll(async () => {
    server = await startLoopbackServer({
      '/story': sendBody(fixture('structures.html'), { headers: HTML }),
      '/old': redirect('/moved'),
      '/moved': redirect('/story', 301),
      '/arabic': sendBody(fixture('arabic.html'), { headers: HTML }),
      '/latin1': sendBody(latin1(`<html><head><title>Gr\u00fc\u00dfe aus M\u00fcnchen</title></head><body><article><p>${story.repeat(6)}\u0093Zitat\u0094 f\u00fcr 5 \u0080.</p></article></body></html>`), { headers: { 'content-type': 'text/html; charset=ISO-8859-1' } }),
      '/cp1252': sendBody(latin1(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Caf\u00e9 cr\u00e8me</title></head><body><article><p>${'Un caf\u00e9 cr\u00e8me co\u00fbte d\u00e9sormais plus cher \u0096 beaucoup plus cher. '.repeat(6)}</p></article></body></html>`), { headers: { 'content-type': 'text/html' } }),
      '/pdf': sendBody('%PDF-1.4', { headers: { 'content-type': 'application/pdf' } }),
      '/missing': sendBody('gone', { status: 404, headers: HTML }),
      '/huge': huge,
      '/nav': sendBody(`<html><body>${Array.from({ length: 40 }, (_, i) => `<a href="/s${i}">Section ${i}</a>`).join(' ')}</body></html>`, { headers: HTML }),
      '/hostile': sendBody(`<html><head><title>Bad ${ESC}]0;pwned\u0007 title</title></head><body><article><p>${'Plain words for the article body here. '.repeat(8)}${ESC}[2J${ESC}]52;c;ZXZpbA==\u0007</p><p><a href="https://x.example/${ESC}[31m">link</a></p></article></body></html>`, { headers: HTML }),
    });
    server.route('/feed.xml', sendBody(feed(server.origin), { headers: { 'content-type': 'application/rss+xml' } }));
    home = tempHome();
    mkdirSync(join(home, 'config', 'editions'), { recursive: true });
    writeFileSync(join(home, 'config', 'editions', 'mine.json'), JSON.stringify({
      name: 'mine', title: 'Mine', feeds: [{ url: server.url('/feed.xml'), title: 'Loopback' }],
      sections: [{ id: 'news', title: 'News', feeds: [server.url('/feed.xml')] }],
    }));
  });
  afterAll(() => server.close());

  it('prints a readable article as plain text', async () => {
    const r = await run(['read', server.url('/story'), '--plain', '--width', '60']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Harbour cranes return to the old port');
    expect(lines).toContain('By Ana Ruiz · The Daily Fixture · 23 Nov 2024 19:19 ·');
    expect(r.stdout).toContain('meeting[2]');
    expect(r.stdout).toContain(`[1] ${server.url('/tags/cranes')}`);
    expect(r.stdout).toContain('[2] https://council.example.org/minutes/2024-11');
    expect(r.stdout).not.toContain(ESC);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(60);
  });

  it('prints JSON with the documented keys and no escape sequences', async () => {
    const r = await run(['read', server.url('/story'), '--json']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(ESC);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual([
      'url', 'title', 'byline', 'siteName', 'publishedTime', 'lang', 'dir', 'excerpt',
      'wordCount', 'readingMinutes', 'leadImage', 'tags', 'text', 'links', 'source', 'related',
    ]);
    expect(json).toMatchObject({ url: server.url('/story'), siteName: 'The Daily Fixture', lang: 'en', tags: ['Ports', 'Shipping', 'City life'] });
    expect(json.text.replace(/\s+/g, ' ')).toContain('The first of the new cranes[1] arrived before dawn');
    expect(json.links[0]).toEqual({ n: 1, text: 'new cranes', url: server.url('/tags/cranes') });
  });

  it('prints CommonMark', async () => {
    const r = await run(['read', server.url('/story'), '--markdown']);
    expect(r.stdout.startsWith('# Harbour cranes return to the old port\n\n')).toBe(true);
    expect(r.stdout).toContain(`[new cranes](${server.url('/tags/cranes')})`);
  });

  it('follows redirects', async () => {
    const r = await run(['read', server.url('/old'), '--json']);
    expect(JSON.parse(r.stdout).url).toBe(server.url('/story'));
  });

  it.each([
    ['/latin1', 'Grüße aus München', '“Zitat” für 5 €.'],
    ['/cp1252', 'Café crème', 'Un café crème coûte désormais plus cher – beaucoup plus cher.'],
  ])('decodes the non-UTF-8 page %s', async (path, title, text) => {
    const r = await run(['read', server.url(path), '--plain', '--width', '200']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(title);
    expect(r.stdout).toContain(text);
  });

  describe('in a terminal, through the pager', () => {
    const page = join(FIXTURES, 'structures.html');
    // A real pager process: it writes what it was given to a file.
    const pagerTo = (out: string) => ({ PAGER: `cat > '${out}'` });

    it('pipes an article longer than the screen through $PAGER', async () => {
      const out = join(tempHome(), 'paged.txt');
      const r = await runTidings(['read', page, '--plain'], { tty: true, rows: 20, env: pagerTo(out) });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      const paged = readFileSync(out, 'utf8');
      expect(paged).toContain('Harbour cranes');
      expect(paged.split('\n').length).toBeGreaterThan(20);
    });

    it('prints directly with --no-pager, when it fits the screen, or when piped', async () => {
      const out = join(tempHome(), 'paged.txt');
      for (const [args, options] of [
        [['read', page, '--plain', '--no-pager'], { tty: true, rows: 20 }],
        [['read', page, '--plain'], { tty: true, rows: 5000 }],
        [['read', page, '--plain'], { tty: false, rows: 20 }],
      ] as const) {
        const r = await runTidings([...args], { ...options, env: pagerTo(out) });
        expect(r.stdout).toContain('Harbour cranes');
      }
      expect(existsSync(out)).toBe(false);
    });

    it('prints directly, with one warning, when the pager cannot run', async () => {
      const r = await runTidings(['read', page, '--plain'], { tty: true, rows: 20, env: { PAGER: 'no-such-pager-here' } });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Harbour cranes');
      expect(r.stderr).toContain('tidings: warning: the pager "no-such-pager-here" could not run');
    });
  });

  it('reads a local file, and reopens a fetched article offline from the cache', async () => {
    const file = await run(['read', join(FIXTURES, 'structures.html'), '--plain', '--width', '40']);
    expect(file.code).toBe(0);
    // Piped, the link list keeps each URL whole on its line; everything else fits the width.
    const [text, links] = file.stdout.split('\nLinks\n');
    expect(text.split('\n').every((l) => displayWidth(l) <= 40)).toBe(true);
    expect(links).toContain('[1] https://council.example.org/minutes/2024-11\n');
    await run(['read', server.url('/story'), '--plain']);
    const offline = await run(['--offline', 'read', server.url('/story'), '--plain']);
    expect(offline.code).toBe(0);
    expect(offline.stdout).toContain('Harbour cranes');
  });

  it.each([
    ['/missing', 'HTTP 404 Not Found'],
    ['/pdf', 'not HTML (application/pdf)'],
    ['/nav', 'not an article (no readable content found)'],
    ['/huge', 'larger than 50 MB'],
  ])('fails with one line on stderr and exit 1 for %s', async (path, message) => {
    const r = await run(['read', server.url(path)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr.startsWith('tidings: ')).toBe(true);
  });

  it('fails offline for an article that was never read', async () => {
    const r = await run(['--offline', 'read', server.url('/latin1?never')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^tidings: .*not in the article cache, and offline\n$/);
  });

  it('refuses something that is neither URL, file nor item id (usage, exit 2)', async () => {
    const r = await run(['--offline', 'read', 'no-such-thing']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tidings: no-such-thing: not a URL, a file or an item key of the edition (see: tidings headlines)\n');
  });

  it('says "no such file" (exit 1) for a path that does not exist, naming it', async () => {
    for (const target of ['./missing.html', 'missing.html', 'some/dir/page']) {
      const r = await run(['read', target]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`tidings: ${target}: no such file\n`);
    }
  });

  it('names the page in one line for an empty HTML file, and reads a one-sentence page', async () => {
    const dir = tempHome();
    writeFileSync(join(dir, 'empty.html'), '');
    const empty = await run(['read', join(dir, 'empty.html')]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toBe(`tidings: ${join(dir, 'empty.html')}: not an article (the page is empty)\n`);
    writeFileSync(join(dir, 'short.html'), '<html><head><title>Fog closes the runway</title></head><body><article><h1>Fog closes the runway</h1><p>Velmora airport suspended all departures this morning.</p></article></body></html>');
    const short = await run(['read', join(dir, 'short.html'), '--plain']);
    expect(short.code).toBe(0);
    expect(short.stdout).toContain('Velmora airport suspended all departures this morning.');
  });

  it("opens items by id, falling back to the feed's text with a notice", async () => {
    const headlines = JSON.parse((await run(['headlines', '--json'])).stdout);
    const byTitle = (t: string) => headlines.items.find((h: { title: string }) => h.title === t).key as string;
    const ok = await run(['--offline', 'read', byTitle('Cranes return'), '--plain']);
    expect(ok).toMatchObject({ code: 0, stderr: '' });
    expect(ok.stdout).toContain('Harbour cranes return to the old port');
    const nav = await run(['read', byTitle('A section page'), '--plain']);
    expect(nav.code).toBe(0);
    expect(nav.stderr).toBe("tidings: Showing the feed's text: not an article (no readable content found)\n");
    expect(nav.stdout).toContain('The whole story, as the feed carried it.');
    const gone = await run(['read', byTitle('A removed page'), '--plain']);
    expect(gone.stderr).toBe("tidings: Showing the feed's text: HTTP 404 Not Found\n");
    expect(gone.stdout).toContain('Only a summary here.');
  });

  it('keeps page control sequences off the terminal in every format', async () => {
    for (const format of ['--plain', '--json', '--markdown']) {
      const r = await run(['read', server.url('/hostile'), format]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/\u001b|\u0007|pwned|ZXZpbA/);
    }
    const styled = await run(['read', server.url('/hostile')], { tty: true, env: { TERM_PROGRAM: 'WezTerm' } });
    expect(styled.stdout.replace(/\u001b\[[0-9;]*m/g, '').replace(/\u001b\]8;;[\x21-\x7e]*\u001b\\/g, '')).not.toMatch(/\u001b|\u0007|pwned|ZXZpbA/);
  });

  describe('on a terminal', () => {
    it('styles with SGR, and adds OSC 8 links where the terminal supports them', async () => {
      const plainTty = await run(['read', server.url('/story')], { tty: true, env: { TERM: 'xterm-256color' } });
      expect(plainTty.stdout).toContain(`${ESC}[1;36mHarbour cranes`);
      expect(plainTty.stdout).not.toContain(`${ESC}]8;;`);
      const wez = await run(['read', server.url('/story')], { tty: true, env: { TERM_PROGRAM: 'WezTerm' } });
      expect(wez.stdout).toContain(`${ESC}]8;;https://council.example.org/minutes/2024-11${ESC}\\`);
    });

    it('prints no escapes at all with NO_COLOR or --plain', async () => {
      const noColor = await run(['read', server.url('/story')], { tty: true, env: { NO_COLOR: '1', TERM_PROGRAM: 'WezTerm' } });
      const plain = await run(['read', server.url('/story'), '--plain'], { tty: true, env: { TERM_PROGRAM: 'WezTerm' } });
      expect(noColor.stdout).not.toContain(ESC);
      expect(plain.stdout).not.toContain(ESC);
    });

    it('reorders RTL lines unless the terminal does bidi itself; right-aligns either way', async () => {
      const sentence = 'نشرت روسيا نحو 59,000 جندي في منطقة كورسك.';
      // Visual order, letters in their joined (presentation) forms.
      const reversed = '.ﻚﺳﺭﻮﻛ ﺔﻘﻄﻨﻣ ﻲﻓ ﻱﺪﻨﺟ 59,000 ﻮﺤﻧ ﺎﻴﺳﻭﺭ ﺕﺮﺸﻧ •';
      const kitty = await run(['read', server.url('/arabic'), '--width', '80'], { tty: true, env: { TERM: 'xterm-kitty', NO_COLOR: '1' } });
      const line = kitty.stdout.split('\n').find((l) => l.includes('59,000')) as string;
      expect(line.trim()).toBe(reversed);
      expect(displayWidth(line)).toBe(80);
      const vte = await run(['read', server.url('/arabic'), '--width', '80'], { tty: true, env: { VTE_VERSION: '7600', NO_COLOR: '1' } });
      expect(vte.stdout).toContain(`• ${sentence}`);
      const piped = await run(['read', server.url('/arabic'), '--plain']);
      expect(piped.stdout).toContain(`• ${sentence}`);
    });
  });
});
