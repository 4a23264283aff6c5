/** The host of a URL (`www.bbc.co.uk`), or `fallback` when it has none or does not parse. */
export function urlHost(url: string, fallback = ''): string {
  try {
    return new URL(url).host || fallback;
  } catch {
    return fallback;
  }
}
