import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/program.js';
import type { CliIO } from '../../src/commands/runtime.js';

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options for an in-process run: a TTY or not, env additions, a fixed clock. */
export interface RunCliOptions {
  home?: string;
  tty?: boolean;
  env?: Record<string, string | undefined>;
  now?: Date;
  cwd?: string;
  columns?: number;
  /** Screen rows of the fake terminal (with tty). */
  rows?: number;
}

/** A fresh TIDINGS_HOME in the temp dir. */
export function tempHome(): string {
  return mkdtempSync(join(tmpdir(), 'tidings-test-'));
}

/** Runs `tidings <args>` in-process with captured output (no colour unless tty). */
export async function runTidings(args: string[], options: RunCliOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => { stdout += s; return true; }, isTTY: options.tty ?? false, columns: options.columns ?? 80, rows: options.rows },
    stderr: { write: (s: string) => { stderr += s; return true; } },
    stdinIsTTY: options.tty ?? false,
    env: { TIDINGS_HOME: options.home ?? tempHome(), HOME: '/nonexistent', ...options.env },
    cwd: options.cwd ?? process.cwd(),
    now: () => options.now ?? new Date('2026-11-25T10:00:00Z'),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

/** Repository-relative path to the shared corpus, which a fresh clone does not have. */
export const CORPUS_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
