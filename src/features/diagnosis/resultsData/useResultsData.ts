import type { SchoolId } from '../../../domain/wire/documentNames.ts';
import type { ResultsData, ResultsHandle } from '../../../data/docs/diagnosis/index.ts';
import { useView } from '../../session/index.ts';
import { useDiagnosis } from '../useSurvey.ts';

export type { Keyed } from '../../../data/docs/diagnosis/index.ts';

const EMPTY: ResultsData = { simce: [], idps: [], efficiency: [] };

/** The school's results data (in its diagnosis document) and its handle (null while the document loads). */
export function useResultsData(schoolId: SchoolId): ResultsData & { results: ResultsHandle | null } {
  const results = useDiagnosis(schoolId)?.results ?? null;
  return { ...(useView(results?.view) ?? EMPTY), results };
}
