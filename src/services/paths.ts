import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Where tidings keeps its files. */
export interface TidingsPaths {
  config: string;
  data: string;
  cache: string;
}

/**
 * XDG base directories, or all three under one folder when `home` (from `--home` or
 * TIDINGS_HOME) is given, which tests and portable installs use.
 */
export function resolvePaths(env: Record<string, string | undefined>, home?: string): TidingsPaths {
  const root = home ?? env.TIDINGS_HOME;
  if (root) {
    const base = resolve(root);
    return { config: join(base, 'config'), data: join(base, 'data'), cache: join(base, 'cache') };
  }
  const user = env.HOME || homedir();
  const xdg = (name: string, fallback: string) => resolve(env[name] || join(user, fallback), 'tidings');
  return {
    config: xdg('XDG_CONFIG_HOME', '.config'),
    data: xdg('XDG_DATA_HOME', '.local/share'),
    cache: xdg('XDG_CACHE_HOME', '.cache'),
  };
}
