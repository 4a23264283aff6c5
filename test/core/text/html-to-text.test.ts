import { describe, expect, it } from 'vitest';
import { htmlToLine, htmlToText } from '../../../src/core/text/html-to-text.js';
import { isTerminalSafe } from '../../../src/core/text/sanitize.js';

describe('htmlToText', () => {
  it.each([
    ['', ''],
    [null, ''],
    ['plain   text\n here', 'plain text here'],
    ['<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['Line<br>break<br/>again</br>end', 'Line\nbreak\nagain\nend'],
    ['<div>a</div><div>b</div>', 'a\nb'],
    ['<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
    ['<h1>Title</h1>Body <b>bold</b> and <i>it</i>alic', 'Title\n\nBody bold and italic'],
    ['A &amp; B &lt;tag&gt; caf&eacute; &#8212; &#x2019;s&nbsp;x', 'A & B <tag> café — ’s x'],
    ['<p>  lots \n\n of \t space  </p>', 'lots of space'],
    ['<script>alert(1)</script>Kept<style>p{color:red}</style><noscript>no</noscript>', 'Kept'],
    ['<template><p>hidden</p></template>shown', 'shown'],
    ['<title>Doc title</title><p>body</p>', 'body'],
    ['<pre>  two  spaces\n  kept</pre>', 'two  spaces\n  kept'],
    ['<p>a</p>\n\n\n<p>b</p><p></p><p></p><p>c</p>', 'a\n\nb\n\nc'],
    ['<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>', 'ab\nc'],
    ['unclosed <b>bold', 'unclosed bold'],
    ['<p>cut in the mid', 'cut in the mid'],
    ['a < b and c > d', 'a < b and c > d'],
    ['<!-- comment -->visible<![CDATA[x]]>', 'visible'],
  ])('%j → %j', (html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  it('strips terminal controls, including ones made by numeric references', () => {
    const html = '<p>A\u001b]0;title\u0007B &#27;[31mC&#x1b;[0m \u009b2J D \u202eE&#8238;F &#x9d;0;x&#7;G</p>';
    const text = htmlToText(html);
    expect(isTerminalSafe(text)).toBe(true);
    expect(text).toBe('AB C D EF G');
  });

  it('is linear on deeply nested markup', () => {
    const depth = 100_000;
    expect(htmlToText(`${'<div><span>'.repeat(depth)}deep${'</span></div>'.repeat(depth)}`)).toBe('deep');
    expect(htmlToText(`${'<b>'.repeat(depth)}x`)).toBe('x');
  });

  it('does not leak state between calls (unclosed script/pre)', () => {
    expect(htmlToText('<script>never closed')).toBe('');
    expect(htmlToText('<pre>a  b')).toBe('a  b');
    expect(htmlToText('<p>next   call</p>')).toBe('next call');
  });
});

describe('htmlToLine', () => {
  it('folds every break to one space', () => {
    expect(htmlToLine('<h2>Head</h2><p>One</p><p>Two<br>Three</p>')).toBe('Head One Two Three');
    expect(htmlToLine('<pre>a\n  b</pre>')).toBe('a b');
  });

  it('reads only a preview of a long body when given minChars', () => {
    const body = `<p>${'word '.repeat(50_000)}</p><p>END</p>`;
    const line = htmlToLine(body, 1000);
    expect(line.length).toBeGreaterThanOrEqual(500);
    expect(line.length).toBeLessThanOrEqual(1000);
    expect(line).not.toContain('END');
    expect(htmlToLine(body)).toMatch(/word END$/);
  });

  it('keeps a short body whole even with minChars', () => {
    expect(htmlToLine('<p>short</p>', 1000)).toBe('short');
  });
});
