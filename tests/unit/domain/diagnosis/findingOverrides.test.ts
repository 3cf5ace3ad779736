import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyFindingOverrides } from '../../../../src/domain/diagnosis/findingOverrides.ts';
import type { Finding } from '../../../../src/domain/diagnosis/findings.ts';
import {
  readConclusions,
  readFindingOverrides,
  setConclusions,
  setFindingOverride,
} from '../../../../src/data/docs/diagnosis/review.ts';

const FINDINGS: Finding[] = [
  { code: 'GP-2', dimension: 'GP', label: 'Enseñanza y Aprendizaje en el Aula', mean: 2.1, n: 20, kind: 'debilidad' },
  { code: 'FC-2', dimension: 'FC', label: 'Convivencia', mean: 3.4, n: 20, kind: 'fortaleza' },
];

describe('finding review', () => {
  it('applies the team overrides and keeps the proposal beside them', () => {
    const reviewed = applyFindingOverrides(FINDINGS, {
      'GP-2': { kind: 'en-desarrollo', note: 'Mejoró en el segundo semestre' },
    });
    expect(reviewed.map((f) => [f.code, f.kind, f.proposedKind, f.overridden, f.note])).toEqual([
      ['GP-2', 'en-desarrollo', 'debilidad', true, 'Mejoró en el segundo semestre'],
      ['FC-2', 'fortaleza', 'fortaleza', false, ''],
    ]);
  });

  it('stores overrides and conclusions in the document, ignoring invalid entries', () => {
    const doc = new Y.Doc();
    setFindingOverride(doc, 'GP-2', { kind: 'fortaleza', note: '' }, 't');
    doc.getMap('findings.overrides').set('XX-9', { kind: 'fortaleza', note: '' });
    doc.getMap('findings.overrides').set('FC-1', { kind: 'excelente', note: '' });
    expect(readFindingOverrides(doc)).toEqual({ 'GP-2': { kind: 'fortaleza', note: '' } });
    setFindingOverride(doc, 'GP-2', null, 't');
    expect(readFindingOverrides(doc)).toEqual({});
    setConclusions(doc, 'La escuela debe priorizar la convivencia.', 't');
    setConclusions(doc, 'La escuela debe priorizar la convivencia escolar.', 't');
    expect(readConclusions(doc)).toBe('La escuela debe priorizar la convivencia escolar.');
  });
});
