import { decodeFeedBytes } from '../dist/core/feed/decode.js';
import { parseFeed } from '../dist/core/feed/parse-feed.js';
import { corpusFeeds } from './lib.mjs';
const feeds = corpusFeeds().map(f => decodeFeedBytes(f.bytes));
for (let i=0;i<300;i++) for (const f of feeds) parseFeed(f, {url:'https://x/'});
