import { describe, expect, it } from 'vitest';
import { fakeServices, item } from '../helpers/fake-services.js';
import { renderApp } from '../helpers/render-app.js';

const ready = (frame: string) => frame.includes('Assembly passes the budget');
const top = (frame: string) => frame.split('\n')[0];

describe('searching every stored headline (/ on the sections)', () => {
  it('lists matches as you type, keeps them as "Search: …" on Enter, and leaves them with Esc', async () => {
    const wire = [
      item('p1', 'Assembly passes the budget', '/news/politics/', 5),
      item('e1', 'Central bank holds rates', '/news/economy/', 60, { summary: 'The budget deficit narrows.' }),
      item('s1', 'Rovers win the cup', '/sport/', 30),
    ];
    const { services, log } = fakeServices({ wire });
    const app = await renderApp(services);
    await app.waitFor(ready);
    let frame = await app.press('/', 'b', 'u', 'd');
    expect(frame).toContain('search: bud');
    // The prefix of the word being typed already matches; the title hit comes first.
    frame = await app.waitFor((f) => f.includes('Central bank holds rates') && !f.includes('Rovers'), 'the live results');
    expect(frame.indexOf('Assembly passes the budget')).toBeLessThan(frame.indexOf('Central bank holds rates'));
    expect(log.searches).toContain('bud*');
    frame = await app.press('return');
    expect(top(frame)).toContain('Search: bud');
    expect(frame).toContain('⏎ read');
    // `/` in the results filters them, as in any list.
    frame = await app.press('/', 'c', 'e', 'n', 'return');
    expect(frame).not.toContain('Assembly passes');
    frame = await app.press('escape', 'escape');
    expect(top(frame)).not.toContain('Search:');
    expect(frame).toContain('⏎ headlines');
    app.unmount();
  });

  it('says so when nothing matches, and a query of punctuation is no error', async () => {
    const app = await renderApp(fakeServices().services);
    await app.waitFor(ready);
    // One or two letters would match most of a long history: typing searches from the third.
    expect(await app.press('/', 'z')).toContain('Type on to search every stored headline (or Enter)');
    await app.press('q', 'x', 'return');
    let frame = await app.waitFor('Nothing stored matches “zqx”');
    expect(top(frame)).toContain('Search: zqx');
    await app.press('escape', '/', '(', '"', 'return');
    frame = await app.waitFor('Nothing stored matches “("”');
    expect(frame).not.toMatch(/error|fts5/i);
    app.unmount();
  });
});
