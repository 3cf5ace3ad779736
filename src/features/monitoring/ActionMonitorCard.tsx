// One action on the directors' tablet: nivel de implementación, % de avance within the level's range,
// monto ejecutado by source, medios de verificación ticked with evidence, and notes. Every answer is
// saved as it is given; big touch targets; works with touch only.
import { memo, useEffect, useState } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { FUNDING_SOURCES, type PmeAction } from '../../domain/pme/model.ts';
import { formatPesos } from '../../domain/shared/money.ts';
import { IMPLEMENTATION_LEVELS, levelInfo, type ImplementationLevel } from '../../domain/monitoring/levels.ts';
import { NOTE_MAX, meansChecklist, type MonitoringRecord } from '../../domain/monitoring/records.ts';
import type { MonitoringHandle } from '../../data/docs/monitoring/index.ts';
import { LimitedTextarea } from '../forms/index.ts';
import { PesosInput } from '../pme/index.ts';
import { AttachmentImage } from '../programme/index.ts';
import { useAttachments, useView } from '../session/index.ts';
import { KeepOriginalCheckbox, photoRejectionMessage } from '../photos/index.ts';
import { PHOTO_ACCEPT } from '../../domain/photos/index.ts';

interface Props {
  handle: MonitoringHandle;
  schoolId: SchoolId;
  action: PmeAction;
  cycleId: string;
  /** A closed corte's record, read from its snapshot; undefined: the live record of an open corte. */
  frozen?: MonitoringRecord | null;
  readOnly: boolean;
  index: number;
}

// Memoised, and reading its own record through an entry view: a keystroke re-renders this card only.
// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export const ActionMonitorCard = memo(function ActionMonitorCard(props: Props) {
  const { handle, schoolId, action, cycleId, frozen, readOnly, index } = props;
  const attachments = useAttachments();
  const live = useView(handle.records.mine(action.id, cycleId));
  const record = frozen !== undefined ? frozen : live;
  const [progressText, setProgressText] = useState(record ? String(record.progress) : '');
  const [error, setError] = useState<string | null>(null);
  const [keepOriginal, setKeepOriginal] = useState(false);
  useEffect(() => setProgressText(record ? String(record.progress) : ''), [record?.progress, record]);
  const tid = `monitor-${index}`;
  const records = handle.records;
  const chooseLevel = (level: ImplementationLevel) => {
    records.setLevel(action.id, cycleId, level);
    setError(null);
  };
  const typeProgress = (text: string) => {
    setProgressText(text);
    // The record schema says whether the % fits the level (MO-H3); nothing is written when it does not.
    if (text.trim() === '') return setError('Ingrese el % de avance como número entero');
    setError(records.setProgress(action.id, cycleId, Number(text)));
  };
  const checklist = meansChecklist(action.mediosVerificacion, record);
  const attach = async (i: number, text: string, files: FileList | null) => {
    if (!files || files.length === 0) return;
    const current = record?.medios.find((m) => m.index === i)?.attachments ?? [];
    const added = [];
    for (const f of Array.from(files)) {
      const r = await attachments.addPhoto(schoolId, f, { name: f.name, keepOriginal });
      if (r.ok) added.push(r.ref);
      else setError(photoRejectionMessage(f.name, r.error));
    }
    records.setMedio(action.id, cycleId, i, { text, attachments: [...current, ...added] });
  };
  return (
    <article className="monitor-card" data-testid={tid} data-action-id={action.id}>
      <h3>{action.nombre || '(acción sin nombre)'}</h3>
      <p className="muted">
        {action.responsable} · planificado{' '}
        {formatPesos(FUNDING_SOURCES.reduce((s, f) => s + action.financiamiento[f.code], 0))}
      </p>
      <fieldset className="levels" disabled={readOnly}>
        <legend>Nivel de implementación</legend>
        {IMPLEMENTATION_LEVELS.map((l) => (
          <label key={l.code} className={`level-option${record?.level === l.code ? ' selected' : ''}`}>
            <input
              type="radio"
              name={`level-${action.id}`}
              value={l.code}
              checked={record?.level === l.code}
              onChange={() => chooseLevel(l.code)}
              data-testid={`${tid}-level-${l.code}`}
            />
            {l.label}
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${tid}-progress`}>% de avance</label>
          <input
            id={`${tid}-progress`}
            type="number"
            inputMode="numeric"
            min={record ? levelInfo(record.level).min : 0}
            max={record ? levelInfo(record.level).max : 100}
            value={progressText}
            disabled={readOnly || !record}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${tid}-progress-error` : undefined}
            data-testid={`${tid}-progress`}
            onChange={(e) => typeProgress(e.target.value)}
          />
          {!record && <span className="muted">Elija primero el nivel de implementación.</span>}
          {error && (
            <span className="field-error" id={`${tid}-progress-error`} role="alert">
              {error}
            </span>
          )}
        </div>
      </div>
      <fieldset className="funding" disabled={readOnly || !record}>
        <legend>Monto ejecutado a la fecha</legend>
        {FUNDING_SOURCES.filter(
          (f) => action.financiamiento[f.code] > 0 || (record?.executed[f.code] ?? 0) > 0 || f.code === 'sep',
        ).map((f) => (
          <PesosInput
            key={f.code}
            label={`${f.label} (planificado ${formatPesos(action.financiamiento[f.code])})`}
            value={record?.executed[f.code] ?? 0}
            warning={executedWarning(record?.executed[f.code] ?? 0, action.financiamiento[f.code])}
            onChange={(v) => records.setExecuted(action.id, cycleId, f.code, v)}
            testId={`${tid}-executed-${f.code}`}
          />
        ))}
      </fieldset>
      <fieldset className="medios" disabled={readOnly || !record}>
        <legend>Medios de verificación</legend>
        {checklist.length === 0 && <p className="muted">La acción no tiene medios de verificación en el PME.</p>}
        {checklist.map((m) => {
          const stored = record?.medios.find((x) => x.index === m.index);
          return (
            <div key={m.index} className="medio">
              <label className="check big">
                <input
                  type="checkbox"
                  checked={m.checked}
                  data-testid={`${tid}-medio-${m.index}`}
                  onChange={(e) => {
                    const value = e.target.checked ? { text: m.text, attachments: stored?.attachments ?? [] } : null;
                    records.setMedio(action.id, cycleId, m.index, value);
                  }}
                />{' '}
                {m.text}
              </label>
              <span className="photos">
                {stored?.attachments.map((a) => (
                  <AttachmentImage
                    key={a.hash}
                    schoolId={schoolId}
                    attachment={a}
                    alt={`Evidencia: ${m.text}`}
                    className="photo-thumb"
                  />
                ))}
              </span>
              {!readOnly && record && (
                <label className="button">
                  Adjuntar evidencia
                  <input
                    type="file"
                    accept={PHOTO_ACCEPT}
                    capture="environment"
                    hidden
                    data-testid={`${tid}-evidence-${m.index}`}
                    onChange={(e) => void attach(m.index, m.text, e.target.files).then(() => (e.target.value = ''))}
                  />
                </label>
              )}
            </div>
          );
        })}
        {!readOnly && record && (
          <KeepOriginalCheckbox checked={keepOriginal} onChange={setKeepOriginal} testId={`${tid}-keep-original`} />
        )}
      </fieldset>
      <div className="form-grid">
        {(
          [
            ['observaciones', 'Observaciones'],
            ['dificultades', 'Dificultades'],
            ['ajustes', 'Ajustes propuestos'],
          ] as const
        ).map(([k, label]) => (
          <div key={k} className="field wide">
            <label htmlFor={`${tid}-${k}`}>{label}</label>
            <LimitedTextarea
              id={`${tid}-${k}`}
              rows={2}
              limit={NOTE_MAX}
              value={record?.[k] ?? ''}
              disabled={readOnly || !record}
              onChange={(e) => records.setText(action.id, cycleId, k, e.target.value)}
              data-testid={`${tid}-${k}`}
            />
          </div>
        ))}
      </div>
      {record && !readOnly && (
        <button
          type="button"
          className="link danger"
          data-testid={`${tid}-delete-record`}
          onClick={() =>
            window.confirm('¿Eliminar su registro de esta acción en este corte? Quedará en el historial.') &&
            records.delete(action.id, cycleId)
          }
        >
          Eliminar mi registro
        </button>
      )}
    </article>
  );
});

/** Field-side note (the dashboard's alert is domain/monitoring/alerts.ts): executed above the planned amount. */
function executedWarning(executed: number, planned: number): string | null {
  if (executed <= planned) return null;
  if (planned === 0) return 'Esta fuente no tiene monto planificado en el PME';
  return `Supera lo planificado en ${formatPesos(executed - planned)}`;
}
