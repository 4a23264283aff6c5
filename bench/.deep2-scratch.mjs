import { buildXmlTree } from '../dist/core/feed/xml-tree.js';
const depth = 50000;
const inner = `${'<b>'.repeat(depth)}deep${'</b>'.repeat(depth)}`;
const text = `<rss><channel><item><title>${inner}</title></item></channel></rss>`;
buildXmlTree(text, 'https://x/');
