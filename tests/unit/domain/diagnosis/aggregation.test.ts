import { describe, expect, it } from 'vitest';
import { aggregateDiagnosis } from '../../../../src/domain/diagnosis/aggregation.ts';
import type { Instrument, Response } from '../../../../src/domain/diagnosis/model.ts';

// Instruments. Docentes v2 moved d2 from LID-2 to GP-1 and added d4 (FC-2).
const instruments: Instrument[] = [
  {
    id: 'doc',
    group: 'docentes',
    title: 'Cuestionario docentes',
    version: 1,
    items: [
      { id: 'd1', kind: 'scale', subdimension: 'LID-2', text: 'El director…' },
      { id: 'd2', kind: 'scale', subdimension: 'LID-2', text: 'Se planifica…' },
      { id: 'd3', kind: 'scale', subdimension: 'GP-1', text: 'El currículum…' },
      { id: 'o1', kind: 'open', text: '¿Qué mejoraría?' },
    ],
  },
  {
    id: 'doc',
    group: 'docentes',
    title: 'Cuestionario docentes',
    version: 2,
    items: [
      { id: 'd1', kind: 'scale', subdimension: 'LID-2', text: 'El director…' },
      { id: 'd2', kind: 'scale', subdimension: 'GP-1', text: 'Se planifica…' },
      { id: 'd3', kind: 'scale', subdimension: 'GP-1', text: 'El currículum…' },
      { id: 'd4', kind: 'scale', subdimension: 'FC-2', text: 'La convivencia…' },
    ],
  },
  {
    id: 'est',
    group: 'estudiantes',
    title: 'Cuestionario estudiantes',
    version: 1,
    items: [
      { id: 'e1', kind: 'scale', subdimension: 'GP-2', text: 'En clases…' },
      { id: 'e2', kind: 'scale', subdimension: 'FC-2', text: 'Me siento seguro…' },
      { id: 'e3', kind: 'scale', subdimension: 'LID-2', text: 'El director conversa…' },
    ],
  },
  {
    id: 'dir',
    group: 'directivos',
    title: 'Cuestionario directivos',
    version: 1,
    items: [{ id: 'x1', kind: 'scale', subdimension: 'LID-2', text: 'Liderazgo…' }],
  },
];

function resp(
  id: string,
  instrumentId: string,
  version: number,
  group: Response['group'],
  answers: Response['answers'],
  openAnswers: Response['openAnswers'] = {},
): Response {
  return {
    id,
    instrumentId,
    instrumentVersion: version,
    group,
    mode: 'kiosk',
    startedAt: '2026-03-10T10:00:00Z',
    completedAt: '2026-03-10T10:20:00Z',
    answers,
    openAnswers,
  };
}

const r3 = resp('r3', 'doc', 2, 'docentes', { d1: 3, d2: 1, d3: 2, d4: 4 });
const responses: Response[] = [
  resp('r1', 'doc', 1, 'docentes', { d1: 4, d2: 3, d3: 'ns' }, { o1: 'Más tiempo' }),
  resp('r2', 'doc', 1, 'docentes', { d1: 2, d3: 3, zz: 4 }), // d2 missing; zz unknown
  r3,
  { ...r3 }, // replica of r3: counted once
  resp('r4', 'doc', 9, 'docentes', { d1: 4, d2: 4 }), // unknown version: 2 ignored, not a participant
  resp('r5', 'est', 1, 'estudiantes', { e1: 4, e2: 'ns', e3: 1 }, { o9: 'x' }), // o9 unknown
  resp('r6', 'est', 1, 'estudiantes', { e1: 2, e2: 3, e3: 1 }),
  resp('r7', 'est', 1, 'estudiantes', { e1: 3, e3: 2 }), // e2 missing
  resp('r8', 'dir', 1, 'directivos', {}), // no answers: not a participant, adds no missing
];

const agg = aggregateDiagnosis(instruments, responses, {
  docentes: 20,
  estudiantes: 300,
  directivos: 5,
  apoderados: 0,
});

describe('aggregateDiagnosis: cells', () => {
  it('scores each response with its own version (v2 moved d2 to GP-1)', () => {
    // docentes LID-2: r1 d1 4, d2 3; r2 d1 2; r3 (v2) d1 3 → 12/4 = 3 (r3's d2 is not here)
    expect(agg.cells['LID-2'].docentes).toEqual({ mean: 3, n: 4, notKnown: 0, missing: 1 });
    // docentes GP-1: r2 d3 3; r3 d2 1, d3 2 → 6/3 = 2; r1 d3 'ns'
    expect(agg.cells['GP-1'].docentes).toEqual({ mean: 2, n: 3, notKnown: 1, missing: 0 });
    // docentes FC-2: only r3 (v2) d4 4; v1 responses have no FC-2 item, so nothing missing
    expect(agg.cells['FC-2'].docentes).toEqual({ mean: 4, n: 1, notKnown: 0, missing: 0 });
  });

  it("excludes 'ns' from the mean, counts it, and counts missing answers", () => {
    // estudiantes GP-2: 4, 2, 3 → 9/3 = 3
    expect(agg.cells['GP-2'].estudiantes).toEqual({ mean: 3, n: 3, notKnown: 0, missing: 0 });
    // estudiantes FC-2: r5 'ns', r6 3, r7 missing → mean 3 from n 1
    expect(agg.cells['FC-2'].estudiantes).toEqual({ mean: 3, n: 1, notKnown: 1, missing: 1 });
    // estudiantes LID-2: 1, 1, 2 → 4/3
    expect(agg.cells['LID-2'].estudiantes).toEqual({ mean: 4 / 3, n: 3, notKnown: 0, missing: 0 });
  });

  it('gives null means and zero counts to a group with no respondents', () => {
    expect(agg.cells['LID-2'].directivos).toEqual({ mean: null, n: 0, notKnown: 0, missing: 0 });
    expect(agg.dimensionCells.LID.directivos.mean).toBeNull();
    expect(agg.cells['GR-3'].apoderados.mean).toBeNull();
  });
});

describe('aggregateDiagnosis: overall means', () => {
  it('answer-weighted mean and group-balanced mean differ when groups differ in size', () => {
    // LID-2: docentes 4,3,2,3 (sum 12) + estudiantes 1,1,2 (sum 4) → 16/7 ≈ 2.2857
    // balanced: (3 + 4/3) / 2 = 13/6 ≈ 2.1667
    const s = agg.subdimensions['LID-2'];
    expect(s.mean).toBe(16 / 7);
    expect(s.groupBalancedMean).toBeCloseTo(13 / 6, 12);
    expect(s.n).toBe(7);
    expect(s.groupsWithAnswers).toBe(2);
    expect(s.missing).toBe(1);
  });

  it('per dimension and group, and per dimension overall', () => {
    // GP docentes: GP-1 3,1,2 → 2; GP estudiantes: GP-2 4,2,3 → 3
    expect(agg.dimensionCells.GP.docentes).toEqual({ mean: 2, n: 3, notKnown: 1, missing: 0 });
    expect(agg.dimensionCells.GP.estudiantes).toEqual({ mean: 3, n: 3, notKnown: 0, missing: 0 });
    // GP overall: (6 + 9) / 6 = 2.5; balanced (2 + 3) / 2 = 2.5
    expect(agg.dimensions.GP).toMatchObject({ mean: 2.5, groupBalancedMean: 2.5, n: 6, notKnown: 1 });
    // FC: docentes 4 (n 1), estudiantes 3 (n 1, 1 ns, 1 missing) → 3.5 both ways
    expect(agg.dimensions.FC).toMatchObject({ mean: 3.5, groupBalancedMean: 3.5, n: 2, notKnown: 1, missing: 1 });
    // LID: same answers as LID-2 (the only LID subdimension answered)
    expect(agg.dimensions.LID.mean).toBe(16 / 7);
    expect(agg.dimensions.GR).toMatchObject({ mean: null, groupBalancedMean: null, n: 0, groupsWithAnswers: 0 });
  });
});

describe('aggregateDiagnosis: participation, ignored answers, duplicates', () => {
  it('counts responses with at least one recognised answer and computes rates', () => {
    const g = agg.participation.groups;
    expect(g.docentes).toEqual({ responses: 3, population: 20, rate: 3 / 20 }); // r1, r2, r3 (r4 unknown version)
    expect(g.estudiantes).toEqual({ responses: 3, population: 300, rate: 3 / 300 });
    expect(g.directivos).toEqual({ responses: 0, population: 5, rate: 0 }); // zero respondents
    expect(g.asistentes).toEqual({ responses: 0, population: null, rate: null }); // population missing
    expect(g.apoderados).toEqual({ responses: 0, population: 0, rate: null }); // population 0
    // total: 6 responses; population 20+300+5+0 = 325; rate 6/325
    expect(agg.participation.total).toEqual({ responses: 6, population: 325, rate: 6 / 325 });
  });

  it('ignores answers to unknown items and versions and counts them', () => {
    // r2 zz (1) + r4 d1, d2 (2) + r5 open o9 (1) = 4
    expect(agg.ignoredAnswers).toBe(4);
  });

  it('counts a replicated response once', () => {
    expect(agg.duplicates).toBe(1);
    const twice = aggregateDiagnosis(instruments, [...responses, ...responses], {});
    expect(twice.cells).toEqual(agg.cells);
    expect(twice.participation.groups.docentes.responses).toBe(3);
    expect(twice.duplicates).toBe(responses.length + 1);
  });

  it('keeps the completed copy of a replicated response, whatever the order', () => {
    const partial: Response = { ...r3, completedAt: null, answers: { d1: 1 } };
    for (const list of [
      [partial, r3],
      [r3, partial],
    ]) {
      const a = aggregateDiagnosis(instruments, list, {});
      expect(a.cells['LID-2'].docentes.mean).toBe(3);
      expect(a.cells['GP-1'].docentes.n).toBe(2);
    }
  });

  it('reports no totals population when none is known, and is plain JSON', () => {
    const a = aggregateDiagnosis(instruments, responses, {});
    expect(a.participation.total).toEqual({ responses: 6, population: null, rate: null });
    expect(JSON.parse(JSON.stringify(agg))).toEqual(agg);
  });
});
