// The dashboard's rows, read from Dexie only (SD-1): the school index, the programme digests and the
// dashboard digests, in three bulk reads; followed, so a digest derived in the background shows
// soon after (SDP-2). A school's row is computed again only when one of its inputs or the clock's
// minute changed (SDP-1).
import { useEffect, useState } from 'react';
import { followDashboardInputs, type DashboardInputs, type SchoolDigests } from '../../data/dashboardDigests.ts';
import { schoolDashboardRow, type SchoolDashboardRow } from '../../domain/dashboard/row.ts';
import { localIsoDate, localTime } from '../../domain/shared/localDates.ts';
import { useWorkspace } from '../session/index.ts';

interface MemoEntry {
  key: string;
  digests: SchoolDigests | undefined;
  row: SchoolDashboardRow;
}

const NO_DIGESTS: SchoolDigests = { pme: null, monitoring: null, evaluation: null };

/** Rows from inputs, reusing the row of a school whose inputs are the same objects/versions as last time. */
function rowMaker(): (inputs: DashboardInputs) => SchoolDashboardRow[] {
  const memo = new Map<string, MemoEntry>();
  return ({ schools, programmes, digests }) => {
    const programmeOf = new Map(programmes.map((p) => [p.schoolId, p]));
    const now = new Date();
    const today = localIsoDate(now);
    const time = localTime(now);
    return schools
      .sort((a, b) => a.rbd - b.rbd)
      .map((s) => {
        const programme = programmeOf.get(s.schoolId);
        const own = digests.get(s.schoolId);
        const key = `${s.updatedAt}|${programme?.updatedAt ?? '-'}|${today}|${time}`;
        const known = memo.get(s.schoolId);
        if (known && known.key === key && sameDigests(known.digests, own)) return known.row;
        const row = schoolDashboardRow({
          school: {
            schoolId: s.schoolId,
            rbd: s.rbd,
            name: s.name,
            comunaCode: s.comunaCode,
            comunaName: s.comunaName,
            dependencia: s.dependencia,
            rural: s.rural ?? null,
          },
          programme: programme?.digest ?? null,
          ...NO_DIGESTS,
          ...own,
          today,
          now: time,
        });
        memo.set(s.schoolId, { key, digests: own, row });
        return row;
      });
  };
}

const sameDigests = (a: SchoolDigests | undefined, b: SchoolDigests | undefined) =>
  a === b || (!!a && !!b && a.pme === b.pme && a.monitoring === b.monitoring && a.evaluation === b.evaluation);

export function useDashboardRows(): SchoolDashboardRow[] | undefined {
  const workspace = useWorkspace();
  const [rows, setRows] = useState<SchoolDashboardRow[]>();
  useEffect(() => {
    const makeRows = rowMaker();
    return followDashboardInputs(workspace.db, (inputs) => setRows(makeRows(inputs)));
  }, [workspace]);
  return rows;
}
