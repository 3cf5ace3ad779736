// Evaluation of the PME and close of the advisory (issue 8): pure domain. Features import from here.
export * from './decisions.ts';
export * from './templates.ts';
export * from './compliance.ts';
export * from './goals.ts';
export * from './objectives.ts';
export * from './impact.ts';
export * from './projective.ts';
export * from './sha256.ts';
export * from './canonicalJson.ts';
export * from './acta.ts';
export * from './close.ts';
export * from './satisfaction.ts';
export * from './dossier.ts';
export * from './figures.ts';
