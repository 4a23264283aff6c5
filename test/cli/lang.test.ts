import { describe, expect, it } from 'vitest';
import { runTidings, tempHome } from '../helpers/run-cli.js';

describe('tidings --lang', () => {
  it('is listed in --help', async () => {
    const r = await runTidings(['--help']);
    expect(r.stdout).toMatch(/--lang <tag> +the app's own words in this language/);
  });

  it('takes any BCP 47 tag (English where there is no catalogue) and refuses others in one line', async () => {
    const home = tempHome();
    expect((await runTidings(['--lang', 'fr', '-e', 'demo-es', '--offline', 'editions', '--json'], { home })).code).toBe(0);
    const r = await runTidings(['--lang', 'Spanish', '-e', 'demo-es', 'editions'], { home });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tidings: --lang must be a BCP 47 language tag such as "en", "ar" or "es" (got "Spanish")\n');
  });

  it('leaves `editions new --lang` to name the new edition\'s language', async () => {
    const home = tempHome();
    expect((await runTidings(['editions', 'new', 'mine', '--lang', 'ar'], { home })).code).toBe(0);
    const listed = (JSON.parse((await runTidings(['editions', '--json'], { home })).stdout) as { editions: { name: string; lang: string }[] }).editions;
    expect(listed.find((e) => e.name === 'mine')?.lang).toBe('ar');
  });
});
