import { decodeFeedBytes } from '../dist/core/feed/decode.js';
import { buildXmlTree } from '../dist/core/feed/xml-tree.js';
import { parseFeed } from '../dist/core/feed/parse-feed.js';
import { Parser } from 'htmlparser2';
import { corpusFeeds } from './lib.mjs';
const feeds = corpusFeeds().map(f => decodeFeedBytes(f.bytes));
const bytes = feeds.reduce((n, f) => n + f.length, 0);
function time(name, fn) { for (let i=0;i<20;i++) fn(); const t=performance.now(); for (let i=0;i<100;i++) fn(); const s=(performance.now()-t)/1000; console.log(name, (bytes*100/1e6/s).toFixed(1), 'MB/s'); }
time('tokenize only', () => { for (const f of feeds) new Parser({}, {xmlMode:true, decodeEntities:false}).end(f); });
time('tree', () => { for (const f of feeds) buildXmlTree(f, 'https://x/'); });
time('parseFeed', () => { for (const f of feeds) parseFeed(f, {url:'https://x/'}); });
import { htmlToText } from '../dist/core/text/html-to-text.js';
import * as sz from '../dist/core/text/sanitize.js';
const orig = htmlToText;
let calls = [];
// collect inputs to htmlToText by re-running with a parse of descriptions
for (const f of feeds) { const t = buildXmlTree(f, 'https://x/'); const stack=[...t]; while(stack.length){const e=stack.pop(); stack.push(...e.children); if(['description','content:encoded','summary','content','title'].includes(e.name)) calls.push(e.text);} }
const total = calls.reduce((n,c)=>n+c.length,0);
console.log('html inputs', calls.length, total);
time('htmlToText on those', () => { for (const c of calls) orig(c); });
time('sanitizeLine on those', () => { for (const c of calls) sz.sanitizeLine(c); });
time('noop html parse', () => { for (const c of calls) new Parser({}, {decodeEntities:true}).end(c); });
