import { buildXmlTree } from '../dist/core/feed/xml-tree.js';
import { htmlToLine } from '../dist/core/text/html-to-text.js';
import { Parser } from 'htmlparser2';
for (const depth of [25000, 50000]) {
  const inner = `${'<b>'.repeat(depth)}deep${'</b>'.repeat(depth)}`;
  const text = `<rss><channel><item><title>${inner}</title></item></channel></rss>`;
  let t = performance.now(); new Parser({}, { xmlMode: true, decodeEntities: false }).end(text); console.log(depth, 'xml tokenize', performance.now() - t);
  t = performance.now(); buildXmlTree(text, 'https://x/'); console.log(depth, 'tree', performance.now() - t);
  t = performance.now(); new Parser({}, {}).end(inner); console.log(depth, 'html tokenize', performance.now() - t);
  t = performance.now(); htmlToLine(inner); console.log(depth, 'htmlToLine', performance.now() - t);
}
