// FT-5: the author's own record of an action that reached its corte after it was closed (typed
// offline meanwhile). The card shows the frozen corte, so without this the person saw what they typed
// vanish; it is kept, and said so here with what it holds.
import { levelInfo } from '../../../domain/monitoring/levels.ts';
import type { MonitoringRecord } from '../../../domain/monitoring/records.ts';
import { formatLocalTimestamp } from '../../../domain/shared/localDates.ts';
import { formatPercent } from '../../../domain/shared/numbers.ts';

export function LateRecordNotice({ record, tid }: { record: MonitoringRecord | null; tid: string }) {
  if (!record) return null;
  const notes = [record.observaciones, record.dificultades, record.ajustes].map((t) => t.trim()).filter(Boolean);
  return (
    <p className="banner warning" role="status" data-testid={`${tid}-late`}>
      Su registro llegó después del cierre del corte: se conserva, pero no cambia sus cifras. Registrado el{' '}
      {formatLocalTimestamp(record.recordedAt)}: {levelInfo(record.level).label} · {formatPercent(record.progress, 0)}
      {notes.length > 0 && ` · ${notes.join(' · ')}`}
    </p>
  );
}
