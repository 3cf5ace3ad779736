import { describe, expect, it } from 'vitest';
import {
  NORMATIVE_PLANS,
  articulationGaps,
  describeGap,
  matrixKey,
  type ArticulationMatrix,
  type Pei,
  type PlanRecord,
} from '../../../../src/domain/diagnosis/peiPlanes.ts';

const PEI: Pei = {
  vision: 'Ser una escuela inclusiva',
  mision: '',
  sellos: [
    { id: 's1', text: 'Inclusión' },
    { id: 's2', text: 'Vida saludable' },
  ],
  perfilEgreso: '',
};

const plan = (code: PlanRecord['code'], present = true): PlanRecord => ({
  code,
  present,
  year: present ? 2025 : null,
  objectives: '',
});
const ALL_PRESENT: PlanRecord[] = (
  ['convivencia', 'formacion-ciudadana', 'sexualidad', 'inclusion', 'desarrollo-docente', 'pise'] as const
).map((c) => plan(c));

function fullMatrix(level: 0 | 1 | 2 | 3): ArticulationMatrix {
  const m: ArticulationMatrix = {};
  for (const s of PEI.sellos) for (const p of ALL_PRESENT) m[matrixKey(s.id, p.code)] = level;
  return m;
}

describe('articulationGaps', () => {
  it('reports nothing when every plan exists and strongly serves every sello', () => {
    expect(articulationGaps(PEI, ALL_PRESENT, fullMatrix(3))).toEqual([]);
  });

  it('lists missing plans, in the legal order', () => {
    const plans = ALL_PRESENT.map((p) => (p.code === 'pise' || p.code === 'sexualidad' ? plan(p.code, false) : p));
    const gaps = articulationGaps(PEI, plans, fullMatrix(3));
    expect(gaps).toEqual([
      { kind: 'plan-missing', plan: 'sexualidad' },
      { kind: 'plan-missing', plan: 'pise' },
    ]);
  });

  it('a plan rated below "Aporte parcial" does not serve the sello', () => {
    const m = fullMatrix(1);
    m[matrixKey('s1', 'inclusion')] = 2;
    const gaps = articulationGaps(PEI, ALL_PRESENT, m);
    expect(gaps.filter((g) => g.kind === 'sello-unserved')).toEqual([{ kind: 'sello-unserved', selloId: 's2' }]);
    // inclusion serves s1; the other five plans serve nothing
    expect(
      gaps.filter((g) => g.kind === 'plan-unlinked').map((g) => (g.kind === 'plan-unlinked' ? g.plan : '')),
    ).toEqual(['convivencia', 'formacion-ciudadana', 'sexualidad', 'desarrollo-docente', 'pise']);
  });

  it('lists unrated cells of present plans only', () => {
    const plans = [
      plan('convivencia'),
      plan('inclusion'),
      ...ALL_PRESENT.slice(2).map((p) => plan(p.code, false)),
    ].filter((p, i, all) => all.findIndex((q) => q.code === p.code) === i);
    const m: ArticulationMatrix = {
      [matrixKey('s1', 'convivencia')]: 3,
      [matrixKey('s2', 'convivencia')]: 3,
      [matrixKey('s1', 'inclusion')]: 3,
    };
    const unrated = articulationGaps(PEI, plans, m).filter((g) => g.kind === 'unrated');
    expect(unrated).toEqual([{ kind: 'unrated', selloId: 's2', plan: 'inclusion' }]);
  });

  it('describes each gap in Spanish', () => {
    expect(describeGap({ kind: 'plan-missing', plan: 'pise' }, PEI)).toBe(
      'El establecimiento no cuenta con Plan Integral de Seguridad Escolar (PISE).',
    );
    expect(describeGap({ kind: 'sello-unserved', selloId: 's2' }, PEI)).toBe(
      'Ningún plan aporta de manera suficiente al sello «Vida saludable».',
    );
  });

  it('names each plan with its abbreviation once, as the PEI–planes screen shows it (label then normativa)', () => {
    for (const p of NORMATIVE_PLANS) {
      const shown = `${p.label} (${p.law})`;
      const parentheticals = [...shown.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]);
      expect(new Set(parentheticals).size, shown).toBe(parentheticals.length);
    }
    expect(NORMATIVE_PLANS.find((p) => p.code === 'pise')).toMatchObject({
      label: 'Plan Integral de Seguridad Escolar (PISE)',
    });
  });
});
