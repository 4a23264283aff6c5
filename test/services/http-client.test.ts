import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, type FetchFailure } from '../../src/core/errors.js';
import { createHttpClient, FEED_ACCEPT, USER_AGENT, type HttpClient } from '../../src/services/http-client.js';
import {
  conditional,
  dribble,
  endless,
  hang,
  redirect,
  refusedUrl,
  sendBody,
  startLoopbackServer,
  type LoopbackServer,
} from '../helpers/loopback-server.js';

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>';
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

/** Runs `promise`, expects a FetchError, returns it for further checks. */
async function failure(promise: Promise<unknown>, reason: FetchFailure): Promise<FetchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  expect((error as FetchError).reason).toBe(reason);
  return error as FetchError;
}

describe('createHttpClient over a loopback server', () => {
  let server: LoopbackServer;
  let http: HttpClient;

  beforeAll(async () => {
    server = await startLoopbackServer({ '/feed': sendBody(FEED, { headers: { etag: '"v1"', 'last-modified': 'Mon, 01 Jan 2024 00:00:00 GMT' } }) });
    http = createHttpClient({ timeoutMs: 300, maxBytes: 1024 * 1024 });
  });
  afterAll(() => server.close());

  it('returns the body, type, validators and sends a real UA, feed Accept and Accept-Encoding', async () => {
    const res = await http.get(server.url('/feed'));
    expect(res).toMatchObject({ status: 200, url: server.url('/feed'), contentType: 'application/xml', etag: '"v1"', lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT' });
    expect(text(res.bytes)).toBe(FEED);
    const sent = server.requestsTo('/feed').at(-1)!.headers;
    expect(sent['user-agent']).toBe(USER_AGENT);
    expect(sent.accept).toBe(FEED_ACCEPT);
    expect(sent['accept-encoding']).toMatch(/gzip/);
    expect(sent['if-none-match']).toBeUndefined();
  });

  it('lets the caller override Accept', async () => {
    await http.get(server.url('/feed'), { accept: 'text/html' });
    expect(server.requestsTo('/feed').at(-1)!.headers.accept).toBe('text/html');
  });

  it('sends If-None-Match and reports 304 with an empty body', async () => {
    server.route('/etag', conditional(FEED, { etag: '"abc"' }));
    const first = await http.get(server.url('/etag'));
    expect(first.status).toBe(200);
    const second = await http.get(server.url('/etag'), { etag: first.etag });
    expect(second).toMatchObject({ status: 304, etag: '"abc"' });
    expect(second.bytes.length).toBe(0);
    expect(server.requestsTo('/etag').at(-1)!.headers['if-none-match']).toBe('"abc"');
  });

  it('sends If-Modified-Since and reports 304', async () => {
    const lastModified = 'Tue, 02 Jan 2024 10:00:00 GMT';
    server.route('/lm', conditional(FEED, { lastModified }));
    const res = await http.get(server.url('/lm'), { lastModified });
    expect(res.status).toBe(304);
    expect(server.requestsTo('/lm').at(-1)!.headers['if-modified-since']).toBe(lastModified);
  });

  it('follows a 301 → 302 → 307 chain and reports the final URL', async () => {
    server.route('/r1', redirect('/r2', 301));
    server.route('/r2', redirect('/r3', 302));
    server.route('/r3', redirect(server.url('/feed'), 307));
    const res = await http.get(server.url('/r1'));
    expect(res.url).toBe(server.url('/feed'));
    expect(text(res.bytes)).toBe(FEED);
  });

  it('follows exactly 5 redirects and fails on the 6th', async () => {
    for (let i = 0; i < 6; i++) server.route(`/hop${i}`, redirect(`/hop${i + 1}`));
    server.route('/hop6', sendBody(FEED));
    server.route('/five', redirect('/hop2')); // five, hop2..hop5: 5 hops
    expect((await http.get(server.url('/five'))).url).toBe(server.url('/hop6'));
    const error = await failure(http.get(server.url('/hop0')), 'too-many-redirects'); // hop0..hop5: 6 hops
    expect(error.message).toBe('more than 5 redirects');
  });

  it('refuses a redirect to a file: URL', async () => {
    server.route('/to-file', redirect('file:///etc/passwd'));
    await failure(http.get(server.url('/to-file')), 'unsupported-url');
  });

  it.each([
    [403, 'HTTP 403 Forbidden'],
    [404, 'HTTP 404 Not Found'],
    [500, 'HTTP 500 Internal Server Error'],
  ])('turns status %i into http-status "%s"', async (status, message) => {
    server.route(`/status${status}`, sendBody('<html>nope</html>', { status, headers: { 'content-type': 'text/html' } }));
    const error = await failure(http.get(server.url(`/status${status}`)), 'http-status');
    expect(error.status).toBe(status);
    expect(error.message).toBe(message);
  });

  it('does not echo the server reason phrase', async () => {
    server.route('/weird', (_req, res) => {
      res.writeHead(418, 'Totally Fine', {}).end();
    });
    const error = await failure(http.get(server.url('/weird')), 'http-status');
    expect(error.message).toBe("HTTP 418 I'm a Teapot");
  });

  it('times out when the server never answers', async () => {
    server.route('/hang', hang());
    const error = await failure(http.get(server.url('/hang')), 'timeout');
    expect(error.message).toBe('timed out after 0.3 s');
  });

  it('times out on headers followed by an endless slow body, and drops the connection', async () => {
    let closed!: Promise<void>;
    server.route('/dribble', (req, res) => {
      closed = new Promise((resolve) => res.on('close', resolve));
      dribble(20)(req, res);
    });
    await failure(http.get(server.url('/dribble')), 'timeout');
    await closed;
  });

  it('does not read the body of an error status (an endless one included)', async () => {
    let closed!: Promise<void>;
    server.route('/endless-500', (req, res) => {
      closed = new Promise((resolve) => res.on('close', resolve));
      endless({ status: 500 })(req, res);
    });
    const roomy = createHttpClient({ timeoutMs: 10_000, maxBytes: 1024 ** 3 });
    expect((await failure(roomy.get(server.url('/endless-500')), 'http-status')).status).toBe(500);
    await closed;
  });

  it('tells a caller cancel from a timeout', async () => {
    const controller = new AbortController();
    server.route('/cancel-me', () => controller.abort());
    await failure(http.get(server.url('/cancel-me'), { signal: controller.signal }), 'cancelled');
    await failure(http.get(server.url('/feed'), { signal: AbortSignal.abort() }), 'cancelled');
  });

  it('cancels during a dribbling body too', async () => {
    const controller = new AbortController();
    server.route('/dribble-cancel', (req, res) => {
      dribble(10)(req, res);
      setTimeout(() => controller.abort(), 30);
    });
    const slow = createHttpClient({ timeoutMs: 10_000 });
    await failure(slow.get(server.url('/dribble-cancel'), { signal: controller.signal }), 'cancelled');
  });

  it('refuses a declared Content-Length over the limit', async () => {
    server.route('/big', sendBody(Buffer.alloc(2 * 1024 * 1024, 0x20)));
    const error = await failure(http.get(server.url('/big')), 'too-large');
    expect(error.message).toBe('larger than 1 MB');
  });

  it('stops an endless chunked body at the limit', async () => {
    server.route('/endless', endless());
    const roomy = createHttpClient({ timeoutMs: 10_000, maxBytes: 256 * 1024 });
    const error = await failure(roomy.get(server.url('/endless')), 'too-large');
    expect(error.message).toBe('larger than 256 KB');
  });

  it('stops a gzip bomb after decompression', async () => {
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(64 * 1024);
    server.route('/bomb', sendBody(bomb, { headers: { 'content-encoding': 'gzip' } }));
    await failure(http.get(server.url('/bomb')), 'too-large');
  });

  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ] as const)('decodes %s bodies', async (encoding, compress) => {
    server.route(`/enc-${encoding}`, sendBody(compress(Buffer.from(FEED)), { headers: { 'content-encoding': encoding } }));
    expect(text((await http.get(server.url(`/enc-${encoding}`))).bytes)).toBe(FEED);
  });

  it('reports a broken compressed body as a network error', async () => {
    server.route('/bad-gzip', sendBody('definitely not gzip', { headers: { 'content-encoding': 'gzip' } }));
    await failure(http.get(server.url('/bad-gzip')), 'network');
  });

  it('reports a connection closed mid-body as a network error', async () => {
    server.route('/cut', (_req, res) => {
      res.writeHead(200, { 'content-length': '1000' });
      res.write('<rss>');
      setTimeout(() => res.destroy(), 10);
    });
    await failure(http.get(server.url('/cut')), 'network');
  });

  it('reports connection refused', async () => {
    const error = await failure(http.get(await refusedUrl('/feed')), 'network');
    expect(error.message).toBe('connection refused');
  });

  it.each(['ftp://example.com/feed', 'not a url', 'javascript:alert(1)', 'data:text/plain,hi'])('refuses %s', async (url) => {
    await failure(http.get(url), 'unsupported-url');
  });
});
