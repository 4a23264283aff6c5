import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTidings, tempHome } from '../helpers/run-cli.js';

interface Listed { name: string; lang: string; dir: string; builtin: boolean }

describe('tidings editions', () => {
  it('lists every built-in edition with its language and direction (--json)', async () => {
    const run = await runTidings(['editions', '--json']);
    expect(run.code).toBe(0);
    const editions = (JSON.parse(run.stdout) as { editions: Listed[] }).editions;
    const byName = new Map(editions.map((e) => [e.name, e]));
    for (const name of ['demo', 'world', 'almayadeen']) expect(byName.get(name)).toMatchObject({ lang: 'en', dir: 'ltr', builtin: true });
    for (const e of editions) expect(e.dir).toBe(e.lang.startsWith('ar') ? 'rtl' : 'ltr');
  });

  it('shows the language in plain output', async () => {
    const run = await runTidings(['editions', '--plain']);
    expect(run.stdout).toMatch(/^ {2}demo {9}en {4}Tidings Demo$/m);
  });

  it('refuses a user edition with a bad lang in one line naming the file', async () => {
    const home = tempHome();
    const dir = join(home, 'config', 'editions');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'mine.json'), JSON.stringify({ name: 'mine', lang: 'Arabic', feeds: [], sections: [] }));
    const run = await runTidings(['--edition', 'mine', 'sections', '--json'], { home });
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(join(dir, 'mine.json'));
    expect(run.stderr).toContain('"lang" must be a BCP 47 language tag');
  });
});
