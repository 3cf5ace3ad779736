// The paper grid's rows and their responses: the empty last row's response is started with its
// first answer (and a new empty row appears); typing in another row completes the previous one.
import { useMemo, useRef, useState } from 'react';
import type { Instrument, Response, StakeholderGroup } from '../../../domain/diagnosis/model.ts';
import type { SurveyHandle } from '../../../data/docs/diagnosis/index.ts';
import { paperRows, type Row } from './rows.ts';
import type { Column } from './PaperRow.tsx';
import { newId } from '../../../data/ids.ts';

export interface PaperGridProps {
  survey: SurveyHandle;
  instrument: Instrument;
  instruments: Instrument[];
  responses: Response[];
  group: StakeholderGroup;
}

export function usePaperRows({ survey, instrument, instruments, responses, group }: PaperGridProps) {
  const [draftId, setDraftId] = useState(newId);
  const lastRow = useRef<string | null>(null);
  const columns: Column[] = useMemo(() => instrument.items.map((item, i) => ({ item, number: i + 1 })), [instrument]);
  const ownIds = useMemo(() => new Set(instrument.items.map((i) => i.id)), [instrument]);
  const rows = useMemo(
    () => paperRows(responses, instruments, group, draftId, ownIds),
    [responses, group, draftId, instruments, ownIds],
  );

  const complete = (rowId: string | null) => {
    if (!rowId) return;
    const r = responses.find((x) => x.id === rowId);
    if (r && r.completedAt === null) survey.completeResponse(r.id);
  };

  /** The response behind a row, started (for the empty last row) at its first answer; remembered as the last typed. */
  const ensureResponse = (row: Row): string => {
    if (!row.response) {
      if (lastRow.current && lastRow.current !== row.id) complete(lastRow.current);
      const { id: instrumentId, version: instrumentVersion } = instrument;
      survey.startResponse({ id: row.id, instrumentId, instrumentVersion, group, mode: 'paper' });
      setDraftId(newId());
    }
    lastRow.current = row.id;
    return row.id;
  };

  /** Completes the last row typed in (before the cursor goes to the empty form). */
  const completeLastTyped = () => complete(lastRow.current);

  return { columns, rows, complete, ensureResponse, completeLastTyped };
}
