import { renameSync } from 'node:fs';

/**
 * Moves an unreadable store aside as `<name>.corrupt-<timestamp>` so it is never silently
 * emptied; returns the new path for the warning.
 */
export function quarantineFile(path: string, now: Date): string {
  const aside = `${path}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
  renameSync(path, aside);
  return aside;
}
