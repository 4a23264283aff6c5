/**
 * Feed writers for the demo edition. Each format is written a little differently on
 * purpose (CDATA here, entities there, enclosure vs media:content, GMT vs +0000) so the
 * parser meets the variations it will meet in the wild.
 */
import { esc, isoDate, pagePath, plain } from './render.mjs';

const link = (a) => `../${pagePath(a)}`;
const image = (a) => `../images/${a.slug}.jpg`;
const rfc822 = (ms, i) => {
  const s = new Date(ms).toUTCString();
  return i % 2 ? s.replace('GMT', '+0000') : s;
};
// The English demo's entry ids predate the translated demos; keeping them keeps readers' read marks.
const atomPrefix = (meta) => (meta.id === 'tidings-demo' ? '' : `${meta.id}/`);
const newestFirst = (items) => [...items].sort((x, y) => y.time - x.time);

function leadHtml(a) {
  const first = a.body.find((b) => typeof b === 'string');
  return `<p><strong>${esc(a.standfirst)}</strong></p><p>${esc(plain(first))}</p>`;
}

/** RSS 2.0: the broad wire feed, routed into sections by link path. `meta`: title, description, language, id. */
export function rss2Wire(items, now, meta) {
  const rows = newestFirst(items).map((a, i) => {
    const lines = [
      `      <title>${esc(a.title)}</title>`,
      `      <link>${link(a)}</link>`,
      `      <guid isPermaLink="false">${meta.id}:wire:${a.slug}</guid>`,
      `      <pubDate>${rfc822(a.time, i)}</pubDate>`,
      i % 5 === 2
        ? `      <author>desk@tidings.example (${esc(a.author)})</author>`
        : `      <dc:creator>${esc(a.author)}</dc:creator>`,
      ...a.categories.map((c) => `      <category>${esc(c)}</category>`),
      i % 3 === 0
        ? `      <description><![CDATA[<p>${esc(a.standfirst)}</p>]]></description>`
        : `      <description>${esc(a.standfirst)}</description>`,
    ];
    if (i % 4 === 1) lines.push(`      <content:encoded><![CDATA[${leadHtml(a)}]]></content:encoded>`);
    lines.push(i % 2 === 0
      ? `      <enclosure url="${image(a)}" type="image/jpeg" length="0"/>`
      : `      <media:content url="${image(a)}" medium="image" type="image/jpeg" width="1200" height="675">\n        <media:description>${esc(a.caption)}</media:description>\n      </media:content>`);
    return `    <item>\n${lines.join('\n')}\n    </item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${esc(meta.title)}</title>
    <link>../articles/</link>
    <atom:link href="wire.xml" rel="self" type="application/rss+xml"/>
    <description>${esc(meta.description)}</description>
    <language>${meta.language}</language>
    <copyright>Sample content for the tidings demo edition</copyright>
    <lastBuildDate>${new Date(now).toUTCString()}</lastBuildDate>
    <ttl>15</ttl>
    <image>
      <url>../images/tidings-wire.png</url>
      <title>${esc(meta.title)}</title>
      <link>../articles/</link>
    </image>
${rows.join('\n')}
  </channel>
</rss>
`;
}

/** Atom 1.0: opinion, analysis, features and videos. */
export function atomArticles(items, now, meta) {
  const rows = newestFirst(items).map((a, i) => {
    const summary = i % 2
      ? `    <summary type="html">${esc(`<p>${esc(a.standfirst)}</p>`)}</summary>`
      : `    <summary type="text">${esc(a.standfirst)}</summary>`;
    return `  <entry>
    <id>tag:tidings.example,2026:${atomPrefix(meta)}${a.section}/${a.slug}</id>
    <title type="text">${esc(a.title)}</title>
    <link rel="alternate" type="text/html" href="${link(a)}"/>
    <link rel="enclosure" type="image/jpeg" href="${image(a)}"/>
    <published>${isoDate(a.time)}</published>
    <updated>${isoDate(a.time + (i % 3) * 45 * 60_000)}</updated>
    <author><name>${esc(a.author)}</name></author>
${a.categories.map((c) => `    <category term="${esc(c.toLowerCase())}" label="${esc(c)}"/>`).join('\n')}
${summary}
    <media:thumbnail url="${image(a)}" width="640" height="360"/>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="${meta.lang}">
  <id>tag:tidings.example,2026:${atomPrefix(meta)}articles</id>
  <title>${esc(meta.title)}</title>
  <subtitle>${esc(meta.description)}</subtitle>
  <link rel="self" type="application/atom+xml" href="articles.atom"/>
  <link rel="alternate" type="text/html" href="../articles/opinion/"/>
  <updated>${isoDate(now)}</updated>
  <icon>../images/tidings-icon.png</icon>
  <rights>Sample content for the tidings demo edition</rights>
${rows.join('\n')}
</feed>
`;
}

/** JSON Feed 1.1: technology (and, in the translated demos, infographs and pictures). */
export function jsonFeed(items, meta) {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    home_page_url: '../articles/news/technology/',
    feed_url: 'technology.json',
    description: meta.description,
    icon: '../images/tidings-icon.png',
    language: meta.language === 'en-gb' ? 'en-GB' : meta.language,
    authors: [{ name: meta.author }],
    items: newestFirst(items).map((a, i) => ({
      id: `${meta.id}:technology:${a.slug}`,
      url: link(a),
      title: a.title,
      summary: a.standfirst,
      content_html: leadHtml(a),
      image: image(a),
      date_published: isoDate(a.time),
      ...(i % 3 === 1 ? { date_modified: isoDate(a.time + 90 * 60_000) } : {}),
      authors: [{ name: a.author }],
      tags: a.categories,
      language: a.lang ?? (meta.language === 'en-gb' ? 'en-GB' : meta.language),
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** RSS 1.0 (RDF): the regional desk. */
export function rdfRegions(items, now, meta) {
  const sorted = newestFirst(items);
  const seq = sorted.map((a) => `        <rdf:li rdf:resource="${link(a)}"/>`).join('\n');
  const rows = sorted.map((a) => `  <item rdf:about="${link(a)}">
    <title>${esc(a.title)}</title>
    <link>${link(a)}</link>
    <description>${esc(a.standfirst)}</description>
    <dc:date>${isoDate(a.time)}</dc:date>
    <dc:creator>${esc(a.author)}</dc:creator>
${a.categories.map((c) => `    <dc:subject>${esc(c)}</dc:subject>`).join('\n')}
    <dc:language>${a.lang ?? meta.lang}</dc:language>
    <media:content url="${image(a)}" medium="image" type="image/jpeg"/>
  </item>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
  <channel rdf:about="regions.rdf">
    <title>${esc(meta.title)}</title>
    <link>../articles/</link>
    <description>${esc(meta.description)}</description>
    <dc:language>${meta.lang}</dc:language>
    <dc:date>${isoDate(now)}</dc:date>
    <items>
      <rdf:Seq>
${seq}
      </rdf:Seq>
    </items>
  </channel>
${rows.join('\n')}
</rdf:RDF>
`;
}

/** RSS 2.0: short urgent one-liners for the breaking strip. */
export function rss2Breaking(items, now, meta) {
  const rows = newestFirst(items).map((a) => `    <item>
      <title>${esc(a.title)}</title>
      <link>${link(a)}</link>
      <guid isPermaLink="false">${meta.id}:breaking:${a.slug}</guid>
      <pubDate>${new Date(a.time).toUTCString()}</pubDate>
      <dc:creator>${esc(a.author)}</dc:creator>
      <category>${esc(meta.breaking)}</category>
      <description>${esc(a.standfirst)}</description>
      <enclosure url="${image(a)}" type="image/jpeg" length="0"/>
    </item>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${esc(meta.title)}</title>
    <link>../articles/live/</link>
    <description>${esc(meta.description)}</description>
    <language>${meta.language}</language>
    <lastBuildDate>${new Date(now).toUTCString()}</lastBuildDate>
    <ttl>5</ttl>
${rows.join('\n')}
  </channel>
</rss>
`;
}
