// The monitoring documents for other features (the dossier) and for benchmarks: no screens, no styles.
export { computeDashboard } from '../dashboardData.ts';
export { effectiveData, type EffectiveData } from '../frozen.ts';
export { renderMonitoringPdf } from './renderReport.ts';
