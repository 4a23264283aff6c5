/**
 * Planning the import of a subscription list (OPML, newsboat urls) into an edition: either the
 * spec of a new edition, or the changes to an existing one. Folders become sections at any
 * depth; feeds outside any folder go to one section of their own, so the app shows them.
 * Pure: the command reads the file and writes what this returns.
 */
import type { Subscription } from '../subscriptions.js';
import { flattenSections, sectionSlug, type Edition, type Section } from './edition.js';
import type { EditionOverlay, EditionSpec, FeedSpec, SectionSpec } from './types.js';

/** The section loose feeds go to; `feeds export` writes its feeds back outside any folder. */
export const LOOSE_SECTION = { id: 'other-feeds', title: 'Other feeds' } as const;

type AddedSection = NonNullable<EditionOverlay['addSections']>[number];
type AddedFeed = NonNullable<EditionOverlay['addFeeds']>[number];

/** A new edition built from a list, with its size for the message. */
export interface NewEditionPlan {
  spec: EditionSpec;
  feedCount: number;
  sectionCount: number;
}

/** The changes an import makes to an existing edition, and how many feeds it already had. */
export interface ImportPlan {
  /** Parents before children, so the overlay resolves them in order. */
  addSections: AddedSection[];
  /** One entry per feed and section (a feed in two folders is in both). */
  addFeeds: AddedFeed[];
  added: number;
  present: number;
}

/** A feed URL as resolved editions hold it (`https://a.example` → `https://a.example/`). */
export function normalFeedUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/** The list with URLs normalized and repeats (after normalizing) merged. */
function normalized(feeds: Subscription[]): Subscription[] {
  const byUrl = new Map<string, Subscription>();
  for (const feed of feeds) {
    const url = normalFeedUrl(feed.url);
    const seen = byUrl.get(url);
    if (!seen) byUrl.set(url, { url, title: feed.title, sections: [...feed.sections] });
    else for (const path of feed.sections) if (!seen.sections.some((p) => key(p) === key(path))) seen.sections.push(path);
  }
  return [...byUrl.values()];
}

const key = (path: string[]) => path.map((t) => t.toLowerCase()).join('\n');
const pathsOf = (feed: Subscription) => (feed.sections.length > 0 ? feed.sections : [[LOOSE_SECTION.title]]);
// Loose feeds' section comes last in the menu, after the user's own folders.
const byLooseLast = (a: Subscription, b: Subscription) => Number(a.sections.length === 0) - Number(b.sections.length === 0);

/** The slug of the whole path (`Tech › Deep` → `tech-deep`), made unique with `-2`, `-3`… */
function uniqueId(path: string[], used: Set<string>): string {
  const base = path.length === 1 && key(path) === key([LOOSE_SECTION.title]) ? LOOSE_SECTION.id : sectionSlug(path.join(' '));
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** A new edition holding `feeds`; `name` is also its title until the user edits the file. */
export function planNewEdition(name: string, lang: string, feeds: Subscription[]): NewEditionPlan {
  const list = normalized(feeds);
  const roots: SectionSpec[] = [];
  const byPath = new Map<string, SectionSpec>();
  const used = new Set<string>();
  const sectionAt = (path: string[]): SectionSpec => {
    const found = byPath.get(key(path));
    if (found) return found;
    const parent = path.length > 1 ? sectionAt(path.slice(0, -1)) : undefined;
    const section: SectionSpec = { id: uniqueId(path, used), title: path[path.length - 1] };
    if (parent) parent.children = [...(parent.children ?? []), section];
    else roots.push(section);
    byPath.set(key(path), section);
    return section;
  };
  for (const feed of [...list].sort(byLooseLast)) {
    for (const path of pathsOf(feed)) {
      const section = sectionAt(path);
      section.feeds = [...(section.feeds ?? []), feed.url];
    }
  }
  const pool: FeedSpec[] = list.map((f) => (f.title ? { url: f.url, title: f.title } : { url: f.url }));
  const spec: EditionSpec = { name, title: name, lang, feeds: pool, sections: roots };
  return { spec, feedCount: list.length, sectionCount: byPath.size };
}

/** What importing `feeds` into `edition` adds: feeds it lacks, and the sections they need. */
export function planImport(edition: Edition, feeds: Subscription[]): ImportPlan {
  const have = new Set(edition.feeds.map((f) => f.url));
  const list = normalized(feeds);
  const fresh = list.filter((f) => !have.has(f.url));
  // findSection matches ids, titles and title slugs alike: a new id must clash with none.
  const used = new Set(flattenSections(edition.sections).flatMap((s) => [s.id, sectionSlug(s.title)]));
  const ids = new Map<string, string>();
  const childrenOf = new Map<string, Section[]>();
  const addSections: AddedSection[] = [];
  const sectionId = (path: string[]): string => {
    const known = ids.get(key(path));
    if (known) return known;
    const parentPath = path.slice(0, -1);
    const parent = parentPath.length > 0 ? sectionId(parentPath) : undefined;
    const title = path[path.length - 1];
    const siblings = parentPath.length > 0 ? childrenOf.get(key(parentPath)) ?? [] : edition.sections;
    const match = siblings.find((s) => s.title.toLowerCase() === title.toLowerCase() || s.id === sectionSlug(title));
    const id = match ? match.id : uniqueId(path, used);
    if (!match) addSections.push(parent ? { id, title, parent } : { id, title });
    ids.set(key(path), id);
    childrenOf.set(key(path), match ? match.children : []);
    return id;
  };
  const addFeeds: AddedFeed[] = [];
  for (const feed of [...fresh].sort(byLooseLast)) {
    for (const path of pathsOf(feed)) {
      addFeeds.push({ url: feed.url, ...(feed.title ? { title: feed.title } : {}), section: sectionId(path) });
    }
  }
  return { addSections, addFeeds, added: fresh.length, present: list.length - fresh.length };
}

/** `overlay` with `plan` applied: re-added feeds and sections are no longer removed. */
export function applyImportPlan(overlay: EditionOverlay, plan: ImportPlan): EditionOverlay {
  const urls = new Set(plan.addFeeds.map((f) => f.url));
  const sectionIds = new Set(plan.addSections.map((s) => s.id));
  const entry = (f: AddedFeed) => `${f.url}\n${f.section ?? ''}`;
  const kept = new Set(plan.addFeeds.map(entry));
  return {
    ...overlay,
    addFeeds: [...(overlay.addFeeds ?? []).filter((f) => !kept.has(entry(f))), ...plan.addFeeds],
    removeFeeds: (overlay.removeFeeds ?? []).filter((u) => !urls.has(normalFeedUrl(u))),
    addSections: [...(overlay.addSections ?? []).filter((s) => !sectionIds.has(s.id)), ...plan.addSections],
    removeSections: (overlay.removeSections ?? []).filter((id) => !sectionIds.has(id)),
  };
}
