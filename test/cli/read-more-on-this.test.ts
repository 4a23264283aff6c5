import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEstuaryEdition } from '../helpers/estuary-edition.js';
import type { LoopbackServer } from '../helpers/loopback-server.js';
import { runTidings, tempHome } from '../helpers/run-cli.js';

// `tidings read` of a page that lists no related stories, with the edition's items stored
// by a refresh first (a real database in a temp TIDINGS_HOME).
describe('"More on this" in tidings read', () => {
  let server: LoopbackServer;
  let home: string;
  beforeAll(async () => {
    ({ server, home } = await startEstuaryEdition());
    expect((await runTidings(['--edition', 'coast', 'refresh'], { home })).code).toBe(0);
  });
  afterAll(() => server.close());
  const read = (args: string[]) => runTidings(['--edition', 'coast', 'read', ...args], { home });
  const titles = ['Seals counted along the estuary coast', 'Estuary bridge reopens after repairs'];

  it('--json lists them as a numbered story list of their own kind', async () => {
    const r = await read([server.url('/nature/seals'), '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.related).toEqual([{ kind: 'more-on-this', title: '', stories: [
      { n: 1, text: titles[0], url: server.url('/nature/seal-count') },
      { n: 2, text: titles[1], url: server.url('/city/bridge') },
    ] }]);
  });

  it('plain text and Markdown show them under "More on this"', async () => {
    const plain = await read([server.url('/nature/seals'), '--plain']);
    expect(plain.stdout).toContain(`More on this\n[1] ${titles[0]}\n[2] ${titles[1]}\n`);
    const markdown = await read([server.url('/nature/seals'), '--markdown']);
    expect(markdown.stdout).toContain(`## More on this\n\n- [${titles[0]}](${server.url('/nature/seal-count')})\n- [${titles[1]}](${server.url('/city/bridge')})`);
  });

  it('works for an item read by its key, and shows nothing where nothing is alike or nothing is stored', async () => {
    const items = JSON.parse((await runTidings(['--edition', 'coast', '--offline', 'headlines', '--section', 'nature', '--json'], { home })).stdout).items;
    const otters = items.find((i: { title: string }) => i.title === 'Otters spotted upstream');
    // "Otters spotted upstream" shares no title word with any stored item: no list.
    expect(JSON.parse((await read([otters.key, '--json'])).stdout).related).toEqual([]);
    const seals = items.find((i: { title: string }) => i.title.startsWith('Harbour seals'));
    expect(JSON.parse((await read([seals.key, '--json'])).stdout).related[0].stories.map((s: { text: string }) => s.text)).toEqual(titles);
    // Another home has no stored items.
    const empty = await runTidings(['--edition', 'coast', 'read', server.url('/nature/seals'), '--json'], { home: tempHomeWith(home) });
    expect(JSON.parse(empty.stdout).related).toEqual([]);
  });
});

/** A fresh home with the same edition files and no stored items. */
function tempHomeWith(from: string): string {
  const home = tempHome();
  cpSync(join(from, 'config'), join(home, 'config'), { recursive: true });
  return home;
}
