import { join } from 'node:path';
import type { Article } from '../../src/core/article/types.js';
import { resolveEdition, type Edition } from '../../src/core/edition/edition.js';
import { countIndex } from '../../src/core/edition/counts.js';
import { createMessages } from '../../src/core/i18n/messages.js';
import { buildEditionIndex } from '../../src/core/edition/headlines.js';
import type { EditionSpec } from '../../src/core/edition/types.js';
import type { FeedItem, ParsedFeed } from '../../src/core/feed/types.js';
import { createBookmarkStore, type BookmarkStore } from '../../src/services/bookmark-store.js';
import { openDatabase } from '../../src/services/database.js';
import { createFeedStore } from '../../src/services/feed-store.js';
import { feedRows } from '../../src/services/feed-rows.js';
import { hitHeadline, searchItems } from '../../src/services/item-search.js';
import type { FeedFetchResult } from '../../src/services/feed-fetcher.js';
import type { NewsSnapshot } from '../../src/services/news-service.js';
import type { AppServices } from '../../src/ui/services-context.js';
import { tempDataDir } from './bookmarks.js';

/** The fixed "now" of UI tests. */
export const TEST_NOW = new Date('2026-11-25T10:00:00Z');

const BASE = 'https://news.test/';

/** A small edition with groups, leaves and a breaking feed. */
export const TEST_EDITION_SPEC: EditionSpec = {
  name: 'test',
  title: 'Test Edition',
  feeds: [{ url: 'feeds/wire.xml', title: 'Wire' }, { url: 'feeds/breaking.xml', title: 'Breaking' }],
  sections: [
    { id: 'news', title: 'News', children: [
      { id: 'politics', title: 'Politics', match: { paths: ['/news/politics/'] } },
      { id: 'economy', title: 'Economy', match: { paths: ['/news/economy/'] } },
    ] },
    { id: 'sport', title: 'Sport', match: { paths: ['/sport/'] } },
    { id: 'regions', title: 'Regions', children: [
      { id: 'europe', title: 'Europe', match: { paths: ['/regions/europe/'] } },
    ] },
  ],
  breaking: { feeds: ['feeds/breaking.xml'] },
};

/** A feed item at `path`, `minutesAgo` before {@link TEST_NOW}. */
export function item(id: string, title: string, path: string, minutesAgo: number, extra: Partial<FeedItem> = {}): FeedItem {
  return {
    id, title, link: `${BASE}${path.replace(/^\//, '')}${id}`,
    published: new Date(TEST_NOW.getTime() - minutesAgo * 60_000).toISOString(), updated: null,
    author: null, summary: `Summary of ${title}.`, contentHtml: null, categories: [], image: null, ...extra,
  };
}

const feed = (title: string, items: FeedItem[]): ParsedFeed => ({ format: 'rss', title, link: BASE, description: '', language: null, items });

/** The default wire: two politics, one economy, one sport, one europe item. */
export function defaultWire(): FeedItem[] {
  return [
    item('p1', 'Assembly passes the budget', '/news/politics/', 5),
    item('p2', 'Voting age committee reports', '/news/politics/', 120),
    item('e1', 'Central bank holds rates', '/news/economy/', 60),
    item('s1', 'Rovers win the cup', '/sport/', 30),
    item('r1', 'Rail treaty signed with Denmark', '/regions/europe/', 240),
  ];
}

/** Options of the fake services. */
export interface FakeOptions {
  wire?: FeedItem[];
  breaking?: FeedItem[];
  /** Items the network refresh adds (after the cached first load). */
  fresh?: FeedItem[];
  articles?: Record<string, Article | Error>;
  offline?: boolean;
  refreshMinutes?: number;
  failFeed?: string;
  /** Data dir of the bookmark database: pass another run's `data` to see its bookmarks (a restart). */
  data?: string;
  /** The speech port (default: one that records calls in `log.spoken` and speaks until stopped). */
  speech?: AppServices['speech'];
  /** The edition's notice (Edition.notice). */
  notice?: string;
  /** The app's language (--lang); default: the edition's. */
  lang?: string;
}

/** An article for a URL with numbered links and a long body. */
export function testArticle(url: string, title: string, paragraphs = 40): Article {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>Paragraph ${i + 1} of ${title}. ${i === 3 ? 'The needle sits here. ' : ''}Plain words to fill the line and wrap it.</p>`).join('');
  return {
    url, title, byline: 'Ana Ruiz', siteName: 'Wire', publishedTime: '2026-11-25T09:00:00Z', lang: 'en', dir: 'ltr', excerpt: null,
    contentHtml: `<p>See <a href="${BASE}linked/one">the first link</a> and <a href="${BASE}linked/two">another</a>.</p>${body}`,
    leadImage: null, tags: [], wordCount: 400, readingMinutes: 2,
  };
}

/** Everything the fake services recorded. */
export interface FakeLog {
  opened: string[];
  articleLoads: { url: string; offline?: boolean }[];
  newsLoads: { offline: boolean }[];
  readMarks: { keys: string[]; read: boolean }[];
  /** What the speech port was asked to say, and whether it was stopped. */
  spoken: { text: string; lang: string; signal: AbortSignal }[];
  searches: string[];
}

/**
 * Services for UI tests: news, articles and read marks in memory (no network, deterministic);
 * bookmarks are the real store over a real database in a temp dir.
 */
export function fakeServices(options: FakeOptions = {}): { services: AppServices; log: FakeLog; edition: Edition; store: BookmarkStore; data: string } {
  const edition = resolveEdition({ ...TEST_EDITION_SPEC, notice: options.notice }, `${BASE}editions/test.json`);
  const [wireUrl, breakingUrl] = edition.feeds.map((f) => f.url);
  const log: FakeLog = { opened: [], articleLoads: [], newsLoads: [], readMarks: [], spoken: [], searches: [] };
  let refreshed = false;
  const read = new Set<string>();
  const snapshot = (network: boolean): { snapshot: NewsSnapshot; feeds: Map<string, ParsedFeed> } => {
    const wire = [...(network && options.fresh ? options.fresh : []), ...(options.wire ?? defaultWire())];
    const feeds = new Map([[wireUrl, feed('Wire', wire)], [breakingUrl, feed('Breaking', options.breaking ?? [item('b1', 'Fog closes the airport', '/live/', 2), item('b2', 'Governor to speak at ten', '/live/', 10)])]]);
    const results: FeedFetchResult[] = edition.feeds.map((f) => options.failFeed === f.url && network
      ? { url: f.url, status: 'error', error: { reason: 'http-status', message: 'HTTP 403 Forbidden' }, stored: true, fromCache: true }
      : { url: f.url, status: network ? 'fetched' : 'cached', stored: true, title: feeds.get(f.url)?.title, items: feeds.get(f.url)?.items.length, fromCache: !network });
    const index = buildEditionIndex(edition, feeds, TEST_NOW);
    // As the database would count them: over the index, with the marks made so far.
    const counts = countIndex(index, (h) => read.has(h.key));
    return { feeds, snapshot: { edition, results, index, counts, read: new Set(index.all.filter((h) => read.has(h.key)).map((h) => h.key)), fetchedAt: TEST_NOW } };
  };
  // What the database would hold: every headline of the index once, newest first.
  const listed = () => {
    const { index } = snapshot(refreshed).snapshot;
    return [...new Map([...index.all, ...index.breaking].map((h) => [h.key, h])).values()];
  };
  const data = options.data ?? tempDataDir();
  const now = () => new Date();
  const database = openDatabase({ path: join(data, 'tidings.db'), now, warn: () => undefined });
  const store = createBookmarkStore({ database, now, warn: () => undefined });
  // What a load shows is also written to the real database, so search runs on the real index.
  const feedStore = createFeedStore(database.db, { days: 3650, items: 2000 });
  let writes = 0;
  const stored = (shown: { snapshot: NewsSnapshot; feeds: Map<string, ParsedFeed> }): NewsSnapshot => {
    const at = new Date(TEST_NOW.getTime() + writes++).toISOString();
    database.write(() => {
      for (const [url, parsed] of shown.feeds) feedStore.save(url, { finalUrl: url, etag: null, lastModified: null, contentType: null, bodyHash: at }, feedRows(url, parsed), at);
    });
    return shown.snapshot;
  };
  const services: AppServices = {
    news: {
      edition,
      async load({ offline }) {
        log.newsLoads.push({ offline });
        if (!offline) refreshed = true;
        return stored(snapshot(!offline || refreshed));
      },
      async search(query) {
        log.searches.push(query);
        return searchItems(database, query, { feedUrls: edition.feeds.map((f) => f.url), limit: 200 }).map((hit) => hitHeadline(edition, hit));
      },
      async sources() {
        return edition.feeds.map((f) => {
          const ofFeed = listed().filter((h) => h.feedUrl === f.url);
          return { url: f.url, title: f.title ?? f.url, total: ofFeed.length, unread: ofFeed.filter((h) => !read.has(h.key)).length };
        });
      },
      async sourceHeadlines(url) {
        const headlines = listed().filter((h) => h.feedUrl === url);
        return { headlines, read: new Set(headlines.filter((h) => read.has(h.key)).map((h) => h.key)) };
      },
    },
    articles: {
      async load(url, o) {
        log.articleLoads.push({ url, offline: o.offline });
        const found = options.articles?.[url];
        if (found instanceof Error) throw found;
        return { article: found ?? testArticle(url, `Article at ${url.slice(BASE.length)}`), fromCache: false, notice: null };
      },
    },
    bookmarks: store,
    readState: {
      async load() { return new Set(read); },
      async mark(keys, isRead) {
        log.readMarks.push({ keys, read: isRead });
        for (const k of keys) if (isRead) read.add(k); else read.delete(k);
      },
    },
    speech: options.speech ?? {
      engine: 'test-voice',
      speak(text, { lang, signal }) {
        log.spoken.push({ text, lang, signal });
        // Speaks until stopped, like a long article.
        return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
      },
    },
    async openUrl(url) {
      log.opened.push(url);
      return false;
    },
    now: () => new Date(),
    refreshMinutes: options.refreshMinutes ?? 15,
    bidi: 'reorder',
    messages: createMessages(options.lang ?? edition.lang),
    offline: options.offline ?? false,
    color: false,
  };
  return { services, log, edition, store, data };
}
