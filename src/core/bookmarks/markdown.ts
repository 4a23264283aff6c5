import { sanitizeBlock, sanitizeLine } from '../text/sanitize.js';
import type { Bookmark } from './types.js';

// Everything CommonMark could read as markup or raw HTML in inline text.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>!|~&]/g;

/** Inline Markdown text that renders as exactly these characters (no links, no HTML). */
export function escapeMarkdown(text: string): string {
  const inline = sanitizeLine(text).replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
  // At the start of a line these would make a heading or a list item.
  if (/^[#+-]/.test(inline)) return `\\${inline}`;
  return inline.replace(/^(\d+)\./, '$1\\.');
}

/** A URL safe inside `<…>` in a Markdown link destination. */
export function markdownUrl(url: string): string {
  return sanitizeLine(url).replace(/[<>\s]/g, (c) => encodeURIComponent(c));
}

/** The bookmarks as a Markdown reading list (links, source, date, tags, note). */
export function exportMarkdown(bookmarks: readonly Bookmark[], now: Date): string {
  const lines = ['# Bookmarks', '', `_Exported from tidings on ${now.toISOString().slice(0, 10)}: ${bookmarks.length} bookmark${bookmarks.length === 1 ? '' : 's'}._`, ''];
  for (const b of bookmarks) {
    const details = [b.source && escapeMarkdown(b.source), b.savedAt.slice(0, 10), ...b.tags.map((t) => `#${escapeMarkdown(t)}`)].filter(Boolean);
    lines.push(`- [${escapeMarkdown(b.title) || markdownUrl(b.url)}](<${markdownUrl(b.url)}>) — ${details.join(' · ')}`);
    const note = sanitizeBlock(b.note);
    if (note) for (const line of note.split('\n')) lines.push(`  > ${escapeMarkdown(line)}`);
  }
  return `${lines.join('\n')}\n`;
}
