// JSON.stringify escapes C0 controls but not C1 or bidi controls; escaping those too keeps
// the text terminal-safe to `cat` and still round-trips exactly.
const UNESCAPED_CONTROLS = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** JSON text with every control and bidi character written as a `\uXXXX` escape. */
export function terminalSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(UNESCAPED_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
