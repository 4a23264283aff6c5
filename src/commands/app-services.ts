import type { Edition } from '../core/edition/edition.js';
import { staleAt } from '../core/edition/freshness.js';
import { createMessages } from '../core/i18n/messages.js';
import { lastRefreshMs } from '../services/edition-freshness.js';
import { unreadEditionKeys } from '../services/item-marks.js';
import type { ArticleService } from '../services/article-service.js';
import { createBookmarkStore } from '../services/bookmark-store.js';
import { hitHeadline, searchItems } from '../services/item-search.js';
import { findMoreOnThis } from '../services/more-on-this.js';
import { DEFAULT_LIST_LIMIT, loadNews } from '../services/news-service.js';
import { createUrlOpener } from '../services/open-url.js';
import { createSpeaker } from '../services/speaker.js';
import { readSourceCounts, readSourceHeadlines } from '../services/source-rows.js';
import type { AppServices, ArticlePort } from '../ui/services-context.js';
import type { Runtime } from './runtime.js';
import { terminalReordersBidi, type Env } from './terminal-caps.js';

/** How RTL text is emitted: as set, or for `auto`, left to terminals known to reorder bidi themselves. */
export function resolveBidi(setting: string, env: Env): 'terminal' | 'reorder' {
  if (setting === 'terminal' || setting === 'reorder') return setting;
  return terminalReordersBidi(env) ? 'terminal' : 'reorder';
}

// Results the app's search lists: more than a screenful or two is for a narrower query.
const APP_SEARCH_LIMIT = 200;

/**
 * The real services for the app over the runtime. Warnings are held back (the screen
 * belongs to the app) and printed after it exits.
 */
export function createAppServices(rt: Runtime, edition: Edition, platform: NodeJS.Platform): AppServices {
  const warn = rt.warnAfter;
  const now = rt.io.now;
  // Extraction (linkedom, Readability) loads on the first article, not before the first frame.
  let service: Promise<ArticleService> | null = null;
  const articles: ArticlePort = {
    async load(url, options) {
      service ??= Promise.all([import('../services/article-service.js'), import('../services/article-cache.js')]).then(([a, c]) =>
        a.createArticleService({
          http: rt.http,
          cache: c.createArticleCache({ database: () => rt.database, now, capBytes: c.megabytes(rt.settings.get('articleCacheMB')), warn }),
          now,
        }));
      // Listings leave the feed's HTML body in the database: fetch it for the fallback now.
      const fallback = options.fallback && !options.fallback.contentHtml ? { ...options.fallback, contentHtml: rt.items.contentOf(options.fallback.link) } : options.fallback;
      return (await service).load(url, { ...options, fallback });
    },
  };
  const bookmarks = createBookmarkStore({ database: rt.database, now, warn });
  const services: AppServices = {
    news: {
      edition,
      load: ({ offline, signal }) => loadNews(rt.fetcher, () => rt.database.db, edition, { offline: offline || rt.globals.offline, concurrency: rt.globals.concurrency, now: now(), signal }),
      staleAt: () => staleAt(lastRefreshMs(rt.database.db, edition.feeds.map((f) => f.url)), rt.settings.get('refreshMinutes')),
      sources: async () => readSourceCounts(rt.database.db, edition),
      sourceHeadlines: async (url) => readSourceHeadlines(rt.database.db, edition, url, DEFAULT_LIST_LIMIT),
      search: async (query) => searchItems(rt.database, query, { feedUrls: edition.feeds.map((f) => f.url), limit: APP_SEARCH_LIMIT })
        .map((hit) => hitHeadline(edition, hit)),
      moreOnThis: async (subject) => findMoreOnThis(rt.database, subject, { feedUrls: edition.feeds.map((f) => f.url) }),
    },
    articles,
    bookmarks,
    // Read marks are `items.read_at`: one write per mark, which the database queues.
    readState: {
      load: async () => rt.items.readKeys(),
      mark: async (keys, read) => {
        rt.database.write(() => rt.items.mark(keys, read, now().toISOString()));
      },
      unreadKeys: async () => unreadEditionKeys(rt.database.db, edition),
    },
    speech: createSpeaker(platform, rt.io.env),
    openUrl: createUrlOpener({ platform, env: rt.io.env }),
    now,
    refreshMinutes: rt.settings.get('refreshMinutes'),
    bidi: resolveBidi(rt.settings.get('bidi'), rt.io.env),
    // --lang names the app's language; else the edition's (English where there is no catalogue).
    messages: createMessages(rt.globals.lang ?? edition.lang),
    offline: Boolean(rt.globals.offline),
    color: rt.color,
  };
  return services;
}
