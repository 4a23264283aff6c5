import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { enterTerminalSession, TERMINAL, type SessionProcess } from '../../src/commands/terminal-session.js';

function fakeProcess() {
  const emitter = new EventEmitter();
  let out = '';
  let err = '';
  const exits: number[] = [];
  const rawModes: boolean[] = [];
  const proc: SessionProcess = {
    stdin: { isTTY: true, setRawMode: (on: boolean) => rawModes.push(on) },
    stdout: { write: (s: string) => { out += s; } },
    stderr: { write: (s: string) => { err += s; } },
    on: (e, l) => emitter.on(e, l),
    off: (e, l) => emitter.off(e, l),
    exit: ((code?: number) => { exits.push(code ?? 0); }) as SessionProcess['exit'],
  };
  return { proc, emitter, exits, rawModes, out: () => out, err: () => err };
}

describe('terminal session', () => {
  it('enters the alternate screen with the cursor hidden, and restores once', () => {
    const f = fakeProcess();
    const session = enterTerminalSession(f.proc);
    expect(f.out()).toBe(TERMINAL.enter);
    expect(TERMINAL.enter).toContain('\u001b[?1049h');
    session.restore();
    session.restore();
    expect(f.out()).toBe(TERMINAL.enter + TERMINAL.leave);
    // Raw from the start (typed keys wait for the app, unechoed), cooked again after.
    expect(f.rawModes).toEqual([true, false]);
    expect(TERMINAL.leave).toContain('\u001b[?1049l');
    expect(TERMINAL.leave).toContain('\u001b[?25h');
  });

  it.each([['SIGTERM', 143], ['SIGHUP', 129], ['SIGINT', 130]] as const)('restores and exits on %s', (signal, code) => {
    const f = fakeProcess();
    const order: string[] = [];
    enterTerminalSession(f.proc, () => order.push('unmount'));
    f.emitter.emit(signal);
    expect(order).toEqual(['unmount']);
    expect(f.out().endsWith(TERMINAL.leave)).toBe(true);
    expect(f.exits).toEqual([code]);
  });

  it('restores before reporting an uncaught error on stderr', () => {
    const f = fakeProcess();
    enterTerminalSession(f.proc, () => { throw new Error('unmount failed too'); });
    f.emitter.emit('uncaughtException', new Error('boom'));
    expect(f.out().endsWith(TERMINAL.leave)).toBe(true);
    expect(f.err()).toMatch(/^tidings: Error: boom/);
    expect(f.exits).toEqual([1]);
  });

  it('restores on process exit, and stops listening when disposed', () => {
    const f = fakeProcess();
    const session = enterTerminalSession(f.proc);
    f.emitter.emit('exit');
    expect(f.out().endsWith(TERMINAL.leave)).toBe(true);
    session.dispose();
    expect(f.emitter.listenerCount('SIGTERM')).toBe(0);
    expect(f.emitter.listenerCount('uncaughtException')).toBe(0);
  });

  it('suspends: the terminal back as on exit, SIGTSTP to itself, and the screen taken again on SIGCONT', async () => {
    const f = fakeProcess();
    const kills: [number, string][] = [];
    f.proc.pid = 4242;
    f.proc.kill = (pid, signal) => kills.push([pid, signal]);
    const session = enterTerminalSession(f.proc);
    let resumed = false;
    const done = session.suspend().then(() => {
      resumed = true;
    });
    expect(f.out()).toBe(TERMINAL.enter + TERMINAL.leave);
    expect(f.rawModes).toEqual([true, false]);
    expect(kills).toEqual([[4242, 'SIGTSTP']]);
    await Promise.resolve();
    expect(resumed).toBe(false);
    // Stopped, the screen is the shell's: nothing the app still writes may reach it.
    f.proc.stdout.write('a late frame');
    expect(f.out()).toBe(TERMINAL.enter + TERMINAL.leave);
    f.emitter.emit('SIGCONT');
    await done;
    expect(f.out()).toBe(TERMINAL.enter + TERMINAL.leave + TERMINAL.enter);
    expect(f.rawModes).toEqual([true, false, true]);
    expect(f.emitter.listenerCount('SIGCONT')).toBe(0);
    f.proc.stdout.write('next frame');
    expect(f.out().endsWith('next frame')).toBe(true);
  });

  it('carries on at once where a process cannot stop itself', async () => {
    const f = fakeProcess();
    const session = enterTerminalSession(f.proc);
    await session.suspend();
    expect(f.out()).toBe(TERMINAL.enter + TERMINAL.leave + TERMINAL.enter);
  });
});
