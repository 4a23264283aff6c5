/** An RSS 2.0 feed of `count` items, as a string (about 320 bytes an item). */
export function bigRssFeed(count: number): string;
/** An Atom 1.0 feed of `count` entries, as a string. */
export function bigAtomFeed(count: number): string;
