import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendBody, startLoopbackServer, type LoopbackServer } from '../helpers/loopback-server.js';
import { tempHome } from '../helpers/run-cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'tidings.js');
const TLS_DIR = join(ROOT, 'test', 'fixtures', 'tls');
const built = existsSync(join(ROOT, 'dist', 'bundle', 'cli.js'));
const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Over TLS</title><item><title>One</title><link>https://example.org/1</link></item></channel></rss>';

/** Runs bin/tidings.js as a command (through its shell line, as `tidings` on the PATH is). */
function tidings(args: string[], env: Record<string, string | undefined>): Promise<{ code: number; stdout: string; stderr: string }> {
  const base: Record<string, string | undefined> = { ...process.env, TIDINGS_HOME: tempHome(), NODE_OPTIONS: undefined, NO_COLOR: '1' };
  return new Promise((resolve) => {
    execFile(BIN, args, { env: { ...base, ...env } as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe.skipIf(!built)('the bin with NODE_EXTRA_CA_CERTS', () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer({ '/feed': sendBody(FEED) }, {
      tls: { key: readFileSync(join(TLS_DIR, 'server-key.pem')), cert: readFileSync(join(TLS_DIR, 'server-cert.pem')) },
    });
  });
  afterAll(() => server.close());

  it('trusts the file\'s CA for https, loaded by tidings rather than at Node\'s start-up', async () => {
    const run = await tidings(['headlines', '--feed', server.url('/feed'), '--json'], { NODE_EXTRA_CA_CERTS: join(TLS_DIR, 'ca.pem') });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).feed.title).toBe('Over TLS');
  });

  it('reports an unreadable file in its own words (so Node never read it) and fails the TLS check', async () => {
    const missing = join(TLS_DIR, 'no-such-ca.pem');
    const run = await tidings(['headlines', '--feed', server.url('/feed')], { NODE_EXTRA_CA_CERTS: missing });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('Ignoring extra certs');
    expect(run.stderr).toContain(`tidings: warning: extra CA certificates not loaded from ${missing} (ENOENT)`);
    expect(run.stderr).toContain('TLS certificate could not be verified');
  });

  it('leaves the file to Node when NODE_OPTIONS is set (it may pick other roots)', async () => {
    const missing = join(TLS_DIR, 'no-such-ca.pem');
    const run = await tidings(['--version'], { NODE_EXTRA_CA_CERTS: missing, NODE_OPTIONS: '--no-deprecation' });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`Ignoring extra certs from \`${missing}\``);
  });
});
