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

/** Below this many tags even the worst nesting stays cheap, so the exact scan is skipped. */
const CHEAP_TAGS = 5_000;

/** Why a page's markup is too hostile to build a DOM from, or null when it is fine. */
export function hostileShape(html: string, limits: { maxDepth: number; maxElements: number }): string | null {
  let tags = 0;
  for (let i = html.indexOf('<'); i !== -1 && tags <= CHEAP_TAGS; i = html.indexOf('<', i + 1)) tags++;
  if (tags <= CHEAP_TAGS) return null;
  const shape = measureHtml(html, limits);
  if (shape.depth > limits.maxDepth) return `elements nested more than ${limits.maxDepth} deep`;
  if (shape.elements > limits.maxElements) return `more than ${limits.maxElements} elements`;
  return null;
}
