/* eslint-disable no-control-regex -- matching control characters is the point of this module. */
/**
 * Terminal-safety for every string that came from the network.
 *
 * A feed title can carry `ESC ]52;c;...BEL` (write the clipboard), `ESC ]0;...` (retitle
 * the window), OSC 8 links or CSI cursor moves. We drop whole sequences first (so their
 * payload does not leak as text), then any remaining C0/C1 control and DEL, then the bidi
 * embedding/override/isolate controls that can visually reorder a line.
 */

// ESC-introduced: CSI (ESC [ … final), OSC/DCS/SOS/PM/APC (ESC ] P X ^ _ … BEL or ST),
// and two-byte escapes (ESC + one char). C1 introducers (0x9B CSI, 0x9D OSC, 0x90 DCS…)
// are the 8-bit forms of the same.
const STRING_SEQUENCE = /(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[\s\S]*?(?:\u0007|\u001b\\|\u009c|$)/g;
const CSI_SEQUENCE = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?/g;
const TWO_BYTE_ESCAPE = /\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g;
const CONTROL_KEEP_NEWLINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

// Fast paths: most feed strings hold nothing to remove, and this runs on every field.
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const UNTIDY_SPACE = /[^\S ]| {2}|^ | $/;

/** Removes every terminal control sequence and bidi override; keeps `\n` and `\t`. */
export function stripControls(input: string): string {
  if (!input) return '';
  if (!ANY_CONTROL.test(input)) return input;
  return input
    .replace(STRING_SEQUENCE, '')
    .replace(CSI_SEQUENCE, '')
    .replace(TWO_BYTE_ESCAPE, '')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_KEEP_NEWLINES, '')
    .replace(BIDI_CONTROLS, '');
}

// Whitespace a folded line would not keep: runs of two or more, and any single one but a
// plain space. Replacing every run (a lone space with itself) cost a match per word: about
// a seventh of parsing a feed, where every item's summary comes through here.
const SPACE_TO_FOLD = /\s{2,}|[^\S ]/g;

/** Safe single line: controls removed and all whitespace runs folded to one space. */
export function sanitizeLine(input: string | null | undefined): string {
  if (!input) return '';
  const controls = ANY_CONTROL.test(input);
  if (!controls && !UNTIDY_SPACE.test(input)) return input;
  // What stripControls keeps (tabs and line breaks) is whitespace: folded below.
  const text = controls ? stripControls(input) : input;
  return text.replace(SPACE_TO_FOLD, ' ').trim();
}

/** Safe multi-line text: controls removed, tabs to spaces, blank-line runs folded. */
export function sanitizeBlock(input: string | null | undefined): string {
  if (!input) return '';
  return stripControls(input)
    .replace(/\t/g, '  ')
    .replace(/[ \u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** True when the string holds no byte a terminal would interpret (for tests and asserts). */
export function isTerminalSafe(s: string): boolean {
  return !/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(s);
}
