// OP-4: the first signal stops the relay; exit 0 when close() finishes, 1 when it fails or hangs past
// the deadline (with the step that hung in the log); later signals change nothing.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { stopOnSignals } from '../../../sync-server/src/shutdown.ts';
import type { Logger } from '../../../sync-server/src/log.ts';
import { waitFor } from '../../support/nodeClient.ts';

function recorder() {
  const lines: { level: string; msg: string; fields?: Record<string, unknown> }[] = [];
  const at = (level: string) => (msg: string, fields?: Record<string, unknown>) =>
    void lines.push({ level, msg, fields });
  const log: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return { log, lines };
}

function harness(close: (step: (name: string) => void) => Promise<void>, deadlineMs = 5_000) {
  const signals = new EventEmitter();
  const exits: number[] = [];
  const { log, lines } = recorder();
  let closes = 0;
  stopOnSignals({
    close: (step) => (closes++, close(step)),
    log,
    deadlineMs,
    exit: (code) => void exits.push(code),
    signals,
  });
  return { signals, exits, lines, closes: () => closes };
}

describe('OP-4 stopOnSignals', () => {
  it('exits 0 once close() resolves, and a second signal (Ctrl-C forwarded by npm) is ignored', async () => {
    const h = harness(async () => undefined);
    h.signals.emit('SIGINT', 'SIGINT');
    h.signals.emit('SIGINT', 'SIGINT');
    h.signals.emit('SIGTERM', 'SIGTERM');
    await waitFor(() => h.exits.length > 0, 5_000, 'exit');
    expect(h.exits).toEqual([0]);
    expect(h.closes()).toBe(1);
    expect(h.lines[0]).toMatchObject({ level: 'info', msg: 'shutting down', fields: { signal: 'SIGINT' } });
  });

  it('exits 1 at the deadline when close() hangs, naming the step', async () => {
    const h = harness((step) => {
      step('compacting');
      return new Promise<void>(() => undefined);
    }, 50);
    h.signals.emit('SIGTERM', 'SIGTERM');
    await waitFor(() => h.exits.length > 0, 5_000, 'exit');
    expect(h.exits).toEqual([1]);
    expect(h.lines).toContainEqual(
      expect.objectContaining({
        level: 'error',
        msg: 'shutdown deadline exceeded: exiting anyway',
        fields: { deadlineMs: 50, step: 'compacting' },
      }),
    );
  });

  it('exits 1 when close() fails, with the error logged', async () => {
    const h = harness(async (step) => {
      step('closing storage');
      throw new Error('disk gone');
    });
    h.signals.emit('SIGTERM', 'SIGTERM');
    await waitFor(() => h.exits.length > 0, 5_000, 'exit');
    expect(h.exits).toEqual([1]);
    expect(h.lines).toContainEqual(
      expect.objectContaining({
        level: 'error',
        msg: 'shutdown failed',
        fields: { step: 'closing storage', error: 'Error: disk gone' },
      }),
    );
  });

  it('does nothing before a signal', () => {
    const h = harness(async () => undefined);
    expect(h.closes()).toBe(0);
    expect(h.exits).toEqual([]);
  });
});
