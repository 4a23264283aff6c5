/** Compact age of a timestamp for list columns: `now`, `5m`, `2h`, `3d`, `6w`, `2y`; '' when unknown. */
export function relativeTime(iso: string | null | undefined, now: Date): string {
  if (!iso) return '';
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const seconds = Math.max(0, (now.getTime() - then) / 1000);
  if (seconds < 60) return 'now';
  const steps: [number, string][] = [[60, 'm'], [3600, 'h'], [86400, 'd'], [604800, 'w'], [31557600, 'y']];
  let unit = steps[0];
  for (const step of steps) if (seconds >= step[0]) unit = step;
  if (unit[1] === 'w' && seconds >= 31557600) unit = steps[4];
  return `${Math.floor(seconds / unit[0])}${unit[1]}`;
}

/** `23 Nov 2024 19:19` in UTC (or the offset given in minutes), for bylines and listings. */
export function formatDateTime(iso: string | null | undefined, offsetMinutes = 0): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  const d = new Date(t + offsetMinutes * 60_000);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
