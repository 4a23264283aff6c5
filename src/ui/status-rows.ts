/**
 * The status bar's rows (a prompt or a message with the position beside it, then the key
 * hints), computed here for the Ink component and for the first frame alike.
 */
import type { TextDirection } from '../core/edition/lang.js';
import { displayWidth, fitToWidth, truncateToWidth } from '../core/text/width.js';
import type { StatusMessage } from './hooks/use-status.js';
import { hintText, visualText, type Bidi, type Part, type Row } from './rows.js';
import type { Theme } from './theme.js';

/** An open one-line prompt (filter, search, tags, link number). */
export interface PromptLine {
  label: string;
  text: string;
}

/** The edition's notice as the status message it opens with (the first frame shows it too). */
export function editionNoticeMessage(notice: string | null | undefined): StatusMessage | null {
  return notice ? { text: notice, kind: 'notice' } : null;
}

/** What the status bar shows. */
export interface StatusInfo {
  message: StatusMessage | null;
  prompt: PromptLine | null;
  /** At the line's end (right, or left for `rtl`) on the first line: position, counts. */
  right: string;
  hints: string[];
}

/** Where and how the status bar is drawn. */
export interface StatusFrame {
  width: number;
  /** Two lines (message, hints) when there is room; one otherwise, hints giving way. */
  lines: 1 | 2;
  theme: Theme;
  dir: TextDirection;
  bidi: Bidi;
}

/** The first line's text parts (prompt or message) in `room` cells, in reading order. */
function firstLine(info: StatusInfo, room: number, f: StatusFrame): Part[] | null {
  const { theme, dir, bidi } = f;
  const align = dir === 'rtl' ? 'right' : 'left';
  if (info.prompt) {
    const label = ` ${info.prompt.label}`;
    const textRoom = Math.max(0, room - displayWidth(label));
    const text = visualText(truncateToWidth(`${info.prompt.text}▏`, Math.max(1, textRoom), '…'), bidi, dir);
    return dir === 'rtl'
      ? [{ text: fitToWidth(text, textRoom, 'right') }, { text: `${visualText(label.trim(), bidi, dir)} `, style: theme.prompt }]
      : [{ text: label, style: theme.prompt }, { text: fitToWidth(text, textRoom) }];
  }
  if (!info.message && f.lines === 1) return null;
  const role = info.message?.kind === 'error' ? theme.error : info.message?.kind === 'notice' ? theme.notice : {};
  // Cut in reading order first, so the start of the message is what stays.
  const text = info.message ? visualText(truncateToWidth(info.message.text, Math.max(0, room - 1)), bidi, dir) : '';
  const padded = dir === 'rtl' ? fitToWidth(text ? `${text} ` : '', room, align) : fitToWidth(text ? ` ${text}` : '', room);
  return [{ text: padded, style: role }];
}

/** The status bar as rows: the first line's text and the position swap sides for `rtl`. */
export function statusRows(info: StatusInfo, f: StatusFrame): Row[] {
  const rightText = info.right ? ` ${visualText(info.right, f.bidi, f.dir)} ` : '';
  const room = Math.max(0, f.width - displayWidth(rightText));
  const first = firstLine(info, room, f);
  const rows: Row[] = [];
  if (first) {
    const right: Part = { text: rightText, style: f.theme.muted };
    rows.push({ parts: f.dir === 'rtl' ? [right, ...first] : [...first, right] });
  }
  if (f.lines === 2 || !first) rows.push({ parts: [{ text: hintText(info.hints, f.width, f.dir, f.bidi), style: f.theme.muted }] });
  return rows;
}
