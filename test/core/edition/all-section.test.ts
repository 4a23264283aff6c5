import { describe, expect, it } from 'vitest';
import { ALL_SECTION_ID, ALL_SECTION_LABEL, menuSections } from '../../../src/core/edition/all-section.js';
import { findMenuSection, resolveEdition, sectionSlug, validateEditionSpec } from '../../../src/core/edition/edition.js';

const edition = (sections: { id: string; title: string }[]) => resolveEdition({ name: 'e', title: 'E', feeds: [], sections }, 'file:///e/e.json');

describe('the All entry', () => {
  it('heads the menu, apart from every section of the edition', () => {
    const { sections } = edition([{ id: 'news', title: 'News' }]);
    expect(menuSections(sections).map((s) => [s.id, s.title])).toEqual([[ALL_SECTION_ID, ALL_SECTION_LABEL], ['news', 'News']]);
    // The edition itself is unchanged: exports and overlays never see the entry.
    expect(sections.map((s) => s.id)).toEqual(['news']);
  });

  it('is found by its id always, and as "all" only when the edition has no section called so', () => {
    const plain = edition([{ id: 'news', title: 'News' }]).sections;
    for (const query of ['*', 'all', 'All', 'ALL']) expect(findMenuSection(plain, query)?.id).toBe('*');
    expect(findMenuSection(plain, 'news')?.id).toBe('news');
    expect(findMenuSection(plain, 'nope')).toBeUndefined();
    const own = edition([{ id: 'all', title: 'All' }, { id: 'section', title: 'Section' }]).sections;
    expect(findMenuSection(own, 'all')?.id).toBe('all');
    expect(findMenuSection(own, 'All')?.id).toBe('all');
    // '*' slugs to "section", yet never reaches a section of that id.
    expect(findMenuSection(own, '*')?.id).toBe('*');
  });

  it('cannot be taken by an edition file, and no section name slugs to its id', () => {
    expect(() => validateEditionSpec({ name: 'x', feeds: [], sections: [{ id: '*', title: 'Everything' }] }, 'x.json'))
      .toThrow('x.json: section id "*" is kept for the All entry of the menu');
    expect(sectionSlug('*')).not.toBe(ALL_SECTION_ID);
  });
});
