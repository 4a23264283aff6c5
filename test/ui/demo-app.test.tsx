import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionServices } from '../helpers/edition-services.js';
import { renderApp } from '../helpers/render-app.js';

const DEMO = resolve(import.meta.dirname, '../../editions/demo.json');

const demoServices = (home: string) => editionServices('demo', home);

// The real services (feed fetcher, article service, bookmark store, the database) over
// the offline demo edition in a temp TIDINGS_HOME. Real timers: the stores' file lock backs
// off with setTimeout, and the ticker moving does not disturb waiting for text.
describe.skipIf(!existsSync(DEMO))('the app over the demo edition', () => {
  it('reads, bookmarks, and reopens the bookmark offline', async () => {
    const home = mkdtempSync(join(tmpdir(), 'tidings-ui-demo-'));
    const app = await renderApp(demoServices(home), { columns: 100, rows: 30, section: 'politics' });
    let frame = await app.waitFor('Assembly passes 2027 budget');
    expect(frame.split('\n')[0]).toContain('Tidings Demo › News › Politics');
    await app.waitFor(/BREAKING ▸/);
    await app.press('return');
    frame = await app.waitFor(/By .* min read/);
    expect(frame).toContain('Assembly passes 2027 budget');
    await app.press('b');
    await app.waitFor('Bookmarked: Assembly passes 2027 budget');
    expect(await app.waitFor(/★ \d+%/)).toBeTruthy();
    await app.press('escape', 'B');
    await app.waitFor('saved just now');
    await app.press('return');
    frame = await app.waitFor(/By .* min read/);
    expect(frame).toContain('Assembly passes 2027 budget');
    app.unmount();

    // A second start finds the read mark and the bookmark on disk.
    const again = await renderApp(demoServices(home), { columns: 100, rows: 30, section: 'politics' });
    // The headlines may draw before the bookmarked URLs have loaded: wait for the star.
    frame = await again.waitFor(/› ★ Assembly passes 2027 budget/);
    expect(frame).toContain('Assembly passes 2027 budget');
    again.unmount();
  });
});
