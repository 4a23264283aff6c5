// Shared bits for the benchmark scripts: corpus location, a loopback feed server,
// and a child-process runner that reports wall time and peak RSS.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS = join(ROOT, '..', 'shared', 'corpus');
// The command as users run it (executable, `#!/usr/bin/env node`).
export const BIN = join(ROOT, 'bin', 'tidings.js');

/** Corpus feeds as {name, bytes}, or [] when ../shared is missing. */
export function corpusFeeds() {
  const dir = join(CORPUS, 'feeds');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

/** Serves every feed `copies` times at /c<i>/<name> with ETags; resolves to {urls, close}. */
export async function serveFeeds(feeds, copies) {
  const byPath = new Map();
  for (let i = 0; i < copies; i++) for (const f of feeds) byPath.set(`/c${i}/${f.name}`, f.bytes);
  const server = createServer((req, res) => {
    const body = byPath.get(req.url ?? '');
    if (!body) return res.writeHead(404).end();
    const etag = `"${body.length}"`;
    if (req.headers['if-none-match'] === etag) return res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'application/xml', etag, 'content-length': body.length }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const urls = [...byPath.keys()].map((p) => `http://127.0.0.1:${port}${p}`);
  return { urls, totalBytes: [...byPath.values()].reduce((n, b) => n + b.length, 0), close: () => new Promise((r) => server.close(r)) };
}

/** Runs a command under GNU time; resolves to {ms, cpuMs, peakRssMb, code, stdout, stderr}. */
export function measure(cmd, args, options = {}) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-f', '__PEAK_KB=%M __CPU=%U %S', cmd, ...args], { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const stats = /__PEAK_KB=(\d+) __CPU=([\d.]+) ([\d.]+)\n?/.exec(stderr);
      const cpuMs = stats ? (Number(stats[2]) + Number(stats[3])) * 1000 : NaN;
      resolve({ ms, cpuMs, peakRssMb: Number(stats?.[1] ?? NaN) / 1024, code, stdout, stderr: stats ? stderr.replace(stats[0], '') : stderr });
    });
  });
}

/** Median of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Prints a `name: value unit` line, aligned. */
export function report(name, value, unit = '') {
  const shown = typeof value === 'number' ? value.toFixed(value >= 100 ? 0 : value < 1 ? 2 : 1) : value;
  console.log(`${name.padEnd(44)} ${shown}${unit ? ` ${unit}` : ''}`);
}
