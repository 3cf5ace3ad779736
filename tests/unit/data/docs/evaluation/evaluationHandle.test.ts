import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actorOf } from '../../../../../src/data/docs/actor.ts';
import {
  AsesoriaClosedError,
  EvaluationHandle,
  evaluationHandle,
} from '../../../../../src/data/docs/evaluation/index.ts';
import { handleFor } from '../../../../../src/data/docs/open.ts';
import { LOCAL_EDIT } from '../../../../../src/data/workspace.ts';
import { isSigned } from '../../../../../src/domain/evaluation/acta.ts';

const NOW = new Date('2027-11-20T15:30:00Z');
const actor = actorOf({ userId: 'u-ana', name: 'Ana Rojas' }, () => NOW);
const SIG = { hash: 'd'.repeat(64), type: 'image/png' as const, size: 900 };

function open(): { doc: Y.Doc; handle: EvaluationHandle; localUpdates: () => number } {
  const doc = new Y.Doc();
  let updates = 0;
  doc.on('update', (_u: Uint8Array, origin: unknown) => {
    if (origin === LOCAL_EDIT) updates++;
  });
  return { doc, handle: evaluationHandle(doc, actor), localUpdates: () => updates };
}

/** Subscribes to a view and counts its notifications. */
function notifications(view: { subscribe(l: () => void): () => void }): () => number {
  let n = 0;
  view.subscribe(() => n++);
  return () => n;
}

const decision = {
  scope: 'accion' as const,
  targetId: 'a1',
  year: 2027,
  kind: 'ajustar' as const,
  rationale: 'Avance 40%',
  proposal: '',
  recordIds: [],
  goalIds: [],
};

describe('EvaluationHandle: verbs own the user, the clock and the origin', () => {
  it('R-6 decide: a new entry per decision, stamped with the actor and its clock, one local edit each', () => {
    const { handle, localUpdates } = open();
    const first = handle.decide(decision);
    const second = handle.decide({ ...decision, kind: 'continuar' });
    expect(first).not.toBe(second);
    const stored = handle.decisions.get().map((d) => [d.id, d.kind, d.decidedBy, d.decidedAt]);
    expect(stored.sort((a, b) => (a[1]! < b[1]! ? -1 : 1))).toEqual([
      [first, 'ajustar', 'Ana Rojas', NOW.toISOString()],
      [second, 'continuar', 'Ana Rojas', NOW.toISOString()],
    ]);
    expect(localUpdates()).toBe(2);
  });

  it('CL-4 closeAsesoria: closed in the actor name and clock; a second close and later sistematización edits are refused', () => {
    const { handle } = open();
    handle.setCloseText('lecciones', 'Trabajo en duplas');
    handle.closeAsesoria();
    expect(handle.close.get()).toMatchObject({
      lecciones: 'Trabajo en duplas',
      closedAt: NOW.toISOString(),
      closedBy: 'Ana Rojas',
    });
    expect(() => handle.closeAsesoria()).toThrow(AsesoriaClosedError);
    expect(() => handle.setCloseText('lecciones', 'otra')).toThrow(AsesoriaClosedError);
    expect(handle.close.get().lecciones).toBe('Trabajo en duplas');
  });

  it('R-5 actas: rows checked by the acta schema; the first signature fixes the content; a correction is a new acta', () => {
    const { handle } = open();
    const id = handle.prepareActa({
      schoolId: '7423',
      year: 2027,
      pmeVersionId: null,
      actionIds: ['a2', 'a1'],
      date: '2027-11-20',
    });
    const item = handle.actas.get()[0]!.acta.items[0]!;
    expect(item).toMatchObject({ actionId: 'a1', mediosExist: 'no', result: 'no-verificada' });
    const refused = handle.setActaItem(id, { ...item, result: 'verificada' });
    expect(refused).toMatchObject({ ok: false, code: 'invalid' });
    expect(handle.setActaItem(id, { ...item, mediosExist: 'en-papel', result: 'verificada' })).toEqual({ ok: true });
    handle.signActa(id, { role: 'director', name: 'María Soto', signature: SIG });
    const signed = handle.actas.get()[0]!;
    expect(signed.signed).toBe(true);
    expect(signed.acta.signatures[0]).toMatchObject({
      name: 'María Soto',
      signedAt: NOW.toISOString(),
      signedHash: signed.hash,
    });
    expect(handle.setActaItem(id, { ...item, observations: 'tarde' })).toEqual({ ok: false, code: 'locked' });
    handle.signActa(id, { role: 'asesor', name: 'Ana Rojas', signature: SIG });
    expect(isSigned(handle.actas.get()[0]!.acta)).toBe(true);
    const correction = handle.correctActa(handle.actas.get()[0]!.acta, '2027-11-21');
    expect(handle.actas.get().find((a) => a.acta.id === correction)?.acta.correctsActaId).toBe(id);
  });

  it('satisfaction and the evaluación proyectiva: written through the handle, stamped with its clock', () => {
    const { handle } = open();
    handle.answerSatisfaction({ s1: 4 }, { s5: 'Muy útil' });
    expect(handle.satisfaction.get()).toEqual([
      expect.objectContaining({ answers: { s1: 4 }, completedAt: NOW.toISOString() }),
    ]);
    handle.addProjectiveItem('keep', 'Duplas pedagógicas');
    const [item] = handle.projective.get();
    expect(item).toMatchObject({ list: 'keep', text: 'Duplas pedagógicas' });
    handle.removeProjectiveItem(item!.id);
    expect(handle.projective.get()).toEqual([]);
  });
});

describe('EvaluationHandle views re-read only the roots a change touched', () => {
  it('a keystroke in the sistematización notifies the close view only; the others keep their value', () => {
    const { handle } = open();
    handle.decide(decision);
    const decisionsBefore = handle.decisions.get();
    const surveyBefore = handle.survey.get();
    const counts = {
      close: notifications(handle.close),
      decisions: notifications(handle.decisions),
      actas: notifications(handle.actas),
      survey: notifications(handle.survey),
    };
    for (const text of ['L', 'Le', 'Lec']) handle.setCloseText('lecciones', text);
    expect(counts.close()).toBe(3);
    expect([counts.decisions(), counts.actas(), counts.survey()]).toEqual([0, 0, 0]);
    expect(handle.decisions.get()).toBe(decisionsBefore);
    expect(handle.survey.get()).toBe(surveyBefore);
    expect(handle.close.get().lecciones).toBe('Lec');
  });

  it('one handle per document: the factory gives the same views to every screen', () => {
    const doc = new Y.Doc();
    expect(handleFor(evaluationHandle, doc, actor)).toBe(handleFor(evaluationHandle, doc, actor));
  });
});
