/**
 * What a news page puts around its story: "Related", "Most read" and "Read next" lists, and
 * a "Source: Reuters" credit beside the byline. Readability drops both, so they are read
 * from the page as served (before extraction changes it), by their labels in English,
 * Arabic and Spanish, or by the class names sites give such boxes.
 */
import type { StoryList } from '../core/article/types.js';
import { absoluteHttpUrl, type LightDocument, type LightElement } from './article-metadata.js';

const LABELS: [StoryList['kind'], RegExp][] = [
  ['most-read', /^(?:most (?:read|popular|viewed)|trending(?: now)?|popular now|الأكثر (?:قراءة|مشاهدة|تداولا)|lo más (?:leído|visto)|(?:las )?más (?:leídas?|vistas?))$/i],
  ['read-next', /^(?:read next|up next|next story|what to read next|اقرأ (?:التالي|المزيد)|التالي|sigue leyendo|lee después|siguiente)$/i],
  ['related', /^(?:related(?: stories| articles| news| content| coverage)?|read more|read also|also read|see also|more on this(?: story)?|more (?:stories|news)|you may also like|recommended(?: for you)?|اقرأ أيضا|اقرأ أيضاً|ذات صلة|(?:مواضيع|أخبار|مقالات) ذات صلة|(?:noticias |artículos )?relacionad[oa]s|lee también|te puede interesar|más sobre (?:este tema|esto))$/i],
];
const CLASS_KINDS: [StoryList['kind'], RegExp][] = [
  ['most-read', /\b(?:most-?read|most-?popular|popular-?stories)\b/i],
  ['read-next', /\b(?:read-?next|up-?next)\b/i],
  ['related', /\b(?:related(?:-?(?:stories|articles|news|posts|links))?|read-?more|more-?on-?this)\b/i],
];
const ANY_LABEL = /most read|most popular|trending|read next|up next|related|read more|read also|see also|more on this|recommended|you may also like|الأكثر|اقرأ|ذات صلة|más leíd|lo más|relacionad|lee también|te puede interesar|sigue leyendo|más sobre/i;
const HEADINGS = 'h2, h3, h4, h5, h6, header, strong, span, div, p, summary';
const MAX_STORIES = 10;
const MAX_LISTS = 4;

const textOf = (el: LightElement) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

function kindOfLabel(label: string): StoryList['kind'] | undefined {
  const clean = label.replace(/[:：»›▸→]+$/, '').trim();
  if (clean.length === 0 || clean.length > 40) return undefined;
  return LABELS.find(([, pattern]) => pattern.test(clean))?.[0];
}

/** The stories a box links to: its links with a real title, the page itself left out. */
function storiesIn(box: LightElement, heading: LightElement | null, base: string, pageUrl: string): StoryList['stories'] {
  const seen = new Set<string>([pageUrl.split('#')[0]]);
  const out: StoryList['stories'] = [];
  for (const a of Array.from(box.querySelectorAll('a[href]'))) {
    if (heading && (heading === a || a.closest('h2, h3, h4, h5, h6') === heading)) continue;
    const url = absoluteHttpUrl(a.getAttribute('href'), base);
    const title = textOf(a);
    if (!url || title.length < 3 || seen.has(url.split('#')[0])) continue;
    seen.add(url.split('#')[0]);
    out.push({ title, url });
    if (out.length === MAX_STORIES) break;
  }
  return out;
}

/** The nearest ancestor of a heading (up to three levels) that holds links besides it. */
function boxOf(heading: LightElement, base: string, pageUrl: string): { box: LightElement; stories: StoryList['stories'] } | undefined {
  let box: LightElement | null = heading;
  for (let level = 0; level < 3 && box; level++) {
    box = (box as unknown as { parentElement: LightElement | null }).parentElement;
    // An empty box's heading must not climb into the page's main column: the story's own
    // links and the other boxes' would be taken for its list.
    if (!box || /^(?:main|body|article)$/i.test(box.tagName) || box.querySelector('article, main')) return undefined;
    const stories = storiesIn(box, heading, base, pageUrl);
    if (stories.length > 0) return { box, stories };
  }
  return undefined;
}

/**
 * The page's story lists, in page order: boxes labelled Related / Most read / Read next
 * (or classed so). `html` is the raw markup: without a label in it, no DOM query runs.
 */
export function readStoryLists(doc: LightDocument, html: string, base: string, pageUrl: string): StoryList[] {
  const lists: StoryList[] = [];
  const taken = new Set<LightElement>();
  const add = (kind: StoryList['kind'], title: string, box: LightElement, stories: StoryList['stories']) => {
    if (taken.has(box) || lists.length >= MAX_LISTS) return;
    for (const other of taken) if ((other as unknown as { contains(e: LightElement): boolean }).contains(box)) return;
    taken.add(box);
    lists.push({ kind, title, stories });
  };
  if (ANY_LABEL.test(html)) {
    for (const heading of Array.from(doc.querySelectorAll(HEADINGS))) {
      const label = textOf(heading);
      const kind = label.length <= 40 ? kindOfLabel(label) : undefined;
      if (!kind || heading.querySelector('a[href]')?.textContent?.trim() === label) continue;
      const found = boxOf(heading, base, pageUrl);
      if (found) add(kind, label.replace(/[:：»›▸→]+$/, '').trim(), found.box, found.stories);
    }
  }
  if (lists.length === 0 && /class=["'][^"']*\b(?:related|most-?read|read-?next|read-?more|more-?on-?this|up-?next|most-?popular)/i.test(html)) {
    for (const box of Array.from(doc.querySelectorAll('aside, section, nav, div, ul'))) {
      const kind = CLASS_KINDS.find(([, pattern]) => pattern.test(box.getAttribute('class') ?? ''))?.[0];
      if (!kind) continue;
      const stories = storiesIn(box, null, base, pageUrl);
      if (stories.length > 0) add(kind, '', box, stories);
    }
  }
  return lists;
}

const CREDIT = />\s*((?:Source|Sources|Fuente|Fuentes|المصدر)\s*[:：]\s*[^<>\n]{2,60}?)\s*</;

/** "Source: Reuters" as the page prints it near the byline, or null. */
export function readSourceCredit(html: string): string | null {
  const match = CREDIT.exec(html);
  return match ? match[1].replace(/\s+/g, ' ').trim() : null;
}
