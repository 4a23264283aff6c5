import { describe, expect, it } from 'vitest';
import { isInteractive } from '../../src/commands/default.js';
import { createRuntime } from '../../src/commands/runtime.js';

function runtime(tty: boolean, env: Record<string, string | undefined>) {
  return createRuntime({
    stdout: { write: () => true, isTTY: tty },
    stderr: { write: () => true },
    stdinIsTTY: tty,
    env,
    cwd: '/',
    now: () => new Date(0),
  }, {});
}

describe('isInteractive', () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { CI: 'true' }, false],
    [true, { CI: '' }, false],
    [true, { CI: '0' }, true],
    [true, { CI: 'false' }, true],
    [true, { CONTINUOUS_INTEGRATION: '1' }, false],
  ])('tty=%s env=%j → %s', (tty, env, expected) => {
    expect(isInteractive(runtime(tty, env))).toBe(expected);
  });
});
