// The PME documents for other features (the dossier): no screens, no styles.
export { renderPmePdf } from './renderPdf.ts';
