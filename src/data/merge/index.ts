export { attachMerge } from './attach.ts';
export { MERGE_EDIT } from './origin.ts';
export { listConflicts, resolveConflict, type Conflict, type ConflictChoice } from './conflicts.ts';
