import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { isLanguageTag } from './core/edition/lang.js';
import { FetchError, TidingsError, UsageError } from './core/errors.js';
import type { BookmarksAction, BookmarksOptions } from './commands/bookmarks.js';
import type { FeedsOptions, runFeeds } from './commands/feeds.js';
import { present, type FormatFlags, type Outcome } from './commands/output-format.js';
import type { CliIO, GlobalOptions, Runtime } from './commands/runtime.js';

/** What a command's action runs: options, then the positional arguments; resolves to the exit code. */
type Handler<O> = (rt: Runtime, options: O, ...args: string[]) => Promise<Outcome>;

/**
 * The one way a command's module is loaded: on use, so `tidings --help` or a quick command
 * never loads (or compiles) the others. `pick` names the module's function for the action.
 */
function lazy<M, O>(load: () => Promise<M>, pick: (m: M) => (rt: Runtime, options: O, ...args: string[]) => Outcome | Promise<Outcome>): Handler<O> {
  return async (rt, options, ...args) => pick(await load())(rt, options, ...args);
}

const runtimeModule = () => import('./commands/runtime.js');
const defaultCommand = () => import('./commands/default.js');
const editionsCommand = () => import('./commands/editions.js');
const sectionsCommand = () => import('./commands/sections.js');
const headlinesCommand = () => import('./commands/headlines.js');
const searchCommand = () => import('./commands/search.js');
const markReadCommand = () => import('./commands/mark-read.js');
const breakingCommand = () => import('./commands/breaking.js');
// read and listen bring linkedom and Readability: no other command compiles them.
const readCommand = () => import('./commands/read.js');
const listenCommand = () => import('./commands/listen.js');
const refreshCommand = () => import('./commands/refresh.js');
const feedsCommand = () => import('./commands/feeds.js');
const bookmarksCommand = () => import('./commands/bookmarks.js');

/** Exit codes, also printed in `--help` and the README. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const EXIT_HELP = `
Exit codes:
  0  success
  1  the work failed (a feed or page could not be fetched or parsed, every feed failed)
  2  usage error (unknown command or option, bad value)

Environment:
  TIDINGS_HOME   keep config, data and cache under one directory (same as --home)
  NO_COLOR       no colour or escape sequences in output`;

function positiveInt(name: string) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`${name} must be a positive whole number`);
    return n;
  };
}

function positiveNumber(name: string, max: number) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0 || n > max) throw new InvalidArgumentError(`${name} must be a positive number of at most ${max}`);
    return n;
  };
}

function wordsPerMinute(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 80 || n > 500) throw new InvalidArgumentError('--rate must be a whole number of words a minute from 80 to 500');
  return n;
}

// Below this, no row or article layout has room for a word and its frame.
const MIN_WIDTH = 20;

function layoutWidth(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < MIN_WIDTH) throw new InvalidArgumentError(`--width must be a whole number of at least ${MIN_WIDTH}`);
  return n;
}

/** Adds `--refresh` and `--cached` to a listing (see the cache-first rule in edition-news.ts). */
function withCacheFlags(cmd: Command): Command {
  return cmd
    .option('--refresh', 'fetch the feeds first, however fresh the stored news is')
    .option('--cached', 'use the stored news only; never fetch');
}

/** Adds `--json`, `--markdown`, `--plain` to a command. */
function withFormats(cmd: Command, formats: ('json' | 'markdown' | 'plain')[] = ['json', 'markdown', 'plain']): Command {
  if (formats.includes('plain')) cmd.option('--plain', 'plain text, no colour');
  if (formats.includes('markdown')) cmd.option('--markdown', 'CommonMark output');
  if (formats.includes('json')) cmd.option('--json', 'JSON output with stable keys');
  return cmd;
}


/** The commander tree; every action builds the runtime once and calls one handler. */
export function createProgram(io: CliIO, setExitCode: (code: number) => void): Command {
  const program = new Command('tidings');
  // Set before subcommands are created: commander copies these settings into each.
  program.exitOverride();
  program.configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
    // One line: commander puts its "(Did you mean …?)" on a second one.
    outputError: (s, write) => write(`${s.startsWith('error:') ? 'tidings: ' : ''}${s.trimEnd().replace(/\n+/g, ' ')}\n`),
  });
  const action = <O>(handler: Handler<O>) => async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    const globals = program.opts<GlobalOptions>();
    // Program options are parsed anywhere on the line, so a subcommand's own --section (or --lang) lands there.
    const declares = (long: string) => cmd !== program && cmd.options.some((opt) => opt.long === long);
    const options = { ...(declares('--section') ? { section: globals.section } : {}), ...(declares('--lang') ? { lang: globals.lang } : {}), ...cmd.opts() } as O;
    // Checked here, not by a commander parser: `editions new --lang` arrives through the same option.
    if (globals.lang !== undefined && !isLanguageTag(globals.lang)) {
      throw new UsageError(`--lang must be a BCP 47 language tag such as "en", "ar" or "es" (got "${globals.lang}")`);
    }
    // Variadic arguments (`search <query...>`) come as an array: they join the others.
    const positional = args.slice(0, -2).flat().filter((a): a is string => typeof a === 'string');
    const rt = (await runtimeModule()).createRuntime(io, globals);
    try {
      await rt.prepare();
      // Commands return their result; it is printed here, in the format the flags ask for.
      setExitCode(await present(rt, options as FormatFlags, await handler(rt, options, ...positional)));
    } catch (error) {
      throw rt.explain(error);
    } finally {
      rt.close();
      for (const warning of rt.heldWarnings()) rt.warn(warning);
    }
  };

  program
    .description('A terminal news reader: section menus, a breaking ticker, reader-mode articles and offline bookmarks.')
    .version('0.1.0', '-V, --version')
    .option('-e, --edition <name>', 'edition to use (`tidings editions` lists them)')
    .option('--home <dir>', 'keep config, data and cache under this directory')
    .option('--offline', 'use cached feeds and articles only; no network')
    .option('--timeout <seconds>', 'per-request timeout in seconds (default 15, at most 600)', positiveNumber('--timeout', 600))
    .option('--concurrency <n>', 'feeds fetched at once (default 8)', positiveInt('--concurrency'))
    .option('--no-color', 'no colour or escape sequences')
    .option('--width <columns>', `layout width in columns (at least ${MIN_WIDTH})`, layoutWidth)
    .option('--debug', 'show stack traces for errors')
    .option('--lang <tag>', "the app's own words in this language: en, ar or es (default: the edition's language)")
    .option('-s, --section <name>', 'open the app at this section (or list it when piped)')
    .addHelpText('after', EXIT_HELP)
    .showSuggestionAfterError()
    .allowExcessArguments(true)
    .action(async (...args: unknown[]) => {
      const unknown = program.args[0];
      if (unknown !== undefined) {
        const names = program.commands.map((c) => c.name());
        const near = names.find((n) => n.startsWith(unknown.slice(0, 3)));
        throw new UsageError(`unknown command '${unknown}'${near ? ` (did you mean ${near}?)` : ''}; see tidings --help`);
      }
      await action(lazy(defaultCommand, (m) => m.runDefault))(...args);
    });

  const editions = program.command('editions').description('the editions you can open with --edition; set the default, make and remove your own');
  withFormats(editions.command('list', { isDefault: true }).description('the editions, the default marked *'), ['json', 'plain'])
    .action(action(lazy(editionsCommand, (m) => m.runEditions)));
  editions.command('default <name>').description('open this edition when none is named')
    .action(action(lazy(editionsCommand, (m) => (rt, _o, name) => m.setDefaultEdition(rt, name))));
  editions.command('new <name>').description('an empty edition of your own (add feeds with: tidings -e NAME feeds add URL)')
    .option('-t, --title <title>', 'its title (default: the name)')
    .option('-l, --lang <tag>', 'the language of its stories, e.g. en, ar, es (default en)')
    .action(action(lazy(editionsCommand, (m) => m.createEdition)));
  editions.command('remove <name>').alias('rm').description('delete an edition of your own and your changes to it')
    .action(action(lazy(editionsCommand, (m) => (rt, _o, name) => m.removeEdition(rt, name))));
  const sections = program.command('sections').description('the section tree with item counts; add and remove sections');
  withCacheFlags(withFormats(sections.command('list', { isDefault: true }).description('the section tree with item counts'))).action(action(lazy(sectionsCommand, (m) => m.runSections)));
  sections.command('add <name>').description('add a section (feeds go in with: feeds add URL --section NAME)')
    .option('-p, --parent <section>', 'put it under this section')
    .action(action(lazy(sectionsCommand, (m) => m.addSection)));
  sections.command('remove <section>').alias('rm').description('remove a section and its children from the edition')
    .action(action(lazy(sectionsCommand, (m) => (rt, _o, id) => m.removeSection(rt, id))));

  withCacheFlags(withFormats(program.command('headlines').description('newest headlines of the edition, a section or one feed')))
    .option('-s, --section <name>', 'only this section (id or title)')
    .option('-f, --feed <url|path>', 'read one feed ad hoc (URL or local file), without touching the config')
    .option('-n, --limit <n>', 'at most this many items', positiveInt('--limit'))
    .option('--since <when>', 'only items newer than 2h, 1d, 1w, a date (2026-12-01, 1 Dec, yesterday) or a time (09:30)')
    .option('--unread', 'only items not marked read')
    .action(action(lazy(headlinesCommand, (m) => m.runHeadlines)));

  withFormats(program.command('search <query...>').description('stored items of the edition whose title, summary, source or categories hold every word, best first ("a phrase", prefix*)'))
    .option('-n, --limit <n>', 'at most this many items (default 50)', positiveInt('--limit'))
    .option('--unread', 'only items not marked read')
    .option('--all-editions', 'search the items of every feed ever fetched, not only the edition\'s')
    .action(action(lazy(searchCommand, (m) => m.runSearch)));
  withFormats(program.command('mark-read [keys...]').description('mark items read: by key, a feed, a section or the whole edition'), ['json'])
    .option('-f, --feed <url|title>', "every item of this feed of the edition")
    .option('-s, --section <name>', 'every item of this section')
    .option('-a, --all', 'every item of the edition')
    .option('--unread', 'mark unread instead')
    .action(action(lazy(markReadCommand, (m) => m.runMarkRead)));

  withCacheFlags(withFormats(program.command('breaking').description('the breaking headlines of the edition'))).action(action(lazy(breakingCommand, (m) => m.runBreaking)));
  withCacheFlags(withFormats(program.command('read <target>').description('read an article (URL, local HTML file or item key from headlines)')))
    .option('--no-pager', 'print straight to the terminal, never through $PAGER')
    .action(action(lazy(readCommand, (m) => m.runRead)));
  program.command('listen <target>').description('read an article aloud (URL, local file, item key or bookmark id) with the system speech engine')
    .option('--voice <voice>', "the engine's voice (default: the article's language)")
    .option('--rate <wpm>', 'words a minute (80-500)', wordsPerMinute)
    .option('-o, --output <file.wav>', 'write the speech to a WAV file instead of playing it')
    .action(action(lazy(listenCommand, (m) => m.runListen)));
  withFormats(program.command('refresh').description('fetch every feed; report new items, not modified and errors'), ['json', 'plain'])
    .action(action(lazy(refreshCommand, (m) => m.runRefresh)));

  const feedsAction = (name: Parameters<typeof runFeeds>[1]) =>
    action(lazy(feedsCommand, (m) => (rt, o: FeedsOptions, target?: string) => m.runFeeds(rt, name, o, target)));
  const feeds = program.command('feeds').description('list, add, remove, import and export feeds');
  withFormats(feeds.command('list', { isDefault: true }).description('feeds of the edition, with their sections'), ['json', 'plain'])
    .action(feedsAction('list'));
  feeds.command('add <url>').description('add a feed (or a page that links to one) to the edition')
    .option('-s, --section <name>', 'put its items in this section (created if missing)')
    .option('-t, --title <title>', 'a title for the feed')
    .action(feedsAction('add'));
  feeds.command('remove <url>').alias('rm').description('remove a feed from the edition')
    .action(feedsAction('remove'));
  feeds.command('import <file>').description('import an OPML or newsboat urls file (folders and tags become sections; a new edition name creates it)')
    .action(feedsAction('import'));
  feeds.command('export').description('print the edition as OPML 2.0')
    .action(feedsAction('export'));

  const bookmarksAction = (name: BookmarksAction) =>
    action(lazy(bookmarksCommand, (m) => (rt, o: BookmarksOptions, ...args: string[]) => m.runBookmarks(rt, name, o, ...args)));
  const collect = (value: string, previous: string[] = []) => [...previous, value];
  const exportFormat = (value: string) => {
    if (!['json', 'markdown', 'html'].includes(value)) throw new InvalidArgumentError('--format must be json, markdown or html');
    return value;
  };
  const bookmarks = program.command('bookmarks').description('articles saved to read offline: list, add, remove, tag, read, search, export, import');
  withFormats(bookmarks.command('list', { isDefault: true }).description('bookmarks, newest saved first'), ['json', 'plain'])
    .option('-t, --tag <tag>', 'only bookmarks with this tag')
    .action(bookmarksAction('list'));
  withFormats(bookmarks.command('add <target>').description('save an article now (URL, local file or item id from headlines --json) to read offline'), ['json', 'plain'])
    .option('-t, --tag <tag>', 'tag it (repeat for more tags)', collect)
    .option('-n, --note <text>', 'a note to keep with it')
    .action(bookmarksAction('add'));
  withFormats(bookmarks.command('remove <id>').alias('rm').description('delete a bookmark (id, id prefix or URL)'), ['json'])
    .action(bookmarksAction('remove'));
  withFormats(bookmarks.command('tag <id> [tags...]').description('replace the tags of a bookmark (no tags clears them)'), ['json'])
    .action(bookmarksAction('tag'));
  withFormats(bookmarks.command('read <id>').description('read a saved article; never touches the network'))
    .option('--no-pager', 'print straight to the terminal, never through $PAGER')
    .action(bookmarksAction('read'));
  withFormats(bookmarks.command('search <query...>').description('the best 200 bookmarks whose title, source, tags, note or text hold every word ("a phrase", prefix*)'), ['json', 'plain'])
    .action(bookmarksAction('search'));
  bookmarks.command('export').description('print every bookmark: json (with articles), markdown, or html (Netscape, browsers import it)')
    .option('-f, --format <format>', 'json, markdown or html (default json)', exportFormat)
    .action(bookmarksAction('export'));
  withFormats(bookmarks.command('import <file>').description('import a tidings JSON export or a browser bookmark file (Netscape HTML)'), ['json'])
    .action(bookmarksAction('import'));

  return program;
}

function writeError(io: CliIO, error: unknown, debug: boolean): void {
  if (debug && error instanceof Error) io.stderr.write(`${error.stack}\n`);
  let message = error instanceof Error ? error.message : String(error);
  if (error instanceof FetchError && !message.includes(error.url)) message = `${error.url}: ${message}`;
  io.stderr.write(`tidings: ${message.split('\n')[0]}\n`);
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = createProgram(io, (code) => { exitCode = code; });
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    writeError(io, error, debug);
    if (error instanceof UsageError) return EXIT.usage;
    if (error instanceof TidingsError) return EXIT.failed;
    return EXIT.failed;
  }
}


