// The reports module: the writers of the files the app produces (the XLSX writer and the PDF page
// layout), free of screens, storage and sync, so screens, the dossier and benchmarks in Node share
// them. It sits on the domain only (tests/unit/architecture.test.ts).
export { buildWorkbook } from './xlsx.ts';
export * from './pdf/index.ts';
