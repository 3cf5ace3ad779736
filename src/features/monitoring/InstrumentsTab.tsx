// Herramientas de monitoreo: the school's instruments, made from ready templates and edited; each
// can be filled in a corte (answers saved as given, with the version they were filled with).
import { useState } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { PmePlan } from '../../domain/pme/model.ts';
import { latestInstruments, type MonitoringInstrument } from '../../domain/monitoring/instruments.ts';
import type { MonitoringCycle } from '../../domain/monitoring/cycles.ts';
import type { MonitoringHandle, MonitoringView } from '../../data/docs/monitoring/index.ts';
import { InstrumentEditor } from './InstrumentEditor.tsx';
import { InstrumentFill } from './InstrumentFill.tsx';
import { BlankFormButton } from './instruments/BlankFormButton.tsx';
import { InstrumentSummary } from './instruments/InstrumentSummary.tsx';
import { TemplateList } from './instruments/TemplateList.tsx';

interface Props {
  handle: MonitoringHandle;
  schoolId: SchoolId;
  view: MonitoringView;
  pme: PmePlan;
  cycle: MonitoringCycle | null;
}

export function InstrumentsTab({ handle, schoolId, view, pme, cycle }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [filling, setFilling] = useState<MonitoringInstrument | null>(null);
  const instruments = latestInstruments(view.instruments).sort((a, b) => (a.title < b.title ? -1 : 1));
  const hasRecords = (i: MonitoringInstrument) =>
    view.instrumentRecords.some((r) => r.instrumentId === i.id && r.instrumentVersion === i.version);
  const recordCount = (i: MonitoringInstrument) => view.instrumentRecords.filter((r) => r.instrumentId === i.id).length;
  if (filling && cycle)
    return (
      <InstrumentFill
        handle={handle}
        schoolId={schoolId}
        instrument={filling}
        pme={pme}
        cycle={cycle}
        onDone={() => setFilling(null)}
      />
    );
  return (
    <div>
      <h3>Herramientas del establecimiento</h3>
      {instruments.length === 0 && <p className="muted">Aún no hay herramientas. Agregue una desde las plantillas.</p>}
      <ul data-testid="instruments">
        {instruments.map((i) => (
          <li key={i.id}>
            {editing === i.id ? (
              <InstrumentEditor
                handle={handle}
                instrument={i}
                hasRecords={hasRecords(i)}
                onDone={() => setEditing(null)}
              />
            ) : (
              <InstrumentSummary
                instrument={i}
                blankForm={
                  <BlankFormButton schoolId={schoolId} instrument={i} pme={pme} plans={view.plans} cycle={cycle} />
                }
                recordCount={recordCount(i)}
                cycle={cycle}
                onEdit={() => setEditing(i.id)}
                onFill={() => setFilling(i)}
              />
            )}
          </li>
        ))}
      </ul>
      <TemplateList handle={handle} />
    </div>
  );
}
