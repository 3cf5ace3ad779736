// The other features' document makers the dossier reuses (never copies), through their report/index.ts.
export { gatherDiagnosisReportInput, renderDiagnosisPdf } from '../../diagnosis/report/index.ts';
export { renderPmePdf } from '../../pme/report/index.ts';
export { computeDashboard, effectiveData, renderMonitoringPdf } from '../../monitoring/report/index.ts';
export type { EffectiveData } from '../../monitoring/report/index.ts';
export { renderActaPdf, renderHoursReportPdf } from '../../programme/report/index.ts';
export { buildWorkbook } from '../../files/report/index.ts';
