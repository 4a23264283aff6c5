import { describe, expect, it } from 'vitest';
import { isTerminalSafe, sanitizeBlock, sanitizeLine, stripControls } from '../../../src/core/text/sanitize.js';

const ESC = '\u001b';
const BEL = '\u0007';
const ST = `${ESC}\\`;

describe('stripControls', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    // CSI: colours, cursor moves, erase, private modes
    [`${ESC}[31mred${ESC}[0m`, 'red'],
    [`a${ESC}[2Jb${ESC}[10;20Hc`, 'abc'],
    [`${ESC}[?1049h${ESC}[?25lhidden cursor`, 'hidden cursor'],
    [`a${ESC}[38;2;255;0;0mb`, 'ab'],
    // OSC: window title, clipboard (52), hyperlink (8); BEL or ST terminated
    [`before${ESC}]0;new title${BEL}after`, 'beforeafter'],
    [`x${ESC}]2;title${ST}y`, 'xy'],
    [`${ESC}]52;c;ZWNobyBoaQ==${BEL}copy`, 'copy'],
    [`${ESC}]8;;https://evil.example/${ST}link text${ESC}]8;;${ST}`, 'link text'],
    // unterminated OSC swallows the rest (its payload must never print)
    [`safe${ESC}]0;evil title`, 'safe'],
    // DCS / APC / PM / SOS strings
    [`a${ESC}P1$r${ST}b${ESC}_apc${ST}c${ESC}^pm${ST}d${ESC}Xsos${ST}e`, 'abcde'],
    // two-byte escapes (RIS, charset select, keypad)
    [`a${ESC}cb${ESC}(0c${ESC}=d`, 'abcd'],
    // 8-bit C1 forms: CSI 0x9B, OSC 0x9D … ST 0x9C
    ['a\u009b31mb', 'ab'],
    ['a\u009d0;title\u009cb', 'ab'],
    ['a\u0090dcs\u009cb', 'ab'],
    ['a\u0085b\u0080c\u0081d', 'abcd'],
    ['a\u009fapc string\u009cb', 'ab'], // 0x9F is APC: a string up to ST
    // other C0 controls and DEL
    ['a\u0000b\u0007c\u0008d\u007fe\u000bf\u000cg', 'abcdefg'],
    // newlines and tabs survive, CR/CRLF become LF
    ['one\ntwo\tthree\r\nfour\rfive', 'one\ntwo\tthree\nfour\nfive'],
    // bidi embeddings, overrides and isolates (Trojan Source style)
    ['a\u202ab\u202bc\u202cd\u202de\u202ef\u2066g\u2067h\u2068i\u2069j', 'abcdefghij'],
  ])('%j → %j', (input, expected) => {
    expect(stripControls(input)).toBe(expected);
  });

  it('keeps ordinary Unicode: RTL scripts, marks, emoji, CJK, zero-width joiner', () => {
    const text = 'مرحبا שלום \u200f\u200e café 日本語 👩\u200d💻 ñ';
    expect(stripControls(text)).toBe(text);
  });
});

describe('sanitizeLine', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    ['', ''],
    ['  padded  ', 'padded'],
    ['multi\nline\r\ntext\tand\u00a0nbsp', 'multi line text and nbsp'],
    [`title ${ESC}]0;x${BEL} with ${ESC}[1mbold${ESC}[0m`, 'title with bold'],
    ['a\u0000\u0001b', 'ab'],
    ['\u202eevil\u202c', 'evil'],
    ['  \n\t  ', ''],
    ['one  two \u00a0three\u3000\u2028four \ufefffive', 'one two three four five'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeLine(input)).toBe(expected);
  });

  it('folds every whitespace run to one space, as replacing each run would, on lines of mixed spaces', () => {
    const pieces = ['a', 'ب', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', ' \n ', '\r\n', '\u3000', '\ufeff', 'xyz'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % pieces.length;
    for (let n = 0; n < 2000; n++) {
      const line = Array.from({ length: 1 + (n % 12) }, () => pieces[next()]).join('');
      expect(sanitizeLine(line)).toBe(line.replace(/\r/g, '').replace(/\s+/g, ' ').trim());
    }
  });
});

describe('sanitizeBlock', () => {
  it.each([
    [null, ''],
    ['para one\n\n\n\n\npara two', 'para one\n\npara two'],
    ['tab\there', 'tab  here'],
    ['trailing   \nspaces\u00a0\nend', 'trailing\nspaces\nend'],
    [`  ${ESC}[2J\n\nbody${ESC}]52;c;eA==${BEL}\n  `, 'body'],
    ['crlf\r\nlines\rhere', 'crlf\nlines\nhere'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeBlock(input)).toBe(expected);
  });
});

describe('isTerminalSafe', () => {
  it.each([
    ['plain text', true],
    ['line\nbreak\tand tab', true],
    ['עברית and العربية', true],
    ['', true],
    [`${ESC}[31m`, false],
    ['\u009b', false],
    ['\u0007', false],
    ['\r', false],
    ['\u007f', false],
    ['\u202e', false],
    ['\u2066', false],
  ])('%j → %s', (input, expected) => {
    expect(isTerminalSafe(input)).toBe(expected);
  });

  it('holds for the output of every sanitiser on every single code unit 0–0x3000', () => {
    for (let c = 0; c < 0x3000; c++) {
      const s = `a${String.fromCharCode(c)}b${ESC}${String.fromCharCode(c)}c`;
      expect(isTerminalSafe(sanitizeLine(s))).toBe(true);
      expect(isTerminalSafe(sanitizeBlock(s))).toBe(true);
      expect(isTerminalSafe(stripControls(s).replace(/\r/g, ''))).toBe(true);
    }
  });
});
