import { describe, expect, it } from 'vitest';
import { cycleDashboard } from '../../../../src/domain/monitoring/dashboard.ts';
import { monitoringReportContent } from '../../../../src/domain/monitoring/report/content.ts';
import {
  MONITORING_DETAIL_COLUMNS,
  MONITORING_EXPORT_COLUMNS,
  monitoringDetailRows,
  monitoringRows,
  monitoringSheets,
} from '../../../../src/domain/monitoring/export/rows.ts';
import { toCsv } from '../../../../src/domain/export/csv.ts';
import { buildPlan, SCHOOL, SCHOOL_IDS } from '../pme/planFixture.ts';
import { CYCLES, PHOTO, ZERO, measurement, record } from './fixtures.ts';

const pme = buildPlan();
const records = [
  record({
    id: 'r1',
    actionId: 'a1',
    level: 'avanzada',
    progress: 80,
    executed: { ...ZERO, sep: 1_000_000, pie: 25_000 },
    medios: [{ index: 0, text: 'Listas de asistencia', attachments: [PHOTO, PHOTO] }],
    observaciones: 'Buen avance; falta 2° básico',
  }),
  record({ id: 'r2', actionId: 'a3', level: 'no-efectuada', progress: 0 }),
  record({
    id: 'r3',
    actionId: 'a1',
    cycleId: 'c2',
    level: 'completa',
    progress: 100,
    medios: [{ index: 1, text: 'Registro fotográfico', attachments: [] }],
  }),
];

describe('Informe de Monitoreo content', () => {
  const cycle = CYCLES[0]!;
  const dashboard = cycleDashboard({
    pme,
    cycles: CYCLES,
    cycleId: 'c1',
    records,
    measurements: [measurement({ value: 55 })],
    today: '2026-06-15',
  });
  const c = monitoringReportContent({
    school: SCHOOL,
    pme,
    cycle,
    cycles: CYCLES,
    dashboard,
    records,
    decisions: '  Reforzar 2° básico. ',
    date: '2026-06-15',
  });

  it('cover and summary', () => {
    expect([c.title, c.subtitle, c.rbd, c.date, c.closed]).toEqual([
      'Informe de Monitoreo',
      'Corte 1 · 01-03-2026 al 31-05-2026 · Plan anual 2026',
      '7423-3',
      '15-06-2026',
      null,
    ]);
    expect(c.summary[1]).toEqual({ label: 'Acciones monitoreadas en el corte', value: '2 de 5' });
    expect(c.summary[3]?.value).toBe('$ 1.025.000 de $ 4.875.500 (21,0\u00a0%)');
    expect(c.decisions).toBe('Reforzar 2° básico.');
  });

  it('actions table in document order with nivel, avance and evidence', () => {
    expect(c.actions.map((a) => [a.actionId, a.nivel, a.avance, a.evidencias, a.ejecutado])).toEqual([
      ['a3', 'Implementación no efectuada: 0%', '0\u00a0%', '0 de 1 medios · 0 archivos', '$ 0'],
      ['a2', 'Sin registro', '—', '—', '—'],
      ['a1', 'Implementación avanzada: 75% a 99%', '80\u00a0%', '1 de 2 medios · 2 archivos', '$ 1.025.000'],
      ['a4', 'Sin registro', '—', '—', '—'],
      ['a5', 'Sin registro', '—', '—', '—'],
    ]);
  });

  it('indicators, budget (SEP first, then total) and alerts as text', () => {
    expect(c.indicators[0]).toMatchObject({
      goalId: 'g1',
      lineaBase: '37,5',
      meta: 'Meta 2026: 60',
      valor: '55 (30-05-2026)',
      estado: 'En camino',
    });
    expect(c.budget[0]).toEqual({
      source: 'sep',
      fuente: 'SEP',
      planificado: '$ 4.250.000',
      ejecutado: '$ 1.000.000',
      porcentaje: '23,5\u00a0%',
    });
    expect(c.budget.at(-1)?.fuente).toBe('Total');
    expect(c.alerts).toEqual([
      {
        title: 'Corte de monitoreo vencido con acciones sin registrar',
        text: 'El corte «Corte 1» venció el 31-05-2026 con 3 acciones sin registro.',
      },
      // a1 plans no PIE and executed $ 25.000 of it (AL-5).
      {
        title: 'Monto ejecutado sin monto planificado',
        text: '«Talleres de lectura compartida en 1° y 2° básico» · PIE: ejecutado $ 25.000 sin monto planificado.',
      },
    ]);
  });
});

describe('export rows', () => {
  const input = { school: SCHOOL_IDS, pme, cycles: CYCLES, records };
  const named = (headers: readonly string[], row: readonly unknown[]) =>
    Object.fromEntries(headers.map((h, i) => [h, row[i]]));

  it('MX-3 detail: one row per record, cells matching the Spanish headers', () => {
    const rows = monitoringDetailRows(input);
    expect(MONITORING_DETAIL_COLUMNS.slice(14, 25)).toEqual([
      'Nivel de implementación',
      '% de avance',
      'Ejecutado SEP',
      'Ejecutado PIE',
      'Ejecutado Subvención General',
      'Ejecutado Mantenimiento',
      'Ejecutado FAEP / otros fondos',
      'Ejecutado Aporte del sostenedor',
      'Ejecutado Otro',
      'Ejecutado total',
      'Medios de verificación verificados',
    ]);
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r).toHaveLength(MONITORING_DETAIL_COLUMNS.length);
    expect(named(MONITORING_DETAIL_COLUMNS, rows[1]!)).toMatchObject({
      AGNO: 2026,
      RBD: 7423,
      DGV_RBD: '3',
      NOM_RBD: 'Escuela Básica Ñuñoa',
      COD_COM_RBD: 13120,
      NOM_COM_RBD: 'ÑUÑOA',
      COD_DEPE: 2,
      RURAL_RBD: 0,
      Corte: 'Corte 1',
      Dimensión: 'Gestión Pedagógica',
      'Nombre de la acción': 'Talleres de lectura compartida en 1° y 2° básico',
      'Nivel de implementación': 'Implementación avanzada: 75% a 99%',
      '% de avance': 80,
      'Ejecutado SEP': 1_000_000,
      'Ejecutado PIE': 25_000,
      'Ejecutado total': 1_025_000,
      'Medios de verificación verificados': 'Listas de asistencia',
      'Evidencias adjuntas': 2,
      Observaciones: 'Buen avance; falta 2° básico',
      'Fecha de registro': { kind: 'date', iso: '2026-05-20' },
      'Id registro': 'r1',
    });
    expect(rows.map((r) => r.at(-1))).toEqual(['r2', 'r1', 'r3']);
    expect(toCsv(rows, MONITORING_DETAIL_COLUMNS)).toContain('"Buen avance; falta 2° básico"');
  });

  it("MX-3: one row per action of the year and corte, from the corte's effective record, with its description", () => {
    const later = record({
      id: 'r9',
      actionId: 'a1',
      level: 'adecuada',
      progress: 70,
      recordedAt: '2026-05-28T15:00:00Z',
    });
    const rows = monitoringRows({ ...input, records: [...records, later] });
    const actions = pme.actions.filter((a) => a.year === 2026);
    expect(rows).toHaveLength(actions.length * CYCLES.length);
    for (const r of rows) expect(r).toHaveLength(MONITORING_EXPORT_COLUMNS.length);
    const byKey = new Map(rows.map((r) => [`${r[8]}|${r[10]}`, named(MONITORING_EXPORT_COLUMNS, r)]));
    const a1 = pme.actions.find((a) => a.id === 'a1')!;
    expect(byKey.get(`Corte 1|${a1.nombre}`)).toMatchObject({
      'Descripción de la acción': a1.descripcion,
      'Nivel de implementación': 'Implementación adecuada: 50% a 74%',
      '% de avance': 70,
      'Registros en el corte': 2,
    });
    expect(byKey.get(`Corte 2|${a1.nombre}`)).toMatchObject({ '% de avance': 100, 'Registros en el corte': 1 });
    const none = byKey.get(`Corte 4|${a1.nombre}`)!;
    expect([none['Nivel de implementación'], none['% de avance'], none['Registros en el corte']]).toEqual(['', '', 0]);
    expect(none['Fecha inicio']).toEqual({ kind: 'date', iso: a1.fechaInicio });
  });

  it('MX-3: the workbook has the per-action sheet first, then the per-person detail', () => {
    const sheets = monitoringSheets(input, 2026, SCHOOL);
    expect(sheets.map((s) => [s.name, s.headers])).toEqual([
      ['Monitoreo 2026', MONITORING_EXPORT_COLUMNS],
      ['Detalle por persona', MONITORING_DETAIL_COLUMNS],
      ['Identificación', ['Dato', 'Valor']],
    ]);
    expect(sheets[1]!.rows).toEqual(monitoringDetailRows(input));
  });
});
