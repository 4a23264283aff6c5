/**
 * What the terminal on stdout can do, guessed from its environment: OSC 8 hyperlinks,
 * and whether it reorders right-to-left text itself (then we must not).
 *
 * Bidi, by terminal (default settings):
 *   reorders itself: VTE ≥ 0.58 (GNOME Terminal, Tilix, Terminator, xfce4-terminal…),
 *     Konsole, mlterm, mintty, Apple Terminal
 *   does not (we put RTL lines in visual order): xterm, kitty, Alacritty, foot, WezTerm
 *     (bidi_enabled is off by default), Windows Terminal, VS Code's xterm.js, iTerm2
 *     (unless its optional bidi support is turned on), Linux console, tmux/screen
 *     (they redraw cell by cell; the outer terminal decides)
 * Users whose terminal is guessed wrong set `bidi` to `terminal` or `reorder`.
 */

/** Environment variables as the CLI sees them. */
export type Env = Record<string, string | undefined>;

const HYPERLINK_PROGRAMS = new Set(['iTerm.app', 'WezTerm', 'vscode', 'ghostty', 'Tabby', 'rio', 'Hyper']);
const HYPERLINK_TERMS = /^(xterm-kitty|xterm-ghostty|foot|foot-extra|alacritty|wezterm|contour)$/;

/** True when the terminal is known to turn OSC 8 sequences into clickable links. */
export function supportsHyperlinks(env: Env): boolean {
  if (env.TERM === 'dumb') return false;
  // tmux and screen drop or mangle OSC 8 unless configured for it.
  if (env.TMUX || env.STY) return false;
  if (env.WT_SESSION || env.KITTY_WINDOW_ID || env.WEZTERM_EXECUTABLE || env.DOMTERM) return true;
  if (Number(env.VTE_VERSION) >= 5000) return true;
  if (env.TERM_PROGRAM && HYPERLINK_PROGRAMS.has(env.TERM_PROGRAM)) return true;
  return HYPERLINK_TERMS.test(env.TERM ?? '');
}

/** True when the terminal applies the bidi algorithm to each line on its own. */
export function terminalReordersBidi(env: Env): boolean {
  if (Number(env.VTE_VERSION) >= 5800) return true;
  if (env.MLTERM || env.KONSOLE_VERSION) return true;
  return env.TERM_PROGRAM === 'mintty' || env.TERM_PROGRAM === 'Apple_Terminal' || env.TERM === 'mlterm';
}
