import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { digestRow } from '../../domain/programme/digest.ts';
import { NO_EVIDENCE } from '../../domain/programme/evidenceDigest.ts';
import type { PortfolioRow } from '../../domain/programme/portfolio.ts';
import { useWorkspace } from '../session/index.ts';
import { readPortfolioDigests, type PortfolioDigests } from '../../data/portfolioDigests.ts';
import { localIsoDate, localTime } from '../../domain/shared/localDates.ts';

/**
 * Per school, its programme's figures for today (from the digests the workspace keeps in Dexie); its late
 * deliverables counted as the asesoría's checklist counts them, the app's evidence included (PFE-1).
 */
export function usePortfolio(): Map<string, PortfolioRow> | undefined {
  const workspace = useWorkspace();
  const digests = useLiveQuery(() => readPortfolioDigests(workspace.db), [workspace]);
  const now = new Date();
  const today = localIsoDate(now);
  const time = localTime(now);
  // Computed again when the digests or the minute change, not at every render of the list.
  return useMemo(() => (digests ? portfolioRows(digests, today, time) : undefined), [digests, today, time]);
}

function portfolioRows(digests: PortfolioDigests, today: string, time: string): Map<string, PortfolioRow> {
  const out = new Map<string, PortfolioRow>();
  for (const r of digests.programmes) {
    const row = digestRow(r.digest, digests.evidence.get(r.schoolId) ?? NO_EVIDENCE, today, time);
    if (row) out.set(r.schoolId, row);
    else console.error(`programme digest of school ${r.schoolId} is not valid; ignored`);
  }
  return out;
}
