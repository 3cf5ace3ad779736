import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { programmeHandle, type ProgrammeHandle } from '../../data/docs/programme/index.ts';
import { useHandle } from '../session/index.ts';

/** The school's programme handle (null while the document loads from the device). */
export function useProgramme(schoolId: SchoolId): ProgrammeHandle | null {
  return useHandle(schoolId, 'programme', programmeHandle);
}
