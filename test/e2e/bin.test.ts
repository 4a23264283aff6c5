import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendBody, startLoopbackServer, TEST_CA_FILE, type LoopbackServer } from '../helpers/loopback-server.js';
import { tempHome } from '../helpers/run-cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'tidings.js');
const built = existsSync(join(ROOT, 'dist', 'bundle', 'cli.cjs'));
const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Over TLS</title><item><title>One</title><link>https://example.org/1</link></item></channel></rss>';

/** Runs bin/tidings.js as a command, as `tidings` on the PATH is. */
function tidings(args: string[], env: Record<string, string | undefined>, command = BIN): Promise<{ code: number; stdout: string; stderr: string }> {
  const base: Record<string, string | undefined> = { ...process.env, TIDINGS_HOME: tempHome(), NODE_OPTIONS: undefined, NO_COLOR: '1' };
  return new Promise((resolve) => {
    execFile(command, args, { env: { ...base, ...env } as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe.skipIf(!built)('the bin', () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer({ '/feed': sendBody(FEED) }, { tls: true });
  });
  afterAll(() => server.close());

  it('trusts the CA of NODE_EXTRA_CA_CERTS for https (Node loads the file)', async () => {
    const run = await tidings(['headlines', '--feed', server.url('/feed'), '--json'], { NODE_EXTRA_CA_CERTS: TEST_CA_FILE });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).feed.title).toBe('Over TLS');
  });

  it('works through a symlink on the PATH in a directory with spaces (npm link, global installs)', async () => {
    const dir = join(tempHome(), 'my bin');
    mkdirSync(dir);
    symlinkSync(BIN, join(dir, 'tidings'));
    const run = await tidings(['headlines', '--feed', server.url('/feed'), '--json'], { NODE_EXTRA_CA_CERTS: TEST_CA_FILE, PATH: `${dir}:${process.env.PATH}` }, 'tidings');
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).items[0].title).toBe('One');
  });

  it('keeps its compiled code in the cache directory, and starts the same from it or from a damaged one', async () => {
    const home = tempHome();
    const codeDir = join(home, 'cache', 'code');
    const first = await tidings(['--edition', 'demo', 'sections', '--json'], { TIDINGS_HOME: home });
    expect(first.code).toBe(0);
    const [cacheName] = readdirSync(codeDir);
    expect(cacheName).toMatch(new RegExp(`^cli-[0-9a-f]{16}-node${process.versions.node}-${process.arch}\\.v8$`));
    const warm = await tidings(['--edition', 'demo', 'sections', '--json'], { TIDINGS_HOME: home });
    expect(warm).toEqual(first);
    writeFileSync(join(codeDir, cacheName), 'damaged');
    const afterDamage = await tidings(['--edition', 'demo', 'sections', '--json'], { TIDINGS_HOME: home });
    expect(afterDamage).toEqual(first);
    expect(readFileSync(join(codeDir, cacheName)).length).toBeGreaterThan(1000);
  });
});
