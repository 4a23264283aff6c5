/** When an edition's feeds were last asked for news, from their rows. */
import type { Db } from './database.js';

/**
 * The time (epoch ms) every one of `urls` had last been asked (answered, 304 or failed): the
 * oldest of their last tries; null when one of them was never tried.
 */
export function lastRefreshMs(db: Db, urls: readonly string[]): number | null {
  const wanted = [...new Set(urls)];
  if (wanted.length === 0) return null;
  const row = db.prepare(`SELECT count(*) AS n, min(max(coalesce(checked_at, ''), coalesce(error_at, ''))) AS oldest
    FROM feeds WHERE url IN (SELECT value FROM json_each(?))`).get(JSON.stringify(wanted)) as { n: number; oldest: string | null };
  if (row.n < wanted.length || !row.oldest) return null;
  const at = Date.parse(row.oldest);
  return Number.isNaN(at) ? null : at;
}
