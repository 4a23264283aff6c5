import { findSection, flattenSections, sectionSlug, type Edition } from '../core/edition/edition.js';
import type { EditionOverlay } from '../core/edition/types.js';
import { FeedParseError, UsageError } from '../core/errors.js';
import { decodeFeedBytes } from '../core/feed/decode.js';
import { discoverFeedLinks, looksLikeFeed } from '../core/feed/discover.js';
import { parseFeed } from '../core/feed/parse-feed.js';
import { LOOSE_SECTION } from '../core/edition/import-plan.js';
import { serializeOpml, type OpmlOutline } from '../core/opml.js';
import { feedUrlFromArgument } from './headlines.js';
import { feedList } from '../output/reports.js';
import { show } from '../output/view.js';
import type { FormatFlags, Outcome } from './output-format.js';
import type { Runtime } from './runtime.js';

/** Options of the `feeds` subcommands. */
export interface FeedsOptions extends FormatFlags {
  section?: string;
  title?: string;
}

type Action = 'list' | 'add' | 'remove' | 'import' | 'export';

function currentEdition(rt: Runtime): Edition {
  const name = rt.editionName();
  return rt.editions.load(name, rt.editionChanges.get(name));
}

function sectionsOf(edition: Edition, url: string): string[] {
  return flattenSections(edition.sections).filter((s) => s.feeds.includes(url)).map((s) => s.id);
}

/** Fetches `url`; when it is a page rather than a feed, follows its `<link rel=alternate>`. */
async function discoverFeed(rt: Runtime, url: string): Promise<{ url: string; title: string }> {
  const response = await rt.http.get(url);
  const text = decodeFeedBytes(response.bytes, response.contentType);
  if (looksLikeFeed(text)) return { url: response.url, title: parseFeed(text, { url: response.url }).title };
  const found = discoverFeedLinks(text, response.url);
  if (found.length === 0) throw new FeedParseError(`${url}: not a feed, and the page links to no feed`);
  const feedResponse = await rt.http.get(found[0].url);
  const feed = parseFeed(decodeFeedBytes(feedResponse.bytes, feedResponse.contentType), { url: feedResponse.url });
  return { url: found[0].url, title: feed.title || found[0].title };
}

/** Adds a section to the overlay unless the edition has it; returns its id. */
function ensureSection(edition: Edition, overlay: EditionOverlay, name: string): string {
  const existing = findSection(edition.sections, name);
  if (existing) return existing.id;
  const id = sectionSlug(name);
  overlay.addSections = [...(overlay.addSections ?? []).filter((s) => s.id !== id), { id, title: name }];
  return id;
}

function addToOverlay(overlay: EditionOverlay, feed: { url: string; title?: string; section?: string }): void {
  overlay.removeFeeds = (overlay.removeFeeds ?? []).filter((u) => u !== feed.url);
  overlay.addFeeds = [...(overlay.addFeeds ?? []).filter((f) => f.url !== feed.url), feed];
}

async function addFeed(rt: Runtime, o: FeedsOptions, target: string): Promise<Outcome> {
  const edition = currentEdition(rt);
  const found = await discoverFeed(rt, feedUrlFromArgument(target, rt.io.cwd));
  rt.editionChanges.update(edition.name, (overlay) => {
    const next = { ...overlay };
    const section = o.section ? ensureSection(edition, next, o.section) : undefined;
    addToOverlay(next, { url: found.url, title: o.title ?? (found.title || undefined), section });
    return next;
  });
  const where = o.section ? ` in section ${o.section}` : '';
  // A feed the edition has already: its title or section changed, nothing was added.
  const verb = edition.feeds.some((f) => f.url === found.url) ? 'updated' : 'added';
  return `${verb} ${found.title ? `"${found.title}" ` : ''}${found.url}${where} ${verb === 'added' ? 'to' : 'in'} edition ${edition.name}\n`;
}

function removeFeed(rt: Runtime, target: string): Outcome {
  const edition = currentEdition(rt);
  const feed = edition.feeds.find((f) => f.url === target || f.title?.toLowerCase() === target.toLowerCase());
  if (!feed) throw new UsageError(`no feed ${target} in edition ${edition.name} (see: tidings feeds list)`);
  rt.editionChanges.update(edition.name, (overlay) => ({
    ...overlay,
    addFeeds: (overlay.addFeeds ?? []).filter((f) => f.url !== feed.url),
    removeFeeds: [...new Set([...(overlay.removeFeeds ?? []), feed.url])],
  }));
  return `removed ${feed.url} from edition ${edition.name}\n`;
}

/** The edition as OPML outlines: one folder per section holding its own feeds. */
export function editionOutlines(edition: Edition): OpmlOutline[] {
  const placed = new Set<string>();
  const title = (url: string) => edition.feeds.find((f) => f.url === url)?.title ?? url;
  const folder = (section: Edition['sections'][number]): OpmlOutline => ({
    title: section.title,
    children: [
      ...section.feeds.map((url) => { placed.add(url); return { title: title(url), xmlUrl: url, children: [] }; }),
      ...section.children.map(folder),
    ],
  });
  // The section an import made for loose feeds goes back out as loose feeds.
  const isLoose = (s: Edition['sections'][number]) => s.id === LOOSE_SECTION.id && s.children.length === 0;
  const folders = edition.sections.filter((s) => !isLoose(s)).map(folder);
  const loose = edition.feeds.filter((f) => !placed.has(f.url)).map((f) => ({ title: f.title ?? f.url, xmlUrl: f.url, children: [] }));
  return [...loose, ...folders];
}

/** `tidings feeds list|add|remove|import|export`. */
export async function runFeeds(rt: Runtime, action: Action, o: FeedsOptions, target?: string): Promise<Outcome> {
  if (action === 'add') return addFeed(rt, o, target as string);
  if (action === 'remove') return removeFeed(rt, target as string);
  if (action === 'import') return (await import('./feeds-import.js')).importFeeds(rt, target as string);
  const edition = currentEdition(rt);
  if (action === 'export') return serializeOpml(edition.title, editionOutlines(edition), rt.io.now().toUTCString());
  return show(feedList, { edition: edition.name, feeds: edition.feeds.map((f) => ({ url: f.url, title: f.title ?? '', sections: sectionsOf(edition, f.url) })) });
}
