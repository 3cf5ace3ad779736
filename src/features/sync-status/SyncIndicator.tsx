import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { summarize, syncStore } from '../../sync/syncStore.ts';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { DENIAL_MESSAGES, OUTDATED_APP, summaryText } from './messages.ts';

/** Always visible in the header: the state of every document of the user. */
export function SyncIndicator() {
  const summary = useStore(
    syncStore,
    useShallow((s) => summarize(s)),
  );
  const outdated = useStore(syncStore, (s) => s.outdated === true);
  return (
    <div
      className={`sync-indicator sync-${summary.kind}`}
      role="status"
      aria-live="polite"
      data-testid="sync-indicator"
      data-kind={summary.kind}
    >
      <span className="sync-dot" aria-hidden="true" />
      {summaryText(summary)}
      {outdated && (
        <span className="sync-outdated" role="alert" data-testid="sync-outdated">
          {OUTDATED_APP}
        </span>
      )}
    </div>
  );
}

/** The same, for one school (lists and the school's page). */
export function SchoolSyncBadge({ schoolId, detailed = false }: { schoolId: SchoolId; detailed?: boolean }) {
  const summary = useStore(
    syncStore,
    useShallow((s) => summarize(s, schoolId)),
  );
  return (
    <span className={`sync-badge sync-${summary.kind}`} data-testid="school-sync" data-kind={summary.kind}>
      {summaryText(summary)}
      {detailed && summary.denied && <span className="sync-denied">{DENIAL_MESSAGES[summary.denied]}</span>}
    </span>
  );
}
