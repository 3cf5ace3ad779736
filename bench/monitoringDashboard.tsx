// monitoring.dashboard.ms: the Seguimiento dashboard of the last of 4 closed cortes, for a plan of 40
// actions and 20 indicators (bench/pmeData.ts), each action recorded in every corte by two people and
// each indicator measured in every corte: figures computed (from the frozen snapshots) and the
// dashboard rendered to HTML with React. Median of 7 runs after a warm-up, in Node.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { closeCycle, type MonitoringCycle } from '../src/domain/monitoring/cycles.ts';
import { IMPLEMENTATION_LEVELS } from '../src/domain/monitoring/levels.ts';
import type { IndicatorMeasurement, MonitoringRecord } from '../src/domain/monitoring/records.ts';
import { emptyFunding } from '../src/domain/pme/model.ts';
import { pesos } from '../src/domain/pme/money.ts';
import type { MonitoringView } from '../src/data/monitoringDoc.ts';
import { DashboardTab } from '../src/features/monitoring/DashboardTab.tsx';
import { BENCH_YEAR, buildFullPlan } from './pmeData.ts';
import type { BenchResult } from './types.ts';

const RUNS = 7;

export function buildMonitoringView(): { view: MonitoringView; cycles: MonitoringCycle[] } {
  const pme = buildFullPlan();
  const y = BENCH_YEAR;
  const open: MonitoringCycle[] = [
    { id: 'c1', year: y, name: 'Corte 1', start: `${y}-03-01`, end: `${y}-04-30` },
    { id: 'c2', year: y, name: 'Corte 2', start: `${y}-05-01`, end: `${y}-06-30` },
    { id: 'c3', year: y, name: 'Corte 3', start: `${y}-08-01`, end: `${y}-09-30` },
    { id: 'c4', year: y, name: 'Corte 4', start: `${y}-10-01`, end: `${y}-12-15` },
  ];
  const records: MonitoringRecord[] = [];
  const measurements: IndicatorMeasurement[] = [];
  open.forEach((c, ci) => {
    pme.actions.forEach((a, ai) => {
      for (const who of ['Directora', 'Jefe UTP']) {
        const level = IMPLEMENTATION_LEVELS[(ai + ci + who.length) % IMPLEMENTATION_LEVELS.length]!;
        records.push({
          id: `${a.id}|${c.id}|${who}`, actionId: a.id, cycleId: c.id, level: level.code, progress: level.min,
          executed: { ...emptyFunding(), sep: pesos(Math.floor(a.financiamiento.sep * (ci + 1) / 5)) },
          medios: a.mediosVerificacion.slice(0, 1).map((text) => ({ index: 0, text, attachments: [] })),
          observaciones: 'Observación', dificultades: '', ajustes: '', instrumentRecordId: null, recordedAt: `${c.end}T10:00:00Z`, recordedBy: who,
        });
      }
    });
    pme.goals.forEach((g, gi) => measurements.push({ id: `${g.id}|${c.id}`, goalId: g.id, value: 40 + gi + ci * 5, date: c.end, source: 'SIGE', cycleId: c.id, recordedBy: 'Ana' }));
  });
  const snapshots = open.map((c) => {
    const r = closeCycle(c, records.filter((x) => x.cycleId === c.id), measurements.filter((m) => m.cycleId === c.id), `${c.end}T20:00:00Z`, 'Ana');
    if (!r.ok) throw new Error('close failed');
    return r.snapshot;
  });
  const cycles = snapshots.map((s) => s.cycle);
  const view: MonitoringView = { plans: [], cycles, snapshots, records, measurements, instruments: [], instrumentRecords: [], invalid: [] };
  return { view, cycles };
}

export async function benchMonitoringDashboard(): Promise<BenchResult[]> {
  const { view, cycles } = buildMonitoringView();
  const pme = buildFullPlan();
  const render = () => renderToString(createElement(DashboardTab, { view, pme, cycle: cycles[3]! }));
  if (!render().includes('Implementación completa')) throw new Error('dashboard did not render');
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    render();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return [{ id: 'monitoring.dashboard.ms', value: Math.round(samples[Math.floor(RUNS / 2)]! * 100) / 100, unit: 'ms' }];
}
