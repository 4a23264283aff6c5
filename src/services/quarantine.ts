import { existsSync, renameSync } from 'node:fs';

/**
 * Moves an unreadable store aside as `<name>.corrupt-<timestamp>` so it is never silently
 * emptied; returns the new path for the warning. A second file moved aside in the same
 * millisecond gets `-2`, `-3`…, never overwriting the first.
 */
export function quarantineFile(path: string, now: Date): string {
  const base = `${path}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
  let aside = base;
  for (let n = 2; existsSync(aside); n++) aside = `${base}-${n}`;
  renameSync(path, aside);
  return aside;
}
