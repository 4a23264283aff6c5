/** Spanish demo (demo-es): every story and breaking item, by feed. All fictional. */
import { ES_ARTICLES, ES_VIDEOS } from './articles.mjs';
import { ES_BREAKING } from './breaking.mjs';
import { ES_DESKS } from './desks.mjs';
import { ES_NEWS } from './news.mjs';

/** The Spanish demo's stories (breaking items apart). */
export const ES_STORIES = [...ES_NEWS, ...ES_DESKS, ...ES_ARTICLES, ...ES_VIDEOS];
export { ES_BREAKING };
