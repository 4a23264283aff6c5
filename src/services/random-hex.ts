/**
 * Random hex for temp, segment and lock file names: unique between processes and calls,
 * never a secret (every use also carries the pid, and creates with O_EXCL). Math.random,
 * because loading node:crypto cost every command ~4 ms of start-up.
 */
export function randomHex(chars: number): string {
  let out = '';
  while (out.length < chars) out += Math.floor(Math.random() * 0x1_0000_0000).toString(16).padStart(8, '0');
  return out.slice(0, chars);
}
