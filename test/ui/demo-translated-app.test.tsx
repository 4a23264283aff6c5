import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../src/commands/app-services.js';
import { createRuntime } from '../../src/commands/runtime.js';
import { renderApp } from '../helpers/render-app.js';

function services(name: string) {
  const home = mkdtempSync(join(tmpdir(), 'tidings-ui-demo-'));
  const rt = createRuntime({
    stdout: { write: () => true, isTTY: true, columns: 100 },
    stderr: { write: () => true },
    stdinIsTTY: true,
    env: { TIDINGS_HOME: home, HOME: '/nonexistent' },
    cwd: process.cwd(),
    now: () => new Date(),
  }, { edition: name, color: false });
  return createAppServices(rt, rt.editions.load(name, rt.editionChanges.get(name)), 'linux');
}

// The real services over the translated offline demos: the feeds are local files.
describe('the app over the translated demos', () => {
  it('opens the Spanish demo\'s videos and reads a story', async () => {
    const app = await renderApp(services('demo-es'), { columns: 100, rows: 30, section: 'explainers' });
    let frame = await app.waitFor('Explicador: cinco claves para entender');
    expect(frame.split('\n')[0]).toContain('Tidings Demo en español › Videos › Explicadores');
    await app.press('return');
    frame = await app.waitFor(/Equipo de video/);
    expect(frame).toContain('Explicador: cinco claves para entender la reforma de las pensiones');
    app.unmount();
  });

  it('lists the Arabic demo\'s LIVE section from its breaking feed', async () => {
    const app = await renderApp(services('demo-ar'), { columns: 100, rows: 30, section: 'live' });
    const frame = await app.waitFor(/ 1\/4\n/);
    expect(frame.split('\n')[0]).toContain('تيدينغز التجريبية › مباشر');
    expect(frame.split('\n').filter((line) => /│.?•/.test(line))).toHaveLength(4);
    app.unmount();
  });
});
