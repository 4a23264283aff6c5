/**
 * Long text in a terminal goes through the user's pager, as git and man do: `$PAGER`, else
 * `less -R` (keeps colours and OSC 8 links). The pager owns the terminal until it exits.
 */
import { spawn } from 'node:child_process';

/** How the pager ended: `shown`, or `failed` (it could not run: print the text instead). */
export type PagerOutcome = 'shown' | 'failed';

/** The pager command line for this environment, or undefined when the user turned it off. */
export function pagerCommand(env: Record<string, string | undefined>): string | undefined {
  const chosen = env.TIDINGS_PAGER ?? env.PAGER;
  if (chosen === undefined) return 'less -R';
  const trimmed = chosen.trim();
  // An empty PAGER or `cat` means "no pager", as git reads them.
  return trimmed === '' || trimmed === 'cat' ? undefined : trimmed;
}

/** Pipes `text` into `command` (run by /bin/sh, like git does with $PAGER); resolves when it exits. */
export function pageText(text: string, command: string, env: Record<string, string | undefined>): Promise<PagerOutcome> {
  return new Promise((resolve) => {
    // less: quit at once if the text fits after all, keep the screen, pass colours through.
    const child = spawn('/bin/sh', ['-c', command], { stdio: ['pipe', 'inherit', 'inherit'], env: { LESS: 'FRX', ...env } });
    let settled = false;
    const done = (outcome: PagerOutcome) => {
      if (!settled) resolve(outcome);
      settled = true;
    };
    child.on('error', () => done('failed'));
    // 126/127: the shell found no such command (or could not run it): nothing was shown.
    child.on('exit', (code) => done(code === 126 || code === 127 ? 'failed' : 'shown'));
    // The user may quit the pager before reading it all: the broken pipe is no error.
    child.stdin.on('error', () => undefined);
    child.stdin.end(text);
  });
}
