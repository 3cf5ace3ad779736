// The diagnosis documents for other features (the dossier): no screens, no styles.
export { gatherDiagnosisReportInput } from './useDiagnosisReport.ts';
export { renderDiagnosisPdf } from './renderPdf.ts';
