import { terminalSafeJson } from '../core/text/safe-json.js';
import { createStyler } from '../output/style.js';
import type { Shown } from '../output/view.js';
import type { Runtime } from './runtime.js';

/** How a command prints its result. */
export type OutputFormat = 'text' | 'plain' | 'markdown' | 'json';

/** The format flags a command accepts. */
export interface FormatFlags {
  json?: boolean;
  markdown?: boolean;
  plain?: boolean;
}

/** What a command hands back: a result to print, or just its exit code (it printed nothing, or the app ran). */
export type Outcome = Shown | number;

/** --json wins over --markdown over --plain; otherwise styled text (plain when piped). */
export function outputFormat(flags: FormatFlags): OutputFormat {
  if (flags.json) return 'json';
  if (flags.markdown) return 'markdown';
  if (flags.plain) return 'plain';
  return 'text';
}

/**
 * The one place results become output: JSON (terminal-safe, never styled), Markdown, or text
 * styled only for `text` on a colour stdout. A paged result longer than the terminal goes
 * through the pager (`$PAGER`, else `less -R`) unless `--no-pager`. Resolves to the exit code.
 */
export async function present(rt: Runtime, flags: FormatFlags & { pager?: boolean }, outcome: Outcome): Promise<number> {
  if (typeof outcome === 'number') return outcome;
  const { view, data } = outcome;
  const format = outputFormat(flags);
  const ctx = { style: createStyler(format === 'text' && rt.color), width: rt.width, rowWidth: rt.rowWidth, now: rt.io.now() };
  const text = format === 'json' ? `${terminalSafeJson(view.json ? view.json(data, ctx) : data, 2)}\n`
    : format === 'markdown' && view.markdown ? view.markdown(data, ctx)
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
