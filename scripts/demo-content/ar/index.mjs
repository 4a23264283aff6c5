/** Arabic demo (demo-ar): every story and breaking item, by feed. All fictional. */
import { AR_ARTICLES, AR_VIDEOS } from './articles.mjs';
import { AR_BREAKING } from './breaking.mjs';
import { AR_DESKS } from './desks.mjs';
import { AR_NEWS } from './news.mjs';

/** The Arabic demo's stories (breaking items apart). */
export const AR_STORIES = [...AR_NEWS, ...AR_DESKS, ...AR_ARTICLES, ...AR_VIDEOS];
export { AR_BREAKING };
