import { createServer, type IncomingHttpHeaders, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** Handles one request; may be async. Unknown paths get a plain 404. */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** What the server saw, for asserting on conditional headers and redirect hops. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

/** A real HTTP server on 127.0.0.1 with a route table and a request log. */
export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` (`https://` with the tls option) */
  readonly origin: string;
  /** Absolute URL for a path on this server. */
  url(path: string): string;
  /** Adds or replaces the handler for an exact path (query string ignored). */
  route(path: string, handler: Handler): void;
  /** Every request in arrival order. */
  readonly requests: RecordedRequest[];
  /** Requests to one path. */
  requestsTo(path: string): RecordedRequest[];
  /** Drops every open connection (hanging handlers included) and stops listening. */
  close(): Promise<void>;
}

// A test CA and the 127.0.0.1 certificate it signed (test/fixtures/tls/README.md).
const TLS_DIR = join(import.meta.dirname, '..', 'fixtures', 'tls');
/** The CA that signed the https loopback server's certificate (PEM file), trusted by nothing else. */
export const TEST_CA_FILE = join(TLS_DIR, 'ca.pem');

/** With `tls`, the server speaks https, with a certificate for 127.0.0.1 from TEST_CA_FILE. */
export interface LoopbackOptions {
  tls?: boolean;
}

/** Starts a server on an ephemeral port; `routes` seeds the route table. */
export async function startLoopbackServer(routes: Record<string, Handler> = {}, options: LoopbackOptions = {}): Promise<LoopbackServer> {
  const table = new Map(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const listener: RequestListener = (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers });
    const handler = table.get(path);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    Promise.resolve()
      .then(() => handler(req, res))
      .catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(error));
      else res.destroy();
    });
  };
  const server = options.tls
    ? createTlsServer({ key: readFileSync(join(TLS_DIR, 'server-key.pem')), cert: readFileSync(join(TLS_DIR, 'server-cert.pem')) }, listener)
    : createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => origin + path,
    route: (path, handler) => void table.set(path, handler),
    requests,
    requestsTo: (path) => requests.filter((r) => r.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A URL on 127.0.0.1 where nothing listens (a port we bound and released). */
export async function refusedUrl(path = '/'): Promise<string> {
  const server = await startLoopbackServer();
  const url = server.url(path);
  await server.close();
  return url;
}

/** Responds with a fixed body; sets Content-Length unless `chunked`. */
export function sendBody(
  body: string | Uint8Array,
  options: { status?: number; headers?: Record<string, string>; chunked?: boolean } = {},
): Handler {
  return (_req, res) => {
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
    const headers: Record<string, string> = { 'content-type': 'application/xml', ...options.headers };
    if (!options.chunked) headers['content-length'] = String(bytes.length);
    res.writeHead(options.status ?? 200, headers);
    res.end(bytes);
  };
}

/** Answers 304 when the request's If-None-Match / If-Modified-Since match, else the body. */
export function conditional(body: string, validators: { etag?: string; lastModified?: string }): Handler {
  return (req, res) => {
    const etagHit = validators.etag !== undefined && req.headers['if-none-match'] === validators.etag;
    const dateHit = validators.lastModified !== undefined && req.headers['if-modified-since'] === validators.lastModified;
    const headers: Record<string, string> = {};
    if (validators.etag) headers.etag = validators.etag;
    if (validators.lastModified) headers['last-modified'] = validators.lastModified;
    if (etagHit || dateHit) {
      res.writeHead(304, headers).end();
      return;
    }
    sendBody(body, { headers })(req, res);
  };
}

/** Redirects to `location` (relative to this server when it starts with `/`). */
export function redirect(location: string, status = 302): Handler {
  return (_req, res) => {
    res.writeHead(status, { location }).end();
  };
}

/** Never answers: the request hangs until the client gives up or the server closes. */
export function hang(): Handler {
  return () => undefined;
}

/** Sends headers at once, then a few bytes every `everyMs` forever (until the socket closes). */
export function dribble(everyMs = 20): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/xml' });
    res.write('<rss>');
    const timer = setInterval(() => res.write(' '), everyMs);
    res.on('close', () => clearInterval(timer));
  };
}

/** Streams chunks with no Content-Length, forever (until the socket closes). */
export function endless(options: { chunkBytes?: number; status?: number; contentType?: string } = {}): Handler {
  return (_req, res) => {
    res.writeHead(options.status ?? 200, { 'content-type': options.contentType ?? 'application/xml' });
    const chunk = Buffer.alloc(options.chunkBytes ?? 16 * 1024, 0x20);
    let open = true;
    res.on('close', () => (open = false));
    const pump = () => {
      while (open && res.write(chunk));
      if (open) res.once('drain', pump);
    };
    pump();
  };
}
