import { describe, expect, it } from 'vitest';
import { supportsHyperlinks, terminalReordersBidi } from '../../src/commands/terminal-caps.js';

describe('supportsHyperlinks', () => {
  it.each([
    [{ TERM_PROGRAM: 'iTerm.app' }, true],
    [{ TERM_PROGRAM: 'WezTerm' }, true],
    [{ TERM_PROGRAM: 'vscode' }, true],
    [{ WT_SESSION: 'abc' }, true],
    [{ KITTY_WINDOW_ID: '1' }, true],
    [{ VTE_VERSION: '6003' }, true],
    [{ TERM: 'foot' }, true],
    [{ TERM: 'xterm-256color' }, false],
    [{ VTE_VERSION: '4205' }, false],
    [{ TERM_PROGRAM: 'Apple_Terminal' }, false],
    [{ TERM_PROGRAM: 'WezTerm', TMUX: '/tmp/tmux-0/default,1,0' }, false],
    [{ TERM: 'dumb', WT_SESSION: 'x' }, false],
  ])('%j → %s', (env, expected) => expect(supportsHyperlinks(env)).toBe(expected));
});

describe('terminalReordersBidi', () => {
  it.each([
    [{ VTE_VERSION: '7600' }, true],
    [{ VTE_VERSION: '5400' }, false],
    [{ KONSOLE_VERSION: '230805' }, true],
    [{ MLTERM: '3.9.3' }, true],
    [{ TERM_PROGRAM: 'mintty' }, true],
    [{ TERM_PROGRAM: 'Apple_Terminal' }, true],
    [{ TERM: 'xterm-kitty' }, false],
    [{ TERM_PROGRAM: 'WezTerm' }, false],
    [{ TERM_PROGRAM: 'iTerm.app' }, false],
    [{ WT_SESSION: 'x' }, false],
    [{}, false],
  ])('%j → %s', (env, expected) => expect(terminalReordersBidi(env)).toBe(expected));
});
