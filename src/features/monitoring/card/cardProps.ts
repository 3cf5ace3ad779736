import type { PmeAction } from '../../../domain/pme/model.ts';
import type { MonitoringRecord } from '../../../domain/monitoring/records.ts';
import type { MonitoringHandle } from '../../../data/docs/monitoring/index.ts';

/** What every part of an action's card reads: the acting user's record verbs, the action, and its record. */
export interface CardPartProps {
  records: MonitoringHandle['records'];
  action: PmeAction;
  cycleId: string;
  /** The record the card shows (the live one, or a closed corte's frozen one); null: none yet. */
  record: MonitoringRecord | null;
  readOnly: boolean;
  /** The card's test id prefix, `monitor-<index>`. */
  tid: string;
}
