// The monitoring document's functions at their old path, for the areas and tests that still import
// them; the code lives in `src/data/docs/monitoring/` (one module per root) and screens use its handle.
export { ClosedCycleError } from './docs/monitoring/roots.ts';
export { putPlanEntry, setPlanYear } from './docs/monitoring/plan.ts';
export { putCycle, storeClosedCycle } from './docs/monitoring/cycles.ts';
export { deleteRecord, putRecord, recordKeyOf, setMedio } from './docs/monitoring/records.ts';
export type { DeletedRecord, RecordDraft, RecordFields } from './docs/monitoring/records.ts';
export { correctMeasurement, deleteMeasurement, putMeasurement } from './docs/monitoring/measurements.ts';
export { putInstrument, putInstrumentAnswer } from './docs/monitoring/instruments.ts';
export { readMonitoring, type MonitoringView } from './docs/monitoring/read.ts';
