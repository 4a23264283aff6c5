import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { browserCommand, createUrlOpener } from '../../src/services/open-url.js';

function fakeSpawn(fail = false) {
  const calls: { command: string; args: string[] }[] = [];
  const spawn = (command: string, args: string[]) => {
    calls.push({ command, args });
    const child = Object.assign(new EventEmitter(), { unref: () => undefined });
    if (fail) setImmediate(() => child.emit('error', new Error('ENOENT')));
    return child;
  };
  return { calls, spawn };
}

describe('open-url', () => {
  it('picks the opener for the system, none without a display', () => {
    expect(browserCommand('darwin', {})).toEqual({ command: 'open', args: [] });
    expect(browserCommand('linux', { DISPLAY: ':0' })).toEqual({ command: 'xdg-open', args: [] });
    expect(browserCommand('linux', { WAYLAND_DISPLAY: 'wayland-0' })?.command).toBe('xdg-open');
    expect(browserCommand('linux', {})).toBeNull();
    expect(browserCommand('linux', { BROWSER: 'lynx' })).toBeNull();
  });

  it('opens http(s) URLs as one argument (no shell)', async () => {
    const { calls, spawn } = fakeSpawn();
    const open = createUrlOpener({ platform: 'linux', env: { DISPLAY: ':0' }, spawn });
    expect(await open('https://a.test/x?y=1&z=$(rm -rf /)')).toBe(true);
    expect(calls).toEqual([{ command: 'xdg-open', args: ['https://a.test/x?y=1&z=$(rm -rf /)'] }]);
  });

  it('says false over SSH, for other schemes, and when the opener is missing', async () => {
    const { calls, spawn } = fakeSpawn();
    expect(await createUrlOpener({ platform: 'linux', env: {}, spawn })('https://a.test/')).toBe(false);
    expect(await createUrlOpener({ platform: 'linux', env: { DISPLAY: ':0' }, spawn })('javascript:alert(1)')).toBe(false);
    expect(calls).toEqual([]);
    const failing = fakeSpawn(true);
    expect(await createUrlOpener({ platform: 'linux', env: { DISPLAY: ':0' }, spawn: failing.spawn })('https://a.test/')).toBe(false);
  });
});
