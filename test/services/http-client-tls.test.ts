import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/core/errors.js';
import { DEFERRED_CA_VAR, takeDeferredCaFile, withoutKnownRoots } from '../../src/services/extra-ca.js';
import { createHttpClient } from '../../src/services/http-client.js';
import { redirect, sendBody, startLoopbackServer, type LoopbackServer } from '../helpers/loopback-server.js';

// A test CA and a 127.0.0.1 certificate it signed (test/fixtures/tls/README.md).
const TLS_DIR = join(import.meta.dirname, '..', 'fixtures', 'tls');
const CA_FILE = join(TLS_DIR, 'ca.pem');
const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Over TLS</title></channel></rss>';

describe('https with an extra CA file (a NODE_EXTRA_CA_CERTS Node did not load)', () => {
  let secure: LoopbackServer;
  let plain: LoopbackServer;

  beforeAll(async () => {
    secure = await startLoopbackServer({ '/feed': sendBody(FEED) }, {
      tls: { key: readFileSync(join(TLS_DIR, 'server-key.pem')), cert: readFileSync(join(TLS_DIR, 'server-cert.pem')) },
    });
    plain = await startLoopbackServer();
    plain.route('/moved', redirect(secure.url('/feed')));
  });
  afterAll(async () => {
    await secure.close();
    await plain.close();
  });

  it('refuses a certificate from an unknown CA without it', async () => {
    const error = await createHttpClient({ timeoutMs: 5000 }).get(secure.url('/feed')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).message).toBe('TLS certificate could not be verified');
  });

  it('trusts the CA in the file, besides Node\'s own roots', async () => {
    const warnings: string[] = [];
    const http = createHttpClient({ timeoutMs: 5000, extraCaFile: CA_FILE, warn: (m) => warnings.push(m) });
    const res = await http.get(secure.url('/feed'));
    expect(Buffer.from(res.bytes).toString('utf8')).toBe(FEED);
    expect(warnings).toEqual([]);
  });

  it('trusts it for an http URL redirected to https too', async () => {
    const http = createHttpClient({ timeoutMs: 5000, extraCaFile: CA_FILE });
    const res = await http.get(plain.url('/moved'));
    expect(res.url).toBe(secure.url('/feed'));
    expect(Buffer.from(res.bytes).toString('utf8')).toBe(FEED);
  });

  it('warns once and keeps Node\'s roots when the file cannot be read', async () => {
    const warnings: string[] = [];
    const missing = join(TLS_DIR, 'no-such-ca.pem');
    const http = createHttpClient({ timeoutMs: 5000, extraCaFile: missing, warn: (m) => warnings.push(m) });
    for (let i = 0; i < 2; i++) {
      const error = await http.get(secure.url('/feed')).catch((e: unknown) => e);
      expect((error as FetchError).message).toBe('TLS certificate could not be verified');
    }
    expect(warnings).toEqual([`extra CA certificates not loaded from ${missing} (ENOENT); NODE_EXTRA_CA_CERTS is ignored`]);
  });

  it('reads no CA file for plain http', async () => {
    const warnings: string[] = [];
    plain.route('/feed', sendBody(FEED));
    const http = createHttpClient({ timeoutMs: 5000, extraCaFile: join(TLS_DIR, 'no-such-ca.pem'), warn: (m) => warnings.push(m) });
    await http.get(plain.url('/feed'));
    expect(warnings).toEqual([]);
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

describe('withoutKnownRoots', () => {
  const ca = readFileSync(CA_FILE, 'utf8');
  const root = tls.rootCertificates[0];

  it('drops the certificates Node already holds and keeps the rest as it was', () => {
    // The same root with other line breaks is the same certificate.
    const rewrapped = root.replace(/\n/g, '\r\n');
    const bundle = `# a comment\n${rewrapped}\n${ca}`;
    const kept = withoutKnownRoots(bundle, tls.rootCertificates);
    expect(kept).toBe(`# a comment\n\n${ca}`);
  });

  it('keeps everything when nothing repeats', () => {
    expect(withoutKnownRoots(ca, tls.rootCertificates)).toBe(ca);
  });
});
