import { describe, expect, it } from 'vitest';
import { alertText, monitoringAlerts } from '../../../src/domain/monitoring/alerts.ts';
import { monitoringPlanSchema } from '../../../src/domain/monitoring/plan.ts';
import { buildPlan } from '../pme/planFixture.ts';
import { CYCLES, PHOTO, record } from './fixtures.ts';

// 2026 actions: a5 (05-04 → 10-30), a1 (04-01 → 11-30), a2 (03-16 → 12-04), a3 (03-02 → 12-18), a4 (04-13 → 11-20).
const actions = buildPlan().actions.filter((a) => a.year === 2026);
const all = (r: Parameters<typeof record>[0]) => record(r);
const fullC1 = actions.map((a, i) => all({ id: `c1-${a.id}`, actionId: a.id, cycleId: 'c1', level: 'parcial', progress: 30 + i }));

describe('alerts', () => {
  it('AL-3: a passed cycle lists the due actions without a record; the current cycle does not', () => {
    const alerts = monitoringAlerts({ actions, cycles: CYCLES, records: fullC1.filter((r) => r.actionId !== 'a4'), today: '2026-06-10' });
    expect(alerts).toEqual([{ code: 'corte-sin-registro', actionId: null, cycleId: 'c1', actionIds: ['a4'], recordIds: [] }]);
  });

  it('AL-3 follows the monitoring plan when it has an entry (semestral: not due in c1)', () => {
    const plan = monitoringPlanSchema.parse({
      year: 2026, yearStart: '2026-03-01', yearEnd: '2026-12-20',
      entries: [{ id: 'e', target: { kind: 'action', actionId: 'a4' }, cargo: 'Encargada', frequency: 'semestral', instrumentId: null, dataSource: '' }],
    });
    const recs = fullC1.filter((r) => r.actionId !== 'a4');
    expect(monitoringAlerts({ actions, cycles: CYCLES, records: recs, plan, today: '2026-06-10' })).toEqual([]);
  });

  it('AL-1: past its end date, not complete (or never recorded); complete is fine', () => {
    const records = [
      ...fullC1,
      all({ id: 'a5-c3', actionId: 'a5', cycleId: 'c3', level: 'avanzada', progress: 90, recordedAt: '2026-11-01T00:00:00Z' }),
      all({ id: 'a1-c3', actionId: 'a1', cycleId: 'c3', level: 'completa', progress: 100, medios: [{ index: 0, text: 'Listas de asistencia', attachments: [PHOTO] }] }),
      all({ id: 'a4-c3', actionId: 'a4', cycleId: 'c3', level: 'completa', progress: 100, medios: [{ index: 1, text: 'Registro fotográfico', attachments: [] }] }),
      all({ id: 'a2-c3', actionId: 'a2', cycleId: 'c3', level: 'avanzada', progress: 80 }),
      all({ id: 'a3-c3', actionId: 'a3', cycleId: 'c3', level: 'avanzada', progress: 80 }),
    ];
    const alerts = monitoringAlerts({ actions, cycles: CYCLES, records, today: '2026-12-01' });
    expect(alerts).toEqual([{ code: 'accion-vencida', actionId: 'a5', cycleId: 'c3', actionIds: ['a5'], recordIds: ['a5-c3'] }, {
      code: 'corte-sin-registro', actionId: null, cycleId: 'c2', actionIds: actions.map((a) => a.id), recordIds: [],
    }]);
    // No record at all: vencida with no record behind it.
    const none = monitoringAlerts({ actions: actions.filter((a) => a.id === 'a5'), cycles: [], records: [], today: '2026-11-01' });
    expect(none).toEqual([{ code: 'accion-vencida', actionId: 'a5', cycleId: null, actionIds: ['a5'], recordIds: [] }]);
    // On its end date itself it is not late yet.
    expect(monitoringAlerts({ actions: actions.filter((a) => a.id === 'a5'), cycles: [], records: [], today: '2026-10-30' })).toEqual([]);
  });

  it('AL-2: complete with no medio ticked; a ticked medio (even without a file) is enough', () => {
    const records = [
      all({ id: 'x1', actionId: 'a1', cycleId: 'c1', level: 'completa', progress: 100 }),
      all({ id: 'x2', actionId: 'a2', cycleId: 'c1', level: 'completa', progress: 100, medios: [{ index: 0, text: 'Listas', attachments: [] }] }),
    ];
    const alerts = monitoringAlerts({ actions: actions.filter((a) => a.id === 'a1' || a.id === 'a2'), cycles: CYCLES, records, today: '2026-05-01' });
    expect(alerts).toEqual([{ code: 'completa-sin-evidencia', actionId: 'a1', cycleId: 'c1', actionIds: ['a1'], recordIds: ['x1'] }]);
  });

  it('has Spanish sentences for each code', () => {
    const name = () => 'Talleres';
    const cyc = () => CYCLES[0];
    expect(alertText({ code: 'accion-vencida', actionId: 'a1', cycleId: null, actionIds: ['a1'], recordIds: [] }, name, cyc)).toBe('«Talleres» terminó su plazo y no registra implementación completa.');
    expect(alertText({ code: 'corte-sin-registro', actionId: null, cycleId: 'c1', actionIds: ['a1', 'a2'], recordIds: [] }, name, cyc)).toBe('El corte «Corte 1» venció el 31-05-2026 con 2 acciones sin registro.');
    expect(alertText({ code: 'completa-sin-evidencia', actionId: 'a1', cycleId: 'c1', actionIds: ['a1'], recordIds: [] }, name, cyc)).toContain('sin medios de verificación');
  });
});
