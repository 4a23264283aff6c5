import { Parser } from 'htmlparser2';
import { sanitizeBlock, sanitizeLine } from '../text/sanitize.js';
import { isoOr } from './model.js';
import { coerceBookmark } from './shape.js';
import type { Bookmark, BookmarkEntry } from './types.js';

/** The first line browsers look for in a bookmark file. */
export const NETSCAPE_DOCTYPE = '<!DOCTYPE NETSCAPE-Bookmark-file-1>';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value with `& < > " '` escaped (after terminal controls are removed). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

const unixSeconds = (iso: string) => String(Math.floor(Date.parse(iso) / 1000) || 0);

/**
 * The Netscape bookmark file browsers import and export: one `<DT><A>` per bookmark
 * with ADD_DATE (unix seconds) and TAGS, the note in `<DD>`. SOURCE and SECTION are
 * tidings' own attributes; browsers ignore them.
 */
export function exportNetscape(bookmarks: readonly Bookmark[]): string {
  const lines = [
    NETSCAPE_DOCTYPE,
    '<!-- This is an automatically generated file.',
    '     It will be read and overwritten.',
    '     DO NOT EDIT! -->',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Bookmarks</TITLE>',
    '<H1>Bookmarks</H1>',
    '<DL><p>',
  ];
  for (const b of bookmarks) {
    const attrs = [`HREF="${escapeHtml(sanitizeLine(b.url))}"`, `ADD_DATE="${unixSeconds(b.savedAt)}"`];
    if (b.tags.length) attrs.push(`TAGS="${escapeHtml(b.tags.map(sanitizeLine).join(','))}"`);
    if (b.source) attrs.push(`SOURCE="${escapeHtml(sanitizeLine(b.source))}"`);
    if (b.section) attrs.push(`SECTION="${escapeHtml(sanitizeLine(b.section))}"`);
    lines.push(`    <DT><A ${attrs.join(' ')}>${escapeHtml(sanitizeLine(b.title))}</A>`);
    const note = sanitizeBlock(b.note);
    if (note) lines.push(`    <DD>${note.split('\n').map(escapeHtml).join('<BR>')}`);
  }
  lines.push('</DL><p>');
  return `${lines.join('\n')}\n`;
}

/** True when the text looks like a Netscape bookmark file (or any HTML with links). */
export function looksLikeNetscape(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith(NETSCAPE_DOCTYPE.toLowerCase()) || head.startsWith('<!doctype html') || head.startsWith('<dl') || head.startsWith('<html');
}

interface Pending {
  attribs: Record<string, string>;
  title: string;
  note: string;
}

/**
 * Reads the bookmarks (every `<A HREF>`, folders flattened) from a Netscape bookmark
 * file as browsers write it. No articles: those need a fetch.
 */
export function parseNetscape(html: string, now: Date): { entries: BookmarkEntry[]; skipped: number } {
  const found: Pending[] = [];
  let pending: Pending | undefined;
  let mode: 'title' | 'note' | undefined;
  const finish = () => {
    if (pending) found.push(pending);
    pending = undefined;
    mode = undefined;
  };
  const parser = new Parser({
    onopentag(name, attribs) {
      if (name === 'a') {
        finish();
        pending = { attribs, title: '', note: '' };
        mode = 'title';
      } else if (name === 'dd' && pending) {
        mode = 'note';
      } else if (name === 'br' && mode === 'note' && pending) {
        pending.note += '\n';
      } else if (name === 'dt' || name === 'dl' || name === 'h3') {
        finish();
      }
    },
    ontext(text) {
      if (!pending) return;
      if (mode === 'title') pending.title += text;
      else if (mode === 'note') pending.note += text;
    },
    onclosetag(name) {
      if (name === 'a' && mode === 'title') mode = undefined;
      else if (name === 'dl') finish();
    },
  }, { decodeEntities: true });
  parser.end(html);
  finish();

  const fallback = now.toISOString();
  const entries: BookmarkEntry[] = [];
  for (const item of found) {
    const seconds = Number(item.attribs.add_date);
    const bookmark = coerceBookmark({
      url: item.attribs.href,
      title: item.title,
      source: item.attribs.source,
      section: item.attribs.section,
      savedAt: Number.isFinite(seconds) && seconds > 0 ? isoOr(seconds * 1000, fallback) : fallback,
      tags: (item.attribs.tags ?? '').split(','),
      note: item.note.replace(/[ \t]*\n[ \t]*/g, '\n').trim(),
      hasArticle: false,
    }, fallback);
    if (bookmark) entries.push({ bookmark, article: null });
  }
  return { entries, skipped: found.length - entries.length };
}
