// The dashboard's rows, read from Dexie only (SD-1): the school index, the programme digests and the
// dashboard digests, in three bulk reads; live, so a digest derived in the background shows at once.
import { useLiveQuery } from 'dexie-react-hooks';
import { readDashboardDigests } from '../../data/dashboardDigests.ts';
import { schoolDashboardRow, type SchoolDashboardRow } from '../../domain/dashboard/row.ts';
import { localIsoDate, localTime } from '../../domain/shared/localDates.ts';
import { useWorkspace } from '../session/index.ts';

export function useDashboardRows(): SchoolDashboardRow[] | undefined {
  const workspace = useWorkspace();
  return useLiveQuery(async () => {
    const [schools, programmes, digests] = await Promise.all([
      workspace.db.schools.toArray(),
      workspace.db.programmeDigests.toArray(),
      readDashboardDigests(workspace.db),
    ]);
    const programmeOf = new Map(programmes.map((p) => [p.schoolId, p.digest]));
    const now = new Date();
    const today = localIsoDate(now);
    const time = localTime(now);
    return schools
      .sort((a, b) => a.rbd - b.rbd)
      .map((s) =>
        schoolDashboardRow({
          school: {
            schoolId: s.schoolId,
            rbd: s.rbd,
            name: s.name,
            comunaCode: s.comunaCode,
            comunaName: s.comunaName,
            dependencia: s.dependencia,
            rural: s.rural ?? null,
          },
          programme: programmeOf.get(s.schoolId) ?? null,
          pme: null,
          monitoring: null,
          evaluation: null,
          ...digests.get(s.schoolId),
          today,
          now: time,
        }),
      );
  }, [workspace]);
}
