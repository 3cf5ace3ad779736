// The programme documents for other features (the dossier): no screens, no styles.
export { renderActaPdf } from './renderActa.ts';
export { renderHoursReportPdf } from './renderHoursReport.ts';
