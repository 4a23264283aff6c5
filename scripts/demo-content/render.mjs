/**
 * HTML rendering for the demo edition's article pages: the article itself plus the
 * clutter a real news site wraps around it (menus, ads, cookie banner, newsletter box,
 * related links), so reader-mode extraction has something to cut away.
 */
import { posix } from 'node:path';
import { LOCALES } from './locales.mjs';

/** Section id → menu group and directory under editions/<demo>/articles/ (titles are per locale). */
export const SECTIONS = {
  politics: { group: 'News', dir: 'news/politics' },
  economy: { group: 'News', dir: 'news/economy' },
  sports: { group: 'News', dir: 'news/sports' },
  'arts-culture': { group: 'News', dir: 'news/arts-culture' },
  health: { group: 'News', dir: 'news/health' },
  miscellaneous: { group: 'News', dir: 'news/miscellaneous' },
  technology: { group: 'News', dir: 'news/technology' },
  environment: { group: 'News', dir: 'news/environment' },
  opinion: { group: 'Articles', dir: 'opinion' },
  analysis: { group: 'Articles', dir: 'analysis' },
  blog: { group: 'Articles', dir: 'blog' },
  features: { group: 'Articles', dir: 'features' },
  newsfeed: { group: 'Videos', dir: 'videos/newsfeed' },
  'video-features': { group: 'Videos', dir: 'videos/video-features' },
  explainers: { group: 'Videos', dir: 'videos/explainers' },
  tv: { group: 'Videos', dir: 'videos/tv' },
  'digital-series': { group: 'Videos', dir: 'videos/digital-series' },
  infographs: { group: 'Infographs', dir: 'infographs' },
  'in-pictures': { group: 'In Pictures', dir: 'in-pictures' },
  live: { group: 'News', dir: 'live' },
};

/** Escapes text for HTML/XML element content and double-quoted attributes. */
export function esc(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Escapes text for element content only; quotes stay literal, as on most real sites. */
export function escText(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Strips the tiny inline markup used in the texts (links, bold, italics) to plain text. */
export function plain(text) {
  return String(text).replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').replace(/\*\*([^*]+)\*\*/g, '$1').replace(/\*([^*]+)\*/g, '$1');
}

/** Page path of an article, relative to editions/demo/. */
export function pagePath(article) {
  return `articles/${SECTIONS[article.section].dir}/${article.slug}.html`;
}

/** "25 Nov 2026 08:10", the way the seed site prints dates, with the locale's month names. */
export function displayDate(ms, months = LOCALES.en.months) {
  const d = new Date(ms);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** ISO 8601 with an explicit +00:00 zone. */
export function isoDate(ms) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/** Words in an article body (tables and code excluded), for the "N Min Read" line. */
export function wordCount(article) {
  const texts = [];
  for (const block of article.body) {
    if (typeof block === 'string') texts.push(block);
    else if (block.h2 || block.h3) texts.push(block.h2 ?? block.h3);
    else if (block.quote) texts.push(block.quote);
    else if (block.ul || block.ol) texts.push(...(block.ul ?? block.ol).flat(2).map((i) => (typeof i === 'string' ? i : i.text)));
  }
  return texts.map(plain).join(' ').split(/\s+/).filter(Boolean).length;
}

function linker(from, bySlug) {
  const fromDir = posix.dirname(pagePath(from));
  return (slug) => {
    const target = bySlug.get(slug);
    if (!target) throw new Error(`${from.slug}: link to unknown article "${slug}"`);
    return posix.relative(fromDir, pagePath(target));
  };
}

function inline(text, link) {
  return escText(text)
    .replace(/\[([^\]]+)\]\(@([a-z0-9-]+)\)/g, (_, label, slug) => `<a href="${link(slug)}">${label}</a>`)
    .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, (_, label, url) => `<a href="${url}" rel="noopener" target="_blank">${label}</a>`)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>');
}

function list(tag, items, link, indent) {
  const pad = '  '.repeat(indent);
  const rows = items.map((item) => {
    if (typeof item === 'string') return `${pad}  <li>${inline(item, link)}</li>`;
    return `${pad}  <li>${inline(item.text, link)}\n${list(tag, item.items, link, indent + 2)}\n${pad}  </li>`;
  });
  return `${pad}<${tag}>\n${rows.join('\n')}\n${pad}</${tag}>`;
}

function block(b, link, article, bySlug, T) {
  if (typeof b === 'string') return `      <p>${inline(b, link)}</p>`;
  if (b.h2) return `      <h2>${inline(b.h2, link)}</h2>`;
  if (b.h3) return `      <h3>${inline(b.h3, link)}</h3>`;
  if (b.ul) return list('ul', b.ul, link, 3);
  if (b.ol) return list('ol', b.ol, link, 3);
  if (b.quote) {
    const lang = b.lang ? ` lang="${b.lang}"` : '';
    return `      <blockquote${lang}>\n        <p>${inline(b.quote, link)}</p>\n        <p class="quote-source"><cite>— ${inline(b.cite, link)}</cite></p>\n      </blockquote>`;
  }
  if (b.table) {
    const t = b.table;
    const head = t.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
    const rows = t.rows.map((r) => `          <tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n');
    return `      <table class="data">\n        <caption>${esc(t.caption)}</caption>\n        <thead><tr>${head}</tr></thead>\n        <tbody>\n${rows}\n        </tbody>\n      </table>`;
  }
  if (b.code) return `      <pre><code class="language-${b.lang ?? 'text'}">${escText(b.code)}</code></pre>`;
  if (b.readMore) {
    return `      <p class="read-more"><strong>${T.readMore}:</strong> <a href="${link(b.readMore)}">${esc(bySlug.get(b.readMore).title)}</a></p>`;
  }
  if (b.related) {
    return `      <div class="related-inline">\n        <h4>${T.relatedNews}</h4>\n        <a href="${link(b.related)}">${esc(bySlug.get(b.related).title)}</a>\n      </div>`;
  }
  throw new Error(`${article.slug}: unknown body block ${JSON.stringify(b)}`);
}

// A link to a directory index, never the empty string (which would mean "this page").
function dirHref(fromDir, toDir) {
  const rel = posix.relative(fromDir, toDir);
  return rel ? `${rel}/` : './';
}

function menu(fromDir, L, used) {
  const href = (dir) => dirHref(fromDir, `articles/${dir}`);
  const item = (id) => `            <li><a href="${href(SECTIONS[id].dir)}">${esc(L.sections[id])}</a></li>`;
  const ids = (group) => Object.keys(SECTIONS).filter((id) => SECTIONS[id].group === group && used.has(id));
  const sub = (title, group, dir) => `        <li class="has-menu"><a href="${href(dir)}">${esc(title)}</a>
          <ul class="submenu">
${ids(group).map(item).join('\n')}
          </ul>
        </li>`;
  const single = (id) => (used.has(id) ? [`        <li><a href="${href(SECTIONS[id].dir)}">${esc(L.sections[id])}</a></li>`] : []);
  const regions = Object.entries(L.regionTitles)
    .map(([id, title]) => `            <li><a href="${href(`regions/${id}`)}">${esc(title)}</a></li>`).join('\n');
  const groups = [['News', 'news'], ['Articles', 'opinion'], ['Videos', 'videos']]
    .filter(([g]) => ids(g).length).map(([g, dir]) => sub(L.groups[g], g, dir));
  return `    <nav class="main-menu" aria-label="Sections">
      <ul>
${[...groups, ...single('infographs'), ...single('in-pictures')].join('\n')}
        <li class="has-menu"><a href="#regions">${esc(L.groups.Regions)}</a>
          <ul class="submenu">
${regions}
          </ul>
        </li>
        <li class="live"><a href="${href('live')}">${esc(L.live)}</a></li>
      </ul>
    </nav>`;
}

function shareBar(shares, L) {
  const [x, facebook, whatsapp, copy, listen] = L.share;
  return `        <div class="share-buttons" aria-label="Share">
          <span class="shares">${shares} ${L.shares}</span>
          <button type="button" class="share share-x">${x}</button>
          <button type="button" class="share share-facebook">${facebook}</button>
          <button type="button" class="share share-whatsapp">${whatsapp}</button>
          <button type="button" class="share share-copy">${copy}</button>
          <button type="button" class="listen">${listen}</button>
        </div>`;
}

function jsonLd(a, image, L) {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    description: a.standfirst,
    image: [image],
    datePublished: isoDate(a.time),
    dateModified: isoDate(a.time + 20 * 60_000),
    author: [{ '@type': 'Person', name: a.author }],
    publisher: { '@type': 'Organization', name: L.site },
    articleSection: L.sections[a.section],
    inLanguage: a.lang ?? L.lang,
    keywords: a.tags.join(', '),
  };
  return `  <script type="application/ld+json">\n${JSON.stringify(data, null, 2).replace(/</g, '\\u003c')}\n  </script>\n`;
}

/**
 * Renders one article page. `ctx` holds the site locale, every article by slug, the
 * sections in use, the breaking items for the bar, and the lists for "Related stories"
 * and "Read more".
 */
export function renderPage(a, ctx) {
  const L = ctx.locale;
  // A story in another language than its site (the English demo's Arabic page) labels its own byline.
  const T = a.lang && a.lang !== L.lang ? LOCALES[a.lang] : L;
  const link = linker(a, ctx.bySlug);
  const path = pagePath(a);
  const dir = posix.dirname(path);
  const image = posix.relative(dir, `images/${a.slug}.jpg`);
  const section = SECTIONS[a.section];
  const sectionTitle = L.sections[a.section];
  const rtl = (lang) => (LOCALES[lang]?.dir === 'rtl' ? ` lang="${lang}" dir="rtl"` : ` lang="${lang}"`);
  const minutes = Math.max(1, Math.ceil(wordCount(a) / 200));
  const body = [...a.body];
  // An ad slot after the second paragraph, the way news sites interrupt their own text.
  const paragraphs = body.flatMap((b, i) => (typeof b === 'string' ? [i] : []));
  const adAt = (paragraphs[1] ?? paragraphs[0] ?? 0) + 1;
  const blocks = body.map((b) => block(b, link, a, ctx.bySlug, T));
  blocks.splice(adAt, 0, `      <div class="ad ad-inline" data-slot="article-mid">${L.ad}</div>`);
  const breaking = ctx.breaking.slice(0, 4)
    .map((b) => `        <li><a href="${posix.relative(dir, pagePath(b))}">${esc(b.title)}</a></li>`).join('\n');
  const related = ctx.related(a)
    .map((r) => `        <li><a href="${link(r.slug)}">${esc(r.title)}</a> <time datetime="${isoDate(r.time)}">${displayDate(r.time, L.months)}</time></li>`).join('\n');
  const more = ctx.mostRead(a).map((r) => `        <li><a href="${link(r.slug)}">${esc(r.title)}</a></li>`).join('\n');
  const tags = a.tags.map((t) => `          <li><a href="${dirHref(dir, `articles/tags/${encodeURIComponent(t.toLowerCase().replace(/\s+/g, '-'))}`)}">${esc(t)}</a></li>`).join('\n');
  const [cookieText, accept, manage] = L.cookie;
  const [letterTitle, letterText, letterPlaceholder, letterButton] = L.newsletter;
  const titleHtml = esc(a.title);
  return `<!DOCTYPE html>
<html${rtl(L === T ? L.lang : a.lang)}>
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${titleHtml} | ${esc(L.site)}</title>
  <meta name="description" content="${esc(a.standfirst)}">
  <meta name="author" content="${esc(a.author)}">
  <meta name="keywords" content="${esc(a.tags.join(', '))}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="${esc(L.site)}">
  <meta property="og:title" content="${titleHtml}">
  <meta property="og:description" content="${esc(a.standfirst)}">
  <meta property="og:image" content="${image}">
  <meta property="og:locale" content="${a.lang === 'ar' && L.lang === 'en' ? 'ar_JO' : L.ogLocale}">
  <meta property="article:published_time" content="${isoDate(a.time)}">
  <meta property="article:section" content="${esc(sectionTitle)}">
  <meta property="article:author" content="${esc(a.author)}">
${a.tags.map((t) => `  <meta property="article:tag" content="${esc(t)}">`).join('\n')}
  <meta name="twitter:card" content="summary_large_image">
  <link rel="stylesheet" href="${posix.relative(dir, 'assets/site.css')}">
${a.jsonLd ? jsonLd(a, image, L) : ''}  <script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({ event: 'pageview', section: '${a.section}' });</script>
</head>
<body class="article-page section-${a.section}">
  <div class="cookie-banner" role="dialog" aria-label="Cookie consent">
    <p>${cookieText}</p>
    <button type="button" class="accept">${accept}</button>
    <button type="button" class="manage">${manage}</button>
  </div>
  <header class="site-header">
    <a class="logo" href="${dirHref(dir, 'articles')}">${esc(L.site)}</a>
    <p class="slogan">${esc(L.slogan)}</p>
    <ul class="lang-switch">${ctx.languages.map((l) => `<li><a href="#${l}">${l[0].toUpperCase()}${l[1]}</a></li>`).join('')}</ul>
    <form class="search" role="search"><input type="search" name="q" placeholder="${L.search}"><button type="submit">${L.search}</button></form>
${menu(dir, L, ctx.used)}
  </header>
  <div class="breaking-bar" aria-label="Breaking news">
    <span class="label">${L.breaking}</span>
    <ul class="ticker">
${breaking}
    </ul>
  </div>
  <div class="ad ad-leaderboard" data-slot="top">${L.ad}</div>
  <main class="page">
    <nav class="breadcrumb"><a href="#">${esc(L.groups[section.group] ?? sectionTitle)}</a> › <a href="#">${esc(sectionTitle)}</a></nav>
    <article class="story"${L === T && L.dir === 'ltr' ? '' : rtl(a.lang ?? L.lang)}>
      <header class="story-header">
        <p class="kicker">${esc(sectionTitle)}</p>
        <h1>${titleHtml}</h1>
        <p class="standfirst">${escText(a.standfirst)}</p>
        <ul class="byline">
          <li class="author">${T.by} <a rel="author" href="#author">${esc(a.author)}</a></li>
${a.source ? `          <li class="source">${T.source}: ${esc(a.source)}</li>\n` : ''}          <li class="date"><time datetime="${isoDate(a.time)}">${displayDate(a.time, L.months)}</time></li>
        </ul>
        <p class="read-time">${T.readTime(minutes)}</p>
${shareBar(12 + (a.slug.length * 7) % 90, L)}
      </header>
      <figure class="lead-image">
        <img src="${image}" alt="${esc(a.caption)}" width="1200" height="675">
        <figcaption>${escText(a.caption)}</figcaption>
      </figure>
      <div class="article-body">
${blocks.join('\n')}
      </div>
      <ul class="tags">
${tags}
      </ul>
    </article>
    <aside class="related-stories">
      <h2>${L.relatedStories}</h2>
      <ul>
${related}
      </ul>
    </aside>
    <aside class="newsletter">
      <h2>${letterTitle}</h2>
      <p>${letterText}</p>
      <form><input type="email" name="email" placeholder="${letterPlaceholder}"><button type="submit">${letterButton}</button></form>
    </aside>
    <div class="ad ad-sidebar" data-slot="side">${L.ad}</div>
    <aside class="most-read">
      <h2>${L.readMore}</h2>
      <ol>
${more}
      </ol>
    </aside>
  </main>
  <footer class="site-footer">
    <ul class="footer-links">
${L.footer.map((f, i) => `      <li><a href="#${['about', 'contact', 'privacy', 'cookies', 'rss'][i]}">${f}</a></li>`).join('\n')}
    </ul>
    <p class="disclaimer">${L.disclaimer}</p>
    <p class="copyright">© 2026 ${esc(L.site)}</p>
  </footer>
</body>
</html>
`;
}
