import { useInput, type Key } from 'ink';
import { useCallback, useRef } from 'react';

/** Options of {@link useKeys}. */
export interface KeysOptions {
  isActive: boolean;
  /** A prompt has the keys: a run of text goes in whole, as pasted. */
  prompt: boolean;
}

const CONTROL_KEYS: Record<string, keyof Key> = { '\r': 'return', '\n': 'return', '\t': 'tab', '\u007f': 'backspace', '\b': 'backspace' };

/** Splits a chunk into text runs and single Enter / Tab / Backspace keys. */
export function splitChunk(input: string): string[] {
  return input.split(/([\r\n\t\u007f\b])/).filter((part) => part !== '');
}

// Ticks a step of a chunk waits for the render its key caused (a key that changes nothing
// causes none); React renders an update a tick or two after it is dispatched.
const RENDER_WAIT_TICKS = 20;

/**
 * useInput for command keys. Keys typed or repeated faster than they are read arrive as one
 * chunk (`f1\r`, `jjj`, a prompt's text with its Enter); each key is handled on its own by
 * the handler of the render that followed the key before it, so `/abc` opens the filter and
 * then types `abc` into it, and the Enter after `zz` submits `zz`.
 */
export function useKeys(handler: (input: string, key: Key) => void, options: KeysOptions): void {
  // The handler of the latest render, set during render: a key pressed right after a frame
  // appears must see that frame's state, even before React re-subscribes effects.
  const latest = useRef({ handler, options, render: 0 });
  latest.current = { handler, options, render: latest.current.render + 1 };
  const onInput = useCallback((input: string, key: Key) => {
    if (input.length <= 1 || key.ctrl || key.meta) {
      latest.current.handler(input, key);
      return;
    }
    const base: Key = { ...key, return: false, tab: false, backspace: false, delete: false, shift: false };
    const steps: [string, Key][] = [];
    for (const part of splitChunk(input)) {
      const named = CONTROL_KEYS[part];
      if (named) steps.push(['', { ...base, [named]: true }]);
      else steps.push([part, base]);
    }
    // The next step once the last one's render is in (or after a few ticks without one).
    const next = (i: number, before: number, ticks = 0) => {
      if (latest.current.render !== before || ticks >= RENDER_WAIT_TICKS) run(i);
      else setImmediate(() => next(i, before, ticks + 1));
    };
    const run = (i: number) => {
      if (i >= steps.length) return;
      const { handler: current, options: now, render } = latest.current;
      const [text, k] = steps[i];
      const chars = Array.from(text);
      if (now.prompt || chars.length <= 1) {
        current(text, k);
      } else {
        // A run of command keys: one key now, the rest as a new step after this one renders.
        current(chars[0], { ...k, shift: /[A-Z]/.test(chars[0]) });
        steps.splice(i + 1, 0, [chars.slice(1).join(''), k]);
      }
      setImmediate(() => next(i + 1, render));
    };
    run(0);
  }, []);
  useInput(onInput, { isActive: options.isActive });
}
