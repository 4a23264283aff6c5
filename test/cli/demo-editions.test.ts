import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runTidings, tempHome } from '../helpers/run-cli.js';

const EDITIONS = resolve(import.meta.dirname, '../../editions');

interface Item { title: string; link: string; section: string | null; categories: string[] }
interface Tree { id: string; title: string; count: number; children: Tree[] }

/** Every article page under editions/<demo>/articles. */
function pages(demo: string): string[] {
  const root = join(EDITIONS, demo, 'articles');
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name)).sort();
}

// The translated demos, offline: their feeds are files next to the edition, their links local pages.
describe.each([
  ['demo-ar', 'ar', 'rtl', 'بقلم'],
  ['demo-es', 'es', 'ltr', 'Por'],
])('the %s edition', (name, lang, dir, by) => {
  it('lists at least 25 stories, each linking to a local page that exists', async () => {
    const run = await runTidings(['-e', name, 'headlines', '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const items = (JSON.parse(run.stdout) as { items: Item[] }).items;
    expect(items.length).toBeGreaterThanOrEqual(25);
    for (const item of items) {
      expect(item.link.startsWith('file://')).toBe(true);
      expect(existsSync(fileURLToPath(item.link))).toBe(true);
    }
  });

  it('fills every menu of the seed site: News, Articles, Videos, Infographs, In Pictures, LIVE', async () => {
    const run = await runTidings(['-e', name, 'sections', '--json']);
    const tree = (JSON.parse(run.stdout) as { sections: Tree[] }).sections;
    const byId = new Map(tree.map((s) => [s.id, s]));
    for (const id of ['news', 'articles', 'videos', 'infographs', 'in-pictures', 'live']) expect(byId.get(id)?.count).toBeGreaterThan(0);
    expect(byId.get('news')?.children.map((c) => c.id)).toEqual(
      ['politics', 'economy', 'sports', 'arts-culture', 'health', 'miscellaneous', 'technology', 'environment']);
    expect(byId.get('articles')?.children.map((c) => c.id)).toEqual(['opinion', 'analysis', 'blog', 'features']);
    expect(byId.get('videos')?.children.map((c) => c.id)).toEqual(['newsfeed', 'video-features', 'explainers', 'tv', 'digital-series']);
    for (const child of [...byId.get('news')!.children, ...byId.get('articles')!.children, ...byId.get('videos')!.children]) {
      expect(child.count, child.id).toBeGreaterThan(0);
    }
  });

  it('has a breaking strip from its own breaking feed', async () => {
    const run = await runTidings(['-e', name, 'breaking', '--json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { items: Item[] }).items.length).toBeGreaterThanOrEqual(4);
  });

  it('extracts every article page with its title, byline, text, caption and direction', async () => {
    const home = tempHome();
    const files = pages(name);
    expect(files.length).toBeGreaterThanOrEqual(29);
    for (const file of files) {
      const run = await runTidings(['read', file, '--json'], { home });
      expect(run.code, file).toBe(0);
      const article = JSON.parse(run.stdout) as { title: string; byline: string; text: string; lang: string; dir: string; leadImage?: { caption: string } };
      expect(article.title, file).not.toBe('');
      expect(article.byline, file).not.toBe('');
      expect(article.text.length, file).toBeGreaterThan(200);
      expect(article.leadImage?.caption, file).toBeTruthy();
      expect([article.lang, article.dir ?? 'ltr'], file).toEqual([lang, dir]);
      expect(readFileSync(file, 'utf8'), file).toContain(`<li class="author">${by} `);
    }
  });

  it('links its pages to each other with relative links that resolve to existing files', () => {
    for (const file of pages(name)) {
      const html = readFileSync(file, 'utf8');
      const related = html.slice(html.indexOf('<aside class="related-stories">'));
      const links = [...related.matchAll(/href="([^"#:]+\.html)"/g)].map((m) => m[1]!);
      expect(links.length, file).toBeGreaterThan(0);
      for (const href of [...html.matchAll(/href="([^"#:]+\.html)"/g)].map((m) => m[1]!)) {
        expect(existsSync(join(dirname(file), href)), `${file} → ${href}`).toBe(true);
      }
    }
  });
});

describe('the English demo\'s media menus', () => {
  it('routes its videos, infographs and pictures into the seed site\'s menus', async () => {
    const run = await runTidings(['-e', 'demo', 'sections', '--json']);
    const tree = (JSON.parse(run.stdout) as { sections: Tree[] }).sections;
    expect(tree.map((s) => s.id)).toEqual(['news', 'articles', 'videos', 'infographs', 'in-pictures', 'live', 'regions']);
    const videos = tree.find((s) => s.id === 'videos')!;
    expect(videos.children.map((c) => [c.id, c.count > 0])).toEqual(
      [['newsfeed', true], ['video-features', true], ['explainers', true], ['tv', true], ['digital-series', true]]);
    for (const s of tree.slice(3)) expect(s.count, s.id).toBeGreaterThan(0);
  });

  it('gives each video, infograph and picture story a page that extracts as an article', async () => {
    const home = tempHome();
    const media = pages('demo').filter((f) => /\/articles\/(videos|infographs|in-pictures)\//.test(f));
    expect(media.length).toBeGreaterThanOrEqual(7);
    for (const file of media) {
      const article = JSON.parse((await runTidings(['read', file, '--json'], { home })).stdout) as { title: string; byline: string; text: string };
      expect([article.title !== '', article.byline !== '', article.text.length > 200], file).toEqual([true, true, true]);
    }
  });
});

describe('tidings editions --json with the translated editions', () => {
  it('lists at least two Arabic and two Spanish editions, live and demo', async () => {
    const run = await runTidings(['editions', '--json']);
    const editions = (JSON.parse(run.stdout) as { editions: { name: string; lang: string; dir: string }[] }).editions;
    const of = (lang: string) => editions.filter((e) => e.lang === lang).map((e) => e.name).sort();
    expect(of('ar')).toEqual(expect.arrayContaining(['demo-ar', 'world-ar']));
    expect(of('es')).toEqual(expect.arrayContaining(['demo-es', 'world-es']));
    expect(editions.filter((e) => e.lang === 'ar').every((e) => e.dir === 'rtl')).toBe(true);
  });
});
