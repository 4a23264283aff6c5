/**
 * Drops <script> (except JSON-LD) and <style> elements from page markup before a DOM is
 * built: they are removed anyway, and on news pages they are half the bytes (82% on the
 * corpus Guardian page). Scans like the HTML tokenizer does: comments and raw-text
 * elements (title, textarea, iframe…) are copied whole, so a "<script" inside them is text.
 */

const OPEN = /<(script|style|title|textarea|xmp|iframe|noembed|noframes)\b[^>]*>/iy;
const JSON_LD = /\btype\s*=\s*["']?application\/ld\+json/i;

/** `html` without script and style elements; everything else byte for byte. */
export function stripInertMarkup(html: string): string {
  let out = '';
  let copiedTo = 0;
  let i = html.indexOf('<');
  while (i !== -1) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end === -1) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    OPEN.lastIndex = i;
    const open = OPEN.exec(html);
    if (!open) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const name = open[1].toLowerCase();
    const close = new RegExp(`</${name}\\s*>`, 'ig');
    close.lastIndex = i + open[0].length;
    const found = close.exec(html);
    const end = found ? found.index + found[0].length : html.length;
    if ((name === 'script' && !JSON_LD.test(open[0])) || name === 'style') {
      out += html.slice(copiedTo, i);
      copiedTo = end;
    }
    i = html.indexOf('<', end);
  }
  return copiedTo === 0 ? html : out + html.slice(copiedTo);
}
