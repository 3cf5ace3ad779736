// Filling a monitoring instrument in a corte: each answer is saved as it is given; «Listo» checks the
// answers against the version (required fields, types, ranges) and says in Spanish what is missing.
import { useState } from 'react';
import type { PmePlan } from '../../domain/pme/model.ts';
import {
  ANSWER_PROBLEM_MESSAGES,
  DEFAULT_SCALE_LABELS,
  validateAnswers,
  type Answer,
  type AnswerProblem,
  type MonitoringInstrument,
} from '../../domain/monitoring/instruments.ts';
import type { MonitoringCycle } from '../../domain/monitoring/cycles.ts';
import type { MonitoringHandle } from '../../data/docs/monitoring/index.ts';
import { useAttachments } from '../session/index.ts';
import { KeepOriginalCheckbox, photoRejectionMessage } from '../photos/index.ts';
import { PHOTO_ACCEPT } from '../../domain/photos/index.ts';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { newId } from './useMonitoring.ts';
import { localIsoDate } from '../../domain/shared/localDates.ts';

interface Props {
  handle: MonitoringHandle;
  schoolId: SchoolId;
  instrument: MonitoringInstrument;
  pme: PmePlan;
  cycle: MonitoringCycle;
  onDone: () => void;
}

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function InstrumentFill({ handle, schoolId, instrument, pme, cycle, onDone }: Props) {
  const attachments = useAttachments();
  const [fileError, setFileError] = useState<string | null>(null);
  const [keepOriginal, setKeepOriginal] = useState(false);
  const [id] = useState(newId);
  const [actionId, setActionId] = useState('');
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [problems, setProblems] = useState<AnswerProblem[] | null>(null);
  const answer = (fieldId: string, value: Answer) => {
    const next = { ...answers, [fieldId]: value };
    setAnswers(next);
    if (problems) setProblems(validateAnswers(instrument, next));
    const target = actionId ? { kind: 'action' as const, actionId } : { kind: 'none' as const };
    const { version } = instrument;
    const record = {
      id,
      instrumentId: instrument.id,
      instrumentVersion: version,
      cycleId: cycle.id,
      target,
      date: localIsoDate(),
    };
    handle.instruments.answer(record, fieldId, value);
  };
  const finish = () => {
    const found = validateAnswers(instrument, answers);
    setProblems(found);
    if (found.length === 0) onDone();
  };
  const problemOf = (fieldId: string) => problems?.find((p) => p.fieldId === fieldId);
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
          value={actionId}
          onChange={(e) => setActionId(e.target.value)}
          disabled={Object.keys(answers).length > 0}
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
      {/* eslint-disable-next-line max-lines-per-function -- one row, inline with the state it reads */}
      {instrument.fields.map((f) => {
        const fid = `fill-${f.id}`;
        const v = answers[f.id];
        const problem = problemOf(f.id);
        return (
          <div key={f.id} className="field">
            <label htmlFor={fid}>
              {f.label}
              {f.required ? ' *' : ''}
            </label>
            {(f.kind === 'checklist' || f.kind === 'yesNo') && (
              <select
                id={fid}
                value={v === true ? 'si' : v === false ? 'no' : ''}
                onChange={(e) => answer(f.id, e.target.value === '' ? null : e.target.value === 'si')}
              >
                <option value="">—</option>
                <option value="si">{f.kind === 'checklist' ? 'Cumple' : 'Sí'}</option>
                <option value="no">{f.kind === 'checklist' ? 'No cumple' : 'No'}</option>
              </select>
            )}
            {f.kind === 'scale' && (
              <select
                id={fid}
                value={typeof v === 'number' ? String(v) : ''}
                onChange={(e) => answer(f.id, e.target.value === '' ? null : Number(e.target.value))}
              >
                <option value="">—</option>
                {(f.labels ?? DEFAULT_SCALE_LABELS).map((l, i) => (
                  <option key={i} value={i + 1}>
                    {i + 1}. {l}
                  </option>
                ))}
              </select>
            )}
            {(f.kind === 'number' || f.kind === 'percentage') && (
              <input
                id={fid}
                inputMode="decimal"
                defaultValue=""
                onChange={(e) =>
                  e.target.value.trim() !== '' &&
                  Number.isFinite(Number(e.target.value.replace(',', '.'))) &&
                  answer(f.id, Number(e.target.value.replace(',', '.')))
                }
              />
            )}
            {f.kind === 'date' && <input id={fid} type="date" onChange={(e) => answer(f.id, e.target.value || null)} />}
            {f.kind === 'shortText' && (
              <input id={fid} maxLength={300} onChange={(e) => answer(f.id, e.target.value)} />
            )}
            {f.kind === 'longText' && <textarea id={fid} rows={3} onChange={(e) => answer(f.id, e.target.value)} />}
            {problem && (
              <span className="field-error" role="alert" data-testid={`${fid}-error`}>
                {ANSWER_PROBLEM_MESSAGES[problem.code]}
              </span>
            )}
            {f.kind === 'evidence' && (
              <>
                <span className="muted">{Array.isArray(v) ? `${v.length} archivo(s) adjunto(s)` : 'Sin archivos'}</span>
                <input
                  id={fid}
                  type="file"
                  accept={PHOTO_ACCEPT}
                  capture={f.accept === 'photo' ? 'environment' : undefined}
                  onChange={async (e) => {
                    const refs = Array.isArray(v) ? [...v] : [];
                    for (const file of Array.from(e.target.files ?? [])) {
                      const r = await attachments.addPhoto(schoolId, file, { name: file.name, keepOriginal });
                      if (r.ok) refs.push(r.ref);
                      else setFileError(photoRejectionMessage(file.name, r.error));
                    }
                    answer(f.id, refs);
                    e.target.value = '';
                  }}
                />
                <KeepOriginalCheckbox
                  checked={keepOriginal}
                  onChange={setKeepOriginal}
                  testId={`${fid}-keep-original`}
                />
              </>
            )}
          </div>
        );
      })}
      {fileError && (
        <p className="form-error" role="alert">
          {fileError}
        </p>
      )}
      {problems && problems.length > 0 && (
        <p className="form-error" data-testid="fill-problems">
          Faltan respuestas o hay respuestas por corregir: revise los campos marcados.
        </p>
      )}
      <button type="button" className="primary" onClick={finish} data-testid="fill-done">
        Listo
      </button>
    </section>
  );
}
