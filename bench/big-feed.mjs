// A big, legitimate feed made on demand (a 50,000-item archive is ~15 MB: too big to commit).
// Shared by bench/bigfeed.mjs and the tests that refresh it; deterministic for a given size.

const WORDS = ['harbour', 'cranes', 'return', 'council', 'votes', 'budget', 'river', 'floods', 'school', 'opens',
  'late', 'market', 'rally', 'storm', 'warning', 'lifted', 'museum', 'reopens', 'after', 'repairs'];
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);

function words(i, n) {
  const out = [];
  for (let k = 0; k < n; k++) out.push(WORDS[(i * 7 + k * 13) % WORDS.length]);
  return out.join(' ');
}

/** The XML-escaped fields of item `i` (0 is the newest). */
function fields(i) {
  const when = new Date(START - i * (DAY / 24));
  return {
    title: `Story ${i}: ${words(i, 4)} &amp; more`,
    link: `https://archive.example/s/${i}.html`,
    id: `archive-${i}`,
    date: when,
    author: `Reporter ${i % 50}`,
    category: `Topic ${i % 12}`,
    html: `&lt;p&gt;${words(i + 1, 6)}.&lt;/p&gt;`,
  };
}

/** An RSS 2.0 feed of `count` items, as a string (about 320 bytes an item). */
export function bigRssFeed(count) {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
    '<title>The Big Archive</title><link>https://archive.example/</link><description>Every story since the start</description><language>en</language>\n'];
  for (let i = 0; i < count; i++) {
    const f = fields(i);
    parts.push(`<item><title>${f.title}</title><link>${f.link}</link><guid isPermaLink="false">${f.id}</guid>` +
      `<pubDate>${f.date.toUTCString()}</pubDate>${i % 4 === 0 ? `<dc:creator>${f.author}</dc:creator>` : ''}<category>${f.category}</category>` +
      `<description>${f.html}</description></item>\n`);
  }
  parts.push('</channel></rss>\n');
  return parts.join('');
}

/** An Atom 1.0 feed of `count` entries, as a string. */
export function bigAtomFeed(count) {
  const parts = ['<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
    '<title>The Big Archive</title><link href="https://archive.example/"/><id>urn:archive</id><updated>2026-01-01T00:00:00Z</updated>\n'];
  for (let i = 0; i < count; i++) {
    const f = fields(i);
    parts.push(`<entry><title>${f.title}</title><link href="${f.link}"/><id>${f.id}</id><updated>${f.date.toISOString()}</updated>` +
      `${i % 4 === 0 ? `<author><name>${f.author}</name></author>` : ''}<category term="${f.category}"/><summary type="html">${f.html}</summary></entry>\n`);
  }
  parts.push('</feed>\n');
  return parts.join('');
}
