// The XLSX writer and the PDF page layout for document makers, in the screens and outside them
// (the dossier, benchmarks).
export { buildXlsx } from '../xlsx.ts';
export * from '../pdf/index.ts';
