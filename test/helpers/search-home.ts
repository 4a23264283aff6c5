import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runTidings, tempHome } from './run-cli.js';

interface TestItem {
  id: string;
  title: string;
  path: string;
  time: string;
  summary?: string;
  category?: string;
}

const rss = (title: string, items: TestItem[]) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${title}</title><link>https://news.test/</link><description>d</description>
${items.map((i) => `<item><title>${i.title}</title><link>https://news.test${i.path}${i.id}</link><guid>${i.id}</guid>
<pubDate>${new Date(`2026-11-25T${i.time}:00Z`).toUTCString()}</pubDate>${i.category ? `<category>${i.category}</category>` : ''}
<description>${i.summary ?? ''}</description></item>`).join('\n')}
</channel></rss>`;

/** Items of the "one" edition's feeds (Alpha Wire, Beta Desk) and of the "other" edition's (Gamma). */
export const FEEDS = {
  alpha: { title: 'Alpha Wire', items: [
    { id: 'a1', title: 'Harbour storm closes the port', path: '/harbour/', time: '09:00', summary: 'Ferries stopped.' },
    { id: 'a2', title: 'Budget talks resume', path: '/politics/', time: '09:30', summary: 'The storm over the harbour budget goes on.' },
    { id: 'a3', title: 'Night trains return', path: '/travel/', time: '08:00', summary: 'Sleeper services.', category: 'Transport' },
    { id: 'a4', title: 'Trainee nurses start', path: '/health/', time: '07:00', summary: 'Wards welcome them.' },
  ] },
  beta: { title: 'Beta Desk', items: [
    { id: 'b1', title: 'Storm warning for the harbour', path: '/harbour/', time: '08:30', summary: 'Stay inside.' },
  ] },
  gamma: { title: 'Gamma Post', items: [
    { id: 'c1', title: 'Storm in another edition', path: '/harbour/', time: '09:45', summary: 'Elsewhere.' },
  ] },
};

/** A home with editions "one" (alpha, beta) and "other" (gamma), both refreshed from local files. */
export async function searchHome(): Promise<{ home: string; urls: Record<keyof typeof FEEDS, string> }> {
  const home = tempHome();
  const dir = join(home, 'feeds');
  mkdirSync(dir, { recursive: true });
  mkdirSync(join(home, 'config', 'editions'), { recursive: true });
  const urls = {} as Record<keyof typeof FEEDS, string>;
  for (const [name, feed] of Object.entries(FEEDS) as [keyof typeof FEEDS, (typeof FEEDS)['alpha']][]) {
    writeFileSync(join(dir, `${name}.xml`), rss(feed.title, feed.items));
    urls[name] = pathToFileURL(join(dir, `${name}.xml`)).href;
  }
  const edition = (name: string, feeds: string[]) => writeFileSync(join(home, 'config', 'editions', `${name}.json`), JSON.stringify({
    name, title: name === 'one' ? 'Edition One' : 'Other', feeds: feeds.map((url) => ({ url })),
    sections: [{ id: 'harbour', title: 'Harbour', match: { paths: ['/harbour/'] } }, { id: 'rest', title: 'Rest', match: { paths: ['/'] } }],
  }));
  edition('one', [urls.alpha, urls.beta]);
  edition('other', [urls.gamma]);
  for (const name of ['one', 'other']) {
    const run = await runTidings(['--edition', name, 'refresh'], { home });
    if (run.code !== 0) throw new Error(`refresh failed: ${run.stderr}`);
  }
  return { home, urls };
}

/** `tidings --edition one ARGS` in `home`. */
export const inOne = (home: string, ...args: string[]) => runTidings(['--edition', 'one', ...args], { home });

/** The titles of a `--json` listing. */
export const titles = (stdout: string) => (JSON.parse(stdout) as { items: { title: string }[] }).items.map((i) => i.title);
