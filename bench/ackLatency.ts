// sync.ack.p50/p95.ms: time from a local edit to the relay's acknowledgement (which, by design,
// means the update is on disk), for 200 sequential single-field edits on loopback.
import * as Y from 'yjs';
import { RelayProcess } from '../tests/support/serverProcess.ts';
import { NodeSyncClient, waitFor } from '../tests/support/nodeClient.ts';
import type { BenchResult } from './types.ts';

export async function benchAckLatency(): Promise<BenchResult[]> {
  const relay = await RelayProcess.create({ env: { LOG_LEVEL: 'warn' } });
  await relay.start();
  try {
    await relay.addUser('bench', 'asesor', 'benchmark-pass', ['7423']);
    const { token } = await relay.login('bench', 'benchmark-pass');
    const client = new NodeSyncClient(relay.wsUrl, token);
    const entry = client.open('school:7423:profile', new Y.Doc());
    await waitFor(() => client.isSettled(), 15_000, 'first sync');
    const samples: number[] = [];
    for (let i = 0; i < 200; i++) {
      const start = performance.now();
      entry.doc.getMap('profile').set('matricula', i);
      await new Promise<void>((resolve) => {
        const onChange = ({ number }: { number: number }) => {
          if (number !== 0) return;
          entry.provider.off('unsyncedChanges', onChange);
          resolve();
        };
        entry.provider.on('unsyncedChanges', onChange);
      });
      samples.push(performance.now() - start);
    }
    client.destroy();
    samples.sort((a, b) => a - b);
    const pct = (p: number) => Math.round((samples[Math.floor(p * (samples.length - 1))] ?? 0) * 100) / 100;
    return [
      { id: 'sync.ack.p50.ms', value: pct(0.5), unit: 'ms' },
      { id: 'sync.ack.p95.ms', value: pct(0.95), unit: 'ms' },
    ];
  } finally {
    await relay.destroy();
  }
}
