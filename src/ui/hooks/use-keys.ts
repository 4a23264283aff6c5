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

/**
 * useInput for command keys. Keys typed or repeated faster than they are read arrive as one
 * chunk (`f1\r`, `jjj`); each key is handled on its own, one tick apart, by the handler of
 * the latest render, so `/abc` opens the filter and then types `abc` into it.
 */
export function useKeys(handler: (input: string, key: Key) => void, options: KeysOptions): void {
  // The handler of the latest render, set during render: a key pressed right after a frame
  // appears must see that frame's state, even before React re-subscribes effects.
  const latest = useRef({ handler, options });
  latest.current = { handler, options };
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
    const run = (i: number) => {
      if (i >= steps.length) return;
      const { handler: current, options: now } = latest.current;
      const [text, k] = steps[i];
      const chars = Array.from(text);
      if (now.prompt || chars.length <= 1) {
        current(text, k);
        setImmediate(() => run(i + 1));
        return;
      }
      // A run of command keys: one key now, the rest as a new step after this one renders.
      current(chars[0], { ...k, shift: /[A-Z]/.test(chars[0]) });
      steps.splice(i + 1, 0, [chars.slice(1).join(''), k]);
      setImmediate(() => run(i + 1));
    };
    run(0);
  }, []);
  useInput(onInput, { isActive: options.isActive });
}
