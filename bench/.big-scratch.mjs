import { parseFeed } from '../dist/core/feed/parse-feed.js';
const item = (i) => `<item><title>Item ${i} &amp; more</title><link>https://big.example/${i}</link><guid>g${i}</guid><pubDate>Tue, 14 May 2024 09:30:00 GMT</pubDate><description>&lt;p&gt;${'Lorem ipsum dolor sit amet. '.repeat(40)}&lt;/p&gt;</description></item>`;
const parts = ['<rss><channel><title>Big</title>']; let n = 0, size = 0;
while (size < 5 * 1024 * 1024) { const c = item(n++); parts.push(c); size += c.length; }
parts.push('</channel></rss>'); const text = parts.join('');
for (let r = 0; r < 4; r++) { const t = performance.now(); parseFeed(text, { url: 'https://big.example/' }); const ms = performance.now() - t; console.log((text.length / 1e6 / (ms / 1000)).toFixed(1), 'MB/s', ms.toFixed(0), 'ms'); }
