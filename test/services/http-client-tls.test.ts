import { readFileSync, writeFileSync } from 'node:fs';
import { get as httpsGet } from 'node:https';
import { join } from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/core/errors.js';
import { DEFERRED_CA_VAR, takeDeferredCaFile } from '../../src/services/deferred-ca.js';
import { contextWithExtraCa, extraCertificates } from '../../src/services/extra-ca.js';
import { createHttpClient } from '../../src/services/http-client.js';
import { redirect, sendBody, startLoopbackServer, TEST_CA_FILE, type LoopbackServer } from '../helpers/loopback-server.js';
import { tempHome } from '../helpers/run-cli.js';

const CA = readFileSync(TEST_CA_FILE, 'utf8');
const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Over TLS</title></channel></rss>';
const UNVERIFIED = 'TLS certificate could not be verified';

/** The test CA under another PEM label. */
const relabel = (label: string) => CA.replace(/CERTIFICATE-----/g, `${label}-----`);
/** A corrupt certificate block (its DER cut short). */
const corrupt = CA.replace(/\n[A-Za-z0-9+/=]+\n-----END/, '\n-----END');

function caFile(text: string): string {
  const file = join(tempHome(), 'extra.pem');
  writeFileSync(file, text);
  return file;
}

describe('https with an extra CA file (a NODE_EXTRA_CA_CERTS Node did not load)', () => {
  let secure: LoopbackServer;
  let plain: LoopbackServer;

  beforeAll(async () => {
    secure = await startLoopbackServer({ '/feed': sendBody(FEED) }, { tls: true });
    plain = await startLoopbackServer({ '/feed': sendBody(FEED) });
    plain.route('/moved', redirect(secure.url('/feed')));
  });
  afterAll(async () => {
    await secure.close();
    await plain.close();
  });

  /** The body, or the failure's message. */
  async function fetchWith(extraCaFile: string | undefined, url = secure.url('/feed'), warnings: string[] = []): Promise<string> {
    const http = createHttpClient({ timeoutMs: 5000, extraCaFile, warn: (m) => warnings.push(m) });
    return http.get(url).then((res) => Buffer.from(res.bytes).toString('utf8'), (error: unknown) => (error as FetchError).message);
  }

  it('refuses a certificate from an unknown CA without it', async () => {
    expect(await fetchWith(undefined)).toBe(UNVERIFIED);
  });

  it('trusts the CA in the file, besides Node\'s own roots', async () => {
    const warnings: string[] = [];
    expect(await fetchWith(TEST_CA_FILE, undefined, warnings)).toBe(FEED);
    expect(warnings).toEqual([]);
  });

  it('trusts it for an http URL redirected to https too', async () => {
    expect(await fetchWith(TEST_CA_FILE, plain.url('/moved'))).toBe(FEED);
  });

  it('reads the blocks Node reads: X509 CERTIFICATE yes, TRUSTED CERTIFICATE no', async () => {
    expect(await fetchWith(caFile(relabel('X509 CERTIFICATE')))).toBe(FEED);
    expect(await fetchWith(caFile(relabel('TRUSTED CERTIFICATE')))).toBe(UNVERIFIED);
  });

  it('warns once and keeps Node\'s roots when the file cannot be read', async () => {
    const warnings: string[] = [];
    const missing = join(tempHome(), 'no-such-ca.pem');
    const http = createHttpClient({ timeoutMs: 5000, extraCaFile: missing, warn: (m) => warnings.push(m) });
    for (let i = 0; i < 2; i++) {
      const error = await http.get(secure.url('/feed')).catch((e: unknown) => e);
      expect((error as FetchError).message).toBe(UNVERIFIED);
    }
    expect(warnings).toEqual([`NODE_EXTRA_CA_CERTS (${missing}): cannot be read (ENOENT); ignored`]);
  });

  it('reads no CA file for plain http', async () => {
    const warnings: string[] = [];
    expect(await fetchWith(join(tempHome(), 'no-such-ca.pem'), plain.url('/feed'), warnings)).toBe(FEED);
    expect(warnings).toEqual([]);
  });

  it('adds to the build\'s own default roots when they are not the bundled list, and only in its context', async () => {
    const context = contextWithExtraCa(TEST_CA_FILE, () => undefined, false);
    const status = (options: { secureContext?: tls.SecureContext }) => new Promise<string>((resolve) => {
      httpsGet(secure.url('/feed'), { ...options, agent: false }, (res) => {
        res.resume();
        resolve(String(res.statusCode));
      }).on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(await status({ secureContext: context })).toBe('200');
    expect(await status({})).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  });
});

describe('extraCertificates', () => {
  const root = tls.rootCertificates[0];
  const none = (message: string) => expect.fail(message);

  it('leaves out the certificates Node already holds, whatever their line breaks', () => {
    const bundle = `# a comment\n${root.replace(/\n/g, '\r\n')}\n${CA}`;
    expect(extraCertificates(bundle, tls.rootCertificates, none)).toEqual([CA.trim()]);
  });

  it('takes X509 CERTIFICATE blocks and never TRUSTED CERTIFICATE or other blocks', () => {
    const x509 = relabel('X509 CERTIFICATE');
    const text = `${relabel('TRUSTED CERTIFICATE')}\n${x509}\n-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n`;
    expect(extraCertificates(text, tls.rootCertificates, none)).toEqual([x509.trim()]);
  });

  it('stops at the first block that does not parse, as Node does, and says so', () => {
    const warnings: string[] = [];
    const text = `${CA}${root}\n${corrupt}${relabel('X509 CERTIFICATE')}`;
    expect(extraCertificates(text, tls.rootCertificates, (m) => warnings.push(m))).toEqual([CA.trim()]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^certificate 3 cannot be read \(.+\); it and those after it are ignored$/);
  });
});

describe('takeDeferredCaFile', () => {
  it('takes the handed-over path and puts NODE_EXTRA_CA_CERTS back for child processes', () => {
    const env: Record<string, string | undefined> = { [DEFERRED_CA_VAR]: '/etc/extra.pem', PATH: '/bin' };
    expect(takeDeferredCaFile(env)).toBe('/etc/extra.pem');
    expect(env).toEqual({ NODE_EXTRA_CA_CERTS: '/etc/extra.pem', PATH: '/bin' });
  });

  it('leaves the environment alone when nothing was handed over', () => {
    const env: Record<string, string | undefined> = { NODE_EXTRA_CA_CERTS: '/etc/own.pem' };
    expect(takeDeferredCaFile(env)).toBeUndefined();
    expect(env).toEqual({ NODE_EXTRA_CA_CERTS: '/etc/own.pem' });
  });
});
