// Ink reads DEV=true, a name environments set for their own reasons, as "connect to React
// DevTools" (not installed: the app would fail to start). A news reader never wants that.
if (process.env.DEV === 'true') delete process.env.DEV;

/** Runs the command line; the process exits when its work is done. */
async function main(): Promise<void> {
  const { runCli } = await import('./program.js');

  // A reader that stops early (`tidings headlines | head`) closes the pipe: that is success.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
  // The only file that touches process: everything below gets its I/O injected.
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  });
}

// No top-level await: the bundle is a CommonJS script (bin/tidings.js keeps its compiled code).
void main();
