import { describe, expect, it } from 'vitest';
import { countIndex, currentCounts } from '../../../src/core/edition/counts.js';
import { fakeServices } from '../../helpers/fake-services.js';

describe('edition counts', () => {
  it('counts an index held in memory, a group once for its children', async () => {
    const { index } = await fakeServices().services.news.load({ offline: true });
    const counts = countIndex(index, (h) => h.id === 'p1');
    expect(counts.total).toBe(index.all.length);
    expect(counts.unread).toBe(index.all.length - 1);
    expect(counts.bySection.get('news')).toEqual({ total: 3, unread: 2 });
    expect(counts.bySection.get('sport')).toEqual({ total: 1, unread: 1 });
  });

  it('corrects loaded counts for marks made since, and leaves them alone when nothing changed', async () => {
    const { index } = await fakeServices().services.news.load({ offline: true });
    const p1 = index.all.find((h) => h.id === 'p1')!.key;
    const e1 = index.all.find((h) => h.id === 'e1')!.key;
    // As loaded from the database: more history than the index holds, p1 already read.
    const loaded = { total: 100, unread: 90, bySection: new Map([['news', { total: 40, unread: 30 }], ['economy', { total: 5, unread: 5 }]]) };
    expect(currentCounts(loaded, index, new Set([p1]), new Set([p1]))).toBe(loaded);
    const now = currentCounts(loaded, index, new Set([p1]), new Set([e1]));
    expect(now.unread).toBe(90); // one unmarked, one marked
    expect(now.bySection.get('news')).toEqual({ total: 40, unread: 30 });
    expect(now.bySection.get('economy')).toEqual({ total: 5, unread: 4 });
  });
});
