// npm run bench: runs every benchmark script in bench/ in turn and prints its numbers.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib.mjs';

const scripts = ['parse.mjs', 'refresh.mjs', 'bigfeed.mjs', 'history.mjs', 'article.mjs', 'bookmarks.mjs', 'tui.mjs'];
let failed = 0;
for (const script of scripts) {
  const path = join(ROOT, 'bench', script);
  if (!existsSync(path)) continue;
  console.log(`\n== ${script}`);
  const run = spawnSync(process.execPath, [path], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
