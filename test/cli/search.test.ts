import { describe, expect, it } from 'vitest';
import { inOne, searchHome, titles } from '../helpers/search-home.js';

describe('tidings search', () => {
  it('ranks title hits before summary hits, newest first among equals, in the edition only', async () => {
    const { home } = await searchHome();
    const run = await inOne(home, 'search', 'storm', '--json');
    expect(run.code).toBe(0);
    // a1 and b1 hold it in the title (a1 newer), a2 in the summary only; Gamma is another edition's.
    expect(titles(run.stdout)).toEqual(['Harbour storm closes the port', 'Storm warning for the harbour', 'Budget talks resume']);
    const all = await inOne(home, 'search', 'storm', '--all-editions', '--json');
    expect(titles(all.stdout)).toContain('Storm in another edition');
  });

  it('prints the headline JSON shape under {query, items}', async () => {
    const { home } = await searchHome();
    const out = JSON.parse((await inOne(home, 'search', 'harbour', 'storm', '--json', '--limit', '1')).stdout);
    expect(out.query).toBe('harbour storm');
    expect(out.items).toHaveLength(1);
    expect(Object.keys(out.items[0])).toEqual(['key', 'id', 'title', 'link', 'published', 'author', 'summary', 'categories', 'section', 'source']);
    expect(out.items[0]).toMatchObject({ id: 'a1', section: 'harbour', source: 'Alpha Wire' });
  });

  it('matches phrases, prefixes, the source and the categories', async () => {
    const { home } = await searchHome();
    expect(titles((await inOne(home, 'search', '"harbour storm"', '--json')).stdout)).toEqual(['Harbour storm closes the port']);
    expect(titles((await inOne(home, 'search', 'train*', '--json')).stdout).sort()).toEqual(['Night trains return', 'Trainee nurses start']);
    expect(titles((await inOne(home, 'search', 'beta', '--json')).stdout)).toEqual(['Storm warning for the harbour']);
    expect(titles((await inOne(home, 'search', 'transport', '--json')).stdout)).toEqual(['Night trains return']);
  });

  it('prints rows that start with the item key, and nothing but a note on stderr when nothing matches', async () => {
    const { home } = await searchHome();
    const run = await inOne(home, 'search', 'budget');
    expect(run.stdout.split('\n')[0]).toBe('Search: budget — Edition One');
    expect(run.stdout.split('\n')[1]).toMatch(/^[0-9a-f]{12} {2}.*Budget talks resume · Alpha Wire$/);
    const none = await inOne(home, 'search', 'train');
    expect(none).toEqual({ code: 0, stdout: '', stderr: 'tidings: no matches for "train"\n' });
  });

  it.each(['AND', 'OR (', '"', 'title:storm', 'NEAR(a b)', '*', '-storm', 'storm"', '^x', 'a:b:c', '(((', "'"])('never fails on the query %j', async (query) => {
    const { home } = await searchHome();
    // `--` so that `-storm` is a word, not an option (as with any command).
    const run = await inOne(home, 'search', '--json', '--', query);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).query).toBe(query);
  });

  it('--unread leaves out items marked read', async () => {
    const { home } = await searchHome();
    const first = JSON.parse((await inOne(home, 'search', 'storm', '--json')).stdout).items[0];
    expect((await inOne(home, 'mark-read', first.key)).stdout).toBe('marked 1 read\n');
    expect(titles((await inOne(home, 'search', 'storm', '--unread', '--json')).stdout)).toEqual(['Storm warning for the harbour', 'Budget talks resume']);
  });
});
