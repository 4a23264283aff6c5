import { speechLanguage, speechText } from '../core/article/speech-text.js';
import type { Article } from '../core/article/types.js';
import { StoreError, TidingsError } from '../core/errors.js';
import { findSpeechEngine, NO_ENGINE_MESSAGE, speak } from '../services/speech.js';
import { bookmarkStoreFor } from './bookmarks.js';
import { articleServiceFor, resolveTarget } from './article-target.js';
import type { Outcome } from './output-format.js';
import type { Runtime } from './runtime.js';

/** Options of `tidings listen`. */
export interface ListenOptions {
  voice?: string;
  rate?: number;
  output?: string;
}

/** A saved bookmark's article (offline), else the page the target names (cache first). */
async function articleFor(rt: Runtime, target: string): Promise<Article> {
  const saved = await bookmarkStoreFor(rt).readArticle(target).catch((error: unknown) => {
    if (error instanceof StoreError) throw error;
    return undefined;
  });
  if (saved) return saved;
  const { url, fallback } = await resolveTarget(rt, target);
  return (await articleServiceFor(rt).load(url, { offline: rt.globals.offline, fallback })).article;
}

/** `tidings listen <url | file | item-key | bookmark-id>`: the article read aloud, or into a WAV file. */
export async function runListen(rt: Runtime, o: ListenOptions, target: string): Promise<Outcome> {
  // The engine first: no point fetching a page nobody can hear.
  const engine = findSpeechEngine(process.platform, rt.io.env);
  if (!engine) throw new TidingsError(NO_ENGINE_MESSAGE);
  const article = await articleFor(rt, target);
  const lang = speechLanguage(article);
  const text = speechText(article);
  const how = `${engine.name}, ${o.voice ?? lang}${o.rate ? `, ${o.rate} words a minute` : ''}`;
  if (!o.output) rt.io.stderr.write(`tidings: speaking "${article.title || target}" (${how}); Ctrl-C stops\n`);
  await speak(engine, text, { lang, voice: o.voice, rateWpm: o.rate, output: o.output }, rt.io.env).catch((error: unknown) => {
    throw new TidingsError((error as Error).message);
  });
  return o.output ? `wrote ${o.output}: "${article.title || target}" (${how})\n` : 0;
}
