/**
 * The cache-first rule: listings read the database, and go to the network first only when
 * the edition's stored news is older than `refreshMinutes` (or was never fetched at all).
 */

/** How a listing may use the network: as the rule says, always (--refresh) or never (--cached). */
export type NetworkUse = 'auto' | 'refresh' | 'cached';

/**
 * True when a listing should fetch before it prints. `lastRefreshMs` is when every feed of
 * the edition was last asked (the oldest of them), null when one never was. With
 * `refreshMinutes` 0 (auto-refresh off) only a never-fetched edition is fetched.
 */
export function shouldFetch(use: NetworkUse, lastRefreshMs: number | null, nowMs: number, refreshMinutes: number): boolean {
  if (use !== 'auto') return use === 'refresh';
  if (lastRefreshMs === null) return true;
  if (refreshMinutes <= 0) return false;
  return nowMs - lastRefreshMs >= refreshMinutes * 60_000;
}

/** When the stored news goes stale (epoch ms): the app's first background refresh is due then. */
export function staleAt(lastRefreshMs: number | null, refreshMinutes: number): number {
  if (lastRefreshMs === null) return 0;
  return refreshMinutes > 0 ? lastRefreshMs + refreshMinutes * 60_000 : Number.POSITIVE_INFINITY;
}
