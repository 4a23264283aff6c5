import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendBody, startLoopbackServer, type LoopbackServer } from '../helpers/loopback-server.js';
import { runTidings, tempHome } from '../helpers/run-cli.js';

const wire = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'cli', 'wire.xml'), 'utf8');
const T0 = new Date('2026-11-25T10:00:00Z');
const minutesLater = (m: number) => new Date(T0.getTime() + m * 60_000);

/** A home with one edition over `feeds`. */
function homeWith(feeds: string[]): string {
  const home = tempHome();
  mkdirSync(join(home, 'config', 'editions'), { recursive: true });
  writeFileSync(join(home, 'config', 'editions', 'loop.json'), JSON.stringify({
    name: 'loop', title: 'Loop', feeds: feeds.map((url) => ({ url })),
    sections: [{ id: 'politics', title: 'Politics', match: { paths: ['/news/politics/'] } }],
    breaking: { newest: { minutes: 600 } },
  }));
  return home;
}

/** A port on 127.0.0.1 that nothing listens on (connections are refused at once). */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('cache first: listings read the database', () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer({ '/wire.xml': sendBody(wire), '/second.xml': sendBody(wire.replace(/wire-/g, 'second-')) });
  });
  afterAll(() => server.close());

  it('fetch only when the stored news is older than refreshMinutes, or with --refresh; never with --cached', async () => {
    const home = homeWith([server.url('/wire.xml'), server.url('/second.xml')]);
    const run = (args: string[], minutes = 0) => runTidings(['--edition', 'loop', ...args], { home, now: minutesLater(minutes) });
    const requests = () => server.requests.length;

    let before = requests();
    const first = await run(['headlines', '--json']);
    expect(first.code).toBe(0);
    expect(requests() - before).toBe(2); // never fetched: fetched before printing

    before = requests();
    const keys = JSON.parse((await run(['headlines', '--json'], 1)).stdout).items.map((i: { key: string }) => i.key);
    expect(keys.length).toBeGreaterThan(0);
    expect((await run(['sections', '--json'], 2)).code).toBe(0);
    expect((await run(['breaking', '--json'], 3)).code).toBe(0);
    expect((await run(['headlines', '--section', 'politics'], 4)).code).toBe(0);
    expect((await run(['--offline', 'read', keys[0], '--json'], 5)).code).toBe(0);
    expect(requests() - before).toBe(0);

    before = requests();
    await run(['headlines', '--refresh', '--json'], 6);
    expect(requests() - before).toBe(2);

    // 15 minutes (the default refreshMinutes) after that refresh the news is stale.
    before = requests();
    await run(['headlines', '--cached'], 30);
    expect(requests() - before).toBe(0);
    await run(['sections'], 30);
    expect(requests() - before).toBe(2);
  });

  it('on an edition whose hosts do not answer: one summary line when it fetched, none from the cache', async () => {
    const dead = `http://127.0.0.1:${await closedPort()}/feed.xml`;
    const home = homeWith([server.url('/wire.xml'), dead]);
    const run = (args: string[], minutes: number) => runTidings(['--edition', 'loop', ...args], { home, now: minutesLater(minutes) });
    const fetched = await run(['headlines', '--limit', '1'], 0);
    expect(fetched.code).toBe(0);
    expect(fetched.stderr).toBe('tidings: 1 of 2 feeds failed: run `tidings refresh` for details\n');
    const before = server.requests.length;
    const cached = await run(['headlines', '--limit', '1'], 5);
    expect(cached.code).toBe(0);
    expect(cached.stderr).toBe('');
    expect(cached.stdout.trim().split('\n')).toHaveLength(2);
    expect(server.requests.length).toBe(before);
    // refresh tells the details.
    const report = await run(['refresh'], 6);
    expect(report.stdout).toContain(`${dead}: error:`);
  });
});

describe('maxFeedMB', () => {
  it('accepts a feed past the old 10 MB limit, and refuses one past the setting, naming the feed', async () => {
    const home = tempHome();
    const items = Array.from({ length: 40_000 }, (_, i) => `<item><guid>g${i}</guid><title>Episode ${i} of a long archive</title><link>https://big.test/${i}</link><description>${'notes '.repeat(40)}</description></item>`).join('');
    const file = join(home, 'big.xml');
    writeFileSync(file, `<rss><channel><title>Archive</title><link>https://big.test/</link>${items}</channel></rss>`);
    const big = await runTidings(['headlines', '--feed', file, '--limit', '1', '--json'], { home });
    expect(big.code).toBe(0);
    expect(JSON.parse(big.stdout).feed.title).toBe('Archive');
    mkdirSync(join(home, 'config'), { recursive: true });
    writeFileSync(join(home, 'config', 'settings.json'), JSON.stringify({ maxFeedMB: 5 }));
    const refused = await runTidings(['headlines', '--feed', file], { home });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`tidings: ${file}: larger than 5 MB\n`);
  });
});
