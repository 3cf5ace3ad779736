// The other areas' documents the evaluation reads, through their old exported readers (their owners
// are moving them to handles): the PME of the year, monitoring, the programme, the diagnosis.
import type * as Y from 'yjs';
import { readPme, type PmeView } from '../pme/read.ts';

/** The PME as of `year` (its reader needs the school and the year). */
export const pmeReader =
  (schoolId: string, year: number) =>
  (doc: Y.Doc): PmeView =>
    readPme(doc, schoolId, year);

export { readMonitoring, type MonitoringView } from '../monitoring/read.ts';
export { readDecisions } from '../monitoring/decisions.ts';
export { readProgramme, type ProgrammeView } from '../programme/read.ts';
export { readDiagnosisSources } from './survey.ts';
