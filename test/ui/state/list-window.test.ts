import { describe, expect, it } from 'vitest';
import { clampWindow, LIST_START, moveWindow } from '../../../src/ui/state/list-window.js';

describe('list window', () => {
  it('moves the cursor and scrolls only to keep it in view', () => {
    let w = LIST_START;
    for (let i = 0; i < 12; i++) w = moveWindow(w, { type: 'move', by: 1 }, 100, 10);
    expect(w).toEqual({ cursor: 12, top: 3 });
    w = moveWindow(w, { type: 'move', by: -5 }, 100, 10);
    expect(w).toEqual({ cursor: 7, top: 3 });
  });

  it('stops at both ends', () => {
    expect(moveWindow(LIST_START, { type: 'move', by: -1 }, 5, 10)).toEqual(LIST_START);
    expect(moveWindow({ cursor: 4, top: 0 }, { type: 'move', by: 1 }, 5, 10)).toEqual({ cursor: 4, top: 0 });
  });

  it('pages by a screen, or half with Ctrl-d/u, moving view and cursor together', () => {
    expect(moveWindow(LIST_START, { type: 'page', dir: 1 }, 100, 10)).toEqual({ cursor: 10, top: 10 });
    expect(moveWindow(LIST_START, { type: 'page', dir: 1, half: true }, 100, 10)).toEqual({ cursor: 5, top: 5 });
    expect(moveWindow({ cursor: 95, top: 90 }, { type: 'page', dir: 1 }, 100, 10)).toEqual({ cursor: 99, top: 90 });
    expect(moveWindow({ cursor: 3, top: 0 }, { type: 'page', dir: -1 }, 100, 10)).toEqual({ cursor: 0, top: 0 });
  });

  it('jumps to first and last', () => {
    expect(moveWindow(LIST_START, { type: 'last' }, 5000, 20)).toEqual({ cursor: 4999, top: 4980 });
    expect(moveWindow({ cursor: 4999, top: 4980 }, { type: 'first' }, 5000, 20)).toEqual(LIST_START);
  });

  it('refits when the list shrinks or the screen gets shorter, keeping the same object when nothing changes', () => {
    expect(clampWindow({ cursor: 50, top: 45 }, 10, 5)).toEqual({ cursor: 9, top: 5 });
    expect(clampWindow({ cursor: 12, top: 3 }, 100, 5)).toEqual({ cursor: 12, top: 8 });
    const same = { cursor: 2, top: 0 };
    expect(clampWindow(same, 10, 5)).toBe(same);
    expect(clampWindow({ cursor: 3, top: 2 }, 0, 5)).toEqual(LIST_START);
  });
});
