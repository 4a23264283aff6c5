import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FetchError } from '../core/errors.js';
import { formatByteLimit } from './fetch-messages.js';
import type { HttpGetOptions, HttpResponse } from './http-client.js';

const TYPES: Record<string, string> = {
  '.xml': 'application/xml',
  '.rss': 'application/xml',
  '.atom': 'application/xml',
  '.rdf': 'application/xml',
  '.json': 'application/json',
  '.html': 'text/html',
  '.htm': 'text/html',
};

/** Content type from the file extension, or null when unknown. */
export function contentTypeForPath(path: string): string | null {
  return TYPES[extname(path).toLowerCase()] ?? null;
}

function notFound(url: string, message: string, cause?: unknown): FetchError {
  return new FetchError(url, 'not-found', message, undefined, { cause });
}

/**
 * Reads a `file:` URL like an HTTP GET: same size limit, an ETag from size and mtime, and
 * a 304 when the caller's ETag (or Last-Modified) still matches, so the cache path is shared.
 */
export async function fetchFileUrl(url: string, maxBytes: number, opts: HttpGetOptions): Promise<HttpResponse> {
  let path: string;
  try {
    path = fileURLToPath(url);
  } catch (error) {
    throw new FetchError(url, 'unsupported-url', 'not a local file URL', undefined, { cause: error });
  }
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ENOENT' || error.code === 'ENOTDIR'
      ? notFound(url, 'no such file', error)
      : new FetchError(url, 'network', `cannot read file (${error.code ?? error.message})`, undefined, { cause: error });
  });
  if (!info.isFile()) throw notFound(url, 'not a regular file');
  if (info.size > maxBytes) throw new FetchError(url, 'too-large', `larger than ${formatByteLimit(maxBytes)}`);
  const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const lastModified = info.mtime.toUTCString();
  const contentType = contentTypeForPath(path);
  const unchanged = opts.etag
    ? opts.etag === etag
    : Boolean(opts.lastModified) && Math.floor(info.mtimeMs / 1000) <= Date.parse(opts.lastModified ?? '') / 1000;
  if (unchanged) return { status: 304, url, bytes: new Uint8Array(0), contentType, etag, lastModified };
  let bytes: Buffer;
  try {
    bytes = await readFile(path, { signal: opts.signal });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.name === 'AbortError') throw new FetchError(url, 'cancelled', 'cancelled', undefined, { cause: error });
    if (e.code === 'ENOENT') throw notFound(url, 'no such file', error);
    throw new FetchError(url, 'network', `cannot read file (${e.code ?? e.message})`, undefined, { cause: error });
  }
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes) throw new FetchError(url, 'too-large', `larger than ${formatByteLimit(maxBytes)}`);
  return { status: 200, url, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), contentType, etag, lastModified };
}
