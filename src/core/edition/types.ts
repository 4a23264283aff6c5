/** Routing rules that place items of any edition feed into a section. */
export interface SectionMatch {
  /** Link path prefixes, e.g. `/news/politics/` (case-insensitive). */
  paths?: string[];
  /** Category names (case-insensitive, exact). */
  categories?: string[];
}

/** A section as written in an edition file. */
export interface SectionSpec {
  id: string;
  title: string;
  /** Every item of these feeds belongs here. */
  feeds?: string[];
  match?: SectionMatch;
  children?: SectionSpec[];
}

/** A feed in the edition's pool. */
export interface FeedSpec {
  url: string;
  title?: string;
  /** Extra advice shown with this feed's errors (a server known to refuse clients…). */
  hint?: string;
}

/** Where the breaking strip gets its items. */
export type BreakingSpec =
  | { feeds: string[] }
  | { newest: { minutes: number; limit?: number } };

/** An edition file (editions/<name>.json), before URLs are resolved. */
export interface EditionSpec {
  name: string;
  title: string;
  description?: string;
  notice?: string;
  /** BCP 47 language tag of the edition's stories ("en", "ar", "es"); defaults to "en". */
  lang?: string;
  feeds: FeedSpec[];
  sections: SectionSpec[];
  breaking?: BreakingSpec;
}

/** A user's changes to an edition, kept in settings so built-in editions can still update. */
export interface EditionOverlay {
  addFeeds?: { url: string; title?: string; section?: string }[];
  removeFeeds?: string[];
  addSections?: { id: string; title: string; parent?: string }[];
  removeSections?: string[];
}
