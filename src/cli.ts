#!/usr/bin/env node
import { takeDeferredCaFile } from './services/deferred-ca.js';

// Ink reads DEV=true, a name environments set for their own reasons, as "connect to React
// DevTools" (not installed: the app would fail to start). A news reader never wants that.
if (process.env.DEV === 'true') delete process.env.DEV;

// NODE_EXTRA_CA_CERTS as bin/tidings.js handed it over, for the first https request.
const extraCaFile = takeDeferredCaFile(process.env);

const { runCli } = await import('./program.js');

// A reader that stops early (`tidings headlines | head`) closes the pipe: that is success.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

// The only file that touches process: everything below gets its I/O injected.
const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdinIsTTY: Boolean(process.stdin.isTTY),
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
  extraCaFile,
});
process.exitCode = code;
