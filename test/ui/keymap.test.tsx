import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMessages, ENGLISH } from '../../src/core/i18n/messages.js';
import { KEYMAP, actionFor, hintsFor, keyLabel, type Action } from '../../src/ui/keymap.js';
import { fakeServices, item, TEST_NOW, type FakeLog, type FakeOptions } from '../helpers/fake-services.js';
import { renderApp, type Harness } from '../helpers/render-app.js';

/** How one binding is proven: where to stand, then what its key must change. */
interface Scenario {
  options?: FakeOptions;
  /** Keys pressed before the binding's key. */
  before?: string[];
  /** Keys pressed after it (to finish a prompt) before checking. */
  after?: string[];
  check(app: Harness, log: FakeLog, before: string): Promise<void> | void;
}

const LONG: FakeOptions = { wire: Array.from({ length: 60 }, (_, i) => item(`p${i}`, `Politics story ${i}`, '/news/politics/', i + 1)) };
const pos = (frame: string) => /(\d+)\/(\d+)\s*$/m.exec(frame.split('\n').slice(-3).join('\n'))?.slice(1).map(Number) ?? [];
const percent = (frame: string) => Number(/(\d+)%/.exec(frame)?.[1] ?? NaN);
const path = (frame: string) => frame.split('\n')[0];
/** The help overlay's lines below its title (they must move when it scrolls). */
const helpBody = (frame: string) => {
  expect(frame).toContain('Keys · Esc, ? or q closes');
  return frame.split('\n').slice(1).join('\n');
};
const HEADLINES = ['return'];
const READER = ['return', 'return'];
const TICKER = ['shift+tab'];

const SCENARIOS: Record<Action, Scenario> = {
  'app.quit': { check: (app) => expect(app.exited()).toBe(true) },
  'app.help': { check: async (app) => expect(await app.waitFor('Keys · Esc, ? or q closes')).toContain('Section menu') },
  'app.refresh': { check: async (app, log) => { await app.settle(); expect(log.newsLoads.filter((l) => !l.offline)).toHaveLength(2); } },
  'app.bookmarks': { check: async (app) => expect(await app.waitFor('No bookmarks yet')).toContain('Bookmarks') },
  'app.focusNext': { check: (app) => expect(app.frame()).toContain('⏎ read') },
  'app.focusPrev': { check: (app) => expect(app.frame()).toContain('h/l item') },
  // Without job control (these services have no suspend) it says so; test/ui/suspend.test.tsx has the rest.
  'app.suspend': { check: async (app) => expect(await app.waitFor('Ctrl-Z: suspending is not possible here')).toContain('Politics') },
  'ticker.pause': { check: (app) => expect(app.frame().split('\n')[1]).toMatch(/^BREAKING ‖ /) },

  'sections.down': { check: (app) => expect(path(app.frame())).toContain('News › Politics') },
  'sections.up': { before: ['j', 'j'], check: (app) => expect(path(app.frame())).toContain('News › Politics') },
  'sections.enter': { check: (app) => expect(app.frame()).toContain('⏎ read') },
  'sections.toggle': { check: (app) => expect(app.frame()).toMatch(/▸ News[\s\S]*Sport/) },
  'sections.collapse': { check: (app) => expect(app.frame()).not.toContain('Politics') },
  'sections.top': { before: ['G'], check: (app) => expect(path(app.frame())).not.toContain('Europe') },
  'sections.bottom': { check: (app) => expect(path(app.frame())).toContain('Regions › Europe') },
  'sections.markAllRead': { check: (app) => {
    expect(app.frame()).toContain('Marked 7 read — u to undo');
    expect(path(app.frame())).toContain(' 0 unread');
  } },
  'sections.undoMarkRead': { before: ['A'], check: (app) => expect(path(app.frame())).toContain('7 unread') },
  'sections.sources': { check: (app) => {
    expect(path(app.frame())).toContain('Sources › Wire');
    expect(app.frame()).toMatch(/› +Wire +5│/);
  } },
  'sections.unreadOnly': { before: ['j', 'j', 'return', 'm', 'h', 'k'], check: (app) => {
    expect(app.frame()).toContain('unread only');
    expect(app.frame()).not.toContain('Economy');
  } },
  'sections.search': { after: ['rail', 'return'], check: async (app) => {
    const frame = await app.waitFor('Rail treaty signed');
    expect(path(frame)).toContain('Search: rail');
    expect(frame).not.toContain('Assembly passes');
  } },

  'list.down': { before: HEADLINES, check: (app) => expect(pos(app.frame())).toEqual([2, 3]) },
  'list.up': { before: [...HEADLINES, 'j', 'j'], check: (app) => expect(pos(app.frame())).toEqual([2, 3]) },
  'list.pageDown': { options: LONG, before: HEADLINES, check: (app) => expect(pos(app.frame())[0]).toBeGreaterThan(5) },
  'list.pageUp': { options: LONG, before: [...HEADLINES, 'G'], check: (app) => expect(pos(app.frame())[0]).toBeLessThan(55) },
  'list.top': { options: LONG, before: [...HEADLINES, 'G'], check: (app) => expect(pos(app.frame())).toEqual([1, 60]) },
  'list.bottom': { options: LONG, before: HEADLINES, check: (app) => expect(pos(app.frame())).toEqual([60, 60]) },
  'list.open': { before: HEADLINES, check: async (app) => expect(await app.waitFor('Article at news/politics/p1')).toContain('0%') },
  'list.back': { before: HEADLINES, check: (app) => expect(app.frame()).toContain('⏎ headlines') },
  'list.filter': { before: HEADLINES, after: ['bank'], check: (app) => {
    expect(app.frame()).toContain('filter: bank');
    expect(app.frame()).not.toContain('Assembly passes');
  } },
  'list.bookmark': { before: HEADLINES, check: async (app) => {
    const frame = await app.waitFor('Bookmarked: Assembly');
    expect(frame).toMatch(/›•★ Assembly passes the budget/);
  } },
  'list.browser': { before: HEADLINES, check: async (app, log) => {
    expect(await app.waitFor('https://news.test/news/politics/p1')).toBeTruthy();
    expect(log.opened).toEqual(['https://news.test/news/politics/p1']);
  } },
  'list.markAllRead': { before: HEADLINES, check: (app) => {
    expect(app.frame()).toContain('Marked 3 read — u to undo');
    expect(path(app.frame())).toContain('4 unread');
  } },
  'list.undoMarkRead': { before: [...HEADLINES, 'A'], check: (app) => expect(path(app.frame())).toContain('7 unread') },
  'list.unreadOnly': { before: [...HEADLINES, 'm'], check: (app) => {
    expect(app.frame()).toContain('unread only  1/2');
    expect(app.frame()).not.toContain('Assembly passes');
  } },
  'list.toggleRead': { before: HEADLINES, check: (app, _log, before) => {
    expect(path(before)).toContain('7 unread');
    expect(path(app.frame())).toContain('6 unread');
  } },

  'ticker.open': { before: TICKER, check: async (app) => expect(await app.waitFor('Article at live/b1')).toBeTruthy() },
  'ticker.next': { before: TICKER, check: (app) => expect(app.frame().split('\n')[1]).toMatch(/^BREAKING › Governor to speak/) },
  'ticker.prev': { before: [...TICKER, 'l'], check: (app) => expect(app.frame().split('\n')[1]).toMatch(/^BREAKING › Fog closes/) },
  'ticker.leave': { before: TICKER, check: (app) => expect(app.frame()).toContain('⏎ read') },

  'reader.down': { before: READER, check: (app) => expect(percent(app.frame())).toBeGreaterThan(0) },
  'reader.up': { before: [...READER, 'j', 'j', 'j'], check: (app, _l, before) => expect(percent(app.frame())).toBeLessThan(percent(before)) },
  'reader.listen': { before: READER, check: (app, log) => {
    expect(app.frame()).toContain('Listening… L to stop');
    expect(log.spoken).toHaveLength(1);
  } },
  'reader.pageDown': { before: READER, check: (app) => expect(percent(app.frame())).toBeGreaterThan(10) },
  'reader.pageUp': { before: [...READER, 'G'], check: (app) => expect(percent(app.frame())).toBeLessThan(95) },
  'reader.halfDown': { before: READER, check: (app) => expect(percent(app.frame())).toBeGreaterThan(5) },
  'reader.halfUp': { before: [...READER, 'G'], check: (app) => expect(percent(app.frame())).toBeLessThan(100) },
  'reader.top': { before: [...READER, 'G'], check: (app) => expect(percent(app.frame())).toBe(0) },
  'reader.bottom': { before: READER, check: (app) => expect(app.frame()).toContain('Read next') },
  'reader.follow': { before: READER, after: ['2', 'return'], check: async (app) => expect(await app.waitFor('Article at linked/two')).toBeTruthy() },
  'reader.browser': { before: READER, check: async (app, log) => {
    await app.waitFor('https://news.test/news/politics/p1');
    expect(log.opened).toEqual(['https://news.test/news/politics/p1']);
  } },
  'reader.search': { before: READER, after: ['needle', 'return'], check: (app) => expect(app.frame()).toMatch(/1\/1\s+\d+%/) },
  'reader.nextMatch': { before: [...READER, '/', 'Plain words', 'return'], check: (app) => expect(app.frame()).toMatch(/ 2\/40 /) },
  'reader.prevMatch': { before: [...READER, '/', 'Plain words', 'return'], check: (app) => expect(app.frame()).toMatch(/ 40\/40 /) },
  'reader.bookmark': { before: READER, check: async (app) => expect(await app.waitFor('Bookmarked: Assembly')).toMatch(/★ \d+%/) },
  'reader.nextArticle': { before: READER, check: async (app) => expect(await app.waitFor('Article at news/economy/e1')).toBeTruthy() },
  'reader.back': { before: READER, check: (app) => expect(app.frame()).toContain('⏎ read') },

  'bookmarks.down': { before: [...HEADLINES, 'b', 'j', 'b', 'B'], check: (app) => expect(pos(app.frame())).toEqual([2, 2]) },
  'bookmarks.up': { before: [...HEADLINES, 'b', 'j', 'b', 'B', 'j'], check: (app) => expect(pos(app.frame())).toEqual([1, 2]) },
  'bookmarks.top': { before: [...HEADLINES, 'b', 'j', 'b', 'B', 'G'], check: (app) => expect(pos(app.frame())).toEqual([1, 2]) },
  'bookmarks.bottom': { before: [...HEADLINES, 'b', 'j', 'b', 'B'], check: (app) => expect(pos(app.frame())).toEqual([2, 2]) },
  'bookmarks.open': { before: [...HEADLINES, 'b', 'B'], check: async (app, log) => {
    await app.waitFor('Article at news/politics/p1');
    // Loaded once to save it; opening the bookmark reads the stored copy, not the network.
    expect(log.articleLoads).toHaveLength(1);
  } },
  'bookmarks.search': { before: [...HEADLINES, 'b', 'j', 'b', 'B'], after: ['bank'], check: async (app) => {
    const frame = await app.waitFor((f) => !f.includes('Assembly passes'));
    expect(frame).toContain('Central bank holds rates');
  } },
  'bookmarks.delete': { before: [...HEADLINES, 'b', 'B'], check: async (app) => expect(await app.waitFor('No bookmarks yet')).toContain('u to undo') },
  'bookmarks.undo': { before: [...HEADLINES, 'b', 'B', 'd'], check: async (app) => expect(await app.waitFor('Restored')).toContain('Assembly passes the budget') },
  'bookmarks.tags': { before: [...HEADLINES, 'b', 'B'], after: ['morning, later', 'return'], check: async (app) => expect(await app.waitFor('#morning #later')).toBeTruthy() },
  'bookmarks.back': { before: [...HEADLINES, 'b', 'B'], check: (app) => expect(app.frame()).toContain('⏎ read') },

  'help.down': { before: ['?'], check: (app, _l, before) => expect(helpBody(app.frame())).not.toBe(helpBody(before)) },
  'help.up': { before: ['?', 'j', 'j'], check: (app, _l, before) => expect(helpBody(app.frame())).not.toBe(helpBody(before)) },
  'help.pageDown': { before: ['?'], check: (app, _l, before) => expect(helpBody(app.frame())).not.toBe(helpBody(before)) },
  'help.pageUp': { before: ['?', 'space'], check: (app, _l, before) => expect(helpBody(app.frame())).not.toBe(helpBody(before)) },
  'help.close': { before: ['?'], check: (app) => {
    expect(app.frame()).toContain('⏎ headlines');
    expect(app.exited()).toBe(false);
  } },
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(TEST_NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

const cases = (Object.keys(KEYMAP) as Action[]).flatMap((action) => KEYMAP[action].keys.map((key) => [action, key] as const));

describe('every keymap binding, every key', () => {
  it.each(cases)('%s (%s)', async (action, key) => {
    const scenario = SCENARIOS[action];
    const { services, log } = fakeServices(scenario.options);
    const app = await renderApp(services, { columns: 80, rows: 24 });
    try {
      await app.waitFor(/ 1\/\d+ *\n/);
      for (const k of scenario.before ?? []) {
        await app.press(k);
        if (k === 'b') await app.waitFor('Bookmarked');
      }
      const before = app.frame();
      await app.press(key, ...(scenario.after ?? []));
      await scenario.check(app, log, before);
    } finally {
      app.unmount();
    }
  });
});

describe('keymap table', () => {
  it('labels keys for people', () => {
    expect(KEYMAP['list.pageDown'].keys.map(keyLabel)).toEqual(['Ctrl-d', 'PgDn']);
    expect(keyLabel('return')).toBe('Enter');
  });

  it('gives the status bar the hints of a scope, without repeats', () => {
    expect(hintsFor(['list', 'global'], ENGLISH).slice(0, 3)).toEqual(['j/k move', '⏎ read', '/ filter']);
    expect(hintsFor(['reader', 'global'], ENGLISH, ['app.quit'])).not.toContain('q quit');
    expect(hintsFor(['list', 'global'], createMessages('es')).slice(0, 3)).toEqual(['j/k mover', '⏎ leer', '/ filtrar']);
  });

  it('lets a screen scope win over a global key', () => {
    const key = { escape: false, ctrl: false, meta: false } as Parameters<typeof actionFor>[2];
    expect(actionFor(['reader', 'global'], 'q', key)).toBe('reader.back');
    expect(actionFor(['list', 'global'], 'q', key)).toBe('app.quit');
  });

  it('binds no key twice within a scope', () => {
    const seen = new Map<string, string>();
    for (const [name, b] of Object.entries(KEYMAP)) {
      for (const k of b.keys) {
        const id = `${b.scope}:${k}`;
        expect(seen.get(id), `${k} in ${b.scope}: ${name} and ${seen.get(id)}`).toBeUndefined();
        seen.set(id, name);
      }
    }
  });
});
