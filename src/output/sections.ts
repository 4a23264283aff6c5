import type { Section } from '../core/edition/edition.js';
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

/** The tree as lines, one a section, indented two spaces a level. */
function treeLines(list: SectionCountJson[], line: (s: SectionCountJson, depth: number) => string, depth = 0): string[] {
  return list.flatMap((s) => [`${'  '.repeat(depth)}${line(s, depth)}`, ...treeLines(s.children, line, depth + 1)]);
}

/** `News (42)` then `  Politics (12)`, ids dimmed for scripting; in Markdown, a nested list under the title. JSON `{edition, title, sections}`. */
export const sectionTree: View<{ title: string; all: SectionCountJson; sections: SectionCountJson[] }> = {
  text: (d, { style }) => `${treeLines([d.all, ...d.sections], (s, depth) => `${depth === 0 ? style.bold(s.title) : s.title} ${style.dim(`(${s.count})`)}  ${style.dim(s.id)}`).join('\n')}\n`,
  markdown: (d) => `# ${d.title}\n\n${treeLines([d.all, ...d.sections], (s) => `- **${s.title}** (${s.count}) \`${s.id}\``).join('\n')}\n`,
};
