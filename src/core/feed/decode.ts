/**
 * Bytes → text for feeds: BOM first, then the HTTP charset, then the XML declaration,
 * else UTF-8. Legacy charsets go through iconv-lite: Node 20's TextDecoder maps
 * windows-1252 0x80–0x9F to C1 controls instead of “smart quotes” and €.
 */
import iconv from 'iconv-lite';

const utf8 = new TextDecoder('utf-8');
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
// Node 20 reads 'latin1' byte for byte (0x80–0x9F as C1 controls); fixed versions read it
// as windows-1252. Either way the C1 range is then mapped below, as iconv-lite maps it.
const latin1 = new TextDecoder('latin1');
const C1 = /[\u0080-\u009f]/;
const C1_ALL = /[\u0080-\u009f]/g;
// windows-1252 0x80–0x9F; the five unassigned bytes become U+FFFD.
const CP1252_C1 = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

// Browsers read these labels as windows-1252 and so do feed authors who write them.
const WINDOWS_1252_ALIASES = new Set([
  'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'iso88591', 'latin1', 'latin-1', 'l1', 'cp819',
  'ibm819', 'iso-ir-100', 'csisolatin1', 'us-ascii', 'ascii', 'ansi_x3.4-1968', 'cp1252',
  'windows-1252', 'x-cp1252',
]);
const UTF8_ALIASES = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'x-unicode20utf8']);

/**
 * Decodes feed bytes to a string (no BOM); never throws. With no declared charset, bytes
 * that are not valid UTF-8 are read as windows-1252; with one, bad bytes become U+FFFD.
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string | null): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return utf8.decode(bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return decodeWith(bytes.subarray(2), 'utf-16le');
  if (b0 === 0xfe && b1 === 0xff) return decodeWith(bytes.subarray(2), 'utf-16be');

  const label = charsetFromContentType(contentType) ?? sniffXmlEncoding(bytes);
  if (label) return decodeWith(bytes, normaliseLabel(label, bytes));
  // Nothing declared: UTF-8 if the bytes are valid UTF-8, else the old default
  // (feeds like UOL's ship bare latin-1 with no XML declaration at all).
  try {
    return stripBom(strictUtf8.decode(bytes));
  } catch {
    return decodeWith(bytes, 'windows-1252');
  }
}

/** The `charset` parameter of a Content-Type header, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;]+))/i.exec(contentType);
  const value = (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').trim();
  return value || null;
}

function sniffXmlEncoding(bytes: Uint8Array): string | null {
  // UTF-16 without a BOM still starts "<?" with a zero byte on one side.
  if (bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] === 0x3f && bytes[3] === 0) return 'utf-16le';
  if (bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0 && bytes[3] === 0x3f) return 'utf-16be';
  // Byte for byte (latin1); a spread into String.fromCharCode cost more than the whole decode.
  const head = latin1.decode(bytes.subarray(0, 1024));
  const m = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']\s*([A-Za-z0-9._:-]+)\s*["']/.exec(head);
  return m ? m[1] : null;
}

function normaliseLabel(label: string, bytes: Uint8Array): string {
  const lower = label.trim().toLowerCase();
  if (UTF8_ALIASES.has(lower)) return 'utf-8';
  if (WINDOWS_1252_ALIASES.has(lower)) return 'windows-1252';
  if (lower === 'utf-16' || lower === 'utf16') {
    // Without a BOM the zero byte tells the order; with none, the label is a lie.
    if (bytes[1] === 0) return 'utf-16le';
    return bytes[0] === 0 ? 'utf-16be' : 'utf-8';
  }
  return iconv.encodingExists(lower) ? lower : 'utf-8';
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  let text: string;
  if (encoding === 'utf-8') {
    text = utf8.decode(bytes);
  } else if (encoding === 'windows-1252') {
    // Native decoding: iconv-lite's per-byte loop and its tables cost more, cold.
    text = latin1.decode(bytes);
    if (C1.test(text)) text = text.replace(C1_ALL, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]);
  } else {
    text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  }
  return stripBom(text);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
