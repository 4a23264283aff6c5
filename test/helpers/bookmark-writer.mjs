// A separate tidings-like process writing to a bookmark store, for the multi-process tests.
// node bookmark-writer.mjs <store module> <dir> add <prefix> <count>
//   adds <count> bookmarks one after another, then prints "done".
// node bookmark-writer.mjs <store module> <dir> churn <prefix>
//   forever: even steps add one bookmark with a ~200 KB article, odd steps import 300
//   link-only bookmarks in one write; prints "<committed total> <size of next step>" after each.
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const [modulePath, dir, mode, prefix, count] = process.argv.slice(2);
const { createBookmarkStore } = await import(pathToFileURL(modulePath).href);
const store = createBookmarkStore({ dir, now: () => new Date(), warn: (m) => process.stderr.write(`warn: ${m}\n`) });

const article = (url, size) => ({
  url, title: url, byline: null, siteName: 'Writer', publishedTime: null, lang: 'en', dir: 'ltr', excerpt: null,
  contentHtml: `<p>${`word${prefix} `.repeat(size / 8)}</p>`, leadImage: null, tags: [], wordCount: size / 8, readingMinutes: 1,
});

if (mode === 'add') {
  for (let i = 0; i < Number(count); i++) {
    const url = `https://${prefix}.example/${i}`;
    await store.add({ url, title: `${prefix} ${i}`, source: prefix, section: '', tags: [prefix], article: article(url, 400) });
  }
  process.stdout.write('done\n');
} else if (mode === 'churn') {
  let total = (await store.list()).length;
  const BATCH = 300;
  for (let step = 0; ; step++) {
    process.stdout.write(`${total} ${step % 2 === 0 ? 1 : BATCH}\n`);
    if (step % 2 === 0) {
      const url = `https://${prefix}.example/big/${step}`;
      await store.add({ url, title: `big ${step}`, source: prefix, section: '', article: article(url, 200_000) });
      total += 1;
    } else {
      const savedAt = new Date().toISOString();
      const entries = Array.from({ length: BATCH }, (_, i) => ({
        bookmark: { id: '', url: `https://${prefix}.example/batch/${step}/${i}`, title: `batch ${step} ${i}`, source: prefix, section: '', savedAt, tags: ['batch'], note: '', hasArticle: false },
        article: null,
      }));
      await store.importEntries(entries);
      total += BATCH;
    }
  }
}
