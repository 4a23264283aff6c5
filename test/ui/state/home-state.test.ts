import { describe, expect, it } from 'vitest';
import { resolveEdition } from '../../../src/core/edition/edition.js';
import { homeReducer, homeStateFor, initialHomeState } from '../../../src/ui/state/home-state.js';

const ids = ['news', 'politics', 'economy', 'sport'];

describe('home reducer', () => {
  it('starts on a section with the menu focused, or the headlines when a section was asked for', () => {
    expect(initialHomeState('news')).toMatchObject({ focus: 'sections', sectionId: 'news', filter: '' });
    expect(initialHomeState('politics', 'headlines').focus).toBe('headlines');
  });

  it('cycles focus through the panes it is given', () => {
    let s = initialHomeState('news');
    s = homeReducer(s, { type: 'cycle-focus', by: 1 });
    expect(s.focus).toBe('headlines');
    s = homeReducer(s, { type: 'cycle-focus', by: 1, panes: ['sections', 'headlines'] });
    expect(s.focus).toBe('sections');
    expect(homeReducer(s, { type: 'cycle-focus', by: -1 }).focus).toBe('ticker');
  });

  it('moves through the visible sections and resets the list for a new one', () => {
    let s = homeReducer(initialHomeState('news'), { type: 'move-list', move: { type: 'move', by: 3 }, count: 10, height: 5 });
    s = homeReducer(s, { type: 'move-section', by: 1, ids });
    expect(s).toMatchObject({ sectionId: 'politics', list: { cursor: 0, top: 0 } });
    expect(homeReducer(s, { type: 'move-section', by: 9, ids }).sectionId).toBe('sport');
    expect(homeReducer(s, { type: 'move-section', by: 0, to: 'first', ids }).sectionId).toBe('news');
    expect(homeReducer(s, { type: 'move-section', by: -9, ids }).sectionId).toBe('news');
  });

  it('folds and unfolds groups', () => {
    let s = homeReducer(initialHomeState('news'), { type: 'toggle-section', id: 'news' });
    expect([...s.collapsed]).toEqual(['news']);
    s = homeReducer(s, { type: 'expand-sections', ids: ['news'] });
    expect(s.collapsed.size).toBe(0);
  });

  it('filters: typing resets the cursor, Enter keeps the filter, Esc clears it', () => {
    let s = homeReducer(initialHomeState('news'), { type: 'start-filter' });
    expect(s).toMatchObject({ filtering: true, focus: 'headlines' });
    s = homeReducer(homeReducer(s, { type: 'move-list', move: { type: 'move', by: 2 }, count: 9, height: 5 }), { type: 'edit-filter', text: 'bank' });
    expect(s).toMatchObject({ filter: 'bank', list: { cursor: 0 } });
    s = homeReducer(s, { type: 'commit-filter' });
    expect(s).toMatchObject({ filter: 'bank', filtering: false });
    expect(homeReducer(s, { type: 'clear-filter' })).toMatchObject({ filter: '', filtering: false });
  });

  it('returns the same state for no-op intents (so memoised panes do not redraw)', () => {
    const s = initialHomeState('news');
    expect(homeReducer(s, { type: 'focus', pane: 'sections' })).toBe(s);
    expect(homeReducer(s, { type: 'select-section', id: 'news' })).toBe(s);
    expect(homeReducer(s, { type: 'fit-list', count: 10, height: 5 })).toBe(s);
  });
});

describe('unread only', () => {
  it('toggles, and starts the list again at its top', () => {
    let s = homeReducer(initialHomeState('news'), { type: 'move-list', move: { type: 'move', by: 2 }, count: 5, height: 10 });
    expect(s.list.cursor).toBe(2);
    s = homeReducer(s, { type: 'toggle-unread-only' });
    expect(s).toMatchObject({ unreadOnly: true, list: { cursor: 0 } });
    expect(homeReducer(s, { type: 'toggle-unread-only' }).unreadOnly).toBe(false);
  });
});

describe('sources menu', () => {
  it('switches the menu, opening at the first source, and back to the section left', () => {
    let s = homeReducer({ ...initialHomeState('politics'), focus: 'headlines', filter: 'x' }, { type: 'toggle-menu', first: 'source:a' });
    expect(s).toMatchObject({ menu: 'sources', sectionId: 'source:a', otherId: 'politics', focus: 'sections', filter: '' });
    s = homeReducer(s, { type: 'select-section', id: 'source:b' });
    s = homeReducer(s, { type: 'toggle-menu', first: 'source:a' });
    expect(s).toMatchObject({ menu: 'sections', sectionId: 'politics', otherId: 'source:b' });
    expect(homeReducer(s, { type: 'toggle-menu', first: 'source:a' }).sectionId).toBe('source:b');
  });

  it('opens at All when asked for it, or when the edition has no sections; else at its first section', () => {
    const { sections } = resolveEdition({ name: 'e', title: 'E', feeds: [], sections: [{ id: 'news', title: 'News' }] }, 'file:///e/e.json');
    expect(homeStateFor(sections)).toMatchObject({ sectionId: 'news', focus: 'sections' });
    expect(homeStateFor(sections, 'all')).toMatchObject({ sectionId: '*', focus: 'headlines' });
    expect(homeStateFor([])).toMatchObject({ sectionId: '*', focus: 'sections' });
  });
});
