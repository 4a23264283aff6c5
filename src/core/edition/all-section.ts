/**
 * The "All" entry every edition's menu opens with: every item of every feed of the edition,
 * so a feed no section routes anywhere is still reachable. It is no section of the edition
 * file (exports, overlays and routing never see it); the menu, the counts and the commands
 * add it where they list sections.
 */
import type { Section } from './edition.js';

/**
 * Its id: no section id can be this (edition files may not use it, and a slug made from a
 * user's name never is one), so it never clashes with an edition's own "all" section.
 */
export const ALL_SECTION_ID = '*';

/** Its label in the menu (one place, for translation). */
export const ALL_SECTION_LABEL = 'All';

/** True for the All entry's id. */
export function isAllSection(id: string | null | undefined): boolean {
  return id === ALL_SECTION_ID;
}

/** The All entry as a section: no feeds or rules of its own, since it takes everything. */
export function allSection(title: string = ALL_SECTION_LABEL): Section {
  return { id: ALL_SECTION_ID, title, path: [title], feeds: [], match: { paths: [], categories: [] }, children: [] };
}

/** The menu's top level: the All entry, then the edition's sections. */
export function menuSections(sections: Section[]): Section[] {
  return [allSection(), ...sections];
}

/**
 * Whether a user's `--section` names the All entry: its id always, and "all" (or its label)
 * when the edition has no section of that name itself (then the edition's own one wins).
 */
export function namesAllSection(query: string): boolean {
  const q = query.trim().toLowerCase();
  return query === ALL_SECTION_ID || q === 'all' || q === ALL_SECTION_LABEL.toLowerCase();
}
