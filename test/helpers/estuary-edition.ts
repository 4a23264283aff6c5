import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sendBody, startLoopbackServer, type LoopbackServer } from './loopback-server.js';
import { tempHome } from './run-cli.js';

const STORIES: [string, string, string, string][] = [
  // path, title, date, category
  ['/nature/seals', 'Harbour seals return to the estuary', 'Wed, 25 Nov 2026 09:50:00 GMT', 'Nature'],
  ['/nature/seal-count', 'Seals counted along the estuary coast', 'Tue, 24 Nov 2026 09:00:00 GMT', 'Nature'],
  ['/city/bridge', 'Estuary bridge reopens after repairs', 'Wed, 25 Nov 2026 08:00:00 GMT', 'City'],
  ['/nature/otters', 'Otters spotted upstream', 'Mon, 23 Nov 2026 08:00:00 GMT', 'Nature'],
  ['/news/politics/budget', 'Parliament passes the budget', 'Wed, 25 Nov 2026 09:30:00 GMT', 'Politics'],
];

const page = (title: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>
${Array.from({ length: 4 }, (_, n) => `<p>Paragraph ${n + 1} of the story: wardens on the shore counted the animals twice this week, and the numbers were higher than any year since records began.</p>`).join('\n')}
</article></body></html>`;

/**
 * A loopback edition whose feed links to its own pages (no Related lists on them): a
 * "Politics" section by path, and a second feed no section routes (only All lists it).
 */
export async function startEstuaryEdition(): Promise<{ server: LoopbackServer; home: string }> {
  const routes: Record<string, ReturnType<typeof sendBody>> = {};
  // The feeds name the server's own address, known once it listens.
  const at = { url: (path: string) => path };
  const feed = () => `<?xml version="1.0"?><rss version="2.0"><channel><title>Coast Wire</title><link>${at.url('/')}</link>
${STORIES.map(([path, title, date, category], n) => `<item><title>${title}</title><link>${at.url(path)}</link><guid>s${n}</guid><pubDate>${date}</pubDate><category>${category}</category></item>`).join('\n')}
</channel></rss>`;
  const loose = () => `<?xml version="1.0"?><rss version="2.0"><channel><title>Loose</title><link>https://loose.test/</link>
<item><title>Lighthouse keeper retires</title><link>https://loose.test/keeper</link><guid>loose-1</guid><pubDate>Wed, 25 Nov 2026 07:00:00 GMT</pubDate></item>
</channel></rss>`;
  for (const [path, title] of STORIES) routes[path] = sendBody(page(title), { headers: { 'content-type': 'text/html; charset=utf-8' } });
  const server: LoopbackServer = await startLoopbackServer({
    ...routes,
    '/wire.xml': (req, res) => sendBody(feed())(req, res),
    '/loose.xml': (req, res) => sendBody(loose())(req, res),
  });
  at.url = (path) => server.url(path);
  const home = tempHome();
  mkdirSync(join(home, 'config', 'editions'), { recursive: true });
  writeFileSync(join(home, 'config', 'editions', 'coast.json'), JSON.stringify({
    name: 'coast', title: 'Coast',
    feeds: [{ url: server.url('/wire.xml'), title: 'Coast Wire' }, { url: server.url('/loose.xml'), title: 'Loose' }],
    sections: [{ id: 'politics', title: 'Politics', match: { paths: ['/news/politics/'] } }, { id: 'nature', title: 'Nature', match: { categories: ['Nature'] } }],
  }));
  return { server, home };
}
