import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBundle, hasTmux, tmuxPane } from '../helpers/tmux-pane.js';
import { displayWidth, graphemes } from '../../src/core/text/width.js';

// The Arabic demo in a real terminal that does no bidi (tmux): tidings shapes and orders
// the text itself and mirrors the screen. The menu is on the right, the list and the
// article body end at the right edge, and the ticker moves rightwards.

const SOCKET = `tidings-rtl-${process.pid}`;
const { tmux, keys, waitUntil } = tmuxPane(SOCKET, 'rtl');
const waitForScreen = (test: (s: string) => boolean, what: string, ms = 10_000) => waitUntil(test, what, ms);
// Arabic Presentation Forms-B: shaped letters, as tidings writes them for such a terminal.
const SHAPED = /[\ufe70-\ufefc]/;

describe.skipIf(!hasTmux)('the Arabic demo in a real terminal (tmux)', () => {
  beforeAll(() => {
    ensureBundle();
  }, 200_000);

  afterAll(() => {
    if (hasTmux) spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  });

  it('mirrors the screen: menu on the right, text to the right edge, ticker moving rightwards', async () => {
    const home = mkdtempSync(join(tmpdir(), 'tidings-rtl-'));
    tmux('new-session', '-d', '-s', 'rtl', '-x', '100', '-y', '30',
      `env -i PATH="${process.env.PATH}" HOME="${home}" TIDINGS_HOME="${home}" TERM=xterm-256color ${process.execPath} ${BIN} --edition demo-ar; sleep 30`);
    // 100 columns: a list of 73, the rule, a menu of 26 at the right.
    let s = await waitForScreen((x) => x.split('\n').filter((l) => l.includes('│')).length > 10 && SHAPED.test(x), 'the home screen');
    const rows = s.split('\n');
    const body = rows.slice(2, 20);
    expect(body.every((l) => displayWidth(l.slice(0, l.indexOf('│'))) === 73)).toBe(true);
    // The menu's cursor at the right edge, its titles shaped; the edition's title ends the top bar.
    // Row 0 is All (الكل, shaped), row 1 the first section, where the app opens.
    expect(body[0].trimEnd()).toMatch(/ﻞﻜﻟﺍ$/);
    expect(body[1].trimEnd()).toMatch(/‹$/);
    expect(body.filter((l) => SHAPED.test(l.slice(l.indexOf('│')))).length).toBeGreaterThan(10);
    expect(rows[0].trimEnd()).toMatch(/ﺔﻴﺒﻳﺮﺠﺘﻟﺍ ﺰﻐﻨﻳﺪﻴﺗ$/);

    // The ticker: its label at the right end, the strip shifting one cell rightwards a step.
    const strip = (x: string) => x.split('\n')[1].replace(/ [◂‹‖] \S+\s*$/, '');
    const before = strip(s);
    s = await waitForScreen((x) => strip(x) !== before, 'the ticker to move');
    const after = strip(s);
    // Cell by cell (a shadda rides on its letter): what was at column c is now at c + n.
    const [was, now] = [before, after].map((line) => graphemes(line).map((g) => g.text));
    const moved = [1, 2, 3, 4, 5, 6].find((n) => now.slice(n).join('') === was.slice(0, was.length - n).join(''));
    expect(moved, `before: ${before}\nafter:  ${after}`).toBeDefined();

    // ← goes into the list (left of the menu); Enter reads the story, its body against the right edge.
    keys('Left');
    await waitForScreen((x) => x.split('\n').some((l) => l.includes('‹│')), 'the list cursor');
    keys('Enter');
    s = await waitForScreen((x) => /^ \d+%/m.test(x) && x.split('\n').filter((l) => SHAPED.test(l)).length > 12, 'the article');
    const text = s.split('\n').slice(1, -3).filter((l) => SHAPED.test(l)).map((l) => l.trimEnd());
    expect(text.filter((l) => displayWidth(l) === 99).length, s).toBeGreaterThan(text.length * 0.8);
    keys('Escape');
    await waitForScreen((x) => x.split('\n').some((l) => l.includes('‹│')), 'the list again');
    keys('q');
    await waitForScreen((x) => !x.includes('│'), 'the app to quit');
  }, 60_000);
});
