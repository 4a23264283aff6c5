/**
 * Where older tidings kept what the database holds now. Kept apart from the importers so a
 * command can tell whether there is anything to import without loading them (the feed
 * importer brings the whole feed parser: ~40 ms of CPU at every start otherwise).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TidingsPaths } from './paths.js';

/** The segmented feed cache (`index.json` + `*.seg`). */
export const legacyFeedCacheDir = (paths: TidingsPaths) => join(paths.cache, 'feeds');
/** The read marks file. */
export const legacyReadStateFile = (paths: TidingsPaths) => join(paths.data, 'read-state.json');
/** The bookmark folder (index + article files) and the schema-1 file. */
export const legacyBookmarkFiles = (paths: TidingsPaths) => [join(paths.data, 'bookmarks'), join(paths.data, 'bookmarks.json')];

/** True when any old file the heavy importers read is still there. */
export function hasLegacyFiles(paths: TidingsPaths): boolean {
  return [legacyFeedCacheDir(paths), legacyReadStateFile(paths), ...legacyBookmarkFiles(paths)].some((p) => existsSync(p));
}
