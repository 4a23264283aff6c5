import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/core/errors.js';
import { createHttpClient } from '../../src/services/http-client.js';
import { contentTypeForPath } from '../../src/services/file-fetch.js';

describe('createHttpClient on file: URLs', () => {
  let dir: string;
  const http = createHttpClient({ maxBytes: 1024 });
  const fileUrl = (name: string) => pathToFileURL(join(dir, name)).href;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tidings-file-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the bytes with a type from the extension and validators from the file', async () => {
    writeFileSync(join(dir, 'feed.xml'), '<rss/>');
    const res = await http.get(fileUrl('feed.xml'));
    expect(res).toMatchObject({ status: 200, url: fileUrl('feed.xml'), contentType: 'application/xml' });
    expect(Buffer.from(res.bytes).toString()).toBe('<rss/>');
    expect(res.etag).toMatch(/^".+"$/);
    expect(res.lastModified).toMatch(/GMT$/);
  });

  it('answers 304 while the ETag matches and 200 once the file changes', async () => {
    const path = join(dir, 'changing.rss');
    writeFileSync(path, '<rss>1</rss>');
    const first = await http.get(fileUrl('changing.rss'));
    const again = await http.get(fileUrl('changing.rss'), { etag: first.etag });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
    writeFileSync(path, '<rss>two</rss>');
    const changed = await http.get(fileUrl('changing.rss'), { etag: first.etag });
    expect(changed.status).toBe(200);
    expect(changed.etag).not.toBe(first.etag);
  });

  it('uses Last-Modified when no ETag is given', async () => {
    const path = join(dir, 'dated.atom');
    writeFileSync(path, '<feed/>');
    utimesSync(path, new Date('2024-01-01T00:00:00Z'), new Date('2024-01-01T00:00:00Z'));
    expect((await http.get(fileUrl('dated.atom'), { lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT' })).status).toBe(304);
    expect((await http.get(fileUrl('dated.atom'), { lastModified: 'Sun, 31 Dec 2023 00:00:00 GMT' })).status).toBe(200);
  });

  it.each([
    ['a.json', 'application/json'],
    ['a.html', 'text/html'],
    ['a.ATOM', 'application/xml'],
    ['a.txt', null],
  ])('guesses %s as %s', (name, type) => {
    expect(contentTypeForPath(name)).toBe(type);
  });

  it('reports a missing file or a directory as not-found', async () => {
    for (const url of [fileUrl('missing.xml'), pathToFileURL(dir).href]) {
      const error = await http.get(url).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FetchError);
      expect((error as FetchError).reason).toBe('not-found');
    }
  });

  it('applies the same size limit', async () => {
    writeFileSync(join(dir, 'big.xml'), 'x'.repeat(2048));
    const error = (await http.get(fileUrl('big.xml')).catch((e: unknown) => e)) as FetchError;
    expect(error.reason).toBe('too-large');
    expect(error.message).toBe('larger than 1 KB');
  });

  it('refuses a file URL with a remote host', async () => {
    const error = (await http.get('file://example.com/etc/passwd').catch((e: unknown) => e)) as FetchError;
    expect(error.reason).toBe('unsupported-url');
  });
});
