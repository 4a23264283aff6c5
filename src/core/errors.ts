/** Base for errors the CLI shows as one line and the TUI as a status message. */
export class TidingsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The bytes are not a feed we can read (not XML/JSON, no items container, broken). */
export class FeedParseError extends TidingsError {}

/** Why an HTTP (or file) fetch failed, as a short word a script can match on. */
export type FetchFailure =
  | 'http-status'
  | 'timeout'
  | 'too-large'
  | 'too-many-redirects'
  | 'network'
  | 'cancelled'
  | 'not-found'
  | 'unsupported-url'
  | 'offline-miss';

/** A network or file fetch failed; `reason` is stable, `message` is for people. */
export class FetchError extends TidingsError {
  constructor(
    readonly url: string,
    readonly reason: FetchFailure,
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A page could not be turned into a readable article. */
export class ExtractError extends TidingsError {}

/** The user asked for something that does not exist or makes no sense (exit code 2 in the CLI). */
export class UsageError extends TidingsError {}

/** A store on disk could not be read or written. */
export class StoreError extends TidingsError {}
