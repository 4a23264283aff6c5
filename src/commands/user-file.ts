import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TidingsError } from '../core/errors.js';
import type { Runtime } from './runtime.js';

/** A file the user named (an import), as text; a missing or unreadable one is one line naming it (exit 1). */
export function readUserFile(rt: Runtime, file: string): string {
  try {
    return readFileSync(resolve(rt.io.cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new TidingsError(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? (error as Error).message})`}`);
  }
}
