/**
 * The app's voice: the speech engine found once on this machine, speaking text until done
 * or aborted (leaving the reader, quitting). See speech.ts for the engines themselves.
 */
import { findSpeechEngine, NO_ENGINE_MESSAGE, speak } from './speech.js';

/** Reading text aloud, as the app uses it. */
export interface Speaker {
  /** The engine's name, or null when none is installed. */
  engine: string | null;
  /** Speaks `text` in `lang`; resolves when it ends or `signal` stops it, rejects with the engine's error. */
  speak(text: string, options: { lang: string; signal: AbortSignal }): Promise<void>;
}

/** A speaker over the first engine on PATH (TIDINGS_SPEECH names one). */
export function createSpeaker(platform: NodeJS.Platform, env: Record<string, string | undefined>): Speaker {
  const engine = findSpeechEngine(platform, env);
  return {
    engine: engine?.name ?? null,
    async speak(text, { lang, signal }) {
      if (!engine) throw new Error(NO_ENGINE_MESSAGE);
      await speak(engine, text, { lang, signal }, env).catch((error: unknown) => {
        // Stopped on purpose: not an error to show.
        if (signal.aborted) return;
        throw error;
      });
    },
  };
}
