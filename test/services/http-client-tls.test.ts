import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/core/errors.js';
import { createHttpClient } from '../../src/services/http-client.js';
import { redirect, sendBody, startLoopbackServer, type LoopbackServer } from '../helpers/loopback-server.js';

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Over TLS</title></channel></rss>';

// Trusting a CA of one's own is Node's job (NODE_EXTRA_CA_CERTS, see test/e2e/bin.test.ts);
// the client only has to refuse what Node does not trust, in one clear line.
describe('https from a CA Node does not trust', () => {
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

  it.each([
    ['an https URL', () => secure.url('/feed')],
    ['an http URL redirected to https', () => plain.url('/moved')],
  ])('refuses the certificate of %s with a FetchError naming the TLS check', async (_name, url) => {
    const error = await createHttpClient({ timeoutMs: 5000 }).get(url()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).message).toBe('TLS certificate could not be verified');
  });
});
