// The PME document's content: cover, identity, areas in MGE order with numbered objectives, goals
// and strategies, the year's actions grouped by dimension, budget and SEP check. Expected values
// are computed by hand from planFixture.ts: 2026 totals a1 1.250.000, a2 2.750.000, a3 0,
// a4 695.500, a5 180.000 → 4.875.500; SEP 4.250.000 against 4.000.000 declared.
import { describe, expect, it } from 'vitest';
import { buildPmeReport, formatIndicatorValue } from '../../../../src/domain/pme/report/content.ts';
import { SCHOOL, VERSION, buildPlan } from './planFixture.ts';

const report = buildPmeReport({ school: SCHOOL, plan: buildPlan(), version: VERSION, year: 2026 });

describe('buildPmeReport', () => {
  it('fills the cover and the footer with the version label and its dd-mm-aaaa date', () => {
    expect(report.cover).toEqual({
      title: 'Plan de Mejoramiento Educativo (PME)',
      subtitle: 'Ciclo 2026–2029 · Plan anual 2026',
      school: 'Escuela Básica Ñuñoa',
      rbd: '7423-3',
      identification: [
        ['Establecimiento', 'Escuela Básica Ñuñoa'],
        ['RBD', '7423-3'],
        ['Comuna', 'Ñuñoa'],
        ['Dependencia', 'Municipal DAEM'],
        ['Sostenedor', 'Sin información'],
        ['RUT del sostenedor', 'Sin información'],
        ['Convenio PIE', 'Sin información'],
      ],
      cycle: '2026–2029',
      cycleYears: [2026, 2027, 2028, 2029],
      year: 2026,
      versionLabel: 'PME Versión Final',
      versionDate: '15-07-2026',
    });
    expect(report.footer).toBe('PME Versión Final · 15-07-2026');
  });

  it('shows a date-time as its calendar date (D-1) and a missing dependencia as "Sin información" (IDN-2)', () => {
    const r = buildPmeReport({
      school: { ...SCHOOL, dependencia: undefined, rbd: 7423 },
      plan: buildPlan(),
      version: { label: 'Borrador PME', date: '2026-05-30T12:00:00-04:00' },
      year: 2026,
    });
    expect(r.cover.versionDate).toBe('30-05-2026');
    expect(r.cover.identification).toContainEqual(['Dependencia', 'Sin información']);
    expect(r.cover.rbd).toBe('7423-3');
    expect(r.footer).toBe('Borrador PME · 30-05-2026');
  });

  it('carries the visión and the sellos', () => {
    expect(report.identity.vision).toMatch(/^Ser una comunidad educativa inclusiva/);
    expect(report.identity.sellos).toEqual(['Inclusión', 'Vida saludable']);
  });

  it('lists the four dimensions and the área de resultados in order, objectives numbered in that order', () => {
    expect(report.areas.map((a) => a.label)).toEqual([
      'Liderazgo',
      'Gestión Pedagógica',
      'Formación y Convivencia',
      'Gestión de Recursos',
      'Área de resultados',
    ]);
    expect(report.areas.map((a) => a.objectives.map((o) => o.number))).toEqual([[], ['1'], [], [], ['2']]);
    const [gp, res] = [report.areas[1], report.areas[4]];
    expect(gp?.objectives[0]?.text).toMatch(/^Instalar prácticas de lectura compartida/);
    expect(res?.objectives[0]?.strategies).toEqual([
      { number: '2.1', text: 'Monitoreo trimestral de la comprensión lectora' },
    ]);
  });

  it('gives each goal its indicator, unit, baseline and a target per cycle year', () => {
    const goals = report.areas.flatMap((a) => a.objectives.flatMap((o) => o.goals));
    expect(goals.map((g) => g.number)).toEqual(['1.1', '1.2', '2.1']);
    expect(goals[0]).toMatchObject({
      indicator: '% de cursos con lectura compartida semanal',
      unit: '%',
      baselineValue: '37,5',
      baselineYear: '2025',
      baselineSource: 'Diagnóstico institucional',
      baseline: '37,5 (2025) · Diagnóstico institucional',
      targets: ['60', '90', '—', '—'],
    });
    expect(goals[1]).toMatchObject({
      baseline: '0',
      baselineYear: '—',
      baselineSource: '—',
      targets: ['6', '—', '—', '—'],
    });
    expect(goals[2]).toMatchObject({
      unit: 'puntos',
      baseline: '248 (2024) · SIMCE 2024',
      targets: ['—', '252', '—', '260'],
    });
  });

  it('groups the year’s actions by dimension, ordered by start date, with formatted dates and totals', () => {
    const { actions } = report;
    expect(actions.headers).toEqual([
      'N°',
      'Acción',
      'Descripción',
      'Subdimensiones',
      'Inicio',
      'Término',
      'Responsable',
      'Recursos',
      'Medios de verificación',
      'Financiamiento por fuente',
      'Total',
    ]);
    expect(actions.groups.map((g) => [g.label, g.subtotal])).toEqual([
      ['Liderazgo', '$ 0'],
      ['Gestión Pedagógica', '$ 4.000.000'],
      ['Formación y Convivencia', '$ 875.500'],
    ]);
    expect(actions.groups.flatMap((g) => g.rows.map((r) => `${r[0]} ${r[1]}`))).toEqual([
      '1 Reuniones de análisis de resultados con el equipo de gestión',
      '2 Evaluación trimestral de comprensión lectora',
      '3 Talleres de lectura compartida en 1° y 2° básico',
      '4 Jornadas de convivencia y participación estudiantil',
      '5 Taller «Leer juntos» para apoderados',
    ]);
    expect(actions.groups[1]?.rows[1]).toEqual([
      '3',
      'Talleres de lectura compartida en 1° y 2° básico',
      'Dos talleres mensuales de lectura compartida con apoyo de la biblioteca CRA.',
      'Gestión Curricular; Enseñanza y Aprendizaje en el Aula',
      '01-04-2026',
      '30-11-2026',
      'Jefa de UTP',
      'Libros, proyector, horas de coordinación',
      'Listas de asistencia; Registro fotográfico',
      'SEP: $ 1.250.000',
      '$ 1.250.000',
    ]);
    // Several sources: one line each, in the sources' order; the other fields on the details line.
    expect(actions.groups[1]?.rows[0]?.[9]).toBe('SEP: $ 2.400.000\nPIE: $ 350.000');
    expect(actions.groups[0]?.rows[0]?.[9]).toBe('—');
    expect(actions.groups[1]?.details[1]).toBe(
      'Uso de TIC: Sí · Asesoría técnica ATE: No · Planes normativos: Plan Local de Desarrollo Profesional Docente · Programa asociado: Plan Nacional de Lectura',
    );
    expect(actions.count).toBe(5);
    expect(actions.total).toBe('$ 4.875.500');
  });

  it('sums the budget per source and per dimension and warns when SEP exceeds the declared budget', () => {
    const { budget } = report;
    expect(budget.bySource.rows).toEqual([
      ['SEP', '$ 4.250.000', '87,2\u00a0%'],
      ['PIE', '$ 350.000', '7,2\u00a0%'],
      ['Subvención General', '$ 95.500', '2,0\u00a0%'],
      ['Mantenimiento', '$ 0', '0,0\u00a0%'],
      ['FAEP / otros fondos', '$ 0', '0,0\u00a0%'],
      ['Aporte del sostenedor', '$ 180.000', '3,7\u00a0%'],
      ['Otro', '$ 0', '0,0\u00a0%'],
      ['Total', '$ 4.875.500', '100,0\u00a0%'],
    ]);
    expect(budget.byDimension.rows.map((r) => r.slice(0, 2))).toEqual([
      ['Liderazgo', '$ 0'],
      ['Gestión Pedagógica', '$ 4.000.000'],
      ['Formación y Convivencia', '$ 875.500'],
      ['Gestión de Recursos', '$ 0'],
      ['Total', '$ 4.875.500'],
    ]);
    expect(budget.sep).toEqual({
      declared: '$ 4.000.000',
      actions: '$ 4.250.000',
      exceeded: true,
      warning:
        'El total SEP de las acciones ($ 4.250.000) supera el presupuesto SEP declarado para el año ($ 4.000.000) en $ 250.000.',
      message:
        'El total SEP de las acciones ($ 4.250.000) supera el presupuesto SEP declarado para el año ($ 4.000.000) en $ 250.000.',
    });
  });

  it('says so when SEP is within budget or not declared', () => {
    const within = buildPmeReport({
      school: SCHOOL,
      plan: buildPlan({
        annual: [{ year: 2026, schoolYear: { start: '2026-03-02', end: '2026-12-18' }, declaredSep: 4_250_000 }],
      }),
      version: VERSION,
      year: 2026,
    });
    expect(within.budget.sep.exceeded).toBe(false);
    expect(within.budget.sep.warning).toBeNull();
    expect(within.budget.sep.message).toContain('está dentro del presupuesto SEP declarado');
    const none = buildPmeReport({ school: SCHOOL, plan: buildPlan({ annual: [] }), version: VERSION, year: 2026 });
    expect(none.budget.sep.declared).toBeNull();
    expect(none.budget.sep.message).toBe(
      'No se ha declarado el presupuesto SEP para 2026; el total SEP de las acciones es $ 4.250.000.',
    );
  });

  it('shows only the requested year and is the same whatever the order of the plan’s lists', () => {
    const r2027 = buildPmeReport({ school: SCHOOL, plan: buildPlan(), version: VERSION, year: 2027 });
    expect(r2027.actions.count).toBe(1);
    expect(r2027.actions.total).toBe('$ 999.999');
    expect(r2027.budget.sep.message).toContain('No se ha declarado');
    const plan = buildPlan();
    const shuffled = { ...plan, actions: [...plan.actions].reverse() };
    expect(buildPmeReport({ school: SCHOOL, plan: shuffled, version: VERSION, year: 2026 })).toEqual(report);
  });

  it('formats indicator values with a decimal comma', () => {
    expect([
      formatIndicatorValue(null),
      formatIndicatorValue(12),
      formatIndicatorValue(37.5),
      formatIndicatorValue(2.345),
      formatIndicatorValue(1250),
    ]).toEqual(['—', '12', '37,5', '2,35', '1.250']);
  });
});
