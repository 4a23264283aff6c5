import { describe, expect, it } from 'vitest';
import type { Key } from 'ink';
import { buildEditionIndex } from '../../../src/core/edition/headlines.js';
import { parseTags } from '../../../src/ui/state/bookmarks-state.js';
import { createMessages, ENGLISH } from '../../../src/core/i18n/messages.js';
import { displayLine, filterHeadlines, headlineCells, headlineColumns } from '../../../src/ui/state/headline-rows.js';
import { editLine } from '../../../src/ui/state/line-edit.js';
import { feedFailures, feedName, networkState, newHeadlineKeys, refreshMessage } from '../../../src/ui/state/news-report.js';
import { sectionAncestors, unreadCounts, visibleSectionRows } from '../../../src/ui/state/section-rows.js';
import { displayWidth } from '../../../src/core/text/width.js';
import { fakeServices, TEST_NOW } from '../../helpers/fake-services.js';

const key = (over: Partial<Key> = {}) => ({ return: false, escape: false, backspace: false, delete: false, ctrl: false, meta: false, tab: false, upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, ...over }) as Key;

describe('line editing', () => {
  it('types, deletes a grapheme, clears, submits and cancels', () => {
    expect(editLine('ab', 'c', key())).toEqual({ type: 'change', text: 'abc' });
    expect(editLine('a👍', '', key({ backspace: true }))).toEqual({ type: 'change', text: 'a' });
    expect(editLine('abc', 'u', key({ ctrl: true }))).toEqual({ type: 'change', text: '' });
    expect(editLine('abc', '', key({ return: true }))).toEqual({ type: 'submit', text: 'abc' });
    expect(editLine('abc', '', key({ escape: true }))).toEqual({ type: 'cancel' });
    expect(editLine('a', '\u001b[31mx', key())).toEqual({ type: 'change', text: 'a [31mx' });
  });
});

describe('tags', () => {
  it('reads comma or space separated tags, # optional, once each', () => {
    expect(parseTags(' #morning, later  later,,x ')).toEqual(['morning', 'later', 'x']);
    expect(parseTags('')).toEqual([]);
  });
});

describe('sections and headlines', () => {
  const { edition } = fakeServices();

  it('opens with the All entry, hides the children of collapsed groups and knows ancestors', () => {
    const rows = visibleSectionRows(edition.sections, new Set(['news']));
    expect(rows[0].section).toMatchObject({ id: '*', title: 'All', path: ['All'] });
    expect(rows.map((r) => `${r.depth}:${r.section.id}:${r.expanded}`)).toEqual(['0:*:false', '0:news:false', '0:sport:false', '0:regions:true', '1:europe:false']);
    expect(sectionAncestors(edition.sections, 'europe')).toEqual(['regions']);
    expect(sectionAncestors(edition.sections, 'nope')).toEqual([]);
  });

  it('counts unread per section from the snapshot, corrected for marks made since it loaded', async () => {
    const snapshot = await fakeServices().services.news.load({ offline: true });
    const assembly = snapshot.index.all.find((h) => h.title.startsWith('Assembly'))!.key;
    expect(unreadCounts(snapshot, new Set()).bySection.get('news')).toBe(3);
    const counts = unreadCounts(snapshot, new Set([assembly]));
    expect(counts.bySection.get('news')).toBe(2);
    expect(counts.bySection.get('politics')).toBe(1);
    expect(counts.total).toBe(snapshot.index.all.length - 1);
    // The All entry counts the whole edition, marks made since included.
    expect(counts.bySection.get('*')).toBe(counts.total);
    expect(unreadCounts(null, new Set()).total).toBe(0);
  });

  it('lays out columns for the pane width and filters on every word', async () => {
    const { index } = await fakeServices().services.news.load({ offline: true });
    for (const width of [30, 50, 80, 140]) {
      const cols = headlineColumns(width, ENGLISH);
      const cells = headlineCells(index.all[0], cols, TEST_NOW, ENGLISH);
      expect(cols.marks + displayWidth(cells.title + cells.source + cells.age)).toBe(width);
    }
    expect(headlineColumns(40, ENGLISH).source).toBe(0);
    expect(filterHeadlines(index.all, 'BANK rates').map((h) => h.title)).toEqual(['Central bank holds rates']);
    expect(filterHeadlines(index.all, '  ')).toBe(index.all);
  });
});

describe('right-to-left titles', () => {
  it('are cut first (keeping the start), then put in visual order for terminals without bidi', () => {
    const title = 'أول خط حافلات';
    expect(displayLine(title, 40, 'terminal')).toBe(title);
    // Reversed, and shaped: initial, medial and final forms, lam-alef as one ligature.
    expect(displayLine(title, 40, 'reorder')).toBe('ﺕﻼﻓﺎﺣ ﻂﺧ ﻝﻭﺃ');
    const cut = displayLine(title, 6, 'reorder');
    expect(displayWidth(cut)).toBe(6);
    expect(cut.startsWith('…')).toBe(true);
    expect(displayLine('Plain title', 5, 'reorder')).toBe('Plai…');
  });
});

describe('refresh reports', () => {
  it('announces new items and the first failure by feed name', async () => {
    const { services, edition } = fakeServices({ failFeed: undefined });
    const before = await services.news.load({ offline: false });
    const empty = buildEditionIndex(edition, new Map(), TEST_NOW);
    expect(newHeadlineKeys(empty, before.index)).toEqual([]);
    expect(newHeadlineKeys(null, before.index)).toEqual([]);
    const failing = before.results.map((r, i) => (i === 0 ? { ...r, status: 'error' as const, error: { reason: 'http-status' as const, message: 'HTTP 403 Forbidden' } } : r));
    expect(refreshMessage(edition, failing, 2, ENGLISH)).toEqual({ text: '2 new headlines · Wire: HTTP 403 Forbidden', kind: 'error' });
    expect(refreshMessage(edition, failing, 2, createMessages('ar')).text).toBe('عنوانان جديدان · Wire: HTTP 403 Forbidden');
    expect(refreshMessage(edition, before.results, 0, ENGLISH)).toEqual({ text: 'Up to date', kind: 'info' });
    expect(networkState(before.results)).toBe('online');
    // "online" only when every feed answered: one failure of two is not online.
    expect(networkState(failing)).toBe('partial');
    expect(feedFailures(failing)).toEqual({ failed: 1, total: 2 });
    const unreachable = failing.map((r) => ({ ...r, status: 'error' as const, error: { reason: 'network' as const, message: 'ENOTFOUND' } }));
    expect(networkState(unreachable)).toBe('offline');
    // Every server answered, each with an error: reachable, but every feed failed.
    expect(networkState(failing.map((r) => ({ ...r, status: 'error' as const, error: { reason: 'http-status' as const, message: 'HTTP 500' } })))).toBe('partial');
    expect(feedName(edition, 'https://other.test/x.xml')).toBe('other.test');
  });
});
