import { outputFormat, printJson, stylerFor, type FormatFlags } from './output-format.js';
import type { Runtime } from './runtime.js';

/** `tidings editions`: the built-in and user editions, the current one marked. */
export async function runEditions(rt: Runtime, o: FormatFlags): Promise<number> {
  const current = rt.editionName();
  const editions = rt.editions.list().map((e) => ({ ...e, current: e.name === current }));
  if (outputFormat(o) === 'json') {
    printJson(rt, { current, editions });
    return 0;
  }
  const style = stylerFor(rt, outputFormat(o));
  for (const e of editions) {
    const mark = e.current ? '*' : ' ';
    rt.io.stdout.write(`${mark} ${style.bold(e.name.padEnd(12))} ${e.lang.padEnd(5)} ${e.title}${e.builtin ? '' : style.dim(' (yours)')}\n`);
    if (e.description) rt.io.stdout.write(`  ${' '.repeat(18)} ${style.dim(e.description)}\n`);
  }
  return 0;
}
