import { mergeTags, normalizeTags } from './model.js';
import type { Bookmark } from './types.js';
import { sanitizeBlock, sanitizeLine } from '../text/sanitize.js';

/**
 * The bookmark to store when `incoming` arrives for a URL that may already be saved.
 * An import (`exact` false) keeps the existing id and date, merges tags and fills in what
 * the incoming entry has; a restore (`exact` true) puts the entry back as it was. `id` is
 * the id to use for a new row; strings come out sanitised.
 */
export function mergeBookmark(existing: Bookmark | undefined, incoming: Bookmark, hasArticle: boolean, exact: boolean, id: string): Bookmark {
  const clean: Bookmark = {
    ...incoming,
    title: sanitizeLine(incoming.title),
    source: sanitizeLine(incoming.source),
    section: sanitizeLine(incoming.section),
    tags: normalizeTags(incoming.tags),
    note: sanitizeBlock(incoming.note),
  };
  if (existing && !exact) {
    return {
      ...existing,
      title: clean.title || existing.title,
      source: clean.source || existing.source,
      section: clean.section || existing.section,
      tags: mergeTags(existing.tags, clean.tags),
      note: clean.note || existing.note,
      hasArticle: existing.hasArticle || hasArticle,
    };
  }
  return { ...clean, id: existing?.id ?? id, url: existing?.url ?? incoming.url, title: clean.title || incoming.url, hasArticle };
}
