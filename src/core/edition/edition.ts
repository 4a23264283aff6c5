import { UsageError } from '../errors.js';
import { ALL_SECTION_ID, allSection, namesAllSection } from './all-section.js';
import { isLanguageTag, textDirection, type TextDirection } from './lang.js';
import type { BreakingSpec, EditionOverlay, EditionSpec, FeedSpec, SectionSpec } from './types.js';

/** A section in a resolved edition: absolute feed URLs, its path from the root. */
export interface Section {
  id: string;
  title: string;
  /** Titles from the root down, e.g. ['News', 'Politics']. */
  path: string[];
  feeds: string[];
  match: { paths: string[]; categories: string[] };
  children: Section[];
}

/** An edition ready to use: every URL absolute, user changes applied. */
export interface Edition {
  name: string;
  title: string;
  description: string;
  notice: string | null;
  /** BCP 47 language tag of the stories, e.g. "en", "ar", "es". */
  lang: string;
  /** Text direction derived from `lang`. */
  dir: TextDirection;
  feeds: FeedSpec[];
  sections: Section[];
  breaking: BreakingSpec;
}

/** The language of an edition file that names none. */
export const DEFAULT_EDITION_LANG = 'en';

const DEFAULT_BREAKING: BreakingSpec = { newest: { minutes: 90, limit: 12 } };

/** Turns a slug-ish id from a user's section name: "US & Canada" → "us-canada". */
export function sectionSlug(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' ').replace(/[^a-z0-9\u0080-\uffff]+/g, '-').replace(/^-+|-+$/g, '') || 'section';
}

/** Checks an edition file's shape; throws UsageError naming the first problem. */
export function validateEditionSpec(value: unknown, source: string): EditionSpec {
  const fail = (what: string): never => { throw new UsageError(`${source}: ${what}`); };
  if (!value || typeof value !== 'object') fail('not a JSON object');
  const spec = value as Record<string, unknown>;
  if (typeof spec.name !== 'string' || !spec.name) fail('missing "name"');
  if (spec.lang !== undefined && (typeof spec.lang !== 'string' || !isLanguageTag(spec.lang))) {
    fail(`"lang" must be a BCP 47 language tag such as "en", "ar" or "es" (got ${JSON.stringify(spec.lang)})`);
  }
  if (!Array.isArray(spec.feeds)) fail('"feeds" must be a list');
  if (!Array.isArray(spec.sections)) fail('"sections" must be a list');
  for (const feed of spec.feeds as unknown[]) {
    if (!feed || typeof (feed as FeedSpec).url !== 'string') fail('every feed needs a "url"');
  }
  const seen = new Set<string>();
  const walk = (list: unknown[]) => {
    for (const raw of list) {
      const s = raw as SectionSpec;
      if (!s || typeof s.id !== 'string' || typeof s.title !== 'string') fail('every section needs "id" and "title"');
      if (seen.has(s.id)) fail(`duplicate section id "${s.id}"`);
      if (s.id === ALL_SECTION_ID) fail(`section id "${ALL_SECTION_ID}" is kept for the All entry of the menu`);
      seen.add(s.id);
      if (s.children !== undefined && !Array.isArray(s.children)) fail(`section "${s.id}": "children" must be a list`);
      walk(s.children ?? []);
    }
  };
  walk(spec.sections as unknown[]);
  return { title: spec.name as string, ...(spec as object) } as EditionSpec;
}

function resolveUrl(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

function toSection(spec: SectionSpec, parentPath: string[], base: string): Section {
  const path = [...parentPath, spec.title];
  return {
    id: spec.id,
    title: spec.title,
    path,
    feeds: (spec.feeds ?? []).map((u) => resolveUrl(u, base)),
    match: {
      paths: (spec.match?.paths ?? []).map((p) => p.toLowerCase()),
      categories: (spec.match?.categories ?? []).map((c) => c.toLowerCase()),
    },
    children: (spec.children ?? []).map((c) => toSection(c, path, base)),
  };
}

/** Resolves relative feed URLs against `baseUrl` (the edition file's URL) and applies the overlay. */
export function resolveEdition(spec: EditionSpec, baseUrl: string, overlay: EditionOverlay = {}): Edition {
  const removed = new Set((overlay.removeFeeds ?? []).map((u) => resolveUrl(u, baseUrl)));
  const feeds = spec.feeds
    .map((f) => ({ ...f, url: resolveUrl(f.url, baseUrl) }))
    .filter((f) => !removed.has(f.url));
  let sections = spec.sections.map((s) => toSection(s, [], baseUrl));

  for (const added of overlay.addSections ?? []) {
    if (findSection(sections, added.id)) continue;
    const parent = added.parent ? findSection(sections, added.parent) : undefined;
    const section = toSection({ id: added.id, title: added.title }, parent?.path ?? [], baseUrl);
    (parent ? parent.children : sections).push(section);
  }
  for (const added of overlay.addFeeds ?? []) {
    if (!feeds.some((f) => f.url === added.url)) feeds.push({ url: added.url, title: added.title });
    const target = added.section ? findSection(sections, added.section) : undefined;
    if (target && !target.feeds.includes(added.url)) target.feeds.push(added.url);
  }
  const gone = new Set(overlay.removeSections ?? []);
  const prune = (list: Section[]): Section[] =>
    list.filter((s) => !gone.has(s.id)).map((s) => ({
      ...s,
      feeds: s.feeds.filter((u) => !removed.has(u)),
      children: prune(s.children),
    }));
  sections = prune(sections);

  const breakingSpec = spec.breaking ?? DEFAULT_BREAKING;
  const breaking: BreakingSpec = 'feeds' in breakingSpec
    ? { feeds: breakingSpec.feeds.map((u) => resolveUrl(u, baseUrl)) }
    : breakingSpec;
  for (const url of 'feeds' in breaking ? breaking.feeds : []) {
    if (!feeds.some((f) => f.url === url)) feeds.push({ url, title: 'Breaking' });
  }
  return {
    name: spec.name,
    title: spec.title || spec.name,
    description: spec.description ?? '',
    notice: spec.notice ?? null,
    lang: spec.lang ?? DEFAULT_EDITION_LANG,
    dir: textDirection(spec.lang ?? DEFAULT_EDITION_LANG),
    feeds,
    sections,
    breaking,
  };
}

/** Depth-first search by id, or by title / slug of the title (case-insensitive). */
export function findSection(sections: Section[], query: string): Section | undefined {
  const q = query.toLowerCase();
  const slug = sectionSlug(query);
  for (const s of flattenSections(sections)) {
    if (s.id === query || s.id === slug || s.title.toLowerCase() === q) return s;
  }
  return undefined;
}

/** Like findSection, and the menu's All entry: by its id always, as "all" when no section is called so. */
export function findMenuSection(sections: Section[], query: string): Section | undefined {
  if (query === ALL_SECTION_ID) return allSection();
  return findSection(sections, query) ?? (namesAllSection(query) ? allSection() : undefined);
}

/** Every section, parents before children, in menu order. */
export function flattenSections(sections: Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flattenSections(s.children)]);
}
