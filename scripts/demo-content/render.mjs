/**
 * HTML rendering for the demo edition's article pages: the article itself plus the
 * clutter a real news site wraps around it (menus, ads, cookie banner, newsletter box,
 * related links), so reader-mode extraction has something to cut away.
 */
import { posix } from 'node:path';

/** Section id → title, group and directory under editions/demo/articles/. */
export const SECTIONS = {
  politics: { title: 'Politics', group: 'News', dir: 'news/politics' },
  economy: { title: 'Economy', group: 'News', dir: 'news/economy' },
  sports: { title: 'Sports', group: 'News', dir: 'news/sports' },
  'arts-culture': { title: 'Arts & Culture', group: 'News', dir: 'news/arts-culture' },
  health: { title: 'Health', group: 'News', dir: 'news/health' },
  technology: { title: 'Technology', group: 'News', dir: 'news/technology' },
  environment: { title: 'Environment', group: 'News', dir: 'news/environment' },
  opinion: { title: 'Opinion', group: 'Articles', dir: 'opinion' },
  analysis: { title: 'Analysis', group: 'Articles', dir: 'analysis' },
  features: { title: 'Features', group: 'Articles', dir: 'features' },
  live: { title: 'Live', group: 'News', dir: 'live' },
};

const REGIONS = ['Africa', 'Asia', 'Europe', 'Latin America', 'MENA', 'US & Canada'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

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

/** "25 Nov 2026 08:10", the way the seed site prints dates. */
export function displayDate(ms) {
  const d = new Date(ms);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
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

function block(b, link, article, bySlug) {
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
    const label = article.lang === 'ar' ? 'اقرأ أيضاً' : 'Read more';
    return `      <p class="read-more"><strong>${label}:</strong> <a href="${link(b.readMore)}">${esc(bySlug.get(b.readMore).title)}</a></p>`;
  }
  if (b.related) {
    return `      <div class="related-inline">\n        <h4>Related News</h4>\n        <a href="${link(b.related)}">${esc(bySlug.get(b.related).title)}</a>\n      </div>`;
  }
  throw new Error(`${article.slug}: unknown body block ${JSON.stringify(b)}`);
}

// A link to a directory index, never the empty string (which would mean "this page").
function dirHref(fromDir, toDir) {
  const rel = posix.relative(fromDir, toDir);
  return rel ? `${rel}/` : './';
}

function menu(fromDir) {
  const href = (dir) => dirHref(fromDir, `articles/${dir}`);
  const group = (name) => Object.entries(SECTIONS)
    .filter(([id, s]) => s.group === name && id !== 'live')
    .map(([, s]) => `            <li><a href="${href(s.dir)}">${esc(s.title)}</a></li>`).join('\n');
  const regions = REGIONS.map((r) => `            <li><a href="${href(`regions/${r.toLowerCase().replace(/ & | /g, '-')}`)}">${esc(r)}</a></li>`).join('\n');
  return `    <nav class="main-menu" aria-label="Sections">
      <ul>
        <li class="has-menu"><a href="${href('news')}">News</a>
          <ul class="submenu">
${group('News')}
          </ul>
        </li>
        <li class="has-menu"><a href="${href('opinion')}">Articles</a>
          <ul class="submenu">
${group('Articles')}
          </ul>
        </li>
        <li class="has-menu"><a href="#regions">Regions</a>
          <ul class="submenu">
${regions}
          </ul>
        </li>
        <li class="live"><a href="${href('live')}">• LIVE</a></li>
      </ul>
    </nav>`;
}

function shareBar(shares) {
  return `        <div class="share-buttons" aria-label="Share">
          <span class="shares">${shares} Shares</span>
          <button type="button" class="share share-x">Share on X</button>
          <button type="button" class="share share-facebook">Facebook</button>
          <button type="button" class="share share-whatsapp">WhatsApp</button>
          <button type="button" class="share share-copy">Copy link</button>
          <button type="button" class="listen">Listen</button>
        </div>`;
}

function jsonLd(a, image) {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    description: a.standfirst,
    image: [image],
    datePublished: isoDate(a.time),
    dateModified: isoDate(a.time + 20 * 60_000),
    author: [{ '@type': 'Person', name: a.author }],
    publisher: { '@type': 'Organization', name: 'Tidings Demo' },
    articleSection: SECTIONS[a.section].title,
    inLanguage: a.lang ?? 'en',
    keywords: a.tags.join(', '),
  };
  return `  <script type="application/ld+json">\n${JSON.stringify(data, null, 2).replace(/</g, '\\u003c')}\n  </script>\n`;
}

// Arabic counts take the dual for 2 and the plural only from 3 to 10.
function arabicReadTime(minutes) {
  if (minutes === 1) return 'دقيقة واحدة للقراءة';
  if (minutes === 2) return 'دقيقتان للقراءة';
  return minutes <= 10 ? `${minutes} دقائق للقراءة` : `${minutes} دقيقة للقراءة`;
}

/**
 * Renders one article page. `ctx` holds every article by slug, the breaking items for the
 * bar, and the lists for "Related stories" and "Read more".
 */
export function renderPage(a, ctx) {
  const link = linker(a, ctx.bySlug);
  const path = pagePath(a);
  const dir = posix.dirname(path);
  const image = posix.relative(dir, `images/${a.slug}.jpg`);
  const section = SECTIONS[a.section];
  const ar = a.lang === 'ar';
  const minutes = Math.max(1, Math.ceil(wordCount(a) / 200));
  const htmlAttrs = ar ? ' lang="ar" dir="rtl"' : ' lang="en"';
  const body = [...a.body];
  // An ad slot after the second paragraph, the way news sites interrupt their own text.
  const paragraphs = body.flatMap((b, i) => (typeof b === 'string' ? [i] : []));
  const adAt = (paragraphs[1] ?? paragraphs[0] ?? 0) + 1;
  const blocks = body.map((b) => block(b, link, a, ctx.bySlug));
  blocks.splice(adAt, 0, '      <div class="ad ad-inline" data-slot="article-mid">Advertisement</div>');
  const breaking = ctx.breaking.slice(0, 4)
    .map((b) => `        <li><a href="${posix.relative(dir, pagePath(b))}">${esc(b.title)}</a></li>`).join('\n');
  const related = ctx.related(a)
    .map((r) => `        <li><a href="${link(r.slug)}">${esc(r.title)}</a> <time datetime="${isoDate(r.time)}">${displayDate(r.time)}</time></li>`).join('\n');
  const more = ctx.mostRead(a).map((r) => `        <li><a href="${link(r.slug)}">${esc(r.title)}</a></li>`).join('\n');
  const tags = a.tags.map((t) => `          <li><a href="${dirHref(dir, `articles/tags/${encodeURIComponent(t.toLowerCase().replace(/\s+/g, '-'))}`)}">${esc(t)}</a></li>`).join('\n');
  const by = ar ? 'بقلم' : 'By';
  const src = ar ? 'المصدر' : 'Source';
  const read = ar ? arabicReadTime(minutes) : `${minutes} Min Read`;
  const titleHtml = esc(a.title);
  return `<!DOCTYPE html>
<html${htmlAttrs}>
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${titleHtml} | Tidings Demo</title>
  <meta name="description" content="${esc(a.standfirst)}">
  <meta name="author" content="${esc(a.author)}">
  <meta name="keywords" content="${esc(a.tags.join(', '))}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Tidings Demo">
  <meta property="og:title" content="${titleHtml}">
  <meta property="og:description" content="${esc(a.standfirst)}">
  <meta property="og:image" content="${image}">
  <meta property="og:locale" content="${ar ? 'ar_JO' : 'en_GB'}">
  <meta property="article:published_time" content="${isoDate(a.time)}">
  <meta property="article:section" content="${esc(section.title)}">
  <meta property="article:author" content="${esc(a.author)}">
${a.tags.map((t) => `  <meta property="article:tag" content="${esc(t)}">`).join('\n')}
  <meta name="twitter:card" content="summary_large_image">
  <link rel="stylesheet" href="${posix.relative(dir, 'assets/site.css')}">
${a.jsonLd ? jsonLd(a, image) : ''}  <script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({ event: 'pageview', section: '${a.section}' });</script>
</head>
<body class="article-page section-${a.section}">
  <div class="cookie-banner" role="dialog" aria-label="Cookie consent">
    <p>We use cookies to improve your experience, measure traffic and show you relevant advertising. You can change your choices at any time.</p>
    <button type="button" class="accept">Accept all</button>
    <button type="button" class="manage">Manage preferences</button>
  </div>
  <header class="site-header">
    <a class="logo" href="${dirHref(dir, 'articles')}">Tidings Demo</a>
    <p class="slogan">News from a quieter world</p>
    <ul class="lang-switch"><li><a href="#ar">Ar</a></li><li><a href="#es">Es</a></li></ul>
    <form class="search" role="search"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>
${menu(dir)}
  </header>
  <div class="breaking-bar" aria-label="Breaking news">
    <span class="label">BREAKING</span>
    <ul class="ticker">
${breaking}
    </ul>
  </div>
  <div class="ad ad-leaderboard" data-slot="top">Advertisement</div>
  <main class="page">
    <nav class="breadcrumb"><a href="#">${section.group}</a> › <a href="#">${esc(section.title)}</a></nav>
    <article class="story"${ar ? ' lang="ar" dir="rtl"' : ''}>
      <header class="story-header">
        <p class="kicker">${esc(section.title)}</p>
        <h1>${titleHtml}</h1>
        <p class="standfirst">${escText(a.standfirst)}</p>
        <ul class="byline">
          <li class="author">${by} <a rel="author" href="#author">${esc(a.author)}</a></li>
          <li class="source">${src}: ${esc(a.source)}</li>
          <li class="date"><time datetime="${isoDate(a.time)}">${displayDate(a.time)}</time></li>
        </ul>
        <p class="read-time">${read}</p>
${shareBar(12 + (a.slug.length * 7) % 90)}
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
      <h2>Related stories</h2>
      <ul>
${related}
      </ul>
    </aside>
    <aside class="newsletter">
      <h2>Get the morning briefing</h2>
      <p>The day's most important stories, in your inbox before breakfast. Free, and you can unsubscribe at any time.</p>
      <form><input type="email" name="email" placeholder="Your email address"><button type="submit">Sign up</button></form>
    </aside>
    <div class="ad ad-sidebar" data-slot="side">Advertisement</div>
    <aside class="most-read">
      <h2>Read more</h2>
      <ol>
${more}
      </ol>
    </aside>
  </main>
  <footer class="site-footer">
    <ul class="footer-links">
      <li><a href="#about">About us</a></li>
      <li><a href="#contact">Contact</a></li>
      <li><a href="#privacy">Privacy policy</a></li>
      <li><a href="#cookies">Cookie settings</a></li>
      <li><a href="#rss">RSS feeds</a></li>
    </ul>
    <p class="disclaimer">Everything on this site is fictional sample content written for the tidings demo edition. Any resemblance to real people or events is coincidental.</p>
    <p class="copyright">© 2026 Tidings Demo</p>
  </footer>
</body>
</html>
`;
}
