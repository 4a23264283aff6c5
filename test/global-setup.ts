import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One private temp directory for the whole run (os.tmpdir() reads TMPDIR, and the test
 * threads and every child process inherit it), removed at the end: the tests make
 * thousands of homes and stores, and the system temp dir must not keep them.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'tidings-vitest-'));
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
