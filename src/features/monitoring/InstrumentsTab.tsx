// Herramientas de monitoreo: the school's instruments, made from ready templates and edited; each
// can be filled in a corte (answers saved as given, with the version they were filled with).
import { useState } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { PmePlan } from '../../domain/pme/model.ts';
import { INSTRUMENT_TEMPLATES, instrumentFromTemplate } from '../../domain/monitoring/templates.ts';
import { latestInstruments, type MonitoringInstrument } from '../../domain/monitoring/instruments.ts';
import { isClosed, type MonitoringCycle } from '../../domain/monitoring/cycles.ts';
import type { MonitoringHandle, MonitoringView } from '../../data/docs/monitoring/index.ts';
import { InstrumentEditor } from './InstrumentEditor.tsx';
import { InstrumentFill } from './InstrumentFill.tsx';
import { newId } from './useMonitoring.ts';

interface Props {
  handle: MonitoringHandle;
  schoolId: SchoolId;
  view: MonitoringView;
  pme: PmePlan;
  cycle: MonitoringCycle | null;
}

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function InstrumentsTab({ handle, schoolId, view, pme, cycle }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [filling, setFilling] = useState<MonitoringInstrument | null>(null);
  const instruments = latestInstruments(view.instruments).sort((a, b) => (a.title < b.title ? -1 : 1));
  const hasRecords = (i: MonitoringInstrument) =>
    view.instrumentRecords.some((r) => r.instrumentId === i.id && r.instrumentVersion === i.version);
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
              <>
                <strong>{i.title}</strong>{' '}
                <span className="muted">
                  · versión {i.version} · {i.fields.length} campos ·{' '}
                  {view.instrumentRecords.filter((r) => r.instrumentId === i.id).length} registros
                </span>{' '}
                <button type="button" className="link" onClick={() => setEditing(i.id)}>
                  Editar
                </button>{' '}
                {cycle && !isClosed(cycle) && (
                  <button type="button" className="link" onClick={() => setFilling(i)}>
                    Completar en {cycle.name}
                  </button>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      <h4>Plantillas</h4>
      <ul>
        {INSTRUMENT_TEMPLATES.map((t) => (
          <li key={t.code}>
            {t.title} <span className="muted">· {t.purpose}</span>{' '}
            <button
              type="button"
              className="link"
              onClick={() => handle.instruments.save(instrumentFromTemplate(t, newId()))}
            >
              Agregar
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
