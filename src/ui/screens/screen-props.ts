import type { TextDirection } from '../../core/edition/lang.js';
import type { NewsView } from '../hooks/use-news.js';
import type { StatusKind, StatusMessage } from '../hooks/use-status.js';
import type { TerminalSize } from '../hooks/use-terminal-size.js';
import type { Theme } from '../theme.js';

/** What every full screen gets from the App: news, status line, clock, size, theme, exits. */
export interface ScreenProps {
  news: NewsView;
  status: StatusMessage | null;
  announce(text: string, kind?: StatusKind, sticky?: boolean): void;
  now: Date;
  size: TerminalSize;
  theme: Theme;
  /** Which way the edition reads: layouts mirror themselves for `rtl`. */
  dir: TextDirection;
  /** False while the help overlay has the keys. */
  active: boolean;
  unread: number;
  onQuit(): void;
  onHelp(): void;
}
