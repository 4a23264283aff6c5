import { describe, expect, it } from 'vitest';
import type { Bookmark } from '../../../src/core/bookmarks/types.js';
import { createMessages, ENGLISH } from '../../../src/core/i18n/messages.js';
import { displayWidth } from '../../../src/core/text/width.js';
import { bookmarkCells, bookmarkColumns, savedText } from '../../../src/ui/state/bookmark-rows.js';
import { deletedMessage } from '../../../src/ui/state/bookmarks-state.js';

const NOW = new Date('2026-11-25T10:00:00Z');
const mark = (title: string, minutesAgo: number, source = 'Wire', tags: string[] = []): Bookmark => ({
  id: title, url: `https://x.test/${title}`, title, source, section: '', tags, note: '', hasArticle: true,
  savedAt: new Date(NOW.getTime() - minutesAgo * 60_000).toISOString(),
});

describe('bookmark rows', () => {
  it('says how long ago, "just now" included', () => {
    expect(savedText(mark('a', 0), NOW, ENGLISH)).toBe('saved just now');
    expect(savedText(mark('a', 90), NOW, ENGLISH)).toBe('saved 1h ago');
    expect(savedText(mark('a', 3 * 1440), NOW, createMessages('es'))).toBe('guardado hace 3 d');
    expect(savedText(mark('a', 3 * 1440), NOW, createMessages('ar'))).toBe('حُفظ قبل 3 أيام');
  });

  it.each(['en', 'es', 'ar'])('keeps the saved time whole in %s, whatever its age', (lang) => {
    const messages = createMessages(lang);
    const cols = bookmarkColumns([mark('t', 0)], 120, messages);
    for (const minutes of [0, 59, 600, 1440 * 6, 1440 * 7 * 51, 1440 * 800]) {
      expect(displayWidth(savedText(mark('t', minutes), NOW, messages))).toBeLessThanOrEqual(cols.age);
    }
  });

  it.each([30, 40, 50, 80, 120])('never cuts the saved time, and fills exactly %i cells', (width) => {
    const items = [mark('A long title that will not fit in a narrow list at all', 0, 'Some Very Long Source Name', ['one', 'two']), mark('short', 3 * 1440)];
    const cols = bookmarkColumns(items, width, ENGLISH);
    for (const b of items) {
      const cells = bookmarkCells(b, cols, NOW, ENGLISH);
      expect(cells.age.trim()).toBe(savedText(b, NOW, ENGLISH));
      expect(cols.marks + cells.title.length + cells.meta.length + cells.age.length).toBe(width);
    }
  });

  it.each([40, 80, 120])('mirrors a row right to left at %i cells: title and source from the right, the saved time at the left edge', (width) => {
    const ar = createMessages('ar');
    const items = [mark('عنوان قصير', 3 * 1440, 'وكالة', ['اقتصاد']), mark('x', 0)];
    const cols = bookmarkColumns(items, width, ar);
    for (const b of items) {
      const ltr = bookmarkCells(b, cols, NOW, ar, 'terminal', 'ltr');
      const rtl = bookmarkCells(b, cols, NOW, ar, 'terminal', 'rtl');
      // Same cells, each as wide as before; only where the padding goes changes.
      expect([rtl.title, rtl.meta, rtl.age].map((c) => displayWidth(c))).toEqual([ltr.title, ltr.meta, ltr.age].map((c) => displayWidth(c)));
      expect(rtl.title).toMatch(/^ +\S/);
      expect(rtl.title.trimStart()).toBe(ltr.title.trimEnd());
      expect(rtl.age.trim()).toBe(savedText(b, NOW, ar));
      expect(rtl.age).toMatch(/^\S.* {2}$/);
      if (cols.meta > 0) expect(rtl.meta).toMatch(/\S {2}$/);
    }
  });

  it('gives the source column up before the title gets too short', () => {
    const cols = bookmarkColumns([mark('t', 1, 'A Source With A Long Name')], 34, ENGLISH);
    expect(cols.meta).toBe(0);
    expect(cols.title).toBeGreaterThanOrEqual(12);
  });
});

describe('the message after a delete', () => {
  it('keeps "u to undo" in the room it has, shortening the title', () => {
    expect(deletedMessage('Short', 60, ENGLISH)).toBe('Deleted “Short” — u to undo');
    const long = deletedMessage('x'.repeat(100), 40, ENGLISH);
    expect(long).toHaveLength(40);
    expect(long).toMatch(/^Deleted “x+…” — u to undo$/);
    expect(deletedMessage('x'.repeat(100), 20, ENGLISH)).toBe('Deleted — u to undo');
    expect(deletedMessage('x'.repeat(100), 40, createMessages('es'))).toMatch(/^Eliminado «x+…» — u para deshacer$/);
  });
});
