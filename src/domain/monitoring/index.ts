// Monitoring of the PME (issue 7): pure domain. Features import from here.
export * from './levels.ts';
export * from './instruments.ts';
export * from './templates.ts';
export * from './plan.ts';
export * from './records.ts';
export * from './cycles.ts';
export * from './compare.ts';
export * from './indicators.ts';
export * from './budget.ts';
export * from './alerts.ts';
export * from './dashboard.ts';
