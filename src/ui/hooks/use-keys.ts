import { useInput, type Key } from 'ink';
import { useRef } from 'react';

/** Options of {@link useKeys}. */
export interface KeysOptions {
  isActive: boolean;
  /** A prompt has the keys: a chunk of text goes in whole, as pasted. */
  prompt: boolean;
}

/**
 * useInput for command keys. Keys typed or repeated faster than they are read arrive as one
 * chunk; each is handled on its own, one tick apart, by the handler of the latest render,
 * so `/abc` opens the filter and then types `abc` into it.
 */
export function useKeys(handler: (input: string, key: Key) => void, options: KeysOptions): void {
  const latest = useRef({ handler, options });
  latest.current = { handler, options };
  useInput((input, key) => {
    const chars = Array.from(input);
    if (options.prompt || chars.length <= 1 || key.ctrl || key.meta) {
      handler(input, key);
      return;
    }
    const run = (i: number) => {
      const { handler: current, options: now } = latest.current;
      if (now.prompt) {
        current(chars.slice(i).join(''), key);
        return;
      }
      current(chars[i], { ...key, shift: /[A-Z]/.test(chars[i]) });
      if (i + 1 < chars.length) setImmediate(() => run(i + 1));
    };
    run(0);
  }, { isActive: options.isActive });
}
