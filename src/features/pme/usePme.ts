import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { pmeHandle, type PmeHandle } from '../../data/docs/pme/index.ts';
import { NO_DIAGNOSIS_INPUTS, readDiagnosisInputs, type DiagnosisInputs } from '../../data/docs/pme/diagnosisInputs.ts';
import { useDocView, useHandle } from '../session/index.ts';

export type { DiagnosisInputs } from '../../data/docs/pme/diagnosisInputs.ts';

/** The school's PME handle (null while the document loads from the device). */
export function usePmeHandle(schoolId: SchoolId): PmeHandle | null {
  return useHandle(schoolId, 'pme', pmeHandle(schoolId));
}

/** What the PME takes from the diagnosis document: priorities, the PEI's visión and sellos, baselines. */
export function useDiagnosisInputs(schoolId: SchoolId): DiagnosisInputs {
  const { view } = useDocView(schoolId, 'diagnosis', readDiagnosisInputs);
  return view ?? NO_DIAGNOSIS_INPUTS;
}
