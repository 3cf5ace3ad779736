import { describe, expect, it } from 'vitest';
import {
  isOutOfOrder,
  keepShownOrder,
  participantsLabel,
  prioritise,
  weaknessesToOffer,
  type Problem,
} from '../../../../src/domain/diagnosis/prioritisation.ts';
import { applyFindingOverrides } from '../../../../src/domain/diagnosis/findingOverrides.ts';
import type { Finding } from '../../../../src/domain/diagnosis/findings.ts';

const problem = (id: string, text: string, ...scores: [number, number][]): Problem => ({
  id,
  text,
  scores: scores.map(([a, b]) => ({ a, b })),
});
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('keepShownOrder: rows do not move under the user while scoring', () => {
  it('keeps the shown order when a score changes the ranking, and reports it out of order', () => {
    const before = prioritise([problem('p1', 'Baja asistencia', [3, 2]), problem('p2', 'Clima de aula')]);
    expect(ids(before)).toEqual(['p1', 'p2']);
    const after = prioritise([problem('p1', 'Baja asistencia', [3, 2]), problem('p2', 'Clima de aula', [5, 4])]);
    expect(ids(after)).toEqual(['p2', 'p1']);
    const rows = keepShownOrder(ids(before), after);
    expect(ids(rows)).toEqual(['p1', 'p2']);
    expect(rows[1]).toMatchObject({ id: 'p2', priority: 20, rank: 1 });
    expect(isOutOfOrder(rows, after)).toBe(true);
    // "Ordenar por puntaje" forgets the shown order.
    expect(ids(keepShownOrder(null, after))).toEqual(['p2', 'p1']);
    expect(isOutOfOrder(keepShownOrder(null, after), after)).toBe(false);
  });

  it('appends new problems in ranked order and drops removed ones', () => {
    const ranked = prioritise([
      problem('p3', 'Convivencia', [5, 5]),
      problem('p2', 'Clima de aula', [4, 4]),
      problem('p4', 'Deserción'),
    ]);
    expect(ids(keepShownOrder(['p1', 'p2'], ranked))).toEqual(['p2', 'p3', 'p4']);
  });
});

describe('weaknessesToOffer', () => {
  const finding = (code: Finding['code'], label: string, kind: Finding['kind']): Finding => ({
    code,
    dimension: code.split('-')[0] as Finding['dimension'],
    label,
    mean: null,
    n: 0,
    kind,
  });
  const proposed = [
    finding('GP-1', 'Gestión Curricular', 'debilidad'),
    finding('FC-2', 'Convivencia', 'sin-datos'),
    finding('LID-2', 'Liderazgo del Director', 'fortaleza'),
  ];

  it('offers the weaknesses the team marked by hand with the proposed ones, and not those it unmarked', () => {
    const reviewed = applyFindingOverrides(proposed, { 'FC-2': { kind: 'debilidad', note: 'Recreos conflictivos' } });
    expect(weaknessesToOffer(reviewed, new Set())).toEqual(['Debilidad: Gestión Curricular', 'Debilidad: Convivencia']);
    const unmarked = applyFindingOverrides(proposed, { 'GP-1': { kind: 'en-desarrollo', note: '' } });
    expect(weaknessesToOffer(unmarked, new Set())).toEqual([]);
  });

  it('does not offer a weakness already in the matrix', () => {
    const reviewed = applyFindingOverrides(proposed, { 'FC-2': { kind: 'debilidad', note: '' } });
    expect(weaknessesToOffer(reviewed, new Set(['Debilidad: Gestión Curricular']))).toEqual(['Debilidad: Convivencia']);
  });
});

describe('participantsLabel', () => {
  it.each([
    [0, '0 participantes'],
    [1, '1 participante'],
    [2, '2 participantes'],
  ])('%i → %s', (n, label) => expect(participantsLabel(n)).toBe(label));
});
