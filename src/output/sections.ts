import type { Section } from '../core/edition/edition.js';
import type { Styler } from './style.js';
import type { View } from './view.js';

/** A section with its item count, as printed by `tidings sections`. */
export interface SectionCountJson {
  id: string;
  title: string;
  path: string[];
  count: number;
  children: SectionCountJson[];
}

/** Section tree with counts (`--json` shape). */
export function sectionTreeJson(sections: Section[], counts: Map<string, number>): SectionCountJson[] {
  return sections.map((s) => ({
    id: s.id,
    title: s.title,
    path: s.path,
    count: counts.get(s.id) ?? 0,
    children: sectionTreeJson(s.children, counts),
  }));
}

/** An indented tree: `News (42)` then `  Politics (12)`, ids dimmed for scripting. */
function formatSectionTree(tree: SectionCountJson[], style: Styler, markdown: boolean): string {
  const lines: string[] = [];
  const walk = (list: SectionCountJson[], depth: number) => {
    for (const s of list) {
      const indent = '  '.repeat(depth);
      if (markdown) lines.push(`${indent}- **${s.title}** (${s.count}) \`${s.id}\``);
      else lines.push(`${indent}${depth === 0 ? style.bold(s.title) : s.title} ${style.dim(`(${s.count})`)}  ${style.dim(s.id)}`);
      walk(s.children, depth + 1);
    }
  };
  walk(tree, 0);
  return lines.join('\n') + '\n';
}

/** `tidings sections` as printed: the edition's section tree with counts (the `--json` record). */
export interface SectionTree {
  edition: string;
  title: string;
  sections: SectionCountJson[];
}

/** The tree as indented lines; in Markdown, a nested list under the edition's title. */
export const sectionTree: View<SectionTree> = {
  text: (d, ctx) => formatSectionTree(d.sections, ctx.style, false),
  markdown: (d, ctx) => `# ${d.title}\n\n${formatSectionTree(d.sections, ctx.style, true)}`,
};
