import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionServices } from '../helpers/edition-services.js';
import { renderApp } from '../helpers/render-app.js';

const services = (name: string) => editionServices(name, mkdtempSync(join(tmpdir(), 'tidings-ui-demo-')));

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
    // Right to left: the position opens the status line, the path ends the top bar, read
    // from the right (shaped and in visual order: this terminal is not known to do bidi).
    const frame = await app.waitFor(/^ 1\/4 /m);
    expect(frame.split('\n')[0].trimEnd()).toMatch(/ﺮﺷﺎﺒﻣ ‹ ﺔﻴﺒﻳﺮﺠﺘﻟﺍ ﺰﻐﻨﻳﺪﻴﺗ$/);
    expect(frame.split('\n').filter((line) => /•.?│/.test(line))).toHaveLength(4);
    app.unmount();
  });
});
