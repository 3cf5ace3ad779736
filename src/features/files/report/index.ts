// The XLSX writer for document makers that run outside the screens (the dossier, benchmarks).
export { buildXlsx } from '../xlsx.ts';
