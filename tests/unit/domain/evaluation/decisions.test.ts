import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  currentDecisions,
  decisionSchema,
  proposalsForNextYear,
  type Decision,
} from '../../../../src/domain/evaluation/decisions.ts';
import { goalAchievements } from '../../../../src/domain/evaluation/goals.ts';
import { projectiveEvaluation, projectiveItemSchema } from '../../../../src/domain/evaluation/projective.ts';
import { buildPlan } from '../pme/planFixture.ts';
import { measurement } from '../monitoring/fixtures.ts';

type DecisionInput = z.input<typeof decisionSchema>;

function decision(over: Partial<DecisionInput> = {}): Decision {
  return decisionSchema.parse({
    id: 'd1',
    scope: 'accion',
    targetId: 'a1',
    year: 2026,
    kind: 'continuar',
    rationale: 'Implementación completa y 90% de asistencia a los talleres.',
    recordIds: ['r2'],
    goalIds: ['g1'],
    decidedBy: 'Equipo de gestión',
    decidedAt: '2026-08-20T12:00:00Z',
    ...over,
  });
}

describe('decision schema', () => {
  it('defaults the proposal to blank and requires a rationale and who decides', () => {
    expect(decision().proposal).toBe('');
    const bad = decisionSchema.safeParse({ ...decision(), rationale: '  ', decidedBy: '', kind: 'pausar' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['kind', 'Elija una decisión'],
      ['rationale', 'Explique en qué evidencia se basa la decisión'],
      ['decidedBy', 'Indique quién decide'],
    ]);
  });
});

describe('DE-1: one decision per target counts', () => {
  it('latest decidedAt, ties the greater id; scope and year are part of the target', () => {
    const ds = [
      decision({ id: 'd1', kind: 'continuar' }),
      decision({ id: 'd2', kind: 'ajustar', decidedAt: '2026-08-21T12:00:00Z' }),
      decision({ id: 'd0', kind: 'descontinuar', decidedAt: '2026-08-21T12:00:00Z' }),
      decision({ id: 'd3', scope: 'estrategia', targetId: 'a1', kind: 'reprogramar' }),
      decision({ id: 'd4', year: 2027, kind: 'descontinuar' }),
    ];
    expect(currentDecisions(ds).map((d) => d.id)).toEqual(['d2', 'd3', 'd4']);
  });
});

describe('DE-2: proposals for next year', () => {
  it('ajustar and reprogramar become proposals for year + 1; estrategias first, then by target', () => {
    const ds = [
      decision({ id: 'd1', targetId: 'a4', kind: 'reprogramar', proposal: 'Mover las jornadas al segundo semestre' }),
      decision({ id: 'd2', targetId: 'a1', kind: 'ajustar', proposal: 'Un taller al mes' }),
      decision({ id: 'd3', targetId: 'a2', kind: 'continuar' }),
      decision({ id: 'd4', targetId: 'a3', kind: 'descontinuar' }),
      decision({ id: 'd5', scope: 'estrategia', targetId: 'sR', kind: 'ajustar' }),
      // Superseded: a5's ajustar was later turned into continuar.
      decision({ id: 'd6', targetId: 'a5', kind: 'ajustar' }),
      decision({ id: 'd7', targetId: 'a5', kind: 'continuar', decidedAt: '2026-09-01T00:00:00Z' }),
    ];
    expect(proposalsForNextYear(ds).map((p) => [p.scope, p.targetId, p.kind, p.forYear, p.proposal])).toEqual([
      ['estrategia', 'sR', 'ajustar', 2027, ''],
      ['accion', 'a1', 'ajustar', 2027, 'Un taller al mes'],
      ['accion', 'a4', 'reprogramar', 2027, 'Mover las jornadas al segundo semestre'],
    ]);
  });
  it('no decisions, no proposals', () => expect(proposalsForNextYear([])).toEqual([]));
});

describe('PR-1/PR-2: evaluación proyectiva pre-filled', () => {
  const plan = buildPlan();
  // g1 50% (parcial), g2 100% (logrado), g3 backwards (no logrado).
  const achievements = goalAchievements(plan, [
    measurement({ id: 'm1', goalId: 'g1', value: 63.75 }),
    measurement({ id: 'm2', goalId: 'g2', value: 6 }),
    measurement({ id: 'm3', goalId: 'g3', value: 245 }),
  ]);

  it('keep / change / drop from the decisions; add for open goals nothing kept or changed addresses', () => {
    const ds = [
      decision({ id: 'd1', targetId: 'a1', kind: 'continuar', goalIds: ['g2'] }),
      decision({ id: 'd2', targetId: 'a2', kind: 'ajustar', goalIds: [] }),
      decision({ id: 'd3', targetId: 'a3', kind: 'descontinuar', goalIds: ['g1'] }),
      decision({ id: 'd4', scope: 'estrategia', targetId: 's1', kind: 'reprogramar', goalIds: ['g1'] }),
      decision({ id: 'd5', targetId: 'gone', kind: 'continuar', goalIds: [] }),
      decision({ id: 'd6', targetId: 'a4', kind: 'continuar', year: 2025 }),
    ];
    const p = projectiveEvaluation(2026, ds, plan, achievements);
    expect([p.year, p.forYear]).toEqual([2026, 2027]);
    expect(p.keep.map((e) => [e.targetId, e.label])).toEqual([
      ['a1', 'Talleres de lectura compartida en 1° y 2° básico'],
      ['gone', 'gone'],
    ]);
    expect(p.change.map((e) => [e.scope, e.targetId, e.kind, e.label])).toEqual([
      ['estrategia', 's1', 'reprogramar', 'Acompañamiento docente en estrategias de lectura compartida'],
      ['accion', 'a2', 'ajustar', 'Evaluación trimestral de comprensión lectora'],
    ]);
    expect(p.drop.map((e) => e.targetId)).toEqual(['a3']);
    // g1 is addressed by s1's reprogramar; g2 is achieved; g3 went backwards and nothing addresses it.
    expect(p.add.map((a) => [a.goalId, a.category])).toEqual([['g3', 'no-logrado']]);
  });

  it("the team's edited items validate", () => {
    expect(
      projectiveItemSchema.safeParse({
        id: 'p1',
        list: 'add',
        text: 'Tutorías de lectura',
        decisionId: null,
        goalIds: ['g3'],
      }).success,
    ).toBe(true);
    expect(
      projectiveItemSchema.safeParse({ id: 'p1', list: 'other', text: '', decisionId: null, goalIds: [] }).success,
    ).toBe(false);
  });
});
