/**
 * Bytes → text for HTML pages: BOM, then the HTTP charset, then a `<meta charset>` /
 * `http-equiv` in the first 2 KB, else UTF-8 when the bytes are valid UTF-8 and
 * windows-1252 (the web's legacy default) when they are not.
 */
import { charsetFromContentType, decodeFeedBytes } from '../feed/decode.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

/** Decodes an HTML page; never throws, bad bytes become U+FFFD. */
export function decodeHtmlBytes(bytes: Uint8Array, contentType?: string | null): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  const bom = (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) || (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff);
  if (bom) return decodeFeedBytes(bytes, null);
  const label = charsetFromContentType(contentType) ?? sniffMetaCharset(bytes);
  if (label) return decodeFeedBytes(bytes, `text/html; charset=${label}`);
  return decodeFeedBytes(bytes, `text/html; charset=${isValidUtf8(bytes) ? 'utf-8' : 'windows-1252'}`);
}

/** The charset a page declares in a meta tag near its start, or null. */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  // Latin-1 view of the head: every byte maps to one char, so ASCII markup is readable
  // whatever the real encoding is (UTF-16 pages carry a BOM and never get here).
  const head = latin1.decode(bytes.subarray(0, 2048)).replace(/<!--[\s\S]*?-->/g, '');
  const m = META_CHARSET.exec(head);
  return m ? m[1] : null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
