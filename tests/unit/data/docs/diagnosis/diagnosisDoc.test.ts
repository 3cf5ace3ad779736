import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  answerOpen,
  answerScale,
  completeResponse,
  readInstruments,
  readPopulation,
  readResponses,
  responsesOf,
  saveInstrument,
  setPopulation,
  startResponse,
  type NewResponse,
} from '../../../../../src/data/docs/diagnosis/survey.ts';
import type { Instrument } from '../../../../../src/domain/diagnosis/model.ts';

const INSTRUMENT: Instrument = {
  id: 'tpl-docentes',
  group: 'docentes',
  title: 'Cuestionario docentes',
  version: 1,
  items: [
    { id: 'i1', kind: 'scale', subdimension: 'GP-1', text: 'Se planifica en equipo.' },
    { id: 'o1', kind: 'open', text: '¿Qué mejorar primero?' },
  ],
};

const response = (id: string): NewResponse => ({
  id,
  instrumentId: 'tpl-docentes',
  instrumentVersion: 1,
  group: 'docentes',
  mode: 'kiosk',
  startedAt: '2026-03-10T10:00:00.000Z',
});

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('diagnosis document', () => {
  it('saves each answer as it is given and reads a valid response back', () => {
    const doc = new Y.Doc();
    saveInstrument(doc, INSTRUMENT, 'test');
    startResponse(doc, response('r1'), 'test');
    answerScale(doc, 'r1', 'i1', 3, 'test');
    answerScale(doc, 'r1', 'i1', 'ns', 'test');
    answerOpen(doc, 'r1', 'o1', 'La convivencia', 'test');
    completeResponse(doc, 'r1', '2026-03-10T10:05:00.000Z', 'test');
    const { items, problems } = readResponses(doc);
    expect(problems).toEqual([]);
    expect(items).toEqual([
      {
        ...response('r1'),
        completedAt: '2026-03-10T10:05:00.000Z',
        answers: { i1: 'ns' },
        openAnswers: { o1: 'La convivencia' },
      },
    ]);
    expect(readInstruments(doc).items).toEqual([INSTRUMENT]);
  });

  it('two tablets collecting offline merge into every response, none lost or duplicated', () => {
    const tabletA = new Y.Doc();
    const tabletB = new Y.Doc();
    for (let i = 0; i < 6; i++) {
      startResponse(tabletA, response(`a${i}`), 'a');
      answerScale(tabletA, `a${i}`, 'i1', ((i % 4) + 1) as 1 | 2 | 3 | 4, 'a');
      startResponse(tabletB, response(`b${i}`), 'b');
      answerScale(tabletB, `b${i}`, 'i1', 4, 'b');
    }
    sync(tabletA, tabletB);
    sync(tabletA, tabletB);
    const idsA = readResponses(tabletA)
      .items.map((r) => r.id)
      .sort();
    const idsB = readResponses(tabletB)
      .items.map((r) => r.id)
      .sort();
    expect(idsA).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'b0', 'b1', 'b2', 'b3', 'b4', 'b5']);
    expect(idsB).toEqual(idsA);
    expect(readResponses(tabletB).items.find((r) => r.id === 'a2')?.answers).toEqual({ i1: 3 });
  });

  it('skips and reports an invalid stored response without deleting it', () => {
    const doc = new Y.Doc();
    startResponse(doc, response('ok'), 'test');
    const bad = new Y.Map<unknown>();
    bad.set('group', 'marcianos');
    responsesOf(doc).set('bad', bad);
    const { items, problems } = readResponses(doc);
    expect(items.map((r) => r.id)).toEqual(['ok']);
    expect(problems).toEqual(['response bad is invalid']);
    expect(responsesOf(doc).has('bad')).toBe(true);
  });

  it('keeps population per group and ignores invalid entries', () => {
    const doc = new Y.Doc();
    setPopulation(doc, 'docentes', 24, 'test');
    setPopulation(doc, 'estudiantes', 310, 'test');
    setPopulation(doc, 'estudiantes', null, 'test');
    doc.getMap('population').set('marcianos', 3);
    expect(readPopulation(doc)).toEqual({ docentes: 24 });
  });
});
