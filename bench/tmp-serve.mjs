import { corpusFeeds, serveFeeds } from './lib.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
const server = await serveFeeds(corpusFeeds(), 8);
mkdirSync('/tmp/rhome/config/editions', { recursive: true });
writeFileSync('/tmp/rhome/bench.json', JSON.stringify({ name: 'bench', title: 'Bench', feeds: server.urls.map((url) => ({ url })), sections: [{ id: 'all', title: 'All', match: { paths: ['/'] } }] }));
console.log('ready', server.urls.length);
setInterval(() => {}, 1 << 30);
