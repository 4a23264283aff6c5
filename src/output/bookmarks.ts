import { bookmarkJson } from '../core/bookmarks/exchange-json.js';
import type { Bookmark } from '../core/bookmarks/types.js';
import { relativeTime } from '../core/text/relative-time.js';
import { sanitizeBlock, sanitizeLine } from '../core/text/sanitize.js';
import { displayWidth, fitToWidth, truncateToWidth } from '../core/text/width.js';
import type { Styler } from './style.js';
import type { View, ViewContext } from './view.js';

const ID_WIDTH = 12;
const AGE_WIDTH = 4;

/**
 * One row per bookmark: id, age, title, then source and tags as room allows, fitted to
 * the width. Link-only bookmarks (imported without their page) say so.
 */
function formatBookmarkRows(bookmarks: readonly Bookmark[], o: ViewContext): string {
  const rows = bookmarks.map((b) => {
    const id = fitToWidth(b.id, ID_WIDTH);
    const age = fitToWidth(relativeTime(b.savedAt, o.now), AGE_WIDTH, 'right');
    const title = sanitizeLine(b.title) || sanitizeLine(b.url);
    const source = sanitizeLine(b.source);
    const tags = b.tags.map((t) => `#${sanitizeLine(t)}`).join(' ');
    const extras = [source && `· ${source}`, tags, !b.hasArticle && '(link only)'].filter(Boolean).join('  ');
    const room = Math.max(10, o.rowWidth - ID_WIDTH - AGE_WIDTH - 4);
    // The title first; source and tags keep at least 12 columns when there are any.
    const titleRoom = extras ? Math.max(1, room - Math.min(displayWidth(extras), 12) - 2) : room;
    const shownTitle = truncateToWidth(title, titleRoom);
    const extraRoom = room - displayWidth(shownTitle) - 2;
    const shownExtras = extras && extraRoom > 0 ? truncateToWidth(extras, extraRoom) : '';
    return `${o.style.dim(id)}  ${age}  ${o.style.bold(shownTitle)}${shownExtras ? `  ${o.style.dim(shownExtras)}` : ''}`;
  });
  return rows.length ? `${rows.join('\n')}\n` : '';
}

/** A few lines about one bookmark (after `add`, `tag`). */
function formatBookmarkSummary(b: Bookmark, style: Styler): string {
  const lines = [`${style.bold(sanitizeLine(b.title))}`, `  ${style.dim('id')}      ${b.id}`, `  ${style.dim('url')}     ${sanitizeLine(b.url)}`];
  if (b.source) lines.push(`  ${style.dim('source')}  ${sanitizeLine(b.source)}`);
  if (b.tags.length) lines.push(`  ${style.dim('tags')}    ${b.tags.map(sanitizeLine).join(', ')}`);
  const note = sanitizeBlock(b.note);
  if (note) lines.push(`  ${style.dim('note')}    ${note.split('\n').join('\n          ')}`);
  return `${lines.join('\n')}\n`;
}

/** `bookmarks list` and `search`: rows fitted to the width, or the `empty` line; JSON `{query?, bookmarks}`. */
export const bookmarkList: View<{ query?: string; bookmarks: Bookmark[]; empty: string }> = {
  text: (d, ctx) => (d.bookmarks.length === 0 ? `${d.empty}\n` : formatBookmarkRows(d.bookmarks, ctx)),
  json: (d) => ({ query: d.query, bookmarks: d.bookmarks.map(bookmarkJson) }),
};

/** `bookmarks add`: saved (or updated) and the summary. */
export const bookmarkSaved: View<{ updated: boolean; bookmark: Bookmark }> = {
  text: (d, ctx) => `${d.updated ? 'updated' : 'saved'} for offline reading:\n${formatBookmarkSummary(d.bookmark, ctx.style)}`,
  json: (d) => ({ updated: d.updated, bookmark: bookmarkJson(d.bookmark) }),
};

/** `bookmarks remove`: the id and title gone. */
export const bookmarkRemoved: View<{ removed: Bookmark }> = {
  text: ({ removed }) => `removed ${removed.id} ${sanitizeLine(removed.title)}\n`,
  json: (d) => ({ removed: bookmarkJson(d.removed) }),
};

/** `bookmarks tag`: the tags it has now. */
export const bookmarkTagged: View<{ bookmark: Bookmark }> = {
  text: ({ bookmark: b }) => `${b.id} ${b.tags.length ? `tagged ${b.tags.map((t) => `#${t}`).join(' ')}` : 'has no tags now'}\n`,
  json: (d) => ({ bookmark: bookmarkJson(d.bookmark) }),
};

/** `bookmarks import`: the count imported, then the entries skipped and those without a saved page, if any. */
export const bookmarkImport: View<{ added: number; updated: number; skipped: number; withoutPage: number }> = {
  text: ({ added, updated, skipped, withoutPage }) => [
    `imported ${added + updated} bookmark${added + updated === 1 ? '' : 's'} (${added} new, ${updated} updated)\n`,
    skipped ? `skipped ${skipped} entr${skipped === 1 ? 'y' : 'ies'} without a usable http(s) or file URL\n` : '',
    withoutPage ? `${withoutPage} came without a saved page; tidings bookmarks add <url> saves one for offline reading\n` : '',
  ].join(''),
};
