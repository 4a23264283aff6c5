import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editionServices } from '../helpers/edition-services.js';
import { startEstuaryEdition } from '../helpers/estuary-edition.js';
import type { LoopbackServer } from '../helpers/loopback-server.js';
import { renderApp } from '../helpers/render-app.js';

// The real services and database over a loopback edition whose pages list no related
// stories; real timers (the stores' file lock backs off with setTimeout).
describe('"More on this" in the reader', () => {
  let server: LoopbackServer;
  let home: string;
  beforeAll(async () => {
    ({ server, home } = await startEstuaryEdition());
  });
  afterAll(() => server.close());

  it('lists stored stories like the article after it, numbered so f + number opens them', async () => {
    const services = editionServices('coast', home);
    const app = await renderApp(services, { columns: 100, rows: 40, section: 'nature' });
    await app.waitFor('Harbour seals return to the estuary');
    await app.press('return');
    let frame = await app.waitFor('More on this');
    const list = frame.slice(frame.indexOf('More on this')).split('\n').slice(1, 4).map((line) => line.trim());
    // Shares "seals", "estuary" and Nature; then "estuary" alone. Not itself, not the budget,
    // not the otters (only the category in common; the section's "Read next" has them).
    expect(list).toEqual(['[1] Seals counted along the estuary coast', '[2] Estuary bridge reopens after repairs', '']);
    // A bookmark keeps the page as it was: the suggestions are of the moment, not of the page.
    await app.press('b');
    await app.waitFor('Bookmarked');
    const [saved] = await services.bookmarks.list();
    expect((await services.bookmarks.readArticle(saved.id))?.related ?? []).toEqual([]);
    await app.press('f', '2', 'return');
    frame = await app.waitFor((f) => f.includes('Estuary bridge reopens after repairs') && f.includes('wardens on the shore'), 'the linked story');
    expect(frame.split('\n')[0]).toContain('Coast › Nature');
    app.unmount();
  });
});
