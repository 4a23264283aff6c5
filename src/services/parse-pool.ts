/**
 * Feed parsing on worker threads, so a big refresh parses on another core while the main
 * thread keeps talking HTTP. Workers start on the first job and never keep the process
 * alive while idle.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FeedParseError } from '../core/errors.js';
import type { ParsedFeed } from '../core/feed/types.js';
import type { FeedRows } from './feed-rows.js';

/** One job, as posted to a worker: parse a feed body, or make its rows to store. */
export interface ParseJob {
  id: number;
  kind: 'parse' | 'rows';
  bytes: Uint8Array;
  contentType: string | null;
  url: string;
  /** For 'rows': the feed's URL as configured (item keys come from it). */
  feedUrl?: string;
}

/** What a job makes. */
export type ParseResult = ParsedFeed | FeedRows;

/** A worker's answer to one job. */
export type ParseReply =
  | { id: number; value: ParseResult; error?: undefined }
  | { id: number; value?: undefined; error: { message: string; notAFeed: boolean } };

/** Parses feed bodies off the main thread. */
export interface ParsePool {
  /** Decodes and parses like parseFeedBody; rejects with FeedParseError when it is not a feed. */
  parse(bytes: Uint8Array, contentType: string | null, url: string): Promise<ParsedFeed>;
  /** Like parseFeedRows: parses a body fetched for `feedUrl` into the rows to store. */
  rows(bytes: Uint8Array, contentType: string | null, url: string, feedUrl: string): Promise<FeedRows>;
  /** Starts the workers now, so they boot while the caller does other work. */
  warm(): void;
  /** Stops the workers; jobs still running reject. */
  dispose(): Promise<void>;
}

/** Pool options: number of workers and, for tests, where the worker script is. */
export interface ParsePoolOptions {
  /** Worker threads (default: one per spare core, 1 to 3). */
  size?: number;
  workerUrl?: URL;
}

// Next to this module: in dist/bundle the single-file CommonJS build (it boots ~25 ms
// sooner than an ES module graph), in dist/ tsc's output; neither when running from src.
const BUNDLED_WORKER_URL = new URL('./parse-worker.cjs', import.meta.url);
const COMPILED_WORKER_URL = new URL('./parse-worker.js', import.meta.url);

/** True when the compiled worker script exists (false when running from TypeScript sources). */
export function parseWorkersAvailable(workerUrl: URL = COMPILED_WORKER_URL): boolean {
  return existsSync(fileURLToPath(workerUrl));
}

/** The worker script to run: the bundled one, else tsc's; undefined from the sources. Looked up on use. */
function builtWorkerUrl(): URL | undefined {
  return [BUNDLED_WORKER_URL, COMPILED_WORKER_URL].find((url) => parseWorkersAvailable(url));
}

let shared: ParsePool | undefined;

/** The process's pool (threads are a process resource); undefined without a compiled worker. */
export function sharedParsePool(): ParsePool | undefined {
  const workerUrl = shared ? undefined : builtWorkerUrl();
  if (workerUrl) shared = createParsePool({ workerUrl });
  return shared;
}

/** Workers worth starting here: the cores the main thread leaves free, at least one. */
export function defaultParseWorkers(): number {
  return Math.min(3, Math.max(1, availableParallelism() - 1));
}

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>;
}

/** Creates a pool; no thread starts until the first `parse`. */
export function createParsePool(options: ParsePoolOptions = {}): ParsePool {
  const size = Math.max(1, options.size ?? defaultParseWorkers());
  const workerUrl = options.workerUrl ?? builtWorkerUrl() ?? COMPILED_WORKER_URL;
  const slots: Slot[] = [];
  let nextId = 0;

  function stopped(slot: Slot, error: Error): void {
    const at = slots.indexOf(slot);
    if (at >= 0) slots.splice(at, 1);
    for (const job of slot.pending.values()) job.reject(error);
    slot.pending.clear();
  }

  function spawn(): Slot {
    const slot: Slot = { worker: new Worker(workerUrl), pending: new Map() };
    slot.worker.on('message', (reply: ParseReply) => {
      const job = slot.pending.get(reply.id);
      if (!job) return;
      slot.pending.delete(reply.id);
      // Idle workers must not hold the process open; busy ones must.
      if (slot.pending.size === 0) slot.worker.unref();
      if (reply.error) job.reject(reply.error.notAFeed ? new FeedParseError(reply.error.message) : new Error(reply.error.message));
      else job.resolve(reply.value as never);
    });
    slot.worker.on('error', (error) => stopped(slot, new Error(`feed parser stopped: ${error.message}`)));
    slot.worker.on('exit', (code) => stopped(slot, new Error(`feed parser exited (${code})`)));
    // After the listeners: adding a 'message' listener refs the worker's port again.
    slot.worker.unref();
    slots.push(slot);
    return slot;
  }

  // The least busy worker, or a new one while the pool is not full.
  function pick(): Slot {
    let best: Slot | undefined;
    for (const slot of slots) if (!best || slot.pending.size < best.pending.size) best = slot;
    return best && (best.pending.size === 0 || slots.length >= size) ? best : spawn();
  }

  // Jobs carry a copy of exactly their bytes, moved (not cloned) to the worker: the caller
  // keeps its own, and a view into a larger buffer would clone all of it.
  function post<T extends ParseResult>(kind: ParseJob['kind'], bytes: Uint8Array, contentType: string | null, url: string, feedUrl?: string): Promise<T> {
    const slot = pick();
    const id = nextId++;
    const copy = bytes.slice();
    const job: ParseJob = { id, kind, bytes: copy, contentType, url, feedUrl };
    return new Promise<T>((resolve, reject) => {
      slot.pending.set(id, { resolve: resolve as (value: never) => void, reject });
      if (slot.pending.size === 1) slot.worker.ref();
      slot.worker.postMessage(job, [copy.buffer]);
    });
  }

  return {
    parse: (bytes, contentType, url) => post<ParsedFeed>('parse', bytes, contentType, url),
    rows: (bytes, contentType, url, feedUrl) => post<FeedRows>('rows', bytes, contentType, url, feedUrl),
    warm() {
      while (slots.length < size) spawn();
    },
    async dispose() {
      const all = slots.splice(0);
      for (const slot of all) stopped(slot, new Error('feed parser stopped (pool disposed)'));
      await Promise.all(all.map((slot) => slot.worker.terminate()));
    },
  };
}
