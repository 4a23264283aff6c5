import type { Article } from '../article/types.js';

/** Schema version of `bookmarks/index.json` and the article files beside it. */
export const BOOKMARKS_SCHEMA_VERSION = 2;

/** One saved article as listed: everything but the body. Strings are terminal-safe. */
export interface Bookmark {
  /** Short stable id (12 hex chars) derived from the URL. */
  id: string;
  url: string;
  title: string;
  /** Feed title or site name the article came from. */
  source: string;
  /** Section id of the edition it was saved from, or ''. */
  section: string;
  /** ISO 8601 UTC time it was (last) saved. */
  savedAt: string;
  tags: string[];
  /** The user's note, or ''. */
  note: string;
  /** False for a bookmark imported without its page: it cannot be read offline. */
  hasArticle: boolean;
}

/** The index file: every bookmark, newest saved first. */
export interface BookmarkIndex {
  schemaVersion: number;
  bookmarks: Bookmark[];
}

/** The file that keeps one bookmark's article (`articles/<id>.json`). */
export interface ArticleFile {
  schemaVersion: number;
  /** The bookmark as it was when the body was written, to rebuild a lost index. */
  bookmark: Bookmark;
  article: Article;
}

/** A bookmark with its article, as exported, imported and migrated. */
export interface BookmarkEntry {
  bookmark: Bookmark;
  article: Article | null;
}

/** What `add` takes: the article is the reader's extraction of the page. */
export interface BookmarkInput {
  url: string;
  title: string;
  source: string;
  section: string;
  tags?: string[];
  note?: string;
  article: Article;
}
