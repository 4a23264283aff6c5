import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTidings, tempHome } from '../helpers/run-cli.js';

const PAGE = join(import.meta.dirname, '..', 'fixtures', 'article', 'structures.html');
// CI installs espeak-ng (.ci/run) and sets TIDINGS_REQUIRE_SPEECH, so there these never skip.
const hasEspeak = spawnSync('espeak-ng', ['--version']).status === 0;
const required = process.env.TIDINGS_REQUIRE_SPEECH === '1';

/** Seconds of audio in a PCM WAV file, from its header. */
function wavSeconds(file: string): number {
  const bytes = readFileSync(file);
  expect(bytes.toString('latin1', 0, 4)).toBe('RIFF');
  expect(bytes.toString('latin1', 8, 12)).toBe('WAVE');
  const byteRate = bytes.readUInt32LE(28);
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString('latin1', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    // A streaming writer may leave the size unknown: then the data runs to the end of the file.
    if (id === 'data') return Math.min(size, bytes.length - offset - 8) / byteRate;
    offset += 8 + size;
  }
  throw new Error(`${file}: no data chunk`);
}

describe.skipIf(!hasEspeak && !required)('tidings listen (espeak-ng)', () => {
  it('writes speech whose length fits the article word count', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tidings-listen-')), 'a.wav');
    const words = JSON.parse((await runTidings(['read', PAGE, '--json'])).stdout).wordCount as number;
    const r = await runTidings(['listen', PAGE, '--output', out], { env: { PATH: process.env.PATH } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`wrote ${out}: "Harbour cranes return to the old port" (espeak-ng, en)\n`);
    const seconds = wavSeconds(out);
    // Speech runs at 80-300 words a minute with pauses; the title and byline add a few words.
    expect(seconds).toBeGreaterThan((words / 300) * 60);
    expect(seconds).toBeLessThan(((words + 40) / 80) * 60);
  });

  it('speaks faster with --rate and in the article language (Arabic)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidings-listen-'));
    const page = join(dir, 'ar.html');
    const paragraph = 'أعلنت بلدية المدينة اليوم افتتاح الجسر الجديد فوق النهر بعد عامين من العمل المتواصل.';
    writeFileSync(page, `<html lang="ar" dir="rtl"><head><title>افتتاح الجسر الجديد</title></head><body><article><h1>افتتاح الجسر الجديد</h1>${`<p>${paragraph}</p>`.repeat(6)}</article></body></html>`);
    const slow = await runTidings(['listen', page, '--output', join(dir, 'slow.wav'), '--rate', '120'], { env: { PATH: process.env.PATH } });
    const fast = await runTidings(['listen', page, '--output', join(dir, 'fast.wav'), '--rate', '300'], { env: { PATH: process.env.PATH } });
    expect(slow.stdout).toContain('(espeak-ng, ar, 120 words a minute)');
    expect(fast.code).toBe(0);
    expect(wavSeconds(join(dir, 'fast.wav'))).toBeLessThan(wavSeconds(join(dir, 'slow.wav')) * 0.75);
  });

  it('names an unknown voice in one line (exit 1)', async () => {
    const r = await runTidings(['listen', PAGE, '--voice', 'qq', '--output', join(tempHome(), 'x.wav')], { env: { PATH: process.env.PATH } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^tidings: espeak-ng failed: .*voice does not exist\.?\n$/);
  });
});

describe('tidings listen without a speech engine', () => {
  it('says in one line which engine to install (exit 1)', async () => {
    const r = await runTidings(['listen', PAGE], { env: { PATH: mkdtempSync(join(tmpdir(), 'tidings-empty-path-')) } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('tidings: no speech engine found: install espeak-ng (apt install espeak-ng, dnf install espeak-ng, brew install espeak-ng) or speech-dispatcher\n');
  });

  it('rejects a rate outside 80-500 as a usage error', async () => {
    const r = await runTidings(['listen', PAGE, '--rate', '20']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--rate must be a whole number of words a minute from 80 to 500');
  });
});
