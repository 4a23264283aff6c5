/**
 * Listen: the system's speech engine reads text aloud, or into a WAV file. espeak-ng (or
 * espeak) and speech-dispatcher's spd-say on Linux and BSD, `say` on macOS. The text goes
 * in on standard input, never on a command line (no length limit, nothing for a shell to read).
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** A speech engine found on this machine. */
export interface SpeechEngine {
  name: 'espeak-ng' | 'espeak' | 'spd-say' | 'say';
  /** Its path. */
  path: string;
  /** True when it can write speech to a file (`--output`). */
  writesFiles: boolean;
}

/** How to speak. */
export interface SpeakOptions {
  /** Language (primary subtag, e.g. `ar`); picks the engine's voice unless `voice` is given. */
  lang: string;
  voice?: string;
  /** Words per minute (espeak's default is 175). */
  rateWpm?: number;
  /** A WAV file to write instead of playing. */
  output?: string;
  signal?: AbortSignal;
}

/** The one line a user without an engine is told. */
export const NO_ENGINE_MESSAGE = 'no speech engine found: install espeak-ng (apt install espeak-ng, dnf install espeak-ng, brew install espeak-ng) or speech-dispatcher';

const LINUX_ENGINES: SpeechEngine['name'][] = ['espeak-ng', 'espeak', 'spd-say'];

function onPath(name: string, env: Record<string, string | undefined>): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** The first engine on PATH for this platform (or the one named by TIDINGS_SPEECH), else undefined. */
export function findSpeechEngine(platform: NodeJS.Platform, env: Record<string, string | undefined>): SpeechEngine | undefined {
  const wanted = env.TIDINGS_SPEECH?.trim();
  const names: SpeechEngine['name'][] = platform === 'darwin' ? ['say', ...LINUX_ENGINES] : LINUX_ENGINES;
  for (const name of names) {
    if (wanted && wanted !== name) continue;
    const path = onPath(name, env);
    if (path) return { name, path, writesFiles: name !== 'spd-say' };
  }
  return undefined;
}

// macOS voices that speak these languages on a stock install.
const SAY_VOICES: Record<string, string> = { ar: 'Maged', es: 'Mónica', fr: 'Thomas', de: 'Anna' };

/** The engine's arguments for these options (the text comes on standard input). */
export function speechArgs(engine: SpeechEngine, o: Omit<SpeakOptions, 'signal'>): string[] {
  const rate = o.rateWpm;
  switch (engine.name) {
    case 'espeak-ng':
    case 'espeak':
      return ['-v', o.voice ?? o.lang, ...(rate ? ['-s', String(rate)] : []), ...(o.output ? ['-w', o.output] : []), '--stdin'];
    case 'spd-say': {
      // spd-say's rate is -100..100 around the voice's normal speed (~180 wpm).
      const relative = rate ? Math.max(-100, Math.min(100, Math.round((rate - 180) / 2))) : undefined;
      return ['-w', '-e', '-l', o.lang, ...(o.voice ? ['-y', o.voice] : []), ...(relative !== undefined ? ['-r', String(relative)] : [])];
    }
    case 'say': {
      const voice = o.voice ?? SAY_VOICES[o.lang];
      const file = o.output ? ['-o', o.output, '--file-format=WAVE', '--data-format=LEI16@22050'] : [];
      return [...(voice ? ['-v', voice] : []), ...(rate ? ['-r', String(rate)] : []), ...file, '-f', '-'];
    }
  }
}

/** Speaks `text` (or writes it to `output`); resolves when done, rejects with the engine's own error line. */
export function speak(engine: SpeechEngine, text: string, options: SpeakOptions, env: Record<string, string | undefined>): Promise<void> {
  if (options.output && !engine.writesFiles) {
    return Promise.reject(new Error(`${engine.name} cannot write speech to a file: install espeak-ng for --output`));
  }
  return new Promise((resolve, reject) => {
    const child = spawn(engine.path, speechArgs(engine, options), { stdio: ['pipe', 'ignore', 'pipe'], env, signal: options.signal });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (errors.length < 2000) errors += chunk.toString('utf8');
    });
    child.on('error', (error) => reject((error as NodeJS.ErrnoException).name === 'AbortError' ? error : new Error(`${engine.name}: ${error.message}`)));
    child.on('exit', (code, signal) => {
      if (code === 0 || signal === 'SIGTERM' || options.signal?.aborted) resolve();
      else reject(new Error(`${engine.name} failed: ${errors.trim().split('\n')[0] || `exit ${code ?? signal}`}`));
    });
    child.stdin.on('error', () => undefined); // the engine stopped reading (stopped early)
    child.stdin.end(text);
  });
}
