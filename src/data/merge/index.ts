export { attachMerge, reconcileAllTexts, type MergeOptions } from './attach.ts';
export { MERGE_EDIT } from './origin.ts';
export { listConflicts, resolveConflict, resolutionOf, type Conflict, type ConflictChoice } from './conflicts.ts';
export type { TypePath } from './paths.ts';
