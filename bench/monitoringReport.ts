// monitoring.reportPdf.ms: median time (5 runs, after a warm-up) to build the Informe de Monitoreo
// of the last of 4 cortes — dashboard figures, report content, and the PDF bytes with its charts and
// tables — for a plan of 40 actions and 20 indicators (bench/pmeData.ts), each action recorded in
// every corte and each indicator measured in every corte. Data follow from indexes only. In Node.
import { cycleDashboard } from '../src/domain/monitoring/dashboard.ts';
import type { MonitoringCycle } from '../src/domain/monitoring/cycles.ts';
import { IMPLEMENTATION_LEVELS } from '../src/domain/monitoring/levels.ts';
import type { IndicatorMeasurement, MonitoringRecord } from '../src/domain/monitoring/records.ts';
import { monitoringReportContent } from '../src/domain/monitoring/report/content.ts';
import { emptyFunding, type PmePlan } from '../src/domain/pme/model.ts';
import { pesos } from '../src/domain/shared/money.ts';
import { renderMonitoringPdf } from '../src/features/monitoring/report/renderReport.ts';
import { BENCH_SCHOOL, BENCH_YEAR, buildFullPlan } from './pmeData.ts';
import type { BenchResult } from './types.ts';

const RUNS = 5;

interface MonitoringBenchData {
  pme: PmePlan;
  cycles: MonitoringCycle[];
  records: MonitoringRecord[];
  measurements: IndicatorMeasurement[];
}

/** `recorders`: who records each action in each corte (one record per person). */
export function buildMonitoringData(recorders: readonly string[] = ['Jefa de UTP']): MonitoringBenchData {
  const pme = buildFullPlan();
  const y = BENCH_YEAR;
  const cycles: MonitoringCycle[] = [
    { id: 'c1', year: y, name: 'Corte 1', start: `${y}-03-01`, end: `${y}-04-30` },
    { id: 'c2', year: y, name: 'Corte 2', start: `${y}-05-01`, end: `${y}-06-30` },
    { id: 'c3', year: y, name: 'Corte 3', start: `${y}-08-01`, end: `${y}-09-30` },
    { id: 'c4', year: y, name: 'Corte 4', start: `${y}-10-01`, end: `${y}-12-15` },
  ];
  const records: MonitoringRecord[] = [];
  const measurements: IndicatorMeasurement[] = [];
  cycles.forEach((c, ci) => {
    pme.actions.forEach((a, ai) =>
      recorders.forEach((who, ri) => {
        const level = IMPLEMENTATION_LEVELS[(ai + ci + ri) % IMPLEMENTATION_LEVELS.length]!;
        records.push({
          id: recorders.length > 1 ? `${a.id}|${c.id}|${who}` : `${a.id}|${c.id}`,
          actionId: a.id,
          cycleId: c.id,
          level: level.code,
          progress: level.min,
          executed: { ...emptyFunding(), sep: pesos(Math.floor((a.financiamiento.sep * (ci + 1)) / 5)) },
          medios: a.mediosVerificacion.slice(0, 1).map((text) => ({ index: 0, text, attachments: [] })),
          observaciones: `Observación del corte ${ci + 1} sobre la acción ${ai + 1}: avance según lo planificado, con ajustes menores.`,
          dificultades: '',
          ajustes: '',
          instrumentRecordId: null,
          recordedAt: `${c.end}T10:00:00Z`,
          recordedBy: who,
        });
      }),
    );
    pme.goals.forEach((g, gi) =>
      measurements.push({
        id: `${g.id}|${c.id}`,
        goalId: g.id,
        value: 40 + gi + ci * 5,
        date: c.end,
        source: 'SIGE',
        cycleId: c.id,
        recordedBy: 'Jefa de UTP',
      }),
    );
  });
  return { pme, cycles, records, measurements };
}

export async function benchMonitoringReport(): Promise<BenchResult[]> {
  const { pme, cycles, records, measurements } = buildMonitoringData();
  const cycle = cycles[3]!;
  const today = `${BENCH_YEAR}-12-20`;
  const render = () => {
    const dashboard = cycleDashboard({ pme, cycles, cycleId: cycle.id, records, measurements, today });
    const content = monitoringReportContent({
      school: BENCH_SCHOOL,
      pme,
      cycle,
      cycles,
      dashboard,
      records,
      decisions: 'Reforzar el acompañamiento docente en «lectura compartida».',
      date: today,
    });
    return renderMonitoringPdf(content);
  };
  if (render().byteLength === 0) throw new Error('empty PDF'); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    render();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return [{ id: 'monitoring.reportPdf.ms', value: Math.round(samples[Math.floor(RUNS / 2)]! * 100) / 100, unit: 'ms' }];
}
