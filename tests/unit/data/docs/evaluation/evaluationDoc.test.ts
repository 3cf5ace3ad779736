import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  AsesoriaClosedError,
  addDecision,
  addSatisfactionResponse,
  markClosed,
  setCloseText,
} from '../../../../../src/data/docs/evaluation/entries.ts';
import { createActa, putActaItem, signActa } from '../../../../../src/data/docs/evaluation/actas.ts';
import { readEvaluation } from '../../../../../src/data/docs/evaluation/read.ts';
import { ActaLockedError, actaHash, isSigned } from '../../../../../src/domain/evaluation/acta.ts';

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};
const SIG = (c: string) => ({ hash: c.repeat(64), type: 'image/png' as const, size: 900 });
const acta = {
  id: 'acta1',
  schoolId: '7423',
  year: 2026,
  pmeVersionId: null,
  date: '2026-11-20',
  observaciones: '',
  correctsActaId: null,
  signatures: [],
  items: [
    { actionId: 'a1', mediosExist: 'en-papel' as const, evidence: [], result: 'verificada' as const, observations: '' },
    { actionId: 'a2', mediosExist: 'en-papel' as const, evidence: [], result: 'verificada' as const, observations: '' },
  ],
};

describe('evaluation document', () => {
  it('keeps every decision; a new one on the same action is a new entry', () => {
    const doc = new Y.Doc();
    const base = {
      scope: 'accion' as const,
      targetId: 'a1',
      year: 2026,
      rationale: 'Avance 40% en el corte 2',
      proposal: '',
      recordIds: ['r1'],
      goalIds: [],
      decidedBy: 'Equipo',
    };
    addDecision(doc, { ...base, id: 'd1', kind: 'continuar', decidedAt: '2026-08-01T10:00:00Z' }, 't');
    addDecision(doc, { ...base, id: 'd2', kind: 'ajustar', decidedAt: '2026-08-02T10:00:00Z' }, 't');
    expect(readEvaluation(doc).decisions.map((d) => [d.id, d.kind])).toEqual([
      ['d1', 'continuar'],
      ['d2', 'ajustar'],
    ]);
    expect(() => addDecision(doc, { ...base, id: 'd1', kind: 'descontinuar', decidedAt: 'x' }, 't')).toThrow(/exists/);
  });

  it('freezes an acta at its first signature, refuses later edits, and ignores an offline edit made elsewhere', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    createActa(a, acta, 'a');
    sync(a, b);
    putActaItem(a, 'acta1', { ...acta.items[0]!, observations: 'Actas revisadas' }, 'a');
    const hash = signActa(
      a,
      'acta1',
      { role: 'director', name: 'María Soto', signature: SIG('d'), signedAt: '2026-11-20T12:00:00Z' },
      'a',
    );
    expect(() => putActaItem(a, 'acta1', { ...acta.items[0]!, result: 'parcial' }, 'a')).toThrow(ActaLockedError);
    // b had not seen the signature: its edit (of another action) reaches the draft, but the frozen acta wins.
    putActaItem(b, 'acta1', { ...acta.items[1]!, result: 'parcial' }, 'b');
    sync(a, b);
    const view = readEvaluation(b).actas[0]!;
    expect(view.signed).toBe(true);
    expect(view.hash).toBe(hash);
    expect(actaHash(view.acta)).toBe(hash);
    expect(view.acta.items[0]).toMatchObject({ result: 'verificada', observations: 'Actas revisadas' });
    expect(view.acta.items[1]).toMatchObject({ result: 'verificada' });
    expect(view.lateEdits).toBe(true);
    signActa(
      b,
      'acta1',
      { role: 'asesor', name: 'Ana Rojas', signature: SIG('e'), signedAt: '2026-11-20T12:05:00Z' },
      'b',
    );
    sync(a, b);
    const done = readEvaluation(a).actas[0]!;
    expect(isSigned(done.acta)).toBe(true);
    expect(done.acta.signatures.map((s) => [s.role, s.signedHash])).toEqual([
      ['director', hash],
      ['asesor', hash],
    ]);
    expect(() =>
      signActa(a, 'acta1', { role: 'asesor', name: 'Otra', signature: SIG('f'), signedAt: 'x' }, 'a'),
    ).toThrow(/role-already-signed/);
  });

  it('stores satisfaction responses once each, validated', () => {
    const doc = new Y.Doc();
    addSatisfactionResponse(
      doc,
      {
        id: 's1',
        surveyId: 'tpl-satisfaccion',
        surveyVersion: 1,
        answers: { 'sat-1': 4, 'sat-2': 'ns' },
        openAnswers: { 'sat-ab-1': 'Los talleres' },
        completedAt: '2026-11-30T10:00:00Z',
      },
      't',
    );
    expect(readEvaluation(doc).satisfaction.map((r) => r.answers)).toEqual([{ 'sat-1': 4, 'sat-2': 'ns' }]);
    expect(() =>
      addSatisfactionResponse(
        doc,
        {
          id: 's2',
          surveyId: 'x',
          surveyVersion: 1,
          answers: { 'sat-1': 7 as never },
          openAnswers: {},
          completedAt: null,
        },
        't',
      ),
    ).toThrow();
  });

  it('merges the sistematización texts written by two people', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    setCloseText(a, 'lecciones', 'Monitorear cada mes.', 'a');
    sync(a, b);
    setCloseText(a, 'lecciones', 'Monitorear cada mes. Con datos.', 'a');
    setCloseText(b, 'recomendaciones', 'Mantener el consejo ampliado.', 'b');
    sync(a, b);
    expect(readEvaluation(b).close).toMatchObject({
      lecciones: 'Monitorear cada mes. Con datos.',
      recomendaciones: 'Mantener el consejo ampliado.',
    });
  });

  it('CL-4 closes the asesoría once: later writes to the sistematización and a second close are refused', () => {
    const doc = new Y.Doc();
    setCloseText(doc, 'lecciones', 'Monitorear cada mes.', 't');
    markClosed(doc, '2026-12-18T15:00:00Z', 'Ana Rojas', 't');
    expect(() => setCloseText(doc, 'lecciones', 'Otra cosa', 't')).toThrow(AsesoriaClosedError);
    expect(() => markClosed(doc, '2026-12-19T15:00:00Z', 'Otra persona', 't')).toThrow(AsesoriaClosedError);
    expect(readEvaluation(doc).close).toMatchObject({
      lecciones: 'Monitorear cada mes.',
      closedAt: '2026-12-18T15:00:00Z',
      closedBy: 'Ana Rojas',
    });
  });
});
