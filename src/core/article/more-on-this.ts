/**
 * "More on this": when a page lists no related stories of its own, the reader offers stored
 * items that look like the same subject. Here is the pure half: the terms an article's title
 * and categories give, the ranking of the items found by them, and the article with the list.
 */
import type { Article, StoryList } from './types.js';

// Words too common to say what a story is about (English, Spanish, Arabic), so they neither
// match nor crowd the candidates. Words under three letters are dropped anyway.
const STOP_WORD_LIST = `
about after again against all also and any are as back been before being but can could did does down during each
for from had has have her here him his how into its just like more most new news not now off old one only other our
out over own said same says she should since some such than that the their them then there these they this those
through too under until very was were what when where which while who whom why will with would you your year years
live update updates latest watch video photos today week day
con del las los para por que una uno sus como más pero sin sobre entre tras desde hasta este esta estos estas ese esa
son fue han hay ser sido muy también dice según año años
على إلى عن مع هذا هذه ذلك تلك التي الذي الذين بعد قبل منذ حتى بين كان كانت قد لقد غير عند فيه فيها ومن وفي أن إن أو ثم كما
`;

/** Significant words at most: a long headline's tail adds little but cost. */
const MAX_WORDS = 10;
/** Categories at most. */
const MAX_CATEGORIES = 4;
// A category says the subject less precisely than a word of the title.
const CATEGORY_WEIGHT = 0.6;

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
// Words are compared with case and marks (accents, hamza, harakat) folded away. The index's
// tokenizer folds Latin accents only, so queries keep the words as written.
const fold = (text: string) => (/^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC')).toLowerCase();
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const STOP_WORDS = new Set(STOP_WORD_LIST.split(/\s+/).filter(Boolean).map(fold));

/** The headline part of a page title ("Storm hits coast | Site News" → "Storm hits coast"). */
function headlinePart(title: string): string {
  const parts = title.split(/\s+[|–—-]\s+/).map((p) => p.trim()).filter(Boolean);
  return parts.reduce((best, p) => (p.length > best.length ? p : best), '');
}

/** The lower-case words of a text, each without a trailing 's (or other clitic). */
function wordsOf(text: string): string[] {
  return (text.normalize('NFKC').toLowerCase().match(WORD) ?? []).map((w) => w.replace(/['’].*$/, ''));
}

/** The words of a title that say what it is about, lower-cased, in order, each once. */
export function significantWords(title: string): string[] {
  const words: string[] = [];
  const seen = new Set<string>();
  for (const word of wordsOf(headlinePart(title))) {
    const folded = fold(word);
    if ([...folded].length < 3 || /^\p{N}+$/u.test(folded) || STOP_WORDS.has(folded) || seen.has(folded)) continue;
    seen.add(folded);
    words.push(word);
    if (words.length === MAX_WORDS) break;
  }
  return words;
}

/** One thing a similar item may share with the article: a title word, or a category. */
export interface SimilarityTerm {
  kind: 'title' | 'category';
  /** The word, or the category's words joined by spaces, folded (for comparing). */
  text: string;
  /** An FTS5 query for the items having it (quoted: nothing in a title is query syntax). */
  fts: string;
}

/** The terms of an article: its title's significant words, then its categories. */
export function similarityTerms(title: string, categories: readonly string[]): SimilarityTerm[] {
  const terms: SimilarityTerm[] = significantWords(title).map((w) => ({ kind: 'title', text: fold(w), fts: `title : ${quote(w)}` }));
  const seen = new Set<string>();
  for (const category of categories) {
    const phrase = wordsOf(category).join(' ');
    if (phrase === '' || seen.has(fold(phrase)) || seen.size === MAX_CATEGORIES) continue;
    seen.add(fold(phrase));
    terms.push({ kind: 'category', text: fold(phrase), fts: `categories : ${quote(phrase)}` });
  }
  return terms;
}

/** A stored item found through some of the terms. */
export interface SimilarCandidate {
  title: string;
  link: string;
  /** Epoch ms, or null when undated. */
  time: number | null;
  /** Indexes of the category terms it was found by. */
  categories: Set<number>;
}

/**
 * Candidates ranked by what they share with the article: each title word of the article in
 * theirs, and each category, weighs more the fewer items have it (`counts[t]`: items with
 * term t, as far as counted, at most `countCap`). Only candidates sharing a title word
 * count (a category alone is the section, not the story); the newest first among equals.
 */
export function rankSimilar(terms: SimilarityTerm[], counts: number[], countCap: number, candidates: SimilarCandidate[]): SimilarCandidate[] {
  const weight = terms.map((t, n) => Math.log(1 + countCap / Math.max(1, counts[n] ?? countCap)) * (t.kind === 'category' ? CATEGORY_WEIGHT : 1));
  const scored: { candidate: SimilarCandidate; score: number }[] = [];
  for (const candidate of candidates) {
    const words = new Set(wordsOf(fold(candidate.title)));
    let score = 0;
    let shared = false;
    terms.forEach((t, n) => {
      if (t.kind === 'title' ? words.has(t.text) : candidate.categories.has(n)) score += weight[n];
      if (t.kind === 'title' && words.has(t.text)) shared = true;
    });
    if (shared) scored.push({ candidate, score });
  }
  return scored.sort((a, b) => b.score - a.score || (b.candidate.time ?? -Infinity) - (a.candidate.time ?? -Infinity)).map((s) => s.candidate);
}

/** The article with a "More on this" list, unless the page has lists of its own or none was found. */
export function withMoreOnThis(article: Article, stories: StoryList['stories']): Article {
  if ((article.related ?? []).some((list) => list.stories.length > 0) || stories.length === 0) return article;
  return { ...article, related: [{ kind: 'more-on-this', title: '', stories }] };
}
