import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_EDITION_LANG, resolveEdition, validateEditionSpec, type Edition } from '../core/edition/edition.js';
import { textDirection, type TextDirection } from '../core/edition/lang.js';
import type { EditionOverlay, EditionSpec } from '../core/edition/types.js';
import { UsageError } from '../core/errors.js';

/** The editions shipped in the package (`editions/*.json`), found from this file's location. */
export const BUILTIN_EDITIONS_DIR = fileURLToPath(new URL('../../editions/', import.meta.url));

/** One line about an edition for `tidings editions`. */
export interface EditionInfo {
  name: string;
  title: string;
  description: string;
  /** BCP 47 language tag of the edition's stories. */
  lang: string;
  /** Text direction derived from `lang`. */
  dir: TextDirection;
  builtin: boolean;
  file: string;
}

/** Finds and loads editions: the user's own (config/editions) shadow built-in ones. */
export interface EditionStore {
  list(): EditionInfo[];
  load(name: string, overlay?: EditionOverlay): Edition;
  /** True when a file (the user's or built in, readable or not) names the edition. */
  has(name: string): boolean;
  /** Writes a new user edition file `<userDir>/<name>.json`; returns its path. */
  create(spec: EditionSpec): string;
  /** Deletes the user's own edition file; a built-in edition (or none) is a UsageError. */
  remove(name: string): string;
}

// An edition name is a file name: no paths, no hidden files, nothing a shell must quote.
const EDITION_NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/i;

/** Throws UsageError unless `name` can be an edition's file name. */
export function checkEditionName(name: string): void {
  if (!EDITION_NAME.test(name)) throw new UsageError(`"${name}" cannot name an edition: use letters, digits, "-" and "_"`);
}

function readSpec(file: string): EditionSpec {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const spec = validateEditionSpec(json, file);
  // Editions are found by file name: a file naming another edition could never be opened by its name.
  const fileName = basename(file, '.json');
  if (spec.name !== fileName) throw new UsageError(`${file}: "name" is "${spec.name}", but the file is named ${fileName}.json: they must match`);
  return spec;
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
}

/** Creates a store over the built-in dir and the user's `config/editions` dir. */
export function createEditionStore(options: { userDir: string; builtinDir?: string }): EditionStore {
  const builtinDir = options.builtinDir ?? BUILTIN_EDITIONS_DIR;
  const sources = () => [
    ...jsonFiles(options.userDir).map((file) => ({ file, builtin: false })),
    ...jsonFiles(builtinDir).map((file) => ({ file, builtin: true })),
  ];
  const list = (): EditionInfo[] => {
    const seen = new Map<string, EditionInfo>();
    for (const { file, builtin } of sources()) {
      try {
        const spec = readSpec(file);
        if (!seen.has(spec.name)) {
          const lang = spec.lang ?? DEFAULT_EDITION_LANG;
          seen.set(spec.name, { name: spec.name, title: spec.title, description: spec.description ?? '', lang, dir: textDirection(lang), builtin, file });
        }
      } catch {
        // A broken user file must not hide the others; `load` reports it by name.
      }
    }
    return [...seen.values()];
  };
  const baseName = (file: string) => basename(file, '.json');
  return {
    list,
    // Two stats, not two directory listings: settings.json's edition is checked at every start.
    has: (name) => EDITION_NAME.test(name) && [options.userDir, builtinDir].some((dir) => existsSync(join(dir, `${name}.json`))),
    load(name, overlay) {
      for (const { file } of sources()) {
        if (baseName(file) !== name) continue;
        return resolveEdition(readSpec(file), pathToFileURL(file).href, overlay);
      }
      const known = list().map((e) => e.name).join(', ');
      throw new UsageError(`no edition named "${name}" (known: ${known || 'none'})`);
    },
    create(spec) {
      checkEditionName(spec.name);
      const file = join(options.userDir, `${spec.name}.json`);
      if (existsSync(file) || existsSync(join(builtinDir, `${spec.name}.json`))) throw new UsageError(`edition ${spec.name} already exists`);
      mkdirSync(options.userDir, { recursive: true });
      // Written aside and renamed, so a crash never leaves half a file the store would refuse.
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, `${JSON.stringify(spec, null, 2)}\n`, { flag: 'wx' });
      renameSync(temp, file);
      return file;
    },
    remove(name) {
      const file = join(options.userDir, `${name}.json`);
      if (!EDITION_NAME.test(name) || !existsSync(file)) {
        if (existsSync(join(builtinDir, `${name}.json`))) throw new UsageError(`edition ${name} is built in: only your own editions can be removed`);
        throw new UsageError(`no edition of yours named "${name}" (see: tidings editions)`);
      }
      rmSync(file);
      return file;
    },
  };
}
