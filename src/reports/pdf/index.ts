// The PDF page layout shared by every document maker (PME, diagnosis, programme, monitoring, evaluation).
export * from './layout.ts';
