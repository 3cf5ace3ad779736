// Filling a monitoring instrument in a corte: each answer is saved as it is given; «Listo» checks the
// answers against the version (required fields, types, ranges) and says in Spanish what is missing.
// Its parts live in instruments/.
import { useState } from 'react';
import type { PmePlan } from '../../domain/pme/model.ts';
import type { MonitoringInstrument } from '../../domain/monitoring/instruments.ts';
import type { MonitoringCycle } from '../../domain/monitoring/cycles.ts';
import type { MonitoringHandle } from '../../data/docs/monitoring/index.ts';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { useInstrumentAnswers } from './instruments/useInstrumentAnswers.ts';
import { FillField } from './instruments/FillField.tsx';

interface Props {
  handle: MonitoringHandle;
  schoolId: SchoolId;
  instrument: MonitoringInstrument;
  pme: PmePlan;
  cycle: MonitoringCycle;
  onDone: () => void;
}

export function InstrumentFill({ handle, schoolId, instrument, pme, cycle, onDone }: Props) {
  const [fileError, setFileError] = useState<string | null>(null);
  const [keepOriginal, setKeepOriginal] = useState(false);
  const fill = useInstrumentAnswers(handle, instrument, cycle, onDone);
  return (
    <section className="monitor-card">
      <h3>
        {instrument.title}{' '}
        <span className="muted">
          (versión {instrument.version}) · {cycle.name}
        </span>
      </h3>
      <div className="field">
        <label htmlFor="fill-action">Acción (opcional)</label>
        <select
          id="fill-action"
          value={fill.actionId}
          onChange={(e) => fill.setActionId(e.target.value)}
          disabled={Object.keys(fill.answers).length > 0}
        >
          <option value="">Ninguna</option>
          {pme.actions
            .filter((a) => a.year === cycle.year)
            .map((a) => (
              <option key={a.id} value={a.id}>
                {a.nombre}
              </option>
            ))}
        </select>
      </div>
      {instrument.fields.map((f) => (
        <FillField
          key={f.id}
          field={f}
          value={fill.answers[f.id]}
          problem={fill.problemOf(f.id)}
          schoolId={schoolId}
          keepOriginal={keepOriginal}
          onKeepOriginal={setKeepOriginal}
          onAnswer={(value) => fill.answer(f.id, value)}
          onFileError={setFileError}
        />
      ))}
      {fileError && (
        <p className="form-error" role="alert">
          {fileError}
        </p>
      )}
      {fill.problems && fill.problems.length > 0 && (
        <p className="form-error" data-testid="fill-problems">
          Faltan respuestas o hay respuestas por corregir: revise los campos marcados.
        </p>
      )}
      <button type="button" className="primary" onClick={fill.finish} data-testid="fill-done">
        Listo
      </button>
    </section>
  );
}
