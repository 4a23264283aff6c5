/**
 * A short, stable id for a string (two FNV-1a 32-bit hashes with different seeds, 12 hex
 * chars): small enough to type in `tidings read <id>`, wide enough for a million items.
 */
export function shortId(input: string): string {
  return shortIdAfter('')(input);
}

/**
 * `shortId(prefix + rest)` for many `rest`s: the prefix (a feed's URL, before each of its
 * items' ids) is hashed once, not once an item.
 */
export function shortIdAfter(prefix: string): (rest: string) => string {
  const [a0, b0] = step(0x811c9dc5, 0x01000193 ^ 0x5bd1e995, prefix);
  return (rest) => {
    const [a, b] = step(a0, b0, rest);
    return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0').slice(0, 4);
  };
}

function step(a: number, b: number, input: string): [number, number] {
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 + 0x2f) >>> 0;
  }
  return [a, b];
}
