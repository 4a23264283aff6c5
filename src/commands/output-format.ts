import type { Runtime } from './runtime.js';
import { createStyler, type Styler } from '../output/style.js';

/** How a command prints its result. */
export type OutputFormat = 'text' | 'plain' | 'markdown' | 'json';

/** The format flags a command accepts. */
export interface FormatFlags {
  json?: boolean;
  markdown?: boolean;
  plain?: boolean;
}

/** --json wins over --markdown over --plain; otherwise styled text (plain when piped). */
export function outputFormat(flags: FormatFlags): OutputFormat {
  if (flags.json) return 'json';
  if (flags.markdown) return 'markdown';
  if (flags.plain) return 'plain';
  return 'text';
}

/** Styler for text output: colour only for `text` on a colour-capable stdout. */
export function stylerFor(rt: Runtime, format: OutputFormat): Styler {
  return createStyler(format === 'text' && rt.color);
}

/** Writes a value as pretty JSON with a trailing newline. */
export function printJson(rt: Runtime, value: unknown): void {
  rt.io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
