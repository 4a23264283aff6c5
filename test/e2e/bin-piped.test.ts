import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTerminalSafe } from '../../src/core/text/sanitize.js';
import { CORPUS_DIR, tempHome } from '../helpers/run-cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'tidings.js');
const built = existsSync(join(ROOT, 'dist', 'cli.js'));

/** Runs the built bin with stdout and stderr piped (not a TTY), as a script would. */
function tidings(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TIDINGS_HOME: tempHome(), FORCE_COLOR: '', NO_COLOR: '', CI: '', ...env },
    timeout: 20_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe.skipIf(!built)('the built bin, piped', () => {
  it('prints the demo edition\'s headlines with no escape sequences', () => {
    const run = tidings(['--edition', 'demo']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Tidings Demo');
    expect(run.stdout.split('\n').length).toBeGreaterThan(30);
    expect(isTerminalSafe(run.stdout)).toBe(true);
  });

  it('prints parseable JSON for sections of the demo edition', () => {
    const run = tidings(['--edition', 'demo', 'sections', '--json']);
    const tree = JSON.parse(run.stdout).sections;
    expect(tree.map((s: { id: string }) => s.id)).toEqual(['news', 'articles', 'videos', 'infographs', 'in-pictures', 'live', 'regions']);
    expect(tree[0].children.find((s: { id: string }) => s.id === 'politics').count).toBeGreaterThanOrEqual(8);
  });

  it.each(['demo-ar', 'demo-es'])('lists at least 25 offline stories of %s as JSON', (name) => {
    const run = tidings(['--edition', name, 'headlines', '--json']);
    expect(run.code).toBe(0);
    const items = JSON.parse(run.stdout).items as { link: string }[];
    expect(items.length).toBeGreaterThanOrEqual(25);
    expect(items.every((i) => i.link.startsWith('file://'))).toBe(true);
  });

  it('exits 0 when the reader closes the pipe early', () => {
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" --edition demo headlines | head -n 2`], {
      encoding: 'utf8', env: { ...process.env, TIDINGS_HOME: tempHome() },
    });
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(2);
    expect(run.stderr).toBe('');
  });

  it('gives one line and exit 2 for a bad flag, without a stack trace', () => {
    const run = tidings(['headlines', '--nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("tidings: error: unknown option '--nope' (Did you mean --home?)\n");
  });

  it.skipIf(!existsSync(CORPUS_DIR))('prints the guardian corpus feed as JSON', () => {
    const run = tidings(['headlines', '--feed', join(CORPUS_DIR, 'feeds', 'guardian.rss'), '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.feed.title).toBe('The Guardian');
    expect(out.items.length).toBeGreaterThan(50);
  });
});
