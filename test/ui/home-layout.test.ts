import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/core/edition/edition.js';
import type { Headline } from '../../src/core/edition/headlines.js';
import { ENGLISH } from '../../src/core/i18n/messages.js';
import { displayWidth, graphemes } from '../../src/core/text/width.js';
import { headlineRowParts, sectionRowParts, tickerRow, topBarRow, visualParts, type Row } from '../../src/ui/rows.js';
import { homeBodyRows, homeLayout } from '../../src/ui/screens/home-layout.js';
import { listPaneRows, menuPaneRows } from '../../src/ui/screens/home-panes.js';
import { headlineColumns } from '../../src/ui/state/headline-rows.js';
import { LIST_START } from '../../src/ui/state/list-window.js';
import { visibleSectionRows } from '../../src/ui/state/section-rows.js';
import { tickerFrame, tickerStart, type TickerItem } from '../../src/ui/state/ticker.js';
import { statusRows } from '../../src/ui/status-rows.js';
import { createTheme } from '../../src/ui/theme.js';
import { TEST_NOW } from '../helpers/fake-services.js';

const theme = createTheme(false);
const text = (row: Row) => row.parts.map((p) => p.text).join('');
// The characters of a row from screen column `from` (0-based) to `to`, counted in cells.
const cells = (row: Row, from: number, to = Number.POSITIVE_INFINITY) => {
  let at = 0;
  let out = '';
  for (const g of graphemes(text(row))) {
    if (at >= from && at < to) out += g.text;
    at += g.width;
  }
  return out;
};
const section = (id: string, title: string, children: Section[] = []): Section =>
  ({ id, title, path: [title], feeds: [], match: { paths: [], categories: [] }, children });
const headline = (title: string, minutesAgo = 5): Headline => ({
  key: title, title, link: `https://news.test/${encodeURIComponent(title)}`, source: 'Wire', summary: '',
  published: new Date(TEST_NOW.getTime() - minutesAgo * 60_000).toISOString(), updated: null, categories: [], sectionIds: [],
} as unknown as Headline);

describe('homeLayout', () => {
  it('puts the menu at the left for ltr and at the right for rtl, the list beside it', () => {
    const ltr = homeLayout(100, 30, 'sections', 'ltr');
    const rtl = homeLayout(100, 30, 'sections', 'rtl');
    expect([ltr.treeWidth, ltr.listWidth]).toEqual([rtl.treeWidth, rtl.listWidth]);
    expect(ltr.treeX).toBe(0);
    expect(ltr.listX).toBe(ltr.treeWidth + 1);
    expect(rtl.listX).toBe(0);
    expect(rtl.treeX).toBe(rtl.listWidth + 1);
    expect(rtl.treeX + rtl.treeWidth).toBe(100);
  });

  it('shows one pane, the whole width, on a narrow screen either way', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      expect(homeLayout(40, 12, 'sections', dir)).toMatchObject({ treeWidth: 40, listWidth: 0, treeX: 0, listX: -1 });
      expect(homeLayout(40, 12, 'headlines', dir)).toMatchObject({ treeWidth: 0, listWidth: 40, treeX: -1, listX: 0 });
    }
  });
});

describe('the body rows', () => {
  const sections = [section('news', 'News', [section('politics', 'Politics')]), section('sport', 'Sport')];
  const menu = { rows: visibleSectionRows(sections, new Set()), selectedId: 'politics', unread: new Map([['news', 3], ['politics', 12]]), focused: true };
  const list = { headlines: [headline('Budget passes'), headline('日本語のニュース速報', 90)], window: LIST_START, focused: false, read: new Set<string>(), bookmarked: new Set<string>(), fresh: new Set<string>(), now: TEST_NOW, empty: 'Nothing here' };

  it('lays the menu, the rule and the list side by side in reading order, each row the screen wide', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const layout = homeLayout(90, 12, 'sections', dir);
      const tree = menuPaneRows(menu, { width: layout.treeWidth, height: layout.bodyHeight, theme, dir, bidi: 'reorder', messages: ENGLISH });
      const items = listPaneRows(list, { width: layout.listWidth, height: layout.bodyHeight, theme, dir, bidi: 'reorder', messages: ENGLISH });
      const body = homeBodyRows(layout, tree, items, theme);
      expect(body).toHaveLength(layout.bodyHeight);
      for (const row of body) expect(displayWidth(text(row))).toBe(90);
      const rule = dir === 'rtl' ? layout.listWidth : layout.treeWidth;
      expect(body.every((row) => cells(row, rule, rule + 1) === '│')).toBe(true);
      const menuCells = (row: Row) => cells(row, layout.treeX, layout.treeX + layout.treeWidth);
      // Row 0 is All, row 1 the News group.
      expect(menuCells(body[2]).trim()).toMatch(dir === 'rtl' ? /^12 +Politics +‹$/ : /^› +Politics +12$/);
    }
  });

  it('right-aligns menu titles for rtl: the count on the left, ▾ and the cursor on the right', () => {
    const [, group] = visibleSectionRows(sections, new Set()); // after All
    const row = text(sectionRowParts(group, true, true, 3, 20, theme, 'rtl'));
    expect(row).toBe(`3${' '.repeat(12)}News ▾‹`);
    expect(text(sectionRowParts(group, true, true, 3, 20, theme, 'ltr'))).toBe(`›▾ News${' '.repeat(12)}3`);
    const collapsed = visibleSectionRows(sections, new Set(['news']))[1];
    expect(text(sectionRowParts(collapsed, false, false, 0, 12, theme, 'rtl'))).toBe('     News ◂ ');
  });

  it('right-aligns headlines for rtl, padding on the left by display width (wide characters count two)', () => {
    const cols = headlineColumns(60, ENGLISH);
    const marks = { bidi: 'reorder' as const, selected: true, focused: true, unread: true, bookmarked: true, fresh: false };
    const wide = text(headlineRowParts(headline('日本語のニュース速報', 90), cols, TEST_NOW, marks, theme, ENGLISH, 'rtl'));
    expect(displayWidth(wide)).toBe(60);
    expect(wide).toMatch(/^1h +Wire +日本語のニュース速報 ★•‹$/);
    const ltr = text(headlineRowParts(headline('日本語のニュース速報', 90), cols, TEST_NOW, marks, theme, ENGLISH, 'ltr'));
    expect(ltr).toMatch(/^›•★ 日本語のニュース速報 +Wire +1h$/);
    expect(displayWidth(ltr)).toBe(60);
  });

  it('puts Arabic titles in visual order, shaped, against the right edge', () => {
    const cols = headlineColumns(50, ENGLISH);
    const marks = { bidi: 'reorder' as const, selected: false, focused: false, unread: false, bookmarked: false, fresh: false };
    const row = text(headlineRowParts(headline('أول خط حافلات'), cols, TEST_NOW, marks, theme, ENGLISH, 'rtl'));
    expect(row).toMatch(/ﺕﻼﻓﺎﺣ ﻂﺧ ﻝﻭﺃ {4}$/);
    expect(displayWidth(row)).toBe(50);
  });

  it('says the list is empty from the start edge', () => {
    const f = { width: 30, height: 3, theme, bidi: 'reorder' as const, messages: ENGLISH };
    const empty = { ...list, headlines: [] };
    expect(listPaneRows(empty, { ...f, dir: 'ltr' }).map(text)).toEqual(['  Nothing here'.padEnd(30), ' '.repeat(30), ' '.repeat(30)]);
    expect(text(listPaneRows(empty, { ...f, dir: 'rtl' })[0])).toBe('Nothing here  '.padStart(30));
  });
});

describe('top bar, ticker and status bar', () => {
  const info = { edition: 'Tidings', path: ['News', 'Politics'], now: TEST_NOW, phase: 'idle' as const, network: 'online' as const, unread: 5, messages: ENGLISH };

  it('mirrors the top bar: counts and state at the left, the path ending at the right edge', () => {
    const ltr = text(topBarRow(info, 80, theme, 'ltr'));
    const rtl = text(topBarRow(info, 80, theme, 'rtl'));
    expect(ltr).toMatch(/^ Tidings › News › Politics +\d\d:\d\d {2}● online {2}5 unread $/);
    expect(rtl).toMatch(/^ 5 unread {2}● online {2}\d\d:\d\d +Tidings › News › Politics $/);
    expect(displayWidth(rtl)).toBe(80);
  });

  it('keeps each part\'s style when right-to-left text is put in visual order', () => {
    const parts = visualParts([{ text: 'تيدينغز', style: theme.brand }, { text: ' › مباشر', style: theme.chrome }], 'reorder', 'rtl');
    expect(parts.map((p) => p.text).join('')).toBe('ﺮﺷﺎﺒﻣ ‹ ﺰﻐﻨﻳﺪﻴﺗ');
    expect(parts.find((p) => p.text.includes('ﺰﻐﻨﻳﺪﻴﺗ'))?.style).toBe(theme.brand);
    expect(parts.find((p) => p.text.includes('ﺮﺷﺎﺒﻣ'))?.style).toBe(theme.chrome);
  });

  it('puts the ticker\'s label on the right for rtl, the marker pointing the way the strip moves', () => {
    const state = tickerStart([{ key: 'a', text: 'Alpha' }, { key: 'b', text: 'Beta' }]);
    expect(text(tickerRow(state, 30, false, false, theme, ENGLISH, 'ltr'))).toMatch(/^BREAKING ▸ Alpha/);
    expect(text(tickerRow(state, 30, false, false, theme, ENGLISH, 'rtl'))).toMatch(/Alpha ◂ BREAKING$/);
    expect(text(tickerRow(state, 30, false, true, theme, ENGLISH, 'rtl'))).toMatch(/ ‹ BREAKING$/);
    expect(text(tickerRow(tickerStart([]), 40, false, false, theme, ENGLISH, 'rtl'))).toBe('No breaking news right now  BREAKING'.padStart(40));
  });

  it('mirrors the status bar: position at the left, message and hints from the right', () => {
    const info2 = { message: { text: 'Refreshed', kind: 'info' as const }, prompt: null, right: '1/4', hints: ['j/k move', 'q quit'] };
    const rtl = statusRows(info2, { width: 40, lines: 2, theme, dir: 'rtl', bidi: 'reorder' }).map(text);
    expect(rtl).toEqual([' 1/4 ' + 'Refreshed '.padStart(35), 'j/k move  q quit '.padStart(40)]);
    const ltr = statusRows(info2, { width: 40, lines: 2, theme, dir: 'ltr', bidi: 'reorder' }).map(text);
    expect(ltr).toEqual([' Refreshed'.padEnd(35) + ' 1/4 ', ' j/k move  q quit'.padEnd(40)]);
  });

  it('cuts a long right-to-left message at its end, before putting it in visual order', () => {
    const message = { text: 'نسخة تجريبية دون اتصال: كل القصص هنا محتوى متخيَّل', kind: 'notice' as const };
    const [first] = statusRows({ message, prompt: null, right: '', hints: [] }, { width: 20, lines: 2, theme, dir: 'rtl', bidi: 'reorder' }).map(text);
    expect(first.startsWith('…')).toBe(true);
    expect(first.endsWith('ﺔﺨﺴﻧ ')).toBe(true);
  });
});

describe('tickerFrame right to left', () => {
  const items = (...texts: string[]): TickerItem[] => texts.map((t, i) => ({ key: `k${i}`, text: t }));
  const strip = (f: ReturnType<typeof tickerFrame>) => f.spans.map((s) => s.text).join('');

  it('starts at the right edge and moves right as the offset grows (ltr moves left)', () => {
    const list = items('Alpha', 'Beta');
    expect(strip(tickerFrame(list, 0, 12, 'rtl'))).toBe('ta  •  Alpha');
    for (let offset = 0; offset < 40; offset++) {
      const now = strip(tickerFrame(list, offset, 12, 'rtl'));
      const next = strip(tickerFrame(list, offset + 1, 12, 'rtl'));
      expect(next.slice(1)).toBe(now.slice(0, -1));
      const ltrNow = strip(tickerFrame(list, offset, 12, 'ltr'));
      const ltrNext = strip(tickerFrame(list, offset + 1, 12, 'ltr'));
      expect(ltrNext.slice(0, -1)).toBe(ltrNow.slice(1));
    }
  });

  it('names the same item under the marker as ltr at every offset, and loops without a seam', () => {
    const list = items('Alpha', 'Beta', 'Gamma');
    const { cycle } = tickerFrame(list, 0, 1, 'rtl');
    for (let offset = 0; offset < cycle; offset++) {
      expect(tickerFrame(list, offset, 10, 'rtl').current).toBe(tickerFrame(list, offset, 10, 'ltr').current);
    }
    expect(strip(tickerFrame(list, cycle + 3, 10, 'rtl'))).toBe(strip(tickerFrame(list, 3, 10, 'rtl')));
  });

  it('never cuts a wide character at either edge', () => {
    const list = items('日本語ニュース', 'ok');
    for (let offset = 0; offset < 30; offset++) {
      for (const width of [5, 6, 7]) expect(displayWidth(strip(tickerFrame(list, offset, width, 'rtl')))).toBe(width);
    }
  });
});
