// docs.newDevice.ratio: what a new device receives for a school year. The year of bench/docsYearSize.ts
// (written through the app's document handles, one transaction per burst) is made on one device and
// synced to the real relay as a device that wrote it offline would; once the relay has compacted
// and unloaded it, a second device with nothing on it signs in and syncs the school's six
// documents through the app's own stack (Workspace + SyncEngine). Every byte it receives from the
// relay until all six are "al día" (S-6) ÷ the compacted state (Y.encodeStateAsUpdate of each
// document): the relay should send the state once, not a stored base and the state again.
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { RelayProcess } from '../tests/support/serverProcess.ts';
import { DOC_KINDS, docName, toSchoolId } from '../src/domain/wire/documentNames.ts';
import { LOCAL_EDIT, Workspace } from '../src/data/workspace.ts';
import { writeYear } from './docsYearSize.ts';
import { reconnectAndCount, relayIdle } from './syncCatchupCounting.ts';
import type { BenchResult } from './types.ts';

const SCHOOL = toSchoolId(7423);

export async function measureNewDevice(): Promise<{ received: number; compacted: number }> {
  const relay = await RelayProcess.create({ env: { LOG_LEVEL: 'warn' } });
  await relay.start();
  try {
    await relay.addUser('bench-writer', 'asesor', 'benchmark-pass', [SCHOOL]);
    await relay.addUser('bench-reader', 'asesor', 'benchmark-pass', [SCHOOL]);
    const year = writeYear('burst');
    const compacted = Object.values(year.docs).reduce((n, doc) => n + Y.encodeStateAsUpdate(doc).byteLength, 0);
    const names = DOC_KINDS.map((kind) => docName(SCHOOL, kind));

    // The year written on the first device, offline, then synced until "al día" and left for the
    // relay to compact and unload.
    const writer = await relay.login('bench-writer', 'benchmark-pass');
    const writing = new Workspace(writer.user.id);
    const docs = await Promise.all(names.map((n) => writing.openDoc(n)));
    DOC_KINDS.forEach((kind, i) => {
      const written = year.docs[kind];
      if (written) Y.applyUpdate(docs[i]!, Y.encodeStateAsUpdate(written), LOCAL_EDIT);
    });
    await reconnectAndCount(writing, `ws://127.0.0.1:${relay.port}`, writer.token, names);
    await writing.close();
    await relayIdle(relay.url);

    const reader = await relay.login('bench-reader', 'benchmark-pass');
    const fresh = new Workspace(reader.user.id);
    await Promise.all(names.map((n) => fresh.openDoc(n)));
    const { down } = await reconnectAndCount(fresh, `ws://127.0.0.1:${relay.port}`, reader.token, names);
    await fresh.close();
    return { received: down, compacted };
  } finally {
    await relay.destroy();
  }
}

export async function benchDocsNewDevice(): Promise<BenchResult[]> {
  const { received, compacted } = await measureNewDevice();
  const kib = (n: number) => Math.round(n / 1024);
  return [
    {
      id: 'docs.newDevice.ratio',
      value: Math.round((received / compacted) * 100) / 100,
      unit: `× state (${kib(received)} KiB received for ${kib(compacted)} KiB)`,
    },
  ];
}
