import { describe, expect, it } from 'vitest';
import { inOne, searchHome, titles } from '../helpers/search-home.js';

const unreadTitles = async (home: string, ...args: string[]) => titles((await inOne(home, 'headlines', '--unread', '--json', ...args)).stdout);

describe('tidings mark-read', () => {
  it('marks items by key, once', async () => {
    const { home } = await searchHome();
    const keys = JSON.parse((await inOne(home, 'headlines', '--json')).stdout).items.map((i: { key: string }) => i.key);
    expect(await inOne(home, 'mark-read', keys[0], keys[1])).toEqual({ code: 0, stdout: 'marked 2 read\n', stderr: '' });
    expect((await inOne(home, 'mark-read', keys[0])).stdout).toBe('marked 0 read\n');
    expect(await unreadTitles(home)).toHaveLength(keys.length - 2);
  });

  it('marks a feed by title or URL, a section, or the whole edition; --unread undoes', async () => {
    const { home, urls } = await searchHome();
    expect((await inOne(home, 'mark-read', '--feed', 'beta desk')).stdout).toBe('marked 1 read\n');
    expect(await unreadTitles(home, '--section', 'harbour')).toEqual(['Harbour storm closes the port']);
    expect((await inOne(home, 'mark-read', '--section', 'Harbour')).stdout).toBe('marked 1 read\n');
    expect(await unreadTitles(home, '--section', 'harbour')).toEqual([]);
    expect(JSON.parse((await inOne(home, 'mark-read', '--feed', urls.alpha, '--json')).stdout)).toEqual({ marked: 3, read: true });
    expect(await unreadTitles(home)).toEqual([]);
    expect((await inOne(home, 'mark-read', '--all', '--unread')).stdout).toBe('marked 5 unread\n');
    expect(await unreadTitles(home)).toHaveLength(5);
    expect((await inOne(home, 'mark-read', '--all')).stdout).toBe('marked 5 read\n');
  });

  it('leaves other editions alone', async () => {
    const { home } = await searchHome();
    await inOne(home, 'mark-read', '--all');
    const other = JSON.parse((await inOne(home, '--edition', 'other', 'headlines', '--unread', '--json')).stdout);
    expect(other.items.map((i: { title: string }) => i.title)).toEqual(['Storm in another edition']);
  });

  it.each([
    [[], 'tidings: name what to mark: item keys, --feed URL|TITLE, --section S or --all'],
    [['--section', 'nowhere'], 'tidings: no section "nowhere" in edition one (see: tidings sections)'],
    [['--feed', 'Gamma Post'], 'tidings: no feed "Gamma Post" in edition one (see: tidings feeds)'],
  ])('a usage error (%j) is one line, exit 2, and marks nothing', async (args, line) => {
    const { home } = await searchHome();
    // With --all too where something is named: a bad name stops the whole run.
    const run = await inOne(home, 'mark-read', ...(args.length > 0 ? ['--all', ...args] : []));
    expect(run).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
    expect(await unreadTitles(home)).toHaveLength(5);
  });

  it('an unknown key fails (exit 1) and marks nothing, not even the known ones', async () => {
    const { home } = await searchHome();
    const key = JSON.parse((await inOne(home, 'headlines', '--json')).stdout).items[0].key;
    expect(await inOne(home, 'mark-read', key, 'ffffffffffff')).toEqual({ code: 1, stdout: '', stderr: 'tidings: no item ffffffffffff (keys are listed by: tidings headlines)\n' });
    expect(await unreadTitles(home)).toHaveLength(5);
  });
});
