import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addPhoto,
  createSession,
  deleteSession,
  putAgreement,
  putParticipant,
  restoreSession,
  setSessionText,
  updateSessionHeader,
} from '../../../../../src/data/docs/programme/sessionWrite.ts';
import { openEngagement, setPlan } from '../../../../../src/data/docs/programme/engagement.ts';
import { readProgramme } from '../../../../../src/data/docs/programme/read.ts';
import { setDeliverableState } from '../../../../../src/data/docs/programme/deliverables.ts';
import { layoutProgramme, portfolioRow, agreementsToReview } from '../../../../../src/domain/programme/index.ts';

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};
const SIG = { hash: 'a'.repeat(64), type: 'image/png' as const, size: 1200 };
const PHOTO = { hash: 'b'.repeat(64), type: 'image/jpeg' as const, size: 50_000, name: 'taller.jpg' };

function open(doc: Y.Doc) {
  openEngagement(
    doc,
    { startDate: '2026-03-02', hoursContracted: 80, months: 8, openedAt: '2026-03-01T12:00:00Z', openedBy: 'Ana' },
    layoutProgramme('2026-03-02', 8, 80),
    't',
  );
  createSession(
    doc,
    's1',
    { date: '2026-03-10', startTime: '09:00', endTime: '12:30', type: 'taller', programmeMonth: 1 },
    '2026-03-10T09:00:00Z',
    't',
  );
}

describe('programme document', () => {
  it('opens an asesoría with its 8-month plan and reads sessions with their hours', () => {
    const doc = new Y.Doc();
    open(doc);
    const view = readProgramme(doc);
    expect(view.engagement).toMatchObject({
      startDate: '2026-03-02',
      hoursContracted: 80,
      months: 8,
      includeSummerHolidays: false,
    });
    expect(view.plan.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(view.plan.reduce((s, m) => s + m.hoursPlanned, 0)).toBe(80);
    expect(view.sessions.map((s) => [s.id, s.startTime, s.endTime])).toEqual([['s1', '09:00', '12:30']]);
    const row = portfolioRow({ plan: view.plan, hoursContracted: 80 }, view.sessions, view.deliverables, '2026-03-20');
    expect(row.hoursUsed).toBe(3.5);
    expect(row.programmeMonth).toBe(1);
  });

  it('keeps the choice to include January and February with the calendar laid out again', () => {
    const doc = new Y.Doc();
    openEngagement(
      doc,
      { startDate: '2026-11-16', hoursContracted: 80, months: 8, openedAt: '', openedBy: 'Ana' },
      layoutProgramme('2026-11-16', 8, 80),
      't',
    );
    expect(readProgramme(doc).plan[2]?.startDate).toBe('2027-03-16');
    setPlan(doc, layoutProgramme('2026-11-16', 8, 80, { includeSummerHolidays: true }), 8, 't', true);
    const view = readProgramme(doc);
    expect(view.engagement?.includeSummerHolidays).toBe(true);
    expect(view.plan[2]?.startDate).toBe('2027-01-16');
  });

  it('merges attendance ticked on one tablet with a signature captured on another', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    open(a);
    putParticipant(a, 's1', 'p1', { name: 'María Soto', role: 'jefe-utp', present: false, signature: null }, 'a');
    sync(a, b);
    putParticipant(a, 's1', 'p1', { present: true }, 'a');
    putParticipant(b, 's1', 'p1', { signature: SIG }, 'b');
    setSessionText(a, 's1', 'notes', 'Se revisó el diagnóstico.', 'a');
    addPhoto(b, 's1', PHOTO, 'b');
    sync(a, b);
    for (const doc of [a, b]) {
      const s = readProgramme(doc).sessions[0]!;
      expect(s.participants).toEqual([
        { id: 'p1', name: 'María Soto', role: 'jefe-utp', present: true, signature: SIG },
      ]);
      expect(s.notes).toBe('Se revisó el diagnóstico.');
      expect(s.photos).toEqual([PHOTO]);
    }
  });

  it('keeps agreements open until done and lists them in the next session to review', () => {
    const doc = new Y.Doc();
    open(doc);
    putAgreement(
      doc,
      's1',
      'ag1',
      { text: 'Enviar encuestas', responsible: 'UTP', dueDate: '2026-03-20', done: false, doneAt: null },
      't',
    );
    putAgreement(
      doc,
      's1',
      'ag2',
      { text: 'Reunir al consejo', responsible: 'Director', dueDate: '2026-03-25', done: false, doneAt: null },
      't',
    );
    createSession(
      doc,
      's2',
      { date: '2026-04-07', startTime: '09:00', endTime: '11:00', type: 'visita', programmeMonth: 2 },
      '2026-04-07T09:00:00Z',
      't',
    );
    putAgreement(doc, 's1', 'ag1', { done: true, doneAt: '2026-03-18' }, 't');
    const { sessions } = readProgramme(doc);
    expect(agreementsToReview(sessions, '2026-04-07', '09:00').map((i) => i.agreement.id)).toEqual(['ag2']);
    expect(sessions[0]!.agreements.map((a) => [a.id, a.done, a.sessionId])).toEqual([
      ['ag1', true, 's1'],
      ['ag2', false, 's1'],
    ]);
  });

  it('soft-deletes and restores a session; a plan of the wrong length is not shown as a plan', () => {
    const doc = new Y.Doc();
    open(doc);
    deleteSession(doc, 's1', 'Ana', '2026-03-11T10:00:00Z', 't');
    expect(readProgramme(doc).sessions).toEqual([]);
    expect(readProgramme(doc).deletedSessions.map((s) => s.id)).toEqual(['s1']);
    restoreSession(doc, 's1', 't');
    expect(readProgramme(doc).sessions.map((s) => s.id)).toEqual(['s1']);
    setPlan(doc, layoutProgramme('2026-03-02', 6, 80), 6, 't');
    expect(readProgramme(doc).plan).toHaveLength(6);
    doc.getMap('programme.plan').set('7', layoutProgramme('2026-03-02', 7, 80)[6]);
    expect(readProgramme(doc).plan).toEqual([]);
  });

  it('stores deliverable states and rejects invalid ones', () => {
    const doc = new Y.Doc();
    open(doc);
    setDeliverableState(doc, 'informe-diagnostico', { status: 'entregado', deliveredOn: '2026-03-30' }, 't');
    expect(readProgramme(doc).deliverables).toEqual({
      'informe-diagnostico': { status: 'entregado', deliveredOn: '2026-03-30' },
    });
    expect(() => setDeliverableState(doc, 'borrador-pme', { status: 'entregado' } as never, 't')).toThrow();
    updateSessionHeader(doc, 's1', { endTime: '13:00' }, 't');
    expect(readProgramme(doc).sessions[0]!.endTime).toBe('13:00');
  });
});
