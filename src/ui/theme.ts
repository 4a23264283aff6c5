import type { SpanColor, SpanStyle } from '../core/article/types.js';

/** Ink <Text> props a theme role maps to. */
export interface TextStyle {
  color?: string;
  bold?: boolean;
  dimColor?: boolean;
  inverse?: boolean;
  underline?: boolean;
  italic?: boolean;
}

/** Every role the screens draw with. */
export type Role =
  | 'brand' | 'chrome' | 'breaking' | 'fresh' | 'selected' | 'cursor' | 'unread' | 'muted'
  | 'bookmark' | 'match' | 'currentMatch' | 'error' | 'notice' | 'online' | 'offline' | 'prompt'
  | SpanColor;

/** A theme: role → style. */
export type Theme = Record<Role, TextStyle>;

// The 16 ANSI colours follow the user's palette, so they stay readable on light and dark
// backgrounds; no role sets a background, and "selected" uses inverse, not white-on-black.
const COLORED: Theme = {
  brand: { bold: true, color: 'cyan' },
  chrome: { bold: true },
  breaking: { bold: true, color: 'red' },
  fresh: { bold: true, color: 'yellow' },
  selected: { inverse: true },
  cursor: { bold: true, color: 'cyan' },
  unread: { color: 'cyan', bold: true },
  muted: { dimColor: true },
  bookmark: { color: 'yellow', bold: true },
  match: { inverse: true, color: 'yellow' },
  currentMatch: { inverse: true, bold: true, color: 'magenta' },
  error: { color: 'red' },
  notice: { color: 'yellow' },
  online: { color: 'green' },
  offline: { color: 'yellow' },
  prompt: { bold: true, color: 'cyan' },
  heading: { bold: true, color: 'cyan' },
  accent: { color: 'magenta' },
  link: { color: 'blue', underline: true },
  quote: { italic: true, color: 'green' },
  code: { color: 'yellow' },
  warning: { color: 'red' },
};

/** The one theme; with `color: false` (NO_COLOR, --no-color) only bold/dim/inverse remain. */
export function createTheme(color: boolean): Theme {
  if (color) return COLORED;
  const plain = {} as Theme;
  for (const [role, style] of Object.entries(COLORED) as [Role, TextStyle][]) {
    const { color: _drop, ...rest } = style;
    plain[role] = rest;
  }
  return plain;
}

/** Ink props for a span of an article line. */
export function spanProps(theme: Theme, style: SpanStyle | undefined): TextStyle {
  if (!style) return {};
  return {
    ...(style.color ? theme[style.color] : {}),
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
    ...(style.dim ? { dimColor: true } : {}),
    ...(style.underline ? { underline: true } : {}),
    ...(style.inverse ? { inverse: true } : {}),
  };
}
