/* eslint-disable max-lines -- one case per SMART rule of metas and actions: the rule set's checklist */
import { describe, expect, it } from 'vitest';
import {
  JUMP_THRESHOLD_PER_YEAR,
  MIN_WORDS,
  SMART_CRITERIA,
  SMART_MESSAGES,
  checkGoalSmart,
  checkObjectiveSmart,
  mentionsDeadline,
  type SmartCriterion,
  type SmartGoalInput,
  type SmartObjectiveInput,
  type SmartReasonCode,
  type SmartResult,
} from '../../../../src/domain/pme/smart.ts';

const cycle = { startYear: 2026, years: 4 };

const goodGoal: SmartGoalInput = {
  text: 'Aumentar el porcentaje de estudiantes de 4° básico en nivel adecuado en Lectura de 35% a 50% al 2029',
  indicator: { name: '% estudiantes nivel adecuado SIMCE Lectura 4° básico', unit: '%' },
  baseline: { value: 35, year: 2025 },
  targets: [
    { year: 2026, value: 38 },
    { year: 2027, value: 42 },
    { year: 2028, value: 46 },
    { year: 2029, value: 50 },
  ],
  cycle,
  linkedPriorityIds: ['p1'],
};

const goodObjective: SmartObjectiveInput = {
  text: 'Mejorar las prácticas de evaluación formativa de los docentes de primer ciclo al término del ciclo',
  dimension: 'GP',
  priorityIds: ['p1'],
  metas: [{ indicatorName: '% clases observadas con evaluación formativa' }],
  cycle,
};

const goal = (over: Partial<SmartGoalInput>): SmartGoalInput => ({ ...goodGoal, ...over });
const objective = (over: Partial<SmartObjectiveInput>): SmartObjectiveInput => ({ ...goodObjective, ...over });

function codes(r: SmartResult, c: SmartCriterion): SmartReasonCode[] {
  const found = r.criteria.find((x) => x.criterion === c);
  if (!found) throw new Error(`missing ${c}`);
  return found.reasons.map((x) => x.code);
}
function allCodes(r: SmartResult): SmartReasonCode[] {
  return r.criteria.flatMap((c) => c.reasons.map((x) => x.code));
}

describe('SMART_CRITERIA and messages', () => {
  it('lists the five criteria in order with Spanish labels', () => {
    expect(SMART_CRITERIA.map((c) => c.key)).toEqual(['especifico', 'medible', 'alcanzable', 'relevante', 'temporal']);
    expect(SMART_CRITERIA.map((c) => c.label)).toEqual([
      'Específico',
      'Medible',
      'Alcanzable',
      'Relevante',
      'con Tiempo',
    ]);
  });

  it('has exact Spanish messages', () => {
    expect(SMART_MESSAGES).toEqual({
      'too-short': 'es demasiado breve para ser específico (menos de 6 palabras)',
      'vague-verb': 'usa un verbo vago (mejorar, fortalecer, potenciar…) sin decir qué, a quiénes ni cuánto',
      'no-goal': 'no tiene metas asociadas',
      'goal-no-indicator': 'alguna de sus metas no tiene indicador asociado',
      'no-indicator': 'no tiene indicador asociado',
      'no-baseline': 'no tiene línea base',
      'no-target': 'no define meta para ningún año',
      'absolute-target': 'promete el 100 % o más; revise si es alcanzable',
      'target-above-max': 'la meta supera el máximo posible del indicador',
      'target-below-min': 'la meta está bajo el mínimo posible del indicador',
      'unrealistic-jump': 'la meta exige un avance anual mayor al razonable respecto de la línea base',
      'no-priority-link': 'no se vincula a ninguna prioridad del diagnóstico',
      'no-dimension': 'no indica la dimensión o el área de resultados',
      'no-deadline': 'no indica plazo',
      'target-outside-cycle': 'fija una meta para un año fuera del ciclo del PME',
    });
    expect(MIN_WORDS).toBe(6);
    expect(JUMP_THRESHOLD_PER_YEAR).toEqual({ '%': 15, puntos: 10, número: null, promedio: null });
  });

  it('each reason carries its message', () => {
    const r = checkGoalSmart({ text: '', targets: [], cycle, linkedPriorityIds: [] });
    for (const c of r.criteria) for (const x of c.reasons) expect(x.message).toBe(SMART_MESSAGES[x.code]);
    expect(r.criteria.find((c) => c.criterion === 'medible')?.reasons).toContainEqual({
      code: 'no-indicator',
      message: 'no tiene indicador asociado',
    });
  });
});

describe('checkGoalSmart', () => {
  it('a good goal passes all five', () => {
    const r = checkGoalSmart(goodGoal);
    expect(r.ok).toBe(true);
    expect(r.criteria.map((c) => [c.criterion, c.label, c.ok])).toEqual([
      ['especifico', 'Específico', true],
      ['medible', 'Medible', true],
      ['alcanzable', 'Alcanzable', true],
      ['relevante', 'Relevante', true],
      ['temporal', 'con Tiempo', true],
    ]);
    expect(allCodes(r)).toEqual([]);
  });

  it('too-short: 5 words flagged, 6 words fine', () => {
    expect(codes(checkGoalSmart(goal({ text: 'Subir lectura 4° básico 50%' })), 'especifico')).toEqual(['too-short']);
    expect(codes(checkGoalSmart(goal({ text: 'Subir lectura de 4° básico 50%' })), 'especifico')).toEqual([]);
  });

  it('vague-verb: vague verb with no number and no named subject', () => {
    const vague = 'Mejorar la calidad de la enseñanza en el establecimiento';
    expect(codes(checkGoalSmart(goal({ text: vague })), 'especifico')).toEqual(['vague-verb']);
    // a number makes it concrete
    expect(codes(checkGoalSmart(goal({ text: `${vague} en 10 puntos` })), 'especifico')).toEqual([]);
    // a named group makes it concrete
    expect(
      codes(checkGoalSmart(goal({ text: 'Fortalecer la calidad de la enseñanza para los docentes' })), 'especifico'),
    ).toEqual([]);
    // no vague verb: fine even without number or subject
    expect(
      codes(checkGoalSmart(goal({ text: 'Instalar un sistema de acompañamiento al aula semanal' })), 'especifico'),
    ).toEqual([]);
    // only whole words: "mejoramiento" is not "mejorar"
    expect(
      codes(checkGoalSmart(goal({ text: 'Plan de mejoramiento con calidad de la enseñanza' })), 'especifico'),
    ).toEqual([]);
  });

  it('vague-verb is accent- and case-insensitive', () => {
    for (const v of ['Mejorar', 'mejorár', 'MEJORAR', 'Potenciár', 'fortalecér']) {
      expect(
        codes(checkGoalSmart(goal({ text: `${v} la calidad de la enseñanza en el establecimiento` })), 'especifico'),
      ).toEqual(['vague-verb']);
    }
    expect(
      codes(checkGoalSmart(goal({ text: 'Mejorar la calidad de la enseñanza para los Apoderádos' })), 'especifico'),
    ).toEqual([]);
  });

  it('no-indicator: missing or blank name', () => {
    expect(codes(checkGoalSmart(goal({ indicator: undefined })), 'medible')).toEqual(['no-indicator']);
    expect(codes(checkGoalSmart(goal({ indicator: { name: '  ', unit: '%' } })), 'medible')).toEqual(['no-indicator']);
  });

  it('no-baseline: missing or null value', () => {
    expect(codes(checkGoalSmart(goal({ baseline: undefined })), 'medible')).toEqual(['no-baseline']);
    expect(codes(checkGoalSmart(goal({ baseline: { value: null, year: 2025 } })), 'medible')).toEqual(['no-baseline']);
    expect(
      codes(
        checkGoalSmart(goal({ baseline: { value: 0, year: 2025 }, targets: [{ year: 2029, value: 10 }] })),
        'medible',
      ),
    ).toEqual([]);
  });

  it('no-target: no year with a value', () => {
    expect(codes(checkGoalSmart(goal({ targets: [] })), 'medible')).toEqual(['no-target']);
    expect(codes(checkGoalSmart(goal({ targets: [{ year: 2029, value: null }] })), 'medible')).toEqual(['no-target']);
    expect(codes(checkGoalSmart(goal({ targets: [{ year: 2029, value: 40 }] })), 'medible')).toEqual([]);
  });

  it('target-above-max: exactly the max is fine, max + 0.1 is not', () => {
    const ind = { name: 'Asistencia promedio', unit: '%' as const };
    const base = { value: 90, year: 2025 };
    expect(
      codes(
        checkGoalSmart(goal({ indicator: ind, baseline: base, targets: [{ year: 2027, value: 100 }] })),
        'alcanzable',
      ),
    ).toEqual([]);
    expect(
      codes(
        checkGoalSmart(goal({ indicator: ind, baseline: base, targets: [{ year: 2027, value: 100.1 }] })),
        'alcanzable',
      ),
    ).toEqual(['target-above-max']);
    // explicit max on another unit
    const notas = { name: 'Promedio de notas', unit: 'promedio' as const, min: 1, max: 7 };
    const b = { value: 5.5, year: 2025 };
    expect(
      codes(checkGoalSmart(goal({ indicator: notas, baseline: b, targets: [{ year: 2029, value: 7 }] })), 'alcanzable'),
    ).toEqual([]);
    expect(
      codes(
        checkGoalSmart(goal({ indicator: notas, baseline: b, targets: [{ year: 2029, value: 7.1 }] })),
        'alcanzable',
      ),
    ).toEqual(['target-above-max']);
    // no max and not '%': no rule
    const n = { name: 'Talleres', unit: 'número' as const };
    expect(
      codes(
        checkGoalSmart(
          goal({ indicator: n, baseline: { value: 1, year: 2025 }, targets: [{ year: 2029, value: 1e6 }] }),
        ),
        'alcanzable',
      ),
    ).toEqual([]);
  });

  it('target-below-min: exactly the min is fine, min − 0.1 is not', () => {
    const ind = { name: 'Tasa de retiro', unit: '%' as const };
    const base = { value: 5, year: 2025 };
    expect(
      codes(
        checkGoalSmart(goal({ indicator: ind, baseline: base, targets: [{ year: 2027, value: 0 }] })),
        'alcanzable',
      ),
    ).toEqual([]);
    expect(
      codes(
        checkGoalSmart(goal({ indicator: ind, baseline: base, targets: [{ year: 2027, value: -0.1 }] })),
        'alcanzable',
      ),
    ).toEqual(['target-below-min']);
    const notas = { name: 'Promedio de notas', unit: 'promedio' as const, min: 1, max: 7 };
    expect(
      codes(
        checkGoalSmart(
          goal({ indicator: notas, baseline: { value: 5, year: 2025 }, targets: [{ year: 2029, value: 0.9 }] }),
        ),
        'alcanzable',
      ),
    ).toEqual(['target-below-min']);
  });

  it("unrealistic-jump for '%': exactly 15 points per year is fine, more is not", () => {
    const base = { value: 60, year: 2025 };
    expect(codes(checkGoalSmart(goal({ baseline: base, targets: [{ year: 2026, value: 75 }] })), 'alcanzable')).toEqual(
      [],
    );
    expect(
      codes(checkGoalSmart(goal({ baseline: base, targets: [{ year: 2026, value: 75.1 }] })), 'alcanzable'),
    ).toEqual(['unrealistic-jump']);
    // over two years: 30 is fine, 30.2 is not
    expect(codes(checkGoalSmart(goal({ baseline: base, targets: [{ year: 2027, value: 90 }] })), 'alcanzable')).toEqual(
      [],
    );
    expect(
      codes(checkGoalSmart(goal({ baseline: base, targets: [{ year: 2027, value: 90.2 }] })), 'alcanzable'),
    ).toEqual(['unrealistic-jump']);
    // a decrease counts too (e.g. tasa de retiro)
    expect(
      codes(
        checkGoalSmart(goal({ baseline: { value: 40, year: 2025 }, targets: [{ year: 2026, value: 24 }] })),
        'alcanzable',
      ),
    ).toEqual(['unrealistic-jump']);
    // baseline year missing: cycle start − 1 is assumed
    expect(
      codes(
        checkGoalSmart(goal({ baseline: { value: 60, year: null }, targets: [{ year: 2026, value: 75 }] })),
        'alcanzable',
      ),
    ).toEqual([]);
    expect(
      codes(
        checkGoalSmart(goal({ baseline: { value: 60, year: null }, targets: [{ year: 2026, value: 76 }] })),
        'alcanzable',
      ),
    ).toEqual(['unrealistic-jump']);
  });

  it("unrealistic-jump for 'puntos': exactly 10 per year is fine, more is not; none for 'número'", () => {
    const simce = { name: 'Puntaje SIMCE Matemática 4° básico', unit: 'puntos' as const };
    const base = { value: 250, year: 2025 };
    expect(
      codes(
        checkGoalSmart(goal({ indicator: simce, baseline: base, targets: [{ year: 2029, value: 290 }] })),
        'alcanzable',
      ),
    ).toEqual([]);
    expect(
      codes(
        checkGoalSmart(goal({ indicator: simce, baseline: base, targets: [{ year: 2029, value: 290.5 }] })),
        'alcanzable',
      ),
    ).toEqual(['unrealistic-jump']);
    const n = { name: 'Talleres', unit: 'número' as const };
    expect(
      codes(
        checkGoalSmart(
          goal({ indicator: n, baseline: { value: 0, year: 2025 }, targets: [{ year: 2026, value: 500 }] }),
        ),
        'alcanzable',
      ),
    ).toEqual([]);
  });

  it('no-priority-link', () => {
    expect(codes(checkGoalSmart(goal({ linkedPriorityIds: [] })), 'relevante')).toEqual(['no-priority-link']);
  });

  it('no-deadline: no target year in the cycle and no time expression in the text', () => {
    const text = 'Aumentar el porcentaje de estudiantes en nivel adecuado de Lectura';
    expect(codes(checkGoalSmart(goal({ text, targets: [] })), 'temporal')).toEqual(['no-deadline']);
    // a target inside the cycle is enough
    expect(codes(checkGoalSmart(goal({ text, targets: [{ year: 2029, value: 40 }] })), 'temporal')).toEqual([]);
    // a year in the text is enough
    expect(codes(checkGoalSmart(goal({ text: `${text} al 2029`, targets: [] })), 'temporal')).toEqual([]);
    expect(codes(checkGoalSmart(goal({ text: `${text} en dos años`, targets: [] })), 'temporal')).toEqual([]);
  });

  it('target-outside-cycle: first and last year of the cycle are fine', () => {
    const base = { value: 40, year: 2025 };
    expect(
      codes(
        checkGoalSmart(
          goal({
            baseline: base,
            targets: [
              { year: 2026, value: 42 },
              { year: 2029, value: 50 },
            ],
          }),
        ),
        'temporal',
      ),
    ).toEqual([]);
    expect(codes(checkGoalSmart(goal({ baseline: base, targets: [{ year: 2030, value: 50 }] })), 'temporal')).toEqual([
      'target-outside-cycle',
    ]);
    expect(codes(checkGoalSmart(goal({ baseline: base, targets: [{ year: 2025, value: 41 }] })), 'temporal')).toEqual([
      'target-outside-cycle',
    ]);
    // a null target outside the cycle is ignored
    expect(
      codes(
        checkGoalSmart(
          goal({
            baseline: base,
            targets: [
              { year: 2029, value: 50 },
              { year: 2030, value: null },
            ],
          }),
        ),
        'temporal',
      ),
    ).toEqual([]);
  });
});

describe('checkObjectiveSmart', () => {
  it('a good objective passes all five', () => {
    const r = checkObjectiveSmart(goodObjective);
    expect(allCodes(r)).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('an objective with no metas is not Medible', () => {
    const r = checkObjectiveSmart(objective({ metas: [] }));
    expect(codes(r, 'medible')).toEqual(['no-goal']);
    expect(r.criteria.find((c) => c.criterion === 'medible')?.ok).toBe(false);
    expect(r.ok).toBe(false);
  });

  it('goal-no-indicator when some meta lacks an indicator', () => {
    expect(codes(checkObjectiveSmart(objective({ metas: [{ indicatorName: 'x' }, {}] })), 'medible')).toEqual([
      'goal-no-indicator',
    ]);
    expect(codes(checkObjectiveSmart(objective({ metas: [{ indicatorName: ' ' }] })), 'medible')).toEqual([
      'goal-no-indicator',
    ]);
  });

  it('specific rules apply to objectives too', () => {
    expect(codes(checkObjectiveSmart(objective({ text: 'Fortalecer la convivencia escolar' })), 'especifico')).toEqual([
      'too-short',
      'vague-verb',
    ]);
    expect(
      codes(
        checkObjectiveSmart(objective({ text: 'Potenciar la convivencia escolar del establecimiento al 2029' })),
        'especifico',
      ),
    ).toEqual([]);
  });

  it('absolute-target: 100 % or more; 99 % is fine', () => {
    const t = (p: string) => `Lograr que el ${p} de los estudiantes lea comprensivamente al 2029`;
    expect(codes(checkObjectiveSmart(objective({ text: t('100%') })), 'alcanzable')).toEqual(['absolute-target']);
    expect(codes(checkObjectiveSmart(objective({ text: t('100 por ciento') })), 'alcanzable')).toEqual([
      'absolute-target',
    ]);
    expect(codes(checkObjectiveSmart(objective({ text: t('99,9\u00a0%') })), 'alcanzable')).toEqual([]);
  });

  it('no-priority-link and no-dimension', () => {
    expect(codes(checkObjectiveSmart(objective({ priorityIds: [] })), 'relevante')).toEqual(['no-priority-link']);
    expect(codes(checkObjectiveSmart(objective({ dimension: '' })), 'relevante')).toEqual(['no-dimension']);
    expect(codes(checkObjectiveSmart(objective({ dimension: undefined })), 'relevante')).toEqual(['no-dimension']);
  });

  it('no-deadline when the text has no time expression', () => {
    const text = 'Mejorar las prácticas de evaluación formativa de los docentes de primer ciclo';
    expect(codes(checkObjectiveSmart(objective({ text })), 'temporal')).toEqual(['no-deadline']);
    expect(codes(checkObjectiveSmart(objective({ text: `${text} hacia 2028` })), 'temporal')).toEqual([]);
  });
});

describe('mentionsDeadline', () => {
  it('recognises the documented time expressions, accent-insensitively', () => {
    expect(mentionsDeadline('al 2029')).toBe(true);
    expect(mentionsDeadline('en 3 años')).toBe(true);
    expect(mentionsDeadline('en tres anos')).toBe(true);
    expect(mentionsDeadline('en un año')).toBe(true);
    expect(mentionsDeadline('al término del PME')).toBe(true);
    expect(mentionsDeadline('al termino del periodo')).toBe(true);
    expect(mentionsDeadline('durante el ciclo')).toBe(true);
    expect(mentionsDeadline('en 6 semestres')).toBe(true);
  });
  it('does not take other numbers as deadlines', () => {
    expect(mentionsDeadline('subir 20 puntos')).toBe(false);
    expect(mentionsDeadline('sala 12029')).toBe(false);
    expect(mentionsDeadline('en los años')).toBe(false);
    expect(mentionsDeadline('')).toBe(false);
  });
});
