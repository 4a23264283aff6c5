import { terminalSafeJson } from '../core/text/safe-json.js';
import { createStyler } from '../output/style.js';
import type { Shown } from '../output/view.js';
import type { Runtime } from './runtime.js';

/** The format flags a command accepts. */
export interface FormatFlags {
  json?: boolean;
  markdown?: boolean;
  plain?: boolean;
}

/**
 * What a command hands back: a result to present, text that is the same in every format, or
 * just its exit code (README: Exit codes): 0 success, 1 the work failed; errors are thrown
 * (UsageError: 2, other TidingsErrors: 1) and program.ts turns them into one line.
 */
export type Outcome = Shown | string | number;

/**
 * The one place results become output: --json (terminal-safe) wins over --markdown over
 * --plain; otherwise text, styled on a colour stdout. A paged result longer than the terminal
 * goes through the pager (`$PAGER`, else `less -R`) unless --no-pager. Resolves to the exit code.
 */
export async function present(rt: Runtime, flags: FormatFlags & { pager?: boolean }, outcome: Outcome): Promise<number> {
  if (typeof outcome === 'number') return outcome;
  if (typeof outcome === 'string') {
    rt.io.stdout.write(outcome);
    return 0;
  }
  const { view, data } = outcome;
  const ctx = { style: createStyler(!flags.json && !flags.markdown && !flags.plain && rt.color), width: rt.width, rowWidth: rt.rowWidth, now: rt.io.now() };
  const text = flags.json ? `${terminalSafeJson(view.json ? view.json(data, ctx) : data, 2)}\n`
    : flags.markdown && view.markdown ? view.markdown(data, ctx)
      : view.text(data, ctx);
  if (!(outcome.paged && flags.pager !== false && (await paged(rt, text)))) rt.io.stdout.write(text);
  return outcome.exit;
}

/** True when `text` went through the pager: a terminal at both ends, and longer than the screen. */
async function paged(rt: Runtime, text: string): Promise<boolean> {
  const rows = rt.io.stdout.rows ?? 0;
  if (!(rows > 0 && rt.io.stdout.isTTY && rt.io.stdinIsTTY && text.split('\n').length - 1 > rows - 1)) return false;
  const { pagerCommand, pageText } = await import('../services/pager.js');
  const command = pagerCommand(rt.io.env);
  if (!command) return false;
  if ((await pageText(text, command, rt.io.env)) === 'shown') return true;
  rt.warnAfter(`the pager "${command}" could not run; set PAGER, or use --no-pager`);
  return false;
}
