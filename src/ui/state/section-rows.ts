import type { Section } from '../../core/edition/edition.js';
import type { EditionIndex, Headline } from '../../core/edition/headlines.js';

/** One visible row of the section tree. */
export interface SectionRow {
  section: Section;
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
  parentId: string | null;
}

/** The rows of the tree with collapsed groups' children hidden, in menu order. */
export function visibleSectionRows(sections: Section[], collapsed: ReadonlySet<string>): SectionRow[] {
  const rows: SectionRow[] = [];
  const walk = (list: Section[], depth: number, parentId: string | null) => {
    for (const section of list) {
      const hasChildren = section.children.length > 0;
      const expanded = hasChildren && !collapsed.has(section.id);
      rows.push({ section, depth, hasChildren, expanded, parentId });
      if (expanded) walk(section.children, depth + 1, section.id);
    }
  };
  walk(sections, 0, null);
  return rows;
}

/** Ids of the ancestors of a section, root first (empty when it is top-level or unknown). */
export function sectionAncestors(sections: Section[], id: string): string[] {
  const path: string[] = [];
  const walk = (list: Section[]): boolean => {
    for (const section of list) {
      if (section.id === id) return true;
      path.push(section.id);
      if (walk(section.children)) return true;
      path.pop();
    }
    return false;
  };
  return walk(sections) ? path : [];
}

/** Unread headlines per section id (a group counts its children's items once). */
export function unreadBySection(index: EditionIndex, isRead: (h: Headline) => boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [id, list] of index.bySection) {
    let n = 0;
    for (const h of list) if (!isRead(h)) n++;
    counts.set(id, n);
  }
  return counts;
}
