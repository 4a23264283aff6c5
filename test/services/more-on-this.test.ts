import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedItem, ParsedFeed } from '../../src/core/feed/types.js';
import { feedRows } from '../../src/services/feed-rows.js';
import { findMoreOnThis } from '../../src/services/more-on-this.js';
import { openTempDb, type TempDb } from '../helpers/temp-db.js';

const NOW = new Date('2026-11-25T10:00:00Z');
const A = 'https://m.test/a.xml';
const B = 'https://m.test/b.xml';
const OTHER_EDITION = 'https://elsewhere.test/c.xml';

const item = (id: string, title: string, hoursAgo: number, categories: string[] = []): FeedItem => ({
  id, title, link: `https://m.test/${id}`, published: new Date(NOW.getTime() - hoursAgo * 3_600_000).toISOString(),
  updated: null, author: null, summary: 'Words in a summary do not make a story alike', contentHtml: null, categories, image: null,
});
const feed = (title: string, items: FeedItem[]): ParsedFeed => ({ format: 'rss', title, link: '', description: '', language: null, items });

describe('findMoreOnThis over the stored items', () => {
  let temp: TempDb;
  beforeEach(() => {
    temp = openTempDb(() => NOW);
  });
  afterEach(() => temp.dispose());

  const save = (url: string, items: FeedItem[]) => {
    const at = NOW.toISOString();
    temp.database.write(() => temp.feeds.save(url, { finalUrl: url, etag: null, lastModified: null, contentType: null, bodyHash: `${url}${items.length}` }, feedRows(url, feed(url, items)), at));
  };
  const more = (title: string, categories: string[] = [], links: string[] = [], feedUrls = [A, B]) =>
    findMoreOnThis(temp.database, { title, categories, links }, { feedUrls }).map((s) => s.title);

  it('ranks by shared title words (rarer ones weigh more), boosted by a shared category, newest among equals', () => {
    save(A, [
      item('seals', 'Harbour seals return to the estuary', 1, ['Nature']),
      item('count', 'Seals counted along the estuary coast', 30, ['Nature']),
      item('bridge', 'Estuary bridge reopens after repairs', 2, ['City']),
      item('bridge-old', 'Estuary ferry timetable changes', 50, ['City']),
      item('otters', 'Otters spotted upstream', 3, ['Nature']),
      item('budget', 'Parliament passes the budget', 4, ['Politics']),
      ...Array.from({ length: 6 }, (_, n) => item(`coast-${n}`, `Coast road works, part ${n + 1}`, 10 + n)),
    ]);
    expect(more('Harbour seals return to the estuary', ['Nature'], ['https://m.test/seals']))
      .toEqual(['Seals counted along the estuary coast', 'Estuary bridge reopens after repairs', 'Estuary ferry timetable changes']);
    // A category alone is the section, not the story: "Otters" shares no word, so it is not offered.
    expect(more('Otters seen', ['Nature'])).toEqual(['Otters spotted upstream']);
    // Equal matches (one shared word, no category): newest first.
    expect(more('Estuary news')).toEqual(['Harbour seals return to the estuary', 'Estuary bridge reopens after repairs', 'Seals counted along the estuary coast', 'Estuary ferry timetable changes']);
  });

  it('leaves out the article itself (by link, #fragment or not, and by title), other editions, and a story twice', () => {
    save(A, [item('seals', 'Harbour seals return', 1), item('count', 'Seals counted again', 2)]);
    save(B, [{ ...item('count-b', 'Seals counted again', 2), link: 'https://m.test/count#from-b' }, item('seal-pups', 'Seal pups and seals', 5)]);
    save(OTHER_EDITION, [item('far', 'Seals far away', 0)]);
    expect(more('Harbour seals return', [], ['https://m.test/seals#top'])).toEqual(['Seals counted again', 'Seal pups and seals']);
    expect(more('Harbour seals return', [], [])).toEqual(['Seals counted again', 'Seal pups and seals']);
    expect(more('Harbour seals return', [], [], [A, B, OTHER_EDITION])).toContain('Seals far away');
  });

  it('takes at most the limit, and nothing from a title of only common words', () => {
    save(A, Array.from({ length: 12 }, (_, n) => item(`s${n}`, `Storm warning ${n}`, n)));
    expect(findMoreOnThis(temp.database, { title: 'Storm hits', categories: [], links: [] }, { feedUrls: [A] })).toHaveLength(5);
    expect(findMoreOnThis(temp.database, { title: 'Storm hits', categories: [], links: [] }, { feedUrls: [A], limit: 2 })).toEqual([
      { title: 'Storm warning 0', url: 'https://m.test/s0' }, { title: 'Storm warning 1', url: 'https://m.test/s1' }]);
    expect(more('What is new in the news today', [], [], [A])).toEqual([]);
    expect(more('', ['Storm'], [], [A])).toEqual([]);
  });

  it('treats query syntax in a title as text', () => {
    save(A, [item('q', 'NEAR(storm AND "ferry") OR column:title', 1), item('f', 'Ferry storm', 2)]);
    // The first shares more of its words (near, title): both are found, and nothing throws.
    expect(more('"ferry* NEAR( storm) AND title: x OR -y ^z {title}:w')).toEqual(['NEAR(storm AND "ferry") OR column:title', 'Ferry storm']);
  });

  it('matches Arabic words as written and Latin ones whatever their accents', () => {
    save(A, [item('ar', 'الأمطار تغمر الساحل', 1), item('es', 'Reunión en el Élysée', 2), item('x', 'Unrelated', 3)]);
    expect(more('الأمطار تعود إلى المدينة')).toEqual(['الأمطار تغمر الساحل']);
    expect(more('Elysee reunion')).toEqual(['Reunión en el Élysée']);
  });

  it('finds items stored since the search index was last brought up to date', () => {
    save(A, [item('1', 'Lighthouse keeper retires', 1)]);
    expect(more('Lighthouse restored')).toEqual(['Lighthouse keeper retires']);
    save(A, [item('1', 'Lighthouse keeper retires', 1), item('2', 'Lighthouse lamp relit', 0)]);
    expect(more('Lighthouse restored')).toEqual(['Lighthouse lamp relit', 'Lighthouse keeper retires']);
  });
});
