import { createContext, useContext, type ReactNode } from 'react';
import type { Article, StoryList } from '../core/article/types.js';
import type { Bookmark, BookmarkEntry, BookmarkInput } from '../core/bookmarks/types.js';
import type { Edition } from '../core/edition/edition.js';
import type { Headline } from '../core/edition/headlines.js';
import type { Messages } from '../core/i18n/messages.js';
import type { FeedFallback } from '../services/article-service.js';
import type { MoreOnThisSubject } from '../services/more-on-this.js';
import type { NewsSnapshot } from '../services/news-service.js';
import type { SourceCount } from '../services/source-rows.js';

/** Where headlines come from: the edition, loaded from cache (offline) or the network. */
export interface NewsPort {
  edition: Edition;
  /** `signal` aborts the fetches in flight (the app quitting must not wait for them). */
  load(options: { offline: boolean; signal?: AbortSignal }): Promise<NewsSnapshot>;
  /**
   * When the stored news goes stale (epoch ms; 0 when never fetched): the app's first
   * background refresh waits until then (cache first). Absent: refresh at once.
   */
  staleAt?(): number;
  /** The edition's sources (feeds) with item and unread counts, as stored. */
  sources(): Promise<SourceCount[]>;
  /** One source's newest headlines, as stored. */
  sourceHeadlines(url: string): Promise<{ headlines: Headline[]; read: Set<string> }>;
  /** Stored headlines of the edition holding every word of `query`, best first; never fetches. */
  search(query: string): Promise<Headline[]>;
  /** Stored stories of the edition like an article ("More on this"), best first; never fetches. */
  moreOnThis?(subject: MoreOnThisSubject): Promise<StoryList['stories']>;
}

/** A readable article for a URL, with the feed item's content as a fallback. */
export interface ArticlePort {
  /** `signal` aborts the page fetch (the reader closed, or the app quit). */
  load(url: string, options: { offline?: boolean; fallback?: ArticleFallback; signal?: AbortSignal }): Promise<{ article: Article; fromCache: boolean; notice: string | null }>;
}

/** What the feed knew about an item, for when the page cannot be made readable. */
export type ArticleFallback = FeedFallback;

/** The bookmark store as the app uses it. Reading never touches the network. */
export interface BookmarkPort {
  list(): Promise<Bookmark[]>;
  search(query: string): Promise<Bookmark[]>;
  readArticle(id: string): Promise<Article | undefined>;
  add(input: BookmarkInput): Promise<Bookmark>;
  remove(idOrUrl: string): Promise<unknown>;
  /** Removes and hands back the entry so it can be restored (undo). */
  take(idOrUrl: string): Promise<BookmarkEntry | undefined>;
  restore(entry: BookmarkEntry): Promise<Bookmark>;
  setTags(id: string, tags: string[]): Promise<unknown>;
  urls(): Promise<Set<string>>;
}

/** Which headlines were read, kept in the data dir. */
export interface ReadStatePort {
  load(): Promise<Set<string>>;
  mark(keys: string[], read: boolean): Promise<void>;
  /** Keys of every unread item of the edition's whole history (not only the ones loaded). */
  unreadKeys?(): Promise<string[]>;
}

/** Reading an article aloud with the machine's speech engine. */
export interface SpeechPort {
  /** The engine's name, or null when none is installed. */
  engine: string | null;
  /** Speaks `text` in `lang`; resolves when it ends or `signal` stops it. */
  speak(text: string, options: { lang: string; signal: AbortSignal }): Promise<void>;
}

/** What the command read before the UI loaded: the app starts drawing with it. */
export interface Preloaded {
  news: NewsSnapshot;
  read: Set<string>;
  bookmarked: Set<string>;
  /**
   * When the stored news goes stale (epoch ms; Infinity offline): a refresh starts at once
   * when that is past (the top bar says "refreshing"), else the first one waits for it.
   */
  staleAt: number;
}

/** Everything the UI may do outside itself; the UI never fetches or touches disk directly. */
export interface AppServices {
  news: NewsPort;
  articles: ArticlePort;
  bookmarks: BookmarkPort;
  readState: ReadStatePort;
  speech: SpeechPort;
  /** Opens a URL in the browser; false when there is no display (show the URL instead). */
  openUrl(url: string): Promise<boolean>;
  now(): Date;
  /** Minutes between background refreshes; 0 turns it off. */
  refreshMinutes: number;
  bidi: 'terminal' | 'reorder';
  /** The app's own words: the edition's language, or the one --lang names (English when there is no catalogue for it). */
  messages: Messages;
  /** --offline: cache only, never the network. */
  offline: boolean;
  color: boolean;
  /** Ctrl-Z: hands the terminal back and stops; resolves on `fg` (absent where there is no job control). */
  suspend?(): Promise<void>;
  /** Cached headlines and marks already in memory (cache-first start), if any. */
  preloaded?: Preloaded;
}

const ServicesContext = createContext<AppServices | null>(null);

/** Provides the services to every screen. */
export function ServicesProvider({ services, children }: { services: AppServices; children?: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The services; throws when used outside <ServicesProvider> so a missing provider fails loudly. */
export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() must be used inside <ServicesProvider>');
  return services;
}
