import { join } from 'node:path';
import { readJsonFile, writeFileAtomic } from './atomic-file.js';
import { quarantineFile } from './quarantine.js';

/** The file: headline key → ISO time it was read. */
interface ReadStateFile {
  version: 1;
  read: Record<string, string>;
}

/** Which headlines were read; kept small by pruning old and excess entries. */
export interface ReadStateStore {
  load(): Promise<Set<string>>;
  /** Marks keys read (or unread) and writes the file atomically. */
  mark(keys: string[], read: boolean): Promise<void>;
  readonly path: string;
}

/** Options: the data dir, a clock, how many entries and how many days to keep, a warning sink. */
export interface ReadStateOptions {
  dir: string;
  now: () => Date;
  maxEntries?: number;
  maxAgeDays?: number;
  warn?: (message: string) => void;
}

/**
 * Opens `read-state.json` in the data dir. Entries older than `maxAgeDays` (60) or beyond
 * the newest `maxEntries` (20,000) are dropped on write; feeds forget such items anyway.
 * A file that is not valid JSON is moved aside with a warning and a fresh one started.
 */
export function createReadStateStore(options: ReadStateOptions): ReadStateStore {
  const path = join(options.dir, 'read-state.json');
  const maxEntries = options.maxEntries ?? 20_000;
  const maxAgeMs = (options.maxAgeDays ?? 60) * 86_400_000;
  let entries: Promise<Map<string, string>> | null = null;
  // Writes are chained so two quick marks never race on the temp file or lose an entry.
  let writing: Promise<void> = Promise.resolve();

  // One load shared by every caller, so marks made before it finishes all land in the same map.
  const read = (): Promise<Map<string, string>> => {
    entries ??= readFile().catch((error: unknown) => {
      entries = null;
      throw error;
    });
    return entries;
  };

  const readFile = async (): Promise<Map<string, string>> => {
    let file: ReadStateFile | undefined;
    try {
      file = await readJsonFile<ReadStateFile>(path);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      const aside = quarantineFile(path, options.now());
      options.warn?.(`read marks were unreadable and were moved to ${aside}`);
    }
    const map = new Map<string, string>();
    if (file && typeof file.read === 'object' && file.read) {
      for (const [key, at] of Object.entries(file.read)) if (typeof at === 'string') map.set(key, at);
    }
    return map;
  };

  const prune = (map: Map<string, string>): Record<string, string> => {
    const cutoff = options.now().getTime() - maxAgeMs;
    const kept = [...map].filter(([, at]) => Date.parse(at) >= cutoff).sort((a, b) => b[1].localeCompare(a[1])).slice(0, maxEntries);
    map.clear();
    for (const [k, v] of kept) map.set(k, v);
    return Object.fromEntries(kept);
  };

  return {
    path,
    async load() {
      return new Set((await read()).keys());
    },
    async mark(keys, isRead) {
      const map = await read();
      const at = options.now().toISOString();
      for (const key of keys) {
        if (isRead) map.set(key, at);
        else map.delete(key);
      }
      const data: ReadStateFile = { version: 1, read: prune(map) };
      writing = writing.catch(() => undefined).then(() => writeFileAtomic(path, `${JSON.stringify(data)}\n`));
      await writing;
    },
  };
}
