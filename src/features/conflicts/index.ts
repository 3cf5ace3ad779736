export { ConflictPanel } from './ConflictPanel.tsx';
export { useSchoolConflicts } from './useConflicts.ts';
