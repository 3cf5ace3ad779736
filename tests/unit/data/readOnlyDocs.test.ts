// the workspace refuses a read-only role's writes in one place — every handle's write to a
// document the role may only read stores nothing on the device, counts nothing as pending and is
// logged in English — while the review document, remote updates and other roles' writes go on.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { actorOf } from '../../../src/data/docs/actor.ts';
import { openHandle } from '../../../src/data/docs/open.ts';
import { pmeHandle } from '../../../src/data/docs/pme/index.ts';
import { profileHandle } from '../../../src/data/docs/profile/index.ts';
import { diagnosisHandle, markReportDelivered } from '../../../src/data/docs/diagnosis/index.ts';
import { reviewHandle } from '../../../src/data/docs/review/index.ts';
import { refusedWriteMessage } from '../../../src/data/docAccess.ts';
import { Workspace } from '../../../src/data/workspace.ts';
import { docName, type SchoolId } from '../../../src/domain/wire/documentNames.ts';
import type { Role } from '../../../src/domain/wire/protocol.ts';

const SCHOOL = '7423' as SchoolId;
const actor = actorOf({ userId: 'u-sost', name: 'Pedro Díaz' }, () => new Date('2026-06-01T15:00:00Z'));

// fake-indexeddb keeps its databases for the whole file: each test uses its own user.
let users = 0;
const opened: Workspace[] = [];
function workspace(role?: Role, userId = `ro-${++users}`): Workspace {
  const ws = new Workspace(userId, role ? { role } : {});
  opened.push(ws);
  return ws;
}

afterEach(async () => {
  vi.restoreAllMocks();
  for (const ws of opened.splice(0)) await ws.close();
});

/** What this device stored of the document: opened again from IndexedDB by a new workspace of that user. */
async function storedUpdate(userId: string, kind: 'pme' | 'profile' | 'programme'): Promise<Uint8Array> {
  const again = workspace(undefined, userId);
  return Y.encodeStateAsUpdate(await again.openDoc(docName(SCHOOL, kind)));
}
const EMPTY = Y.encodeStateAsUpdate(new Y.Doc());

describe('A-13 a read-only document refuses local writes in the workspace', () => {
  it('A-13 a sostenedor writing the PME through its handle: nothing changes, nothing is stored or pending, the refusal is logged', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const ws = workspace('sostenedor');
    const pme = await openHandle(ws, SCHOOL, 'pme', pmeHandle(SCHOOL), actor);
    expect(pme.readOnly).toBe(true);
    pme.strategic.setVision('Una visión que nunca llegará');
    pme.objectives.add('GP', 'Mejorar la lectura');
    expect(pme.read().plan.vision).toBe('');
    expect(pme.read().plan.objectives).toEqual([]);
    expect(errors).toHaveBeenCalledWith(refusedWriteMessage(docName(SCHOOL, 'pme')));
    expect(errors.mock.calls[0]?.[0]).toMatch(/^Refused a local write to school:7423:pme/);
    expect(ws.ledger.state(docName(SCHOOL, 'pme')).pending).toBe(0);
    await ws.close();
    expect(await storedUpdate(ws.userId, 'pme')).toEqual(EMPTY);
  });

  it('A-13 the profile, the diagnosis and the report bookkeeping in the programme are refused alike', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const ws = workspace('sostenedor');
    const profile = await openHandle(ws, SCHOOL, 'profile', profileHandle, actor);
    profile.update({ name: 'Otro nombre' });
    expect(profile.isEmpty()).toBe(true);
    const diagnosis = await openHandle(ws, SCHOOL, 'diagnosis', diagnosisHandle, actor);
    expect(diagnosis.review.readOnly).toBe(true);
    diagnosis.review.setConclusions('Conclusiones');
    expect(errors.mock.calls.map((c) => c[0])).toEqual([
      refusedWriteMessage(docName(SCHOOL, 'profile')),
      refusedWriteMessage(docName(SCHOOL, 'diagnosis')),
    ]);
    // Producing a report marks nothing in a programme the session only reads, and logs no refusal.
    await markReportDelivered(ws, SCHOOL, '2026-06-01');
    expect(await ws.openWritable(docName(SCHOOL, 'programme'))).toBeNull();
    expect(errors).toHaveBeenCalledTimes(2);
    await ws.close();
    expect(await storedUpdate(ws.userId, 'profile')).toEqual(EMPTY);
  });

  it('A-13 a sostenedor comments in the review document: written, stored and pending like any edit', async () => {
    const errors = vi.spyOn(console, 'error');
    const ws = workspace('sostenedor');
    const review = await openHandle(ws, SCHOOL, 'review', reviewHandle, actor);
    expect(review.readOnly).toBe(false);
    const added = review.addComment({ kind: 'pme-action', id: 'a1' }, 'Revisar el presupuesto', 'sostenedor');
    expect(added.ok).toBe(true);
    expect(review.comments.get().comments.map((c) => c.text)).toEqual(['Revisar el presupuesto']);
    await vi.waitFor(() => expect(ws.ledger.state(docName(SCHOOL, 'review')).pending).toBeGreaterThan(0));
    expect(errors).not.toHaveBeenCalled();
  });

  it('A-13 updates from the relay still reach a read-only document, with nothing refused or pending', async () => {
    const errors = vi.spyOn(console, 'error');
    const ws = workspace('sostenedor');
    const doc = await ws.openDoc(docName(SCHOOL, 'pme'));
    const advisor = new Y.Doc();
    advisor.getText('vision').insert(0, 'Visión del equipo');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(advisor), 'relay');
    expect(doc.getText('vision').toString()).toBe('Visión del equipo');
    expect(errors).not.toHaveBeenCalled();
    expect(ws.ledger.state(docName(SCHOOL, 'pme')).pending).toBe(0);
  });

  it.each(['asesor', 'escuela', 'coordinador', 'admin'] as const)('A-13 %s writes the PME', async (role) => {
    const ws = workspace(role);
    const pme = await openHandle(ws, SCHOOL, 'pme', pmeHandle(SCHOOL), actor);
    expect(pme.readOnly).toBe(false);
    pme.strategic.setVision('Visión');
    expect(pme.read().plan.vision).toBe('Visión');
  });

  it('A-11 A-13 a role changed by a refreshed token applies at the next write of an open document', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const ws = workspace('sostenedor');
    const pme = await openHandle(ws, SCHOOL, 'pme', pmeHandle(SCHOOL), actor);
    pme.strategic.setVision('antes');
    ws.setRole('asesor');
    pme.strategic.setVision('después');
    expect(pme.read().plan.vision).toBe('después');
    expect(ws.canWrite('pme')).toBe(true);
  });
});
