import { describe, expect, it } from 'vitest';
import { present, type FormatFlags, type Outcome } from '../../src/commands/output-format.js';
import { createRuntime } from '../../src/commands/runtime.js';
import { show, type View } from '../../src/output/view.js';

/** A runtime over captured streams: a colour terminal, or a pipe. */
function captured(tty: boolean) {
  const out = { stdout: '', stderr: '' };
  const rt = createRuntime({
    stdout: { write: (s: string) => { out.stdout += s; return true; }, isTTY: tty, columns: 40 },
    stderr: { write: (s: string) => { out.stderr += s; return true; } },
    stdinIsTTY: tty,
    env: { TERM: 'xterm-256color', HOME: '/nonexistent', TIDINGS_HOME: '/nonexistent/tidings' },
    cwd: '/',
    now: () => new Date('2026-12-01T00:00:00Z'),
  }, {});
  return { rt, out };
}

async function print(outcome: Outcome, flags: FormatFlags, tty = false) {
  const { rt, out } = captured(tty);
  const code = await present(rt, flags, outcome);
  return { code, ...out };
}

// Hostile strings as they might come from a feed: ESC, a C1 CSI, a right-to-left override.
const data = { title: 'Harbour \u001b[31mstorm\u009b2J \u202enews', count: 2 };
const plainView: View<typeof data> = {
  text: (d, { style, rowWidth }) => `${style.bold(d.title)} (${d.count}) ${rowWidth}\n`,
};

describe('present', () => {
  it('prints the data itself as JSON, with every control and bidi character escaped, and passes the exit code on', async () => {
    const r = await print(show(plainView, data, 1), { json: true }, true);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('{\n  "title": "Harbour \\u001b[31mstorm\\u009b2J \\u202enews",\n  "count": 2\n}\n');
    expect(JSON.parse(r.stdout)).toEqual(data);
    expect(r.stderr).toBe('');
  });

  it('prints what a view\'s json makes of the data instead, when it has one', async () => {
    const view: View<typeof data> = { ...plainView, json: (d) => ({ n: d.count }) };
    expect((await print(show(view, data), { json: true })).stdout).toBe('{\n  "n": 2\n}\n');
  });

  it('styles text only on a colour terminal without --plain; rows fit the terminal only there', async () => {
    expect((await print(show(plainView, data), {}, true)).stdout).toBe(`\u001b[1m${data.title}\u001b[22m (2) 40\n`);
    expect((await print(show(plainView, data), { plain: true }, true)).stdout).toBe(`${data.title} (2) 40\n`);
    expect((await print(show(plainView, data), {}, false)).stdout).toBe(`${data.title} (2) Infinity\n`);
  });

  it('uses the view\'s Markdown, or its unstyled text when it has none', async () => {
    expect((await print(show(plainView, data), { markdown: true }, true)).stdout).toBe(`${data.title} (2) 40\n`);
    const view: View<typeof data> = { ...plainView, markdown: (d) => `# ${d.count}\n` };
    expect((await print(show(view, data), { markdown: true }, true)).stdout).toBe('# 2\n');
  });

  it('writes text that is the same in every format as it is, and prints nothing for a bare exit code', async () => {
    expect(await print('added\n', { json: true })).toEqual({ code: 0, stdout: 'added\n', stderr: '' });
    expect(await print(2, {})).toEqual({ code: 2, stdout: '', stderr: '' });
  });
});
