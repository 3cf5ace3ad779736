// The paper grid's rows: the group's paper responses, oldest first, then the empty form being typed.
import type { Instrument, Response, StakeholderGroup } from '../../../domain/diagnosis/model.ts';

export interface Row {
  id: string;
  response: Response | undefined;
  /** Item ids this row can answer (those of its own instrument version). */
  allowed: Set<string>;
}

export const cellKey = (rowId: string, col: number) => `${rowId}:${col}`;

/** The draft row keeps its place at the end once its response is started (with its first answer). */
export function paperRows(
  responses: readonly Response[],
  instruments: readonly Instrument[],
  group: StakeholderGroup,
  draftId: string,
  ownIds: Set<string>,
): Row[] {
  const paper = responses
    .filter((r) => r.mode === 'paper' && r.group === group && r.id !== draftId)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id));
  const draftResponse = responses.find((r) => r.id === draftId);
  if (draftResponse) paper.push(draftResponse);
  const out: Row[] = paper.map((r) => {
    const own = instruments.find((i) => i.id === r.instrumentId && i.version === r.instrumentVersion);
    return { id: r.id, response: r, allowed: own ? new Set(own.items.map((i) => i.id)) : new Set<string>() };
  });
  if (!draftResponse) out.push({ id: draftId, response: undefined, allowed: ownIds });
  return out;
}

/** Where an arrow key moves from a cell (row and column deltas); null for any other key. */
export function arrowMove(key: string): [number, number] | null {
  switch (key) {
    case 'ArrowLeft':
      return [0, -1];
    case 'ArrowRight':
      return [0, 1];
    case 'ArrowUp':
      return [-1, 0];
    case 'ArrowDown':
      return [1, 0];
    default:
      return null;
  }
}
