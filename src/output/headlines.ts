import type { Headline } from '../core/edition/headlines.js';
import type { FeedItem, ParsedFeed } from '../core/feed/types.js';
import { formatDateTime, relativeTime } from '../core/text/relative-time.js';
import { displayWidth, fitToWidth, truncateToWidth } from '../core/text/width.js';
import type { View, ViewContext } from './view.js';

/** The `--json` shape of one item (stable keys, documented in the README). */
export interface ItemJson {
  id: string;
  title: string;
  link: string;
  published: string | null;
  author: string | null;
  summary: string;
  categories: string[];
}

/** The `--json` shape of a headline in a section listing. */
export interface HeadlineJson extends ItemJson {
  key: string;
  section: string | null;
  source: string;
}

/** Feed item → JSON record. */
export function itemJson(item: FeedItem): ItemJson {
  return {
    id: item.id,
    title: item.title,
    link: item.link,
    published: item.published ?? item.updated,
    author: item.author,
    summary: item.summary,
    categories: item.categories,
  };
}

/** Headline → JSON record, naming the section it is listed under. */
export function headlineJson(h: Headline, section: string | null): HeadlineJson {
  return { key: h.key, ...itemJson(h), section: section ?? h.sectionIds[0] ?? null, source: h.source };
}

/** `{feed, items}` for `headlines --feed`, items in the feed's own order. */
export function feedJson(feed: ParsedFeed, items: FeedItem[]) {
  return { feed: { title: feed.title, link: feed.link, description: feed.description }, items: items.map(itemJson) };
}

/** What a row or a Markdown entry shows of an item: its JSON record. */
type ListedItem = ItemJson & { key?: string; source?: string };

/**
 * One row a headline: its key (what `read KEY` and `bookmarks add KEY` take) when it has
 * one, age, title, source; fitted to the width.
 */
function formatHeadlineRows(items: ListedItem[], o: ViewContext): string {
  const ageWidth = 4;
  return items.map((item) => {
    const key = item.key ? `${o.style.dim(item.key)}  ` : '';
    const keyWidth = item.key ? displayWidth(item.key) + 2 : 0;
    const age = fitToWidth(relativeTime(item.published, o.now), ageWidth, 'right');
    const source = item.source ? ` · ${item.source}` : '';
    const room = Math.max(10, o.rowWidth - keyWidth - ageWidth - 2);
    const titleRoom = Math.max(8, room - Math.min(displayWidth(source), Math.floor(room / 3)));
    const title = truncateToWidth(item.title || '(untitled)', titleRoom);
    const tail = truncateToWidth(source, room - displayWidth(title));
    return `${key}${o.style.dim(age)}  ${o.style.bold(title)}${o.style.dim(tail)}`;
  }).join('\n') + (items.length ? '\n' : '');
}

function mdEscape(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** A Markdown list: `- [Title](link) — Source, 23 Nov 2026 19:19` + summary. */
function formatHeadlinesMarkdown(heading: string, items: ListedItem[]): string {
  const lines = [`# ${mdEscape(heading)}`, ''];
  for (const item of items) {
    const title = mdEscape(item.title || '(untitled)');
    const when = formatDateTime(item.published);
    const meta = [item.source, when ? `${when} UTC` : ''].filter(Boolean).join(', ');
    lines.push(`- ${item.link ? `[${title}](<${item.link}>)` : title}${meta ? ` — ${mdEscape(meta)}` : ''}`);
    if (item.summary) lines.push(`  ${mdEscape(item.summary.replace(/\s+/g, ' '))}`);
  }
  return lines.join('\n') + '\n';
}

/** A listing: the heading people see, and the record `--json` prints, whose items the rows show. */
type Listing = { heading: string; record: { items: ListedItem[] } };

/** The heading in bold over one row a headline; in Markdown, a list of links. */
export const headlineListing: View<Listing> = {
  text: (d, ctx) => `${ctx.style.bold(d.heading)}\n${formatHeadlineRows(d.record.items, ctx)}`,
  markdown: (d) => formatHeadlinesMarkdown(d.heading, d.record.items),
  json: (d) => d.record,
};

/** As a listing, under a red BREAKING (and a line saying so when there is none). */
export const breakingListing: View<Listing> = {
  ...headlineListing,
  text: (d, ctx) => `${ctx.style.red(ctx.style.bold('BREAKING'))}\n${d.record.items.length === 0 ? `${ctx.style.dim('No breaking news right now.')}\n` : ''}${formatHeadlineRows(d.record.items, ctx)}`,
};
