import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEditionStore } from '../../src/services/edition-store.js';
import { tempHome } from '../helpers/run-cli.js';

describe('edition store: the user\'s edition files', () => {
  it('creates, finds and removes an edition file of the user\'s; never a built-in one', () => {
    const userDir = join(tempHome(), 'editions');
    const store = createEditionStore({ userDir });
    expect(store.has('mine')).toBe(false);
    const file = store.create({ name: 'mine', title: 'Mine', lang: 'en', feeds: [], sections: [] });
    expect(file).toBe(join(userDir, 'mine.json'));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ name: 'mine', title: 'Mine', lang: 'en', feeds: [], sections: [] });
    expect(store.has('mine')).toBe(true);
    expect(store.load('mine').title).toBe('Mine');
    expect(() => store.create({ name: 'mine', title: 'Again', feeds: [], sections: [] })).toThrow('edition mine already exists');
    expect(() => store.create({ name: 'a/b', title: '', feeds: [], sections: [] })).toThrow('cannot name an edition');
    expect(() => store.remove('demo')).toThrow('edition demo is built in');
    expect(store.remove('mine')).toBe(file);
    expect(existsSync(file)).toBe(false);
    expect(() => store.remove('mine')).toThrow('no edition of yours named "mine"');
  });

  it('counts a broken file as there, so an import never writes over it', () => {
    const userDir = join(tempHome(), 'editions');
    mkdirSync(userDir, { recursive: true });
    writeFileSync(join(userDir, 'broken.json'), '{ not json');
    const store = createEditionStore({ userDir });
    expect(store.has('broken')).toBe(true);
    expect(() => store.load('broken')).toThrow(`${join(userDir, 'broken.json')}: not valid JSON`);
  });

  it('refuses a file whose "name" is not its file name, naming the file', () => {
    const userDir = join(tempHome(), 'editions');
    mkdirSync(userDir, { recursive: true });
    writeFileSync(join(userDir, 'x.json'), JSON.stringify({ name: 'other', feeds: [], sections: [] }));
    const store = createEditionStore({ userDir });
    expect(() => store.load('x')).toThrow(`${join(userDir, 'x.json')}: "name" is "other", but the file is named x.json: they must match`);
    expect(() => store.load('other')).toThrow('no edition named "other"');
    expect(store.list().map((e) => e.name)).not.toContain('other');
  });
});
