import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article/types.js';
import { createSpeaker } from '../../src/services/speaker.js';
import { ENGLISH } from '../../src/core/i18n/messages.js';
import { fakeServices } from '../helpers/fake-services.js';
import { renderApp } from '../helpers/render-app.js';

const LISTENING_MESSAGE = ENGLISH.t('listen.listening');
const ready = / 1\/\d+ *(\n|$)/;
const P1 = 'https://news.test/news/politics/p1';
// CI installs espeak-ng and sets TIDINGS_REQUIRE_SPEECH, so there the real test never skips.
const hasEspeak = spawnSync('espeak-ng', ['--version']).status === 0;
const required = process.env.TIDINGS_REQUIRE_SPEECH === '1';

/** Opens the first politics headline in the reader. */
async function openReader(services: ReturnType<typeof fakeServices>['services']) {
  const app = await renderApp(services);
  await app.waitFor(ready);
  await app.press('return', 'return');
  await app.waitFor('Article at news/politics/p1');
  return app;
}

describe('Listen in the reader (L)', () => {
  it('speaks the open article in its language, says so while it speaks, and L again stops it', async () => {
    const { services, log } = fakeServices();
    const app = await openReader(services);
    let frame = await app.press('L');
    expect(frame).toContain(LISTENING_MESSAGE);
    expect(log.spoken).toHaveLength(1);
    expect(log.spoken[0].text).toMatch(/^Article at news\/politics\/p1\.\n+By Ana Ruiz, Wire/);
    expect(log.spoken[0].text).toContain('The needle sits here.');
    expect(log.spoken[0].lang).toBe('en');
    expect(log.spoken[0].signal.aborted).toBe(false);
    frame = await app.press('L');
    expect(log.spoken[0].signal.aborted).toBe(true);
    expect(frame).toContain('Stopped listening');
    expect(frame).not.toContain(LISTENING_MESSAGE);
    app.unmount();
  });

  it('stops when the reader is left', async () => {
    const { services, log } = fakeServices();
    const app = await openReader(services);
    await app.press('L');
    const frame = await app.press('escape');
    expect(log.spoken[0].signal.aborted).toBe(true);
    expect(frame).not.toContain(LISTENING_MESSAGE);
    app.unmount();
  });

  it('stops when the app quits', async () => {
    const { services, log } = fakeServices();
    const app = await openReader(services);
    await app.press('L');
    await app.press('ctrl+c');
    expect(app.exited()).toBe(true);
    expect(log.spoken[0].signal.aborted).toBe(true);
    app.unmount();
  });

  it('says what to install when there is no speech engine', async () => {
    const { services } = fakeServices({ speech: createSpeaker('linux', { PATH: '' }) });
    const app = await openReader(services);
    const frame = await app.press('L');
    expect(frame.replace(/\s+/g, ' ')).toContain('No speech engine found: install espeak-ng');
    app.unmount();
  });

  it('says it in the language of the app', async () => {
    const { services } = fakeServices({ speech: createSpeaker('linux', { PATH: '' }), lang: 'es' });
    const app = await openReader(services);
    const frame = await app.press('L');
    expect(frame.replace(/\s+/g, ' ')).toContain('No se encontró ningún motor de voz: instale espeak-ng');
    app.unmount();
  });

  it('shows the engine failing in the status line', async () => {
    const speech = { engine: 'broken', speak: async () => { throw new Error('broken failed: no voice'); } };
    const app = await openReader(fakeServices({ speech }).services);
    await app.press('L');
    expect(await app.waitFor('Listen: broken failed: no voice')).not.toContain(LISTENING_MESSAGE);
    app.unmount();
  });
});

describe.skipIf(!hasEspeak && !required)('Listen with the real engine (espeak-ng)', () => {
  it('speaks a short article through espeak-ng to the end', async () => {
    const speech = createSpeaker(process.platform, { PATH: process.env.PATH });
    expect(speech.engine).toMatch(/^espeak/);
    const short: Article = {
      url: P1, title: 'Short', byline: null, siteName: null, publishedTime: null, lang: 'en', dir: 'ltr', excerpt: null,
      contentHtml: '<p>One line.</p>', leadImage: null, tags: [], wordCount: 2, readingMinutes: 1,
    };
    const app = await openReaderShort(fakeServices({ speech, articles: { [P1]: short } }).services);
    await app.press('L');
    // Without a sound card espeak-ng ends at once; with one, after two words.
    expect(await app.waitFor('Finished listening')).not.toContain('Listen:');
    app.unmount();
  });
});

if (!hasEspeak && !required) {
  it.skip('Listen with the real engine: espeak-ng is not installed (CI sets TIDINGS_REQUIRE_SPEECH=1 and installs it)', () => undefined);
}

async function openReaderShort(services: ReturnType<typeof fakeServices>['services']) {
  const app = await renderApp(services);
  await app.waitFor(ready);
  await app.press('return', 'return');
  await app.waitFor('One line.');
  return app;
}
