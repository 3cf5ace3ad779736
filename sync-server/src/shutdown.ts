// Graceful stop on SIGTERM/SIGINT (OP-3, OP-4): the first signal starts `close()`; the process exits
// 0 when it resolves, 1 when it fails or when the deadline passes first (a hung step must not keep
// a supervisor waiting). Later signals are ignored: a terminal's Ctrl-C reaches the server twice
// under npm (once from the terminal, once forwarded by npm).
import type { Logger } from './log.ts';

/** Under the 10 s a supervisor is promised (OP-4), leaving room for Node's own exit. */
export const SHUTDOWN_DEADLINE_MS = 8_000;

interface SignalSource {
  once(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  on(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
}

export interface StopOnSignalsOptions {
  close(step: (name: string) => void): Promise<void>;
  log: Logger;
  deadlineMs?: number;
  exit?: (code: number) => void;
  signals?: SignalSource;
}

export function stopOnSignals({
  close,
  log,
  deadlineMs = SHUTDOWN_DEADLINE_MS,
  exit = (code) => process.exit(code),
  signals = process,
}: StopOnSignalsOptions): void {
  let stopping = false;
  let currentStep = 'starting';
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal, deadlineMs });
    const deadline = setTimeout(() => {
      log.error('shutdown deadline exceeded: exiting anyway', { deadlineMs, step: currentStep });
      exit(1);
    }, deadlineMs);
    deadline.unref();
    close((name) => (currentStep = name)).then(
      () => {
        clearTimeout(deadline);
        exit(0);
      },
      (error: unknown) => {
        clearTimeout(deadline);
        log.error('shutdown failed', { step: currentStep, error: String(error) });
        exit(1);
      },
    );
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) signals.on(signal, onSignal);
}
