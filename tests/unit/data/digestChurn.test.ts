// CS-5, SDP-1: a transaction that changes nothing (what a relay's sync brings when the device is up
// to date, at every start) derives nothing; a real change still re-derives the digest.
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { describe, expect, it, vi } from 'vitest';
import { Workspace } from '../../../src/data/workspace.ts';
import { docName, type SchoolId } from '../../../src/domain/wire/documentNames.ts';
import { seedRichAreas } from '../../support/seedSchool.ts';

const SCHOOL = '7424' as SchoolId;

describe('digests derived only from changes', () => {
  it('CS-5, SDP-1: an empty sync derives nothing; a change re-derives the digest', async () => {
    const ws = new Workspace('digest-churn');
    const seeded = { pme: new Y.Doc(), monitoring: new Y.Doc(), programme: new Y.Doc(), evaluation: new Y.Doc() };
    seedRichAreas(seeded, 2026);
    const pme = await ws.openDoc(docName(SCHOOL, 'pme'));
    const monitoring = await ws.openDoc(docName(SCHOOL, 'monitoring'));
    Y.applyUpdate(pme, Y.encodeStateAsUpdate(seeded.pme), 'remote');
    await vi.waitFor(async () => {
      const row = await ws.db.dashboardDigests.get(docName(SCHOOL, 'pme'));
      expect((row?.digest as { plan: { actions: unknown[] } }).plan.actions.length).toBeGreaterThan(0);
      expect(await ws.db.dashboardDigests.count()).toBe(2);
    });
    const put = vi.spyOn(ws.db.dashboardDigests, 'put');
    // The relay's answer to a device that has everything: an update with nothing new.
    Y.applyUpdate(pme, Y.encodeStateAsUpdate(pme, Y.encodeStateVector(pme)), 'remote');
    Y.applyUpdate(pme, Y.encodeStateAsUpdate(seeded.pme), 'remote');
    // A real change elsewhere, derived after the empty ones would have been (timers fire in order).
    Y.applyUpdate(monitoring, Y.encodeStateAsUpdate(seeded.monitoring), 'remote');
    await vi.waitFor(() => expect(put).toHaveBeenCalled());
    await vi.waitFor(async () => {
      const row = await ws.db.dashboardDigests.get(docName(SCHOOL, 'monitoring'));
      expect((row?.digest as { records: unknown[] }).records.length).toBeGreaterThan(0);
    });
    expect(put.mock.calls.map(([row]) => row.name)).toEqual([docName(SCHOOL, 'monitoring')]);
    await ws.close();
  });
});
