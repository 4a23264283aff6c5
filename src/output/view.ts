import type { Styler } from './style.js';

/** What a view lays text out with: the styler (plain unless colour is on) and the terminal's size and clock. */
export interface ViewContext {
  style: Styler;
  /** Columns articles are laid out in. */
  width: number;
  /** Columns one-line rows are cut to (unlimited when piped). */
  rowWidth: number;
  now: Date;
}

/**
 * How one kind of result prints: `text` for people (styled or plain), `markdown` (else the
 * plain text), and `json` reshaping the data for `--json` (else the data itself is the JSON).
 */
export interface View<T> {
  text(data: T, ctx: ViewContext): string;
  markdown?(data: T, ctx: ViewContext): string;
  json?(data: T, ctx: ViewContext): unknown;
}

/** A command's result: its data, the view that prints it, the exit code, and whether a long text may page. */
export interface Shown<T = unknown> {
  view: View<T>;
  data: T;
  exit: number;
  paged?: boolean;
}

/** A result to print through `view` (the data may hold more than the text shows: JSON prints it all), exiting with `exit`. */
export function show<T, D extends T>(view: View<T>, data: D, exit = 0): Shown<T> {
  return { view, data, exit };
}
