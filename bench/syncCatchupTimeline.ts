// A profile, not a bench: the frame timeline of sync.catchupLarge's catch-up at 300 ms RTT. Every
// frame the app's socket sends or receives is timestamped from the moment the engine starts, with its
// direction, size and Hocuspocus type; consecutive frames of one kind are folded into one line, so
// the sequential round trips from reconnect to every document "al día" (S-6) can be read off.
// Run: npx tsx -e "import('./bench/syncCatchupTimeline.ts').then(m => m.profileSyncCatchupLarge())"
import { ONE_WAY_MS, setUpLargeCatchup } from './syncCatchupLarge.ts';

const SYNC_KINDS = ['SyncStep1', 'SyncStep2', 'Update'];
const AUTH_KINDS = ['Auth token', 'Auth denied', 'Authenticated'];
const TYPES: Record<number, string> = { 1: 'Awareness', 6: 'BroadcastStateless', 7: 'Close', 8: 'SyncStatus' };

function varUint(bytes: Uint8Array, at: { pos: number }): number {
  let value = 0;
  for (let shift = 0; shift < 35; shift += 7) {
    const byte = bytes[at.pos++] ?? 0;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) break;
  }
  return value;
}

/** The Hocuspocus kind of a frame ("SyncStep1", "Stateless covered", …). */
export function frameKind(bytes: Uint8Array): string {
  if (bytes.length === 1) return 'Liveness';
  const at = { pos: 0 };
  const nameLength = varUint(bytes, at);
  at.pos += nameLength;
  const type = varUint(bytes, at);
  if (type === 0) return SYNC_KINDS[varUint(bytes, at)] ?? 'Sync?';
  if (type === 2) return AUTH_KINDS[varUint(bytes, at)] ?? 'Auth?';
  if (type === 5) {
    const text = new TextDecoder().decode(bytes.subarray(at.pos));
    return text.includes('"checkpoints"') ? 'Checkpoint batch' : text.includes('true') ? 'Ack covered' : 'Stateless';
  }
  return TYPES[type] ?? `type ${type}`;
}

/** Frames of one kind and direction closer than this to the previous one belong to the same run. */
const GAP_MS = 50;

interface Run {
  direction: string;
  kind: string;
  first: number;
  last: number;
  frames: number;
  bytes: number;
}

export async function profileSyncCatchupLarge(): Promise<Run[]> {
  const { relay, proxy, catchUp, close } = await setUpLargeCatchup();
  const runs: Run[] = [];
  try {
    await catchUp(1, relay.port);
    let start = 0;
    let done = false;
    let lastDown = 0;
    let silence = { ms: 0, at: 0 };
    const result = await catchUp(2, proxy.port, (direction, bytes) => {
      if (direction === 'start') start = performance.now();
      if (direction === 'done') done = true;
      if (done || direction === 'start') return;
      const t = performance.now() - start;
      if (direction === 'down' && lastDown > 0 && t - lastDown > silence.ms) silence = { ms: t - lastDown, at: t };
      if (direction === 'down' || direction === 'open') lastDown = t;
      const kind = direction === 'open' ? 'socket open' : frameKind(bytes);
      if (kind === 'Liveness') return;
      const last = runs.findLast((r) => r.direction === direction && r.kind === kind);
      if (last && t - last.last < GAP_MS) {
        Object.assign(last, { last: t, frames: last.frames + 1, bytes: last.bytes + bytes.byteLength });
      } else runs.push({ direction, kind, first: t, last: t, frames: 1, bytes: bytes.byteLength });
    });
    const rtt = 2 * ONE_WAY_MS;
    runs.sort((a, b) => a.first - b.first);
    const out = runs.map(
      (r) =>
        `${r.first.toFixed(0).padStart(6)}–${r.last.toFixed(0).padStart(6)} ms (${(r.first / rtt).toFixed(2)} RTT) ` +
        `${r.direction.padEnd(4)} ${r.kind.padEnd(17)} ×${r.frames} ${r.bytes} B`,
    );
    process.stderr.write(
      `${out.join('\n')}\nall "al día" at ${result.ms.toFixed(0)} ms; longest silence of the relay ` +
        `(liveness answers included) ${silence.ms.toFixed(0)} ms, ending at ${silence.at.toFixed(0)} ms\n`,
    );
    return runs;
  } finally {
    await close();
  }
}
