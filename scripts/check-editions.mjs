#!/usr/bin/env node
/* global console, process, URL */
/**
 * Checks the built-in editions without network access: every editions/*.json parses and
 * has a sound shape; every local (relative) feed exists, is well-formed XML or JSON, and
 * every item link points at an existing page; every demo page's relative .html links
 * resolve. Prints how many local items each section would receive under the routing rules.
 * Run: node scripts/check-editions.mjs   (exit code 1 on any problem)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const EDITIONS = join(dirname(fileURLToPath(import.meta.url)), '..', 'editions');
const problems = [];
const fail = (where, what) => problems.push(`${where}: ${what}`);

const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
const NAME = /[A-Za-z_][\w.:-]*/y;

/** Minimal XML well-formedness check: balanced tags, quoted unique attributes, legal `&` and `<`. */
function checkXml(text) {
  const stack = [];
  let roots = 0;
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  const textRun = (end) => {
    for (let j = text.indexOf('&', i); j !== -1 && j < end; j = text.indexOf('&', j + 1)) {
      ENTITY.lastIndex = j;
      if (!ENTITY.test(text)) throw new Error(`bad "&" at offset ${j}`);
    }
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const end = lt === -1 ? text.length : lt;
    if (stack.length === 0 && text.slice(i, end).trim()) throw new Error(`text outside the root at offset ${i}`);
    textRun(end);
    if (lt === -1) break;
    i = lt;
    const skip = (open, close) => {
      if (!text.startsWith(open, i)) return false;
      const j = text.indexOf(close, i + open.length);
      if (j === -1) throw new Error(`unterminated ${open} at offset ${i}`);
      i = j + close.length;
      return true;
    };
    if (skip('<!--', '-->') || skip('<![CDATA[', ']]>') || skip('<?', '?>') || skip('<!DOCTYPE', '>')) continue;
    const closing = text[i + 1] === '/';
    NAME.lastIndex = i + (closing ? 2 : 1);
    const m = NAME.exec(text);
    if (!m || m.index !== i + (closing ? 2 : 1)) throw new Error(`bad tag at offset ${i}`);
    const gt = text.indexOf('>', i);
    if (gt === -1) throw new Error(`unterminated tag at offset ${i}`);
    const inner = text.slice(m.index + m[0].length, gt);
    if (closing) {
      if (inner.trim()) throw new Error(`junk in closing tag </${m[0]}>`);
      const open = stack.pop();
      if (open !== m[0]) throw new Error(`</${m[0]}> closes <${open}> at offset ${i}`);
    } else {
      const selfClosing = inner.endsWith('/');
      const attrs = selfClosing ? inner.slice(0, -1) : inner;
      const seen = new Set();
      const rest = attrs.replace(/\s+([A-Za-z_][\w.:-]*)\s*=\s*("[^"<]*"|'[^'<]*')/g, (_, name, value) => {
        if (seen.has(name)) throw new Error(`duplicate attribute ${name} in <${m[0]}>`);
        seen.add(name);
        if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(value)) throw new Error(`bad "&" in ${name} of <${m[0]}>`);
        return '';
      });
      if (rest.trim()) throw new Error(`bad attributes in <${m[0]}>: ${rest.trim().slice(0, 40)}`);
      if (stack.length === 0) roots += 1;
      if (!selfClosing) stack.push(m[0]);
    }
    i = gt + 1;
  }
  if (stack.length) throw new Error(`unclosed <${stack.at(-1)}>`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
}

const decode = (s) => s.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').trim();
const all = (re, s) => [...s.matchAll(re)].map((m) => decode(m[1]));

/** Items of a local feed as { link, categories }, by format. */
function feedItems(text, file) {
  if (file.endsWith('.json')) {
    const feed = JSON.parse(text);
    if (!String(feed.version).startsWith('https://jsonfeed.org/version/')) throw new Error('not a JSON Feed');
    return feed.items.map((it) => ({ link: it.url, categories: it.tags ?? [] }));
  }
  checkXml(text);
  if (/<feed[\s>]/.test(text)) {
    return [...text.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, e]) => ({
      link: /<link rel="alternate"[^>]*href="([^"]+)"/.exec(e)?.[1] ?? '',
      categories: all(/<category[^>]*label="([^"]+)"/g, e),
    }));
  }
  return [...text.matchAll(/<item[\s>][\s\S]*?<\/item>/g)].map(([e]) => ({
    link: decode(/<link>([\s\S]*?)<\/link>/.exec(e)?.[1] ?? ''),
    categories: [...all(/<category>([\s\S]*?)<\/category>/g, e), ...all(/<dc:subject>([\s\S]*?)<\/dc:subject>/g, e)],
  }));
}

function flatten(sections) {
  return sections.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

function checkEdition(file) {
  const where = `editions/${file}`;
  let spec;
  try {
    spec = JSON.parse(readFileSync(join(EDITIONS, file), 'utf8'));
  } catch (e) {
    return fail(where, `does not parse: ${e.message}`);
  }
  if (spec.name !== file.replace(/\.json$/, '')) fail(where, `name "${spec.name}" differs from the file name`);
  if (!spec.title) fail(where, 'no title');
  const pool = new Set();
  for (const f of spec.feeds ?? []) {
    if (typeof f.url !== 'string' || !f.title) fail(where, `feed without url or title: ${JSON.stringify(f)}`);
    if (pool.has(f.url)) fail(where, `feed listed twice: ${f.url}`);
    pool.add(f.url);
  }
  const sections = flatten(spec.sections ?? []);
  const ids = new Set();
  for (const s of sections) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s.id)) fail(where, `section id "${s.id}" is not a lower-case slug`);
    if (ids.has(s.id)) fail(where, `duplicate section id "${s.id}"`);
    ids.add(s.id);
    for (const u of s.feeds ?? []) if (!pool.has(u)) fail(where, `section ${s.id}: feed ${u} is not in the pool`);
    for (const p of s.match?.paths ?? []) if (!/^\/.*\/$/.test(p)) fail(where, `section ${s.id}: path "${p}" should start and end with "/"`);
  }
  const b = spec.breaking;
  if (b && 'feeds' in b) for (const u of b.feeds) if (!pool.has(u)) fail(where, `breaking feed ${u} is not in the pool`);
  if (b && 'newest' in b && !(b.newest.minutes > 0)) fail(where, 'breaking.newest.minutes must be positive');

  // Local feeds: resolve like the loader does, then route their items like the index does.
  const base = pathToFileURL(join(EDITIONS, file));
  const counts = new Map(sections.map((s) => [s.id, 0]));
  let local = 0;
  for (const url of pool) {
    if (/^[a-z]+:/i.test(url)) continue;
    const feedUrl = new URL(url, base);
    const path = fileURLToPath(feedUrl);
    if (!existsSync(path)) { fail(where, `missing feed file ${url}`); continue; }
    let items;
    try {
      items = feedItems(readFileSync(path, 'utf8'), path);
    } catch (e) {
      fail(url, e.message);
      continue;
    }
    for (const item of items) {
      local += 1;
      const target = new URL(item.link, feedUrl);
      if (!item.link || !existsSync(fileURLToPath(target))) fail(url, `item link ${item.link} has no page`);
      const linkPath = decodeURIComponent(target.pathname).toLowerCase();
      const cats = item.categories.map((c) => c.toLowerCase());
      for (const s of sections) {
        const hit = (s.feeds ?? []).includes(url)
          || (s.match?.paths ?? []).some((p) => linkPath.includes(p.toLowerCase()))
          || (s.match?.categories ?? []).some((c) => cats.includes(c.toLowerCase()));
        if (hit) counts.set(s.id, counts.get(s.id) + 1);
      }
    }
  }
  const routed = [...counts].filter(([, n]) => n > 0).map(([id, n]) => `${id} ${n}`).join(', ');
  console.log(`${where}: ${pool.size} feeds, ${sections.length} sections${local ? `; ${local} local items → ${routed}` : ''}`);
}

function checkPages(dir) {
  let pages = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    pages += 1;
    const file = join(entry.parentPath ?? entry.path, entry.name);
    const html = readFileSync(file, 'utf8');
    const rel = file.slice(EDITIONS.length + 1);
    for (const must of ['<h1>', '<time datetime=', 'property="og:title"', '<figcaption>', 'class="tags"', '<article']) {
      if (!html.includes(must)) fail(rel, `missing ${must}`);
    }
    for (const [, href] of html.matchAll(/href="([^"#:]+\.html)"/g)) {
      if (!existsSync(join(dirname(file), href))) fail(rel, `broken link ${href}`);
    }
  }
  console.log(`${dir.slice(EDITIONS.length - 'editions'.length)}: ${pages} pages checked`);
}

for (const file of readdirSync(EDITIONS).filter((f) => f.endsWith('.json')).sort()) checkEdition(file);
for (const demo of ['demo', 'demo-ar', 'demo-es']) {
  if (existsSync(join(EDITIONS, demo, 'articles'))) checkPages(join(EDITIONS, demo, 'articles'));
}
if (problems.length) {
  console.log(`\n${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('all editions OK');
}
