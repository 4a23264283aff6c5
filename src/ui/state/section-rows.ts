import { allSection } from '../../core/edition/all-section.js';
import type { Section } from '../../core/edition/edition.js';
import { currentCounts } from '../../core/edition/counts.js';
import type { NewsSnapshot } from '../../services/news-service.js';

/** One visible row of the section tree. */
export interface SectionRow {
  section: Section;
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
  parentId: string | null;
}

/**
 * The section menu's rows in order: the All entry (every item of the edition), then the
 * tree with collapsed groups' children hidden. `allTitle` names the All entry in the app's language.
 */
export function visibleSectionRows(sections: Section[], collapsed: ReadonlySet<string>, allTitle?: string): SectionRow[] {
  const rows: SectionRow[] = [{ section: allSection(allTitle), depth: 0, hasChildren: false, expanded: false, parentId: null }];
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

/** The menu row id of a source (feed) URL: apart from every section id. */
export function sourceId(url: string): string {
  return `source:${url}`;
}

/** The sources menu as tree rows: one top-level row per feed, titled as the edition names it, under `menuTitle` ("Sources"). */
export function sourceRows(sources: { url: string; title: string }[], menuTitle: string): SectionRow[] {
  return sources.map(({ url, title }) => ({
    section: { id: sourceId(url), title, path: [menuTitle, title], feeds: [url], match: { paths: [], categories: [] }, children: [] },
    depth: 0, hasChildren: false, expanded: false, parentId: null,
  }));
}

/** The rows with unread headlines (a group counts its children's), and the selected one whatever its count. */
export function unreadSectionRows(rows: SectionRow[], unread: ReadonlyMap<string, number>, selectedId: string | null): SectionRow[] {
  return rows.filter((r) => (unread.get(r.section.id) ?? 0) > 0 || r.section.id === selectedId);
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

/** Unread headlines in the edition and per section id: the snapshot's counts, with the marks made since. */
export function unreadCounts(snapshot: Pick<NewsSnapshot, 'counts' | 'index' | 'read'> | null | undefined, read: ReadonlySet<string>): { total: number; bySection: Map<string, number> } {
  if (!snapshot) return { total: 0, bySection: new Map() };
  const counts = currentCounts(snapshot.counts, snapshot.index, snapshot.read, read);
  return { total: counts.unread, bySection: new Map([...counts.bySection].map(([id, c]) => [id, c.unread])) };
}
