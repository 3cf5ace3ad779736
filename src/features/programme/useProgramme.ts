import type * as Y from 'yjs';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { readProgramme, type ProgrammeView } from '../../data/programmeDoc.ts';
import { useDocView } from '../session/index.ts';

export function useProgramme(schoolId: SchoolId): { doc: Y.Doc | null; view: ProgrammeView | null } {
  return useDocView(schoolId, 'programme', readProgramme);
}



export const newId = () => crypto.randomUUID();
