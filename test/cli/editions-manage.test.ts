import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTidings, tempHome } from '../helpers/run-cli.js';

const oneLine = (stderr: string) => expect(stderr.trim().split('\n')).toHaveLength(1);

describe('tidings editions new / default / remove', () => {
  it('makes an empty edition of your own, sets it as the default, and removes it with its changes', async () => {
    const home = tempHome();
    const run = (args: string[]) => runTidings(args, { home });
    const file = join(home, 'config', 'editions', 'mine.json');
    const made = await run(['editions', 'new', 'mine', '--title', 'My News', '--lang', 'es']);
    expect(made.code).toBe(0);
    expect(made.stdout).toBe(`created edition mine in ${file} (add feeds with: tidings -e mine feeds add URL)\n`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ name: 'mine', title: 'My News', lang: 'es', feeds: [], sections: [] });

    expect(await run(['editions', 'default', 'mine'])).toEqual({ code: 0, stdout: 'default edition: mine\n', stderr: '' });
    expect((await run(['editions', '--plain'])).stdout).toMatch(/^\* mine {9}es {4}My News \(yours\)$/m);
    const listed = JSON.parse((await run(['editions', '--json'])).stdout);
    expect(listed.current).toBe('mine');
    // The default is what a command without --edition uses.
    expect((await run(['sections', 'add', ' Science '])).stdout).toBe('added section Science (science) to edition mine\n');

    const removed = await run(['editions', 'remove', 'mine']);
    expect(removed).toEqual({ code: 0, stdout: `removed edition mine (${file})\ndefault edition: world\n`, stderr: '' });
    expect(existsSync(file)).toBe(false);
    expect(JSON.parse((await run(['editions', '--json'])).stdout).current).toBe('world');
    // A new edition of the same name starts clean: the old one's changes went with it.
    await run(['editions', 'new', 'mine']);
    expect(JSON.parse((await run(['-e', 'mine', '--offline', 'sections', '--json'])).stdout).sections).toEqual([]);
  });

  it.each([
    [['editions', 'default', 'nope'], /^tidings: no edition named "nope" \(known: /],
    [['editions', 'remove', 'world'], /^tidings: edition world is built in: only your own editions can be removed\n$/],
    [['editions', 'remove', 'nope'], /^tidings: no edition of yours named "nope"/],
    [['editions', 'new', 'world'], /^tidings: edition world already exists\n$/],
    [['editions', 'new', '../up'], /^tidings: "\.\.\/up" cannot name an edition/],
    [['editions', 'new', 'x', '--lang', 'Spanish'], /^tidings: --lang must be a BCP 47 language tag/],
  ])('%j is a usage error in one line', async (args, message) => {
    const r = await runTidings(args);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(message);
  });
});

describe('tidings sections add: usage errors', () => {
  it.each([
    [['sections', 'add', ''], 'tidings: a section needs a name: tidings sections add NAME\n'],
    [['sections', 'add', '  '], 'tidings: a section needs a name: tidings sections add NAME\n'],
    [['sections', 'add', 'X', '--parent', 'nope'], 'tidings: no section "nope" in edition demo (see: tidings sections)\n'],
    [['sections', 'add', 'X', '--parent', ''], 'tidings: no section "" in edition demo (see: tidings sections)\n'],
  ])('%j exits 2 with one line', async (args, stderr) => {
    expect(await runTidings(['-e', 'demo', ...args])).toEqual({ code: 2, stdout: '', stderr });
  });
});
