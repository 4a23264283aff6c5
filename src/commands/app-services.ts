import { join } from 'node:path';
import type { Edition } from '../core/edition/edition.js';
import type { ArticleService } from '../services/article-service.js';
import { createBookmarkStore } from '../services/bookmark-store.js';
import { loadNews } from '../services/news-service.js';
import { createUrlOpener } from '../services/open-url.js';
import { createReadStateStore } from '../services/read-state-store.js';
import type { AppServices, ArticlePort } from '../ui/services-context.js';
import type { Runtime } from './runtime.js';
import { terminalReordersBidi, type Env } from './terminal-caps.js';

/** How RTL text is emitted: as set, or for `auto`, left to terminals known to reorder bidi themselves. */
export function resolveBidi(setting: string, env: Env): 'terminal' | 'reorder' {
  if (setting === 'terminal' || setting === 'reorder') return setting;
  return terminalReordersBidi(env) ? 'terminal' : 'reorder';
}

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
        a.createArticleService({ http: rt.http, cache: c.createArticleCache({ dir: join(rt.paths.cache, 'articles'), now }), now }));
      return (await service).load(url, options);
    },
  };
  const bookmarks = createBookmarkStore({ dir: join(rt.paths.data, 'bookmarks'), now, warn });
  const services: AppServices = {
    news: {
      edition,
      load: ({ offline, signal }) => loadNews(rt.fetcher, edition, { offline: offline || rt.globals.offline, concurrency: rt.globals.concurrency, now: now(), signal }),
    },
    articles,
    bookmarks,
    readState: createReadStateStore({ dir: rt.paths.data, now, warn }),
    openUrl: createUrlOpener({ platform, env: rt.io.env }),
    now,
    refreshMinutes: rt.settings.get('refreshMinutes'),
    bidi: resolveBidi(rt.settings.get('bidi'), rt.io.env),
    offline: Boolean(rt.globals.offline),
    color: rt.color,
  };
  return services;
}
