// Cortes de monitoreo of a year: added, listed, and closed (frozen, dated, read-only) after a
// confirmation that shows what the corte freezes.
import { useState } from 'react';
import { formatIsoDate } from '../../domain/shared/localDates.ts';
import { formatCalendarDate } from '../../domain/shared/localDates.ts';
import { isClosed, type MonitoringCycle } from '../../domain/monitoring/cycles.ts';
import type { MonitoringHandle, MonitoringView } from '../../data/docs/monitoring/index.ts';
import { CloseCycleConfirm } from './cycles/CloseCycleConfirm.tsx';
import { NewCycleForm } from './cycles/NewCycleForm.tsx';

interface Props {
  handle: MonitoringHandle;
  view: MonitoringView;
  year: number;
}

export function CyclesSection({ handle, view, year }: Props) {
  const cycles = view.cycles.filter((c) => c.year === year);
  const [closing, setClosing] = useState<MonitoringCycle | null>(null);
  const close = (c: MonitoringCycle) => {
    handle.cycles.close(c.id);
    setClosing(null);
  };
  return (
    <section>
      <h3>Cortes de monitoreo {year}</h3>
      <ul data-testid="cycles">
        {cycles.map((c) => (
          <li key={c.id}>
            <strong>{c.name}</strong> · {formatIsoDate(c.start)} a {formatIsoDate(c.end)}{' '}
            {isClosed(c) ? (
              <span className="muted">
                · cerrado el {formatCalendarDate(c.closedAt!)} por {c.closedBy}
              </span>
            ) : (
              <button type="button" className="link" onClick={() => setClosing(c)} data-testid={`close-${c.id}`}>
                Cerrar corte
              </button>
            )}
          </li>
        ))}
      </ul>
      {closing && (
        <CloseCycleConfirm
          cycle={closing}
          view={view}
          onConfirm={() => close(closing)}
          onCancel={() => setClosing(null)}
        />
      )}
      <NewCycleForm handle={handle} year={year} count={cycles.length} />
    </section>
  );
}
