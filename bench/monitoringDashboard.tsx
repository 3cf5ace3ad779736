// monitoring.dashboard.ms: the Seguimiento dashboard of the last of 4 closed cortes, for a plan of 40
// actions and 20 indicators (bench/pmeData.ts), each action recorded in every corte by two people and
// each indicator measured in every corte (the data of bench/monitoringReport.ts): figures computed
// (from the frozen snapshots) and the dashboard rendered to HTML with React. Median of 7 runs after a
// warm-up, in Node.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { closeCycle } from '../src/domain/monitoring/cycles.ts';
import type { MonitoringView } from '../src/data/docs/monitoring/read.ts';
import { DashboardTab } from '../src/features/monitoring/DashboardTab.tsx';
import { buildMonitoringData } from './monitoringReport.ts';
import type { BenchResult } from './types.ts';

const RUNS = 7;

export async function benchMonitoringDashboard(): Promise<BenchResult[]> {
  const { pme, cycles: open, records, measurements } = buildMonitoringData(['Directora', 'Jefe UTP']);
  const snapshots = open.map((c) => {
    const r = closeCycle(
      c,
      records.filter((x) => x.cycleId === c.id),
      measurements.filter((m) => m.cycleId === c.id),
      `${c.end}T20:00:00Z`,
      'Ana',
    );
    if (!r.ok) throw new Error('close failed');
    return r.snapshot;
  });
  const cycles = snapshots.map((s) => s.cycle);
  const view: MonitoringView = {
    plans: [],
    cycles,
    snapshots,
    records,
    measurements,
    measurementEntries: [],
    deletedRecords: [],
    instruments: [],
    instrumentRecords: [],
    invalid: [],
  };
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
