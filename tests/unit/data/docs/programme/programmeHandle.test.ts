// The programme handle (issue 14): verbs that write as the actor, at the actor's clock, in one
// LOCAL_EDIT transaction, checked with the domain's schemas; views that re-read only what changed.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actorOf } from '../../../../../src/data/docs/actor.ts';
import { programmeHandle, type ProgrammeHandle } from '../../../../../src/data/docs/programme/index.ts';
import { readProgramme } from '../../../../../src/data/docs/programme/read.ts';
import type { DeliverableCode } from '../../../../../src/domain/programme/index.ts';
import { LOCAL_EDIT } from '../../../../../src/data/workspace.ts';

// 13:30 UTC is 10:30 in Santiago (summer): the same calendar date in any zone the tests run in.
const NOW = new Date('2026-03-10T13:30:00Z');
const TODAY = '2026-03-10';
const SIG = { hash: 'a'.repeat(64), type: 'image/png' as const, size: 1200, name: 'firma-María.png' };
const PHOTO = { hash: 'b'.repeat(64), type: 'image/jpeg' as const, size: 50_000, name: 'taller.jpg' };
const HEADER = { date: TODAY, startTime: '09:00', endTime: '12:30', type: 'taller' as const, programmeMonth: 1 };

function setUp(): { doc: Y.Doc; programme: ProgrammeHandle; origins: unknown[] } {
  const doc = new Y.Doc();
  const origins: unknown[] = [];
  doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
  const programme = programmeHandle(
    doc,
    actorOf({ userId: 'u1', name: 'Ana Pérez' }, () => NOW),
  );
  programme.engagement.open({ startDate: '2026-03-02', hoursContracted: 80, months: 8, includeSummerHolidays: false });
  return { doc, programme, origins };
}

function listen(view: { subscribe(l: () => void): () => void }): { n: number } {
  const calls = { n: 0 };
  view.subscribe(() => calls.n++);
  return calls;
}

describe('programme handle', () => {
  it('PGH-1: opening the asesoría lays out the plan and records the actor and the clock, as one local edit', () => {
    const { doc, programme, origins } = setUp();
    const { engagement, plan } = programme.views.engagement.get();
    expect(engagement).toMatchObject({ startDate: '2026-03-02', hoursContracted: 80, months: 8 });
    expect(engagement?.openedBy).toBe('Ana Pérez');
    expect(engagement?.openedAt).toBe(NOW.toISOString());
    expect(plan.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(origins).toEqual([LOCAL_EDIT]);
    programme.engagement.layOut(6, false);
    expect(readProgramme(doc).plan).toHaveLength(6);
    expect(readProgramme(doc).engagement?.months).toBe(6);
  });

  it('PGH-1: a session is created, noted, deleted by the actor and restored', () => {
    const { doc, programme, origins } = setUp();
    const id = programme.sessions.add(HEADER);
    programme.sessions.setNotes(id, 'Se revisó el diagnóstico.');
    programme.sessions.setAgenda(id, 'Tabla');
    const entry = programme.views.session(id).get();
    expect(entry.state === 'live' && entry.session).toMatchObject({
      notes: 'Se revisó el diagnóstico.',
      agenda: 'Tabla',
    });
    expect(entry.state === 'live' && entry.session.createdAt).toBe(NOW.toISOString());
    programme.sessions.remove(id);
    expect(programme.views.session(id).get()).toEqual({ state: 'deleted' });
    const stored = doc.getMap<Y.Map<unknown>>('programme.sessions').get(id)?.get('deleted');
    expect(stored).toEqual({ at: NOW.toISOString(), byName: 'Ana Pérez' });
    programme.sessions.restore(id);
    expect(programme.views.sessions.get().sessions.map((s) => s.id)).toEqual([id]);
    expect(new Set(origins)).toEqual(new Set([LOCAL_EDIT]));
  });

  it('PGH-2: a session whose end is not after its start is refused (sessionSchema) and nothing is written', () => {
    const { doc, programme } = setUp();
    expect(() => programme.sessions.add({ ...HEADER, endTime: '08:00' })).toThrow();
    expect(readProgramme(doc).sessions).toEqual([]);
    const id = programme.sessions.add(HEADER);
    expect(() => programme.sessions.setHeader(id, { startTime: '13:00' })).toThrow();
    programme.sessions.setHeader(id, { startTime: '10:00', endTime: '11:00' });
    expect(readProgramme(doc).sessions[0]).toMatchObject({ startTime: '10:00', endTime: '11:00' });
  });

  it('PGH-2: participants and acuerdos are checked by the domain schemas; closing an acuerdo dates it today', () => {
    const { doc, programme } = setUp();
    const id = programme.sessions.add(HEADER);
    expect(() => programme.participants.add(id, { name: '   ', role: 'docente' })).toThrow();
    expect(() => programme.acuerdos.add(id, { text: '', responsible: 'UTP', dueDate: '2026-03-20' })).toThrow();
    const p = programme.participants.add(id, { name: ' María Soto ', role: 'jefe-utp' });
    programme.participants.sign(id, p, SIG);
    const a = programme.acuerdos.add(id, { text: 'Revisar metas', responsible: 'UTP', dueDate: '2026-03-20' });
    programme.acuerdos.close(id, a);
    let s = readProgramme(doc).sessions[0]!;
    const { name: _fileName, ...signature } = SIG;
    expect(s.participants).toEqual([{ id: p, name: 'María Soto', role: 'jefe-utp', present: true, signature }]);
    expect(s.agreements[0]).toMatchObject({ id: a, sessionId: id, done: true, doneAt: TODAY });
    programme.participants.setPresent(id, p, false);
    programme.acuerdos.reopen(id, a);
    s = readProgramme(doc).sessions[0]!;
    expect(s.participants[0]).toMatchObject({ present: false, signature: null });
    expect(s.agreements[0]).toMatchObject({ done: false, doneAt: null });
  });

  it("PGH-1: photos, team and deliverables go through the handle; produced defaults to the actor's date", () => {
    const { doc, programme } = setUp();
    const id = programme.sessions.add(HEADER);
    programme.photos.add(id, PHOTO);
    programme.photos.add(id, PHOTO);
    expect(readProgramme(doc).sessions[0]?.photos).toEqual([PHOTO]);
    programme.photos.remove(id, PHOTO.hash);
    expect(readProgramme(doc).sessions[0]?.photos).toEqual([]);
    const m = programme.team.add({ name: 'Rosa Díaz', role: 'equipo-directivo' });
    expect(programme.views.team.get()).toEqual([{ id: m, name: 'Rosa Díaz', role: 'equipo-directivo' }]);
    programme.team.remove(m);
    expect(programme.views.team.get()).toEqual([]);
    const unknown = 'informe-horas' as DeliverableCode;
    expect(() => programme.deliverables.setState(unknown, { status: 'pendiente' })).toThrow();
    programme.deliverables.recordProduced('informe-diagnostico');
    programme.deliverables.setState('informe-diagnostico', { status: 'en-elaboracion' });
    expect(programme.views.deliverables.get()).toEqual({
      deliverables: { 'informe-diagnostico': { status: 'en-elaboracion' } },
      produced: { 'informe-diagnostico': TODAY },
    });
    programme.deliverables.followApp('informe-diagnostico');
    expect(programme.views.deliverables.get().deliverables).toEqual({});
  });

  it(
    "PGH-3: a keystroke in one session's notes re-reads that session and the list, not the plan, the team, " +
      'the deliverables or another session',
    () => {
      const { programme } = setUp();
      const s1 = programme.sessions.add(HEADER);
      const s2 = programme.sessions.add({ ...HEADER, date: '2026-03-17' });
      const views = programme.views;
      const before = { plan: views.engagement.get(), team: views.team.get(), other: views.session(s2).get() };
      const calls = {
        engagement: listen(views.engagement),
        team: listen(views.team),
        deliverables: listen(views.deliverables),
        one: listen(views.session(s1)),
        other: listen(views.session(s2)),
        list: listen(views.sessions),
      };
      for (const text of ['S', 'Se', 'Se r']) programme.sessions.setNotes(s1, text);
      expect(Object.fromEntries(Object.entries(calls).map(([k, v]) => [k, v.n]))).toEqual({
        engagement: 0,
        team: 0,
        deliverables: 0,
        one: 3,
        other: 0,
        list: 3,
      });
      expect(views.engagement.get()).toBe(before.plan);
      expect(views.team.get()).toBe(before.team);
      expect(views.session(s2).get()).toBe(before.other);
      expect(views.session(s2)).toBe(views.session(s2));
    },
  );
});
