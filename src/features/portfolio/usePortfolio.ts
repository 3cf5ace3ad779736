import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { digestRow } from '../../domain/programme/digest.ts';
import type { PortfolioRow } from '../../domain/programme/portfolio.ts';
import { useWorkspace } from '../session/index.ts';
import type { ProgrammeDigestRow } from '../../data/userDb.ts';
import { localIsoDate, localTime } from '../../domain/shared/localDates.ts';

/** Per school, its programme's figures for today (from the digests the workspace keeps in Dexie). */
export function usePortfolio(): Map<string, PortfolioRow> | undefined {
  const workspace = useWorkspace();
  const rows = useLiveQuery(() => workspace.db.programmeDigests.toArray(), [workspace]);
  const now = new Date();
  const today = localIsoDate(now);
  const time = localTime(now);
  // Computed again when the digests or the minute change, not at every render of the list.
  return useMemo(() => (rows ? portfolioRows(rows, today, time) : undefined), [rows, today, time]);
}

function portfolioRows(rows: readonly ProgrammeDigestRow[], today: string, time: string): Map<string, PortfolioRow> {
  const out = new Map<string, PortfolioRow>();
  for (const r of rows) {
    const row = digestRow(r.digest, today, time);
    if (row) out.set(r.schoolId, row);
    else console.error(`programme digest of school ${r.schoolId} is not valid; ignored`);
  }
  return out;
}
