import { describe, expect, it } from 'vitest';
import { alertText, monitoringAlerts } from '../../../../src/domain/monitoring/alerts.ts';
import { monitoringPlanSchema } from '../../../../src/domain/monitoring/plan.ts';
import { buildPlan } from '../pme/planFixture.ts';
import { CYCLES, PHOTO, ZERO, record } from './fixtures.ts';

// 2026 actions: a5 (05-04 → 10-30), a1 (04-01 → 11-30), a2 (03-16 → 12-04), a3 (03-02 → 12-18), a4 (04-13 → 11-20).
const actions = buildPlan().actions.filter((a) => a.year === 2026);
const all = (r: Parameters<typeof record>[0]) => record(r);
const fullC1 = actions.map((a, i) =>
  all({ id: `c1-${a.id}`, actionId: a.id, cycleId: 'c1', level: 'parcial', progress: 30 + i }),
);

describe('alerts', () => {
  it('AL-3: a passed cycle lists the due actions without a record; the current cycle does not', () => {
    const alerts = monitoringAlerts({
      actions,
      cycles: CYCLES,
      records: fullC1.filter((r) => r.actionId !== 'a4'),
      today: '2026-06-10',
    });
    expect(alerts).toEqual([
      { code: 'corte-sin-registro', actionId: null, cycleId: 'c1', actionIds: ['a4'], recordIds: [] },
    ]);
  });

  it('AL-3 follows the monitoring plan when it has an entry (semestral: not due in c1)', () => {
    const plan = monitoringPlanSchema.parse({
      year: 2026,
      yearStart: '2026-03-01',
      yearEnd: '2026-12-20',
      entries: [
        {
          id: 'e',
          target: { kind: 'action', actionId: 'a4' },
          cargo: 'Encargada',
          frequency: 'semestral',
          instrumentId: null,
          dataSource: '',
        },
      ],
    });
    const recs = fullC1.filter((r) => r.actionId !== 'a4');
    expect(monitoringAlerts({ actions, cycles: CYCLES, records: recs, plan, today: '2026-06-10' })).toEqual([]);
  });

  it('AL-1: past its end date, not complete (or never recorded); complete is fine', () => {
    const records = [
      ...fullC1,
      all({
        id: 'a5-c3',
        actionId: 'a5',
        cycleId: 'c3',
        level: 'avanzada',
        progress: 90,
        recordedAt: '2026-11-01T00:00:00Z',
      }),
      all({
        id: 'a1-c3',
        actionId: 'a1',
        cycleId: 'c3',
        level: 'completa',
        progress: 100,
        medios: [{ index: 0, text: 'Listas de asistencia', attachments: [PHOTO] }],
      }),
      all({
        id: 'a4-c3',
        actionId: 'a4',
        cycleId: 'c3',
        level: 'completa',
        progress: 100,
        medios: [{ index: 1, text: 'Registro fotográfico', attachments: [] }],
      }),
      all({ id: 'a2-c3', actionId: 'a2', cycleId: 'c3', level: 'avanzada', progress: 80 }),
      all({ id: 'a3-c3', actionId: 'a3', cycleId: 'c3', level: 'avanzada', progress: 80 }),
    ];
    const alerts = monitoringAlerts({ actions, cycles: CYCLES, records, today: '2026-12-01' });
    expect(alerts).toEqual([
      { code: 'accion-vencida', actionId: 'a5', cycleId: 'c3', actionIds: ['a5'], recordIds: ['a5-c3'] },
      {
        code: 'corte-sin-registro',
        actionId: null,
        cycleId: 'c2',
        actionIds: actions.map((a) => a.id),
        recordIds: [],
      },
    ]);
    // No record at all: vencida with no record behind it.
    const none = monitoringAlerts({
      actions: actions.filter((a) => a.id === 'a5'),
      cycles: [],
      records: [],
      today: '2026-11-01',
    });
    expect(none).toEqual([{ code: 'accion-vencida', actionId: 'a5', cycleId: null, actionIds: ['a5'], recordIds: [] }]);
    // On its end date itself it is not late yet.
    expect(
      monitoringAlerts({ actions: actions.filter((a) => a.id === 'a5'), cycles: [], records: [], today: '2026-10-30' }),
    ).toEqual([]);
  });

  it('AL-2: complete with no medio ticked; a ticked medio (even without a file) is enough', () => {
    const records = [
      all({ id: 'x1', actionId: 'a1', cycleId: 'c1', level: 'completa', progress: 100 }),
      all({
        id: 'x2',
        actionId: 'a2',
        cycleId: 'c1',
        level: 'completa',
        progress: 100,
        medios: [{ index: 0, text: 'Listas', attachments: [] }],
      }),
    ];
    const alerts = monitoringAlerts({
      actions: actions.filter((a) => a.id === 'a1' || a.id === 'a2'),
      cycles: CYCLES,
      records,
      today: '2026-05-01',
    });
    expect(alerts).toEqual([
      { code: 'completa-sin-evidencia', actionId: 'a1', cycleId: 'c1', actionIds: ['a1'], recordIds: ['x1'] },
    ]);
  });

  it('has Spanish sentences for each code', () => {
    const name = () => 'Talleres';
    const cyc = () => CYCLES[0];
    expect(
      alertText({ code: 'accion-vencida', actionId: 'a1', cycleId: null, actionIds: ['a1'], recordIds: [] }, name, cyc),
    ).toBe('«Talleres» terminó su plazo y no registra implementación completa.');
    expect(
      alertText(
        { code: 'corte-sin-registro', actionId: null, cycleId: 'c1', actionIds: ['a1', 'a2'], recordIds: [] },
        name,
        cyc,
      ),
    ).toBe('El corte «Corte 1» venció el 31-05-2026 con 2 acciones sin registro.');
    expect(
      alertText(
        { code: 'completa-sin-evidencia', actionId: 'a1', cycleId: 'c1', actionIds: ['a1'], recordIds: [] },
        name,
        cyc,
      ),
    ).toContain('sin medios de verificación');
  });
});

// Planned 2026 (planFixture.ts): SEP a1 1.250.000, a2 2.400.000, a4 600.000 (total 4.250.000);
// PIE a2 350.000; Subvención General a4 95.500; sostenedor a5 180.000; nothing on Mantenimiento.
describe('budget alerts (AL-4, AL-5; RM-4)', () => {
  const exec = (over: Partial<typeof ZERO>) => ({ ...ZERO, ...over });
  const budgetOnly = (records: ReturnType<typeof record>[], cycleId?: string) =>
    monitoringAlerts({ actions, cycles: CYCLES, records, today: '2026-03-01', cycleId }).filter(
      (a) => a.code === 'sobre-ejecucion' || a.code === 'ejecucion-sin-plan',
    );
  const summary = (alerts: ReturnType<typeof budgetOnly>) =>
    alerts.map((a) => [a.code, a.actionId, a.budget?.source, a.budget?.planned, a.budget?.executed, a.budget?.percent]);

  it.each<[string, ReturnType<typeof record>[], unknown[][]]>([
    ['within plan: none', [record({ id: 'x', actionId: 'a1', executed: exec({ sep: 1_250_000 }) })], []],
    ['nothing executed: none', [record({ id: 'x', actionId: 'a1' })], []],
    [
      'SEP of the year at 141,2 %: the source and the actions over their own plan',
      [
        record({ id: 'x1', actionId: 'a1', executed: exec({ sep: 3_000_000 }) }),
        record({ id: 'x2', actionId: 'a2', executed: exec({ sep: 3_000_000 }) }),
      ],
      [
        ['sobre-ejecucion', null, 'sep', 4_250_000, 6_000_000, 141.2],
        ['sobre-ejecucion', 'a1', 'sep', 1_250_000, 3_000_000, 240],
        ['sobre-ejecucion', 'a2', 'sep', 2_400_000, 3_000_000, 125],
      ],
    ],
    [
      'one action over its plan while the source stays within the year: only the action',
      [record({ id: 'x', actionId: 'a4', executed: exec({ sep: 700_000 }) })],
      [['sobre-ejecucion', 'a4', 'sep', 600_000, 700_000, 116.7]],
    ],
    [
      'executed on a source the year does not plan: the source and the action',
      [record({ id: 'x', actionId: 'a1', executed: exec({ mantenimiento: 50_000 }) })],
      [
        ['ejecucion-sin-plan', null, 'mantenimiento', 0, 50_000, null],
        ['ejecucion-sin-plan', 'a1', 'mantenimiento', 0, 50_000, null],
      ],
    ],
    [
      'an action with no planned amount at all that executes money',
      [record({ id: 'x', actionId: 'a3', executed: exec({ sep: 10_000 }) })],
      [['ejecucion-sin-plan', 'a3', 'sep', 0, 10_000, null]],
    ],
  ])('%s', (_title, records, expected) => {
    expect(summary(budgetOnly(records))).toEqual(expected);
  });

  it("reads the corte shown: a later corte's over-execution is not an alert of an earlier corte", () => {
    const records = [
      record({ id: 'x1', actionId: 'a1', cycleId: 'c1', executed: exec({ sep: 1_000_000 }) }),
      record({
        id: 'x2',
        actionId: 'a1',
        cycleId: 'c2',
        executed: exec({ sep: 2_000_000 }),
        recordedAt: '2026-08-01T00:00:00Z',
      }),
    ];
    expect(budgetOnly(records, 'c1')).toEqual([]);
    expect(summary(budgetOnly(records, 'c2'))).toEqual([['sobre-ejecucion', 'a1', 'sep', 1_250_000, 2_000_000, 160]]);
  });

  it("says the figures in Spanish, with the year for a source and the action's name", () => {
    const records = [
      record({ id: 'x1', actionId: 'a1', executed: exec({ sep: 3_000_000, mantenimiento: 50_000 }) }),
      record({ id: 'x2', actionId: 'a2', executed: exec({ sep: 3_000_000 }) }),
    ];
    const name = (id: string) => actions.find((a) => a.id === id)?.nombre ?? id;
    const texts = budgetOnly(records).map((a) => alertText(a, name, () => undefined));
    expect(texts.slice(0, 2)).toEqual([
      'SEP (plan anual 2026): ejecutado $ 6.000.000 de $ 4.250.000 planificados (141,2\u00a0%), $ 1.750.000 por sobre lo planificado.',
      'Mantenimiento (plan anual 2026): ejecutado $ 50.000 sin monto planificado.',
    ]);
    expect(texts).toContain(
      '«Talleres de lectura compartida en 1° y 2° básico» · SEP: ejecutado $ 3.000.000 de $ 1.250.000 planificados (240,0\u00a0%), $ 1.750.000 por sobre lo planificado.',
    );
  });
});
