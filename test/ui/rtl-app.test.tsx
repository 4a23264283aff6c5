import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { displayWidth, graphemes } from '../../src/core/text/width.js';
import { homeFirstRows } from '../../src/ui/first-frame.js';
import { visualText } from '../../src/ui/rows.js';
import { homeLayout } from '../../src/ui/screens/home-layout.js';
import type { AppServices } from '../../src/ui/services-context.js';
import { editionServices } from '../helpers/edition-services.js';
import { renderApp } from '../helpers/render-app.js';

// The demos' stories are dated 22-25 November 2026: a fixed clock keeps ages and the top bar's time still.
const NOW = new Date('2026-11-25T12:00:00Z');

/** The real services over a built-in demo, its local feeds read once, opening on them. */
async function demo(name: string): Promise<{ services: AppServices; services0: AppServices }> {
  const services0 = { ...editionServices(name, mkdtempSync(join(tmpdir(), 'tidings-ui-rtl-'))), now: () => NOW };
  const news = await services0.news.load({ offline: false });
  const read = new Set([news.index.all[2].key]);
  const bookmarked = new Set<string>();
  return { services0, services: { ...services0, preloaded: { news, read, bookmarked, staleAt: Number.POSITIVE_INFINITY } } };
}

const trimmed = (text: string) => text.split('\n').map((l) => l.trimEnd()).join('\n');

/** The characters of a screen line between two columns (0-based, in cells). */
function cells(line: string, from: number, to: number): string {
  let at = 0;
  let out = '';
  for (const g of graphemes(line)) {
    if (at >= from && at < to) out += g.text;
    at += g.width;
  }
  return out;
}

describe('the first frame is the Ink home screen\'s first frame', () => {
  // The ticker holds still (its clock is an interval); the stores and files work as ever.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['demo', 100, 30, undefined],
    ['demo', 80, 24, 'economy'],
    ['demo-ar', 100, 30, undefined],
    ['demo-ar', 80, 24, 'economy'],
    ['demo-ar', 50, 16, undefined],
    ['demo-ar', 50, 16, 'live'],
  ])('%s at %sx%s (section %s)', async (name, columns, rows, section) => {
    const { services } = await demo(name);
    const preloaded = services.preloaded!;
    const expected = homeFirstRows({
      edition: services.news.edition, snapshot: preloaded.news, read: preloaded.read, bookmarked: preloaded.bookmarked, section,
      columns, rows, now: NOW, offline: false, refreshing: false, color: false, bidi: services.bidi, messages: services.messages,
    }).map((row) => row.parts.map((p) => p.text).join('')).join('\n');
    const app = await renderApp(services, { columns, rows, section });
    const frame = app.frame();
    app.unmount();
    expect(trimmed(frame)).toBe(trimmed(expected));
    // Every row fills the screen to the same width: nothing shifts when Ink takes over.
    for (const line of expected.split('\n')) expect(displayWidth(line)).toBe(columns);
  });
});

/** The Arabic demo's app on its politics list, `columns` wide, once the list is drawn. */
async function arabicPolitics(columns: number) {
  const { services } = await demo('demo-ar');
  const app = await renderApp(services, { columns, rows: 30, section: 'politics' });
  await app.waitFor(/^ 1\/\d+ /m);
  return { services, app };
}

describe('the Arabic demo, right to left', () => {
  it('has the section menu on the right, the rule between it and the list, and the menu\'s cursor at the right edge', async () => {
    const { services } = await demo('demo-ar');
    const app = await renderApp(services, { columns: 100, rows: 30 });
    const frame = await app.waitFor('│');
    // The arrows point where the panes are: ← into the list (left of the menu), → back.
    const listCursor = (f: string) => f.split('\n').some((line) => cells(line, 72, 74) === '‹│');
    expect(listCursor(frame)).toBe(false);
    expect(listCursor(await app.press('leftArrow'))).toBe(true);
    expect(listCursor(await app.press('rightArrow'))).toBe(false);
    app.unmount();
    const layout = homeLayout(100, 30, 'sections', 'rtl');
    expect(layout.listWidth).toBe(73);
    const body = frame.split('\n').slice(2, 2 + layout.bodyHeight);
    expect(body.every((line) => cells(line, layout.listWidth, layout.listWidth + 1) === '│')).toBe(true);
    // The menu's titles are Arabic and end at the screen's right edge; the list holds the headlines.
    const menu = body.map((line) => cells(line, layout.treeX, 100));
    // Row 0 is All; the app opens on the first section, the row after it.
    expect(menu[0].trimEnd().endsWith('‹')).toBe(false);
    expect(menu[1].trimEnd().endsWith('‹')).toBe(true);
    expect(menu.filter((m) => /[\ufe70-\ufefc]/.test(m)).length).toBeGreaterThan(10);
    expect(body.filter((line) => /•.?$/.test(cells(line, 0, layout.listWidth))).length).toBeGreaterThan(3);
    // The breaking label is at the right end of the ticker line.
    expect(frame.split('\n')[1].trimEnd()).toMatch(/ [◂‹‖] \S+$/);
  });

  it('mirrors the bookmarks screen: the star and cursor at the right edge, the saved time at the left', async () => {
    const { services, app } = await arabicPolitics(100);
    try {
      await app.press('b');
      await app.waitFor('★', 'the bookmark mark');
      await app.press('B');
      const saved = services.messages.t('bookmarks.savedNow');
      const frame = await app.waitFor((f) => f.includes(visualText(saved, services.bidi, 'rtl')), 'the saved bookmark');
      const row = frame.split('\n').find((line) => line.includes('★'))!;
      expect(displayWidth(row)).toBe(100);
      // Reading order from the right: cursor, star, title (Arabic, shaped); the time ends the row on the left.
      expect(cells(row, 98, 100)).toBe('★‹');
      expect(/[\ufe70-\ufefc]/.test(cells(row, 60, 97))).toBe(true);
      expect(row.startsWith(visualText(saved, services.bidi, 'rtl'))).toBe(true);
    } finally {
      app.unmount();
    }
  });

  it('shows the reader\'s keys as the keys they are: `]` for the next article, never its mirror image', async () => {
    const { services, app } = await arabicPolitics(120);
    try {
      await app.press('return');
      const frame = await app.waitFor((f) => f.includes(visualText(services.messages.t('hint.next'), services.bidi, 'rtl')), 'the reader hints');
      const hints = frame.split('\n').at(-1)!;
      expect(hints).toContain(`${visualText(services.messages.t('hint.next'), services.bidi, 'rtl')} ]`);
      expect(hints).not.toContain('[');
      expect(frame).not.toMatch(/[\u200e\u200f]/);
    } finally {
      app.unmount();
    }
  });

  it('right-aligns the article body in the reader', async () => {
    const { services } = await demo('demo-ar');
    const app = await renderApp(services, { columns: 100, rows: 30, section: 'politics' });
    await app.waitFor(/^ 1\/\d+ /m);
    await app.press('return');
    const loading = app.frame().split('\n').slice(1, 3);
    const frame = await app.waitFor((f) => !f.includes('ﻞﻴﻤﺤﺗ'), 'the article'); // "تحميل" (loading), shaped
    app.unmount();
    // While the page loads, its title and source are shown the same way: from the right, shaped.
    expect(loading.every((l) => displayWidth(l.trimEnd()) === 99 && /[\ufe70-\ufefc]/.test(l))).toBe(true);
    // Width 98 with a margin of 1 (ReaderScreen): right-aligned lines end at column 99.
    const lines = frame.split('\n').slice(1, -2).map((l) => l.trimEnd()).filter((l) => /[\ufe70-\ufefc]/.test(l));
    expect(lines.length, frame).toBeGreaterThan(5);
    const ends = lines.map((l) => displayWidth(l));
    expect(ends.filter((w) => w === 99).length).toBeGreaterThan(lines.length * 0.8);
    // Not merely full lines: short ones (a paragraph's last line) are padded on the left.
    expect(lines.some((l) => /^ {10,}\S/.test(l) && displayWidth(l) === 99)).toBe(true);
  });
});
