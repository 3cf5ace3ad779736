// The Informe de Monitoreo is a deliverable of the programme: making it marks it produced there
// (through the programme document's own function, which its area owns).
import { recordProduced } from '../programme/deliverables.ts';
import { LOCAL_EDIT, type Workspace } from '../../workspace.ts';
import { docName, type SchoolId } from '../../../domain/wire/documentNames.ts';

/** Marks the Informe de Monitoreo as produced on `on` (a local calendar date) in the school's programme. */
export async function markMonitoringReportProduced(
  workspace: Workspace,
  schoolId: SchoolId,
  on: string,
): Promise<void> {
  const programme = await workspace.openWritable(docName(schoolId, 'programme'));
  if (programme) recordProduced(programme, 'informe-monitoreo-1', on, LOCAL_EDIT);
}
