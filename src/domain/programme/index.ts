// The advisory programme (issue 5): engagement and monthly plan, session records, hours and
// progress, agreements, deliverables and the advisor's portfolio. Pure: imports only zod and the domain.
export * from './units.ts';
export * from './template.ts';
export * from './engagement.ts';
export * from './team.ts';
export * from './planLayout.ts';
export * from './session.ts';
export * from './hours.ts';
export * from './agreements.ts';
export * from './deliverables.ts';
export * from './portfolio.ts';
export * from './deliverableEvidence.ts';
export * from './monthContents.ts';
