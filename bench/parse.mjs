// Parse throughput over the corpus feeds: decode + parse in process, MB/s and items/s.
import { decodeFeedBytes } from '../dist/core/feed/decode.js';
import { parseFeed } from '../dist/core/feed/parse-feed.js';
import { corpusFeeds, report } from './lib.mjs';

const feeds = corpusFeeds();
if (feeds.length === 0) {
  console.log('parse: skipped (../shared/corpus not found)');
  process.exit(0);
}
const parseAll = () => {
  let items = 0;
  for (const f of feeds) items += parseFeed(decodeFeedBytes(f.bytes, null), { url: `https://bench.test/${f.name}` }).items.length;
  return items;
};
for (let i = 0; i < 20; i++) parseAll(); // warm up the JIT
const rounds = 200;
const bytes = feeds.reduce((n, f) => n + f.bytes.length, 0);
const started = process.hrtime.bigint();
let items = 0;
for (let i = 0; i < rounds; i++) items += parseAll();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
report('parse: corpus feeds', feeds.length, 'files');
report('parse: throughput', (bytes * rounds) / 1e6 / seconds, 'MB/s');
report('parse: items', items / seconds, 'items/s');
report('parse: per feed (mean)', (seconds * 1000) / (rounds * feeds.length), 'ms');
