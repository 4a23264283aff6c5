/** Escape sequences the app writes around its lifetime. */
export const TERMINAL = {
  /** Alternate screen, hidden cursor, and wheel-as-arrow-keys in the alternate screen (xterm 1007). */
  enter: '\u001b[?1049h\u001b[?25l\u001b[?1007h\u001b[H\u001b[2J',
  /** The reverse, in reverse order: the user's screen and cursor come back as they were. */
  leave: '\u001b[?1007l\u001b[?25h\u001b[?1049l',
} as const;

/** The parts of a process the terminal session needs (the real `process`, or a fake in tests). */
export interface SessionProcess {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Put in raw mode at once, so keys typed before the UI has loaded are kept, not echoed. */
  stdin?: { isTTY?: boolean; setRawMode?(raw: boolean): unknown };
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  off(event: string, listener: (...args: unknown[]) => void): unknown;
  exit(code?: number): never;
  /** For Ctrl-Z: the process stops itself with SIGTSTP (absent: suspending is not possible). */
  pid?: number;
  kill?(pid: number, signal: string): unknown;
}

/** An entered terminal session: `restore` is idempotent and safe to call from any exit path. */
export interface TerminalSession {
  restore(): void;
  /** Removes the signal and error handlers (after a normal exit). */
  dispose(): void;
  /**
   * Ctrl-Z: gives the terminal back as on exit, stops the process (SIGTSTP), and on SIGCONT
   * (`fg`) takes the screen again; resolves then, so the caller redraws.
   */
  suspend(): Promise<void>;
}

const SIGNALS = { SIGTERM: 143, SIGHUP: 129, SIGINT: 130 } as const;

/**
 * Switches to the alternate screen and guarantees the way back: on a normal exit, on
 * SIGTERM / SIGHUP / SIGINT, and on an uncaught error, the terminal is restored before
 * the process ends. `beforeExit` runs first on those abnormal paths (unmount Ink).
 */
export function enterTerminalSession(proc: SessionProcess, beforeExit: () => void = () => undefined): TerminalSession {
  let restored = false;
  const raw = (on: boolean) => {
    if (proc.stdin?.isTTY && proc.stdin.setRawMode) proc.stdin.setRawMode(on);
  };
  const restore = () => {
    if (restored) return;
    restored = true;
    proc.stdout.write(TERMINAL.leave);
    raw(false);
  };
  const handlers: [string, (...args: unknown[]) => void][] = [];
  const finish = (code: number, error?: unknown) => {
    try {
      beforeExit();
    } catch {
      // The terminal must come back even when unmounting fails.
    }
    restore();
    if (error !== undefined) {
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      proc.stderr.write(`tidings: ${text}\n`);
    }
    proc.exit(code);
  };
  for (const [signal, code] of Object.entries(SIGNALS)) handlers.push([signal, () => finish(code)]);
  handlers.push(['uncaughtException', (error) => finish(1, error)]);
  handlers.push(['unhandledRejection', (error) => finish(1, error)]);
  handlers.push(['exit', () => restore()]);
  for (const [event, handler] of handlers) proc.on(event, handler);
  proc.stdout.write(TERMINAL.enter);
  raw(true);
  const suspend = () => new Promise<void>((resolve) => {
    const { stdout } = proc;
    const write = stdout.write;
    const resume = () => {
      proc.off('SIGCONT', resume);
      stdout.write = write;
      stdout.write(TERMINAL.enter);
      raw(true);
      resolve();
    };
    proc.on('SIGCONT', resume);
    stdout.write(TERMINAL.leave);
    raw(false);
    // Until fg the screen is the shell's: a late Ink frame or ticker step (timers can run
    // before the SIGCONT handler) must not land on it. The app redraws whole on resume.
    stdout.write = () => true;
    try {
      if (!proc.kill || proc.pid === undefined) throw new Error('no job control');
      proc.kill(proc.pid, 'SIGTSTP');
    } catch {
      // No job control (Windows): carry on as if resumed at once.
      resume();
    }
  });
  return {
    restore,
    dispose() {
      for (const [event, handler] of handlers) proc.off(event, handler);
    },
    suspend,
  };
}
