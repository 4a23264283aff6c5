import type { Key } from 'ink';

/** What one key does to a one-line prompt. */
export type LineEdit =
  | { type: 'change'; text: string }
  | { type: 'submit'; text: string }
  | { type: 'cancel' }
  | { type: 'none' };

/** Pure line editing: printable input appends, Backspace deletes a grapheme, Ctrl-u clears. */
export function editLine(text: string, input: string, key: Key): LineEdit {
  if (key.return) return { type: 'submit', text };
  if (key.escape) return { type: 'cancel' };
  if (key.backspace || key.delete) {
    const chars = Array.from(text);
    chars.pop();
    return { type: 'change', text: chars.join('') };
  }
  if (key.ctrl && input === 'u') return { type: 'change', text: '' };
  if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow) return { type: 'none' };
  // Pasted text arrives as one chunk; keep it to one line and printable.
  // eslint-disable-next-line no-control-regex
  const clean = input.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return clean ? { type: 'change', text: text + clean } : { type: 'none' };
}
