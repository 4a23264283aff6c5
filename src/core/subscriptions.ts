/**
 * A user's subscription list as imported from another reader: OPML (folders at any depth)
 * or newsboat's `urls` file (tags). Both become one list of feeds, each with the section
 * paths it belongs to. Entries that are commands (newsboat's `exec:` and `filter:` feeds,
 * `query:` feeds, `|command` outlines) are counted and never kept: tidings runs no command
 * from a file.
 */
import { FeedParseError } from './errors.js';
import { parseOpml, type OpmlOutline } from './opml.js';
import { sanitizeLine } from './text/sanitize.js';

/** One feed to subscribe to. */
export interface Subscription {
  url: string;
  /** '' when the list names none. */
  title: string;
  /** Section paths from the root (`[['Tech', 'Deep']]`); empty for a feed outside any folder. */
  sections: string[][];
}

/** What a list holds. */
export interface SubscriptionList {
  feeds: Subscription[];
  /** Entries left out because they are commands or queries, not feeds. */
  skippedCommands: number;
  /** Entries left out because their URL is not one tidings fetches (`javascript:`, `ftp:`…). */
  skippedUrls: number;
}

const COMMAND = /^\s*(?:exec:|filter:|query:|\|)/i;
const FEED_URL = /^(?:https?|file):\/\//i;
// Anything with a scheme: in a newsboat file, a line that is not a word of something else.
const ANY_URL = /^[a-z][a-z0-9+.-]*:/i;

/** True for a URL that names a command or a query rather than a feed. */
export function isCommandUrl(url: string): boolean {
  return COMMAND.test(url);
}

/** Adds a feed, merging repeats of one URL (their sections join). */
function collect(list: SubscriptionList, url: string, title: string, sections: string[][]): void {
  const existing = list.feeds.find((f) => f.url === url);
  if (!existing) {
    list.feeds.push({ url, title, sections: [...sections] });
    return;
  }
  if (!existing.title) existing.title = title;
  for (const path of sections) if (!existing.sections.some((p) => p.join('\n') === path.join('\n'))) existing.sections.push(path);
}

/** OPML outlines → subscriptions: folders become section paths, at any depth. */
export function subscriptionsFromOpml(outlines: OpmlOutline[]): SubscriptionList {
  const list: SubscriptionList = { feeds: [], skippedCommands: 0, skippedUrls: 0 };
  const walk = (items: OpmlOutline[], path: string[]) => {
    for (const outline of items) {
      if (outline.xmlUrl) {
        if (isCommandUrl(outline.xmlUrl)) list.skippedCommands++;
        else if (!FEED_URL.test(outline.xmlUrl.trim())) list.skippedUrls++;
        else collect(list, outline.xmlUrl, outline.title, path.length > 0 ? [path] : []);
      }
      // A feed outline with children is unusual; its children stay in the same folder.
      if (outline.children.length > 0) walk(outline.children, outline.xmlUrl ? path : [...path, outline.title || 'Imported']);
    }
  };
  walk(outlines, []);
  return list;
}

/** Splits a `urls` line into words: spaces separate, double quotes group (`"~My Title"`). */
function words(line: string): string[] {
  const out: string[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (let m = pattern.exec(line); m; m = pattern.exec(line)) out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]);
  return out;
}

/**
 * newsboat's `urls` file: one feed a line (`URL tag "another tag" "~Title"`), `#` comments.
 * Tags become sections (a tag `a/b` is a path); `~Title` names the feed; `!` (hidden) is ignored.
 */
export function subscriptionsFromNewsboat(text: string): SubscriptionList {
  const list: SubscriptionList = { feeds: [], skippedCommands: 0, skippedUrls: 0 };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [first, ...rest] = words(line);
    const url = first;
    if (isCommandUrl(url)) {
      list.skippedCommands++;
      continue;
    }
    if (!FEED_URL.test(url)) {
      if (ANY_URL.test(url)) list.skippedUrls++;
      continue;
    }
    let title = '';
    const sections: string[][] = [];
    for (const word of rest) {
      if (word.startsWith('~')) title = sanitizeLine(word.slice(1));
      else if (word !== '!' && !word.startsWith('#')) {
        const path = word.split('/').map((p) => sanitizeLine(p)).filter(Boolean);
        if (path.length > 0) sections.push(path);
      }
    }
    collect(list, sanitizeLine(url), title, sections);
  }
  return list;
}

/** OPML or newsboat `urls` text, told apart by content; throws FeedParseError for neither. */
export function parseSubscriptions(text: string): SubscriptionList {
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (start.startsWith('<')) return subscriptionsFromOpml(parseOpml(text));
  const list = subscriptionsFromNewsboat(text);
  if (list.feeds.length === 0 && list.skippedCommands === 0 && list.skippedUrls === 0) {
    throw new FeedParseError('neither an OPML file nor a newsboat urls file (no feed URLs in it)');
  }
  return list;
}
