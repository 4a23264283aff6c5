/** ANSI styling that turns into plain text when colour is off. */
export interface Styler {
  enabled: boolean;
  bold(s: string): string;
  dim(s: string): string;
  italic(s: string): string;
  underline(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  magenta(s: string): string;
  inverse(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const identity = (s: string) => s;

/** A styler emitting SGR codes, or one that returns its input unchanged. */
export function createStyler(enabled: boolean): Styler {
  if (!enabled) {
    return { enabled, bold: identity, dim: identity, italic: identity, underline: identity, red: identity, green: identity, yellow: identity, cyan: identity, magenta: identity, inverse: identity };
  }
  return {
    enabled,
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    italic: wrap(3, 23),
    underline: wrap(4, 24),
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
    magenta: wrap(35, 39),
    inverse: wrap(7, 27),
  };
}
