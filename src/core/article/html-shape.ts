/**
 * A cheap look at a page's element tree before a DOM is built: how deep it nests and how
 * many elements it has. DOM libraries and Readability slow down quadratically on hostile
 * nesting (100k nested divs took minutes), so pages past the limits are refused first.
 */
import { Parser } from 'htmlparser2';

/** Nesting depth and element count of an HTML document. */
export interface HtmlShape {
  depth: number;
  elements: number;
  /** True when a limit was hit and the scan stopped early. */
  exceeded: boolean;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);
const STOP = Symbol('stop');

/** Scans the markup; stops as soon as `maxDepth` or `maxElements` is passed. */
export function measureHtml(html: string, limits: { maxDepth: number; maxElements: number }): HtmlShape {
  const shape: HtmlShape = { depth: 0, elements: 0, exceeded: false };
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        shape.elements++;
        if (!VOID.has(name)) depth++;
        if (depth > shape.depth) shape.depth = depth;
        if (shape.depth > limits.maxDepth || shape.elements > limits.maxElements) {
          shape.exceeded = true;
          throw STOP;
        }
      },
      onclosetag(name) {
        if (!VOID.has(name)) depth = Math.max(0, depth - 1);
      },
    },
    { decodeEntities: false },
  );
  try {
    parser.end(html);
  } catch (error) {
    if (error !== STOP) throw error;
  }
  return shape;
}

// Closed implicitly by their next sibling, so a run of them does not nest.
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'rp', 'rt', 'colgroup']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/y;

/**
 * An upper bound on nesting, from one linear scan: open tags counted per name, a close
 * only cancels an open of the same name (stray closes do not hide depth). Tags closed by
 * their next sibling are not counted, so real depth is at most about twice this.
 */
function roughShape(html: string): { depth: number; elements: number } {
  const open = new Map<string, number>();
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    TAG.lastIndex = i;
    const m = TAG.exec(html);
    if (!m) continue;
    elements++;
    const name = m[2].toLowerCase();
    if (VOID.has(name) || SELF_CLOSING_SIBLINGS.has(name) || m[3] === '/') continue;
    const count = open.get(name) ?? 0;
    if (m[1] === '/') {
      if (count > 0) {
        open.set(name, count - 1);
        depth--;
      }
    } else {
      open.set(name, count + 1);
      if (++depth > deepest) deepest = depth;
    }
  }
  return { depth: deepest, elements };
}

/** Why a page's markup is too hostile to build a DOM from, or null when it is fine. */
export function hostileShape(html: string, limits: { maxDepth: number; maxElements: number }): string | null {
  const rough = roughShape(html);
  // Only a suspicious page pays for the exact (tokenizer) scan.
  if (rough.depth * 2 + 1 <= limits.maxDepth && rough.elements <= limits.maxElements) return null;
  const shape = measureHtml(html, limits);
  if (shape.depth > limits.maxDepth) return `elements nested more than ${limits.maxDepth} deep`;
  if (shape.elements > limits.maxElements) return `more than ${limits.maxElements} elements`;
  return null;
}
