import { detectDirection, hasRtl, visualOrder } from '../../core/article/bidi.js';
import type { Article, StyledLine } from '../../core/article/types.js';
import type { TextDirection } from '../../core/edition/lang.js';
import type { Messages } from '../../core/i18n/messages.js';
import type { Headline } from '../../core/edition/headlines.js';
import { sanitizeLine } from '../../core/text/sanitize.js';
import { truncateToWidth, wrapText } from '../../core/text/width.js';
import { KEYMAP, keyLabel, shownKey } from '../keymap.js';
import type { ReaderTarget } from './navigation.js';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An article made from what the feed said about the item, for when the page cannot be had. */
export function fallbackArticle(target: ReaderTarget, messages: Messages): Article {
  const f = target.fallback;
  const summary = f?.summary ? `<p>${escapeHtml(f.summary)}</p>` : '';
  const address = target.url ? `<p>${escapeHtml(messages.t('reader.pageAt', { url: target.url }))}</p>` : '';
  return {
    url: target.url,
    title: target.title,
    byline: f?.author ?? null,
    siteName: target.source || null,
    publishedTime: f?.published ?? null,
    lang: null,
    dir: null,
    excerpt: null,
    contentHtml: f?.contentHtml || summary || address || `<p>${escapeHtml(messages.t('reader.noText'))}</p>`,
    leadImage: null,
    tags: [],
    wordCount: 0,
    readingMinutes: 0,
  };
}

/** Why the page is missing, and what is shown instead. */
export function failureNotice(target: ReaderTarget, reason: string, messages: Messages): string {
  return messages.t('reader.failed', { reason, instead: messages.t(target.fallback ? 'reader.showingSummary' : 'reader.openInBrowser') });
}

/** A wrapped notice line block (`⚠ reason`), drawn before the text it explains. */
export function noticeLines(text: string, width: number): StyledLine[] {
  return wrapText(`⚠ ${sanitizeLine(text)}`, width).map((t) => ({ spans: [{ text: t, style: { color: 'warning' as const } }] }));
}

/** What shows while the article loads: its title and source, and that it is loading. */
export function loadingLines(target: ReaderTarget, width: number, messages: Messages): StyledLine[] {
  return [
    ...wrapText(sanitizeLine(target.title) || target.url, width).map((t) => ({ spans: [{ text: t, style: { bold: true, color: 'heading' as const } }] })),
    { spans: [{ text: truncateToWidth(sanitizeLine(target.source), width), style: { color: 'muted' as const } }] },
    { spans: [] },
    { spans: [{ text: messages.t('reader.loading'), style: { color: 'muted' as const } }] },
  ];
}

/** The "Read next" block: the section's following headlines, the first one reachable with `]`. */
export function readNextLines(next: Headline[] | undefined, width: number, messages: Messages, limit = 5): StyledLine[] {
  if (!next || next.length === 0) return [];
  const lines: StyledLine[] = [{ spans: [] }, { spans: [{ text: messages.t('reader.readNext'), style: { bold: true, color: 'heading' } }] }];
  next.slice(0, limit).forEach((h, i) => {
    // `]` opens the first: the key, not its mirror image on a right-to-left screen.
    const lead = i === 0 ? `${shownKey(keyLabel(KEYMAP['reader.nextArticle'].keys[0]), messages)} ` : '· ';
    const source = h.source ? ` — ${h.source}` : '';
    lines.push({
      spans: [
        { text: lead, style: { color: 'accent' } },
        { text: truncateToWidth(`${h.title}${source}`, Math.max(1, width - 2)) },
      ],
    });
  });
  return lines;
}

/**
 * The reader's own lines (loading, notices, read next) for an edition read in `dir`:
 * right-aligned for `rtl`, and in visual order when tidings reorders bidi for the terminal.
 */
export function directedLines(lines: StyledLine[], dir: TextDirection, bidi: 'terminal' | 'reorder'): StyledLine[] {
  return lines.map((line) => {
    const text = line.spans.map((s) => s.text).join('');
    const spans = bidi === 'reorder' && hasRtl(text) ? visualOrder(line.spans, detectDirection(text) ?? dir) : line.spans;
    return dir === 'rtl' ? { spans, align: 'right' } : { ...line, spans };
  });
}
