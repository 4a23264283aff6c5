import type { Bookmark } from '../core/bookmarks/types.js';
import { relativeTime } from '../core/text/relative-time.js';
import { sanitizeBlock, sanitizeLine } from '../core/text/sanitize.js';
import { displayWidth, fitToWidth, truncateToWidth } from '../core/text/width.js';
import type { Styler } from './style.js';

/** Layout of the bookmark rows. */
export interface BookmarkRowOptions {
  width: number;
  now: Date;
  style: Styler;
}

const ID_WIDTH = 12;
const AGE_WIDTH = 4;

/**
 * One row per bookmark: id, age, title, then source and tags as room allows, fitted to
 * the width. Link-only bookmarks (imported without their page) say so.
 */
export function formatBookmarkRows(bookmarks: readonly Bookmark[], o: BookmarkRowOptions): string {
  const rows = bookmarks.map((b) => {
    const id = fitToWidth(b.id, ID_WIDTH);
    const age = fitToWidth(relativeTime(b.savedAt, o.now), AGE_WIDTH, 'right');
    const title = sanitizeLine(b.title) || sanitizeLine(b.url);
    const source = sanitizeLine(b.source);
    const tags = b.tags.map((t) => `#${sanitizeLine(t)}`).join(' ');
    const extras = [source && `· ${source}`, tags, !b.hasArticle && '(link only)'].filter(Boolean).join('  ');
    const room = Math.max(10, o.width - ID_WIDTH - AGE_WIDTH - 4);
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
export function formatBookmarkSummary(b: Bookmark, style: Styler): string {
  const lines = [`${style.bold(sanitizeLine(b.title))}`, `  ${style.dim('id')}      ${b.id}`, `  ${style.dim('url')}     ${sanitizeLine(b.url)}`];
  if (b.source) lines.push(`  ${style.dim('source')}  ${sanitizeLine(b.source)}`);
  if (b.tags.length) lines.push(`  ${style.dim('tags')}    ${b.tags.map(sanitizeLine).join(', ')}`);
  const note = sanitizeBlock(b.note);
  if (note) lines.push(`  ${style.dim('note')}    ${note.split('\n').join('\n          ')}`);
  return `${lines.join('\n')}\n`;
}
