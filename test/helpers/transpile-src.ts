import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

/**
 * Transpiles `src/<entry>.ts` and every module it imports relatively into plain ESM under
 * node_modules/.cache (so bare imports still resolve), for child processes that need
 * real source without a build: `node child.mjs` then imports the returned file. No type
 * checking; output is keyed by the sources' content, so reruns reuse it.
 */
export function transpileSrc(entry: string): string {
  const files = new Map<string, string>();
  const pending = [join(SRC, entry.replace(/\.js$/, '.ts'))];
  while (pending.length) {
    const file = pending.pop() as string;
    if (files.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    files.set(file, text);
    for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s+'(\.{1,2}\/[^']+)\.js'/g)) {
      const target = resolve(dirname(file), `${m[1]}.ts`);
      if (existsSync(target)) pending.push(target);
    }
  }
  const hash = createHash('sha256');
  for (const [file, text] of [...files].sort()) hash.update(file).update(text);
  const out = join(ROOT, 'node_modules', '.cache', 'tidings-test-src', hash.digest('hex').slice(0, 16));
  const target = join(out, entry.replace(/\.ts$/, '.js'));
  if (existsSync(target)) return target;
  // Built in a side directory and renamed, so parallel test files never see half a tree.
  const building = `${out}.${process.pid}.tmp`;
  for (const [file, text] of files) {
    const js = ts.transpileModule(text, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false }, fileName: file }).outputText;
    const dest = join(building, relative(SRC, file).replace(/\.ts$/, '.js'));
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, js);
  }
  try {
    renameSync(building, out);
  } catch {
    // Another worker finished the same build first; its copy is identical.
  }
  return target;
}
