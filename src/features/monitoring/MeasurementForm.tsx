// One indicator in a corte: its readings (each can be corrected or deleted while the corte is open,
// R-10), the history of every reading entered, and the form for a new reading or a correction. A value
// outside the indicator's range stays in the field with its message and is not saved (B-1).
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { StrategicGoal } from '../../domain/pme/model.ts';
import { formatIsoDate, formatLocalTimestamp, isoDateSchema, localIsoDate } from '../../domain/shared/localDates.ts';
import { indicatorValueError } from '../../domain/bounds.ts';
import type { IndicatorMeasurement } from '../../domain/monitoring/records.ts';
import {
  measurementHistory,
  type MeasurementEntry,
  type MeasurementState,
} from '../../domain/monitoring/measurementHistory.ts';
import type { MeasurementInput, MonitoringHandle } from '../../data/docs/monitoring/index.ts';
import { newId } from './useMonitoring.ts';
import { formatWithUnit } from '../../domain/shared/numbers.ts';

const parseValue = (s: string) => Number(s.trim().replace(',', '.'));

function formSchemaFor(goal: StrategicGoal) {
  return z
    .object({
      value: z
        .string()
        .trim()
        .min(1, { message: 'Ingrese el valor medido' })
        .refine((s) => Number.isFinite(parseValue(s)), { message: 'Ingrese un número' }),
      date: isoDateSchema,
      source: z.string().trim().max(300, { message: 'Use como máximo 300 caracteres' }),
    })
    .superRefine((f, ctx) => {
      const n = parseValue(f.value);
      const message = Number.isFinite(n) ? indicatorValueError(goal.indicator, n) : null;
      if (message) ctx.addIssue({ code: 'custom', path: ['value'], message });
    });
}
type Form = { value: string; date: string; source: string };

const STATE_LABEL: Record<MeasurementState, string> = {
  vigente: 'Vigente',
  corregida: 'Corregida',
  eliminada: 'Eliminada',
};
const showValue = (n: number) => String(n).replace('.', ',');

interface Props {
  handle: MonitoringHandle;
  goal: StrategicGoal;
  cycleId: string;
  measurements: IndicatorMeasurement[];
  entries: MeasurementEntry[];
  readOnly: boolean;
  index: number;
}

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function MeasurementForm({ handle, goal, cycleId, measurements, entries, readOnly, index }: Props) {
  const blank = { value: '', date: localIsoDate(), source: goal.baseline.source };
  const { register, handleSubmit, formState, reset } = useForm<Form>({
    resolver: zodResolver(formSchemaFor(goal)),
    defaultValues: blank,
  });
  const [correcting, setCorrecting] = useState<IndicatorMeasurement | null>(null);
  const tid = `indicator-${index}`;
  const mine = measurements.filter((m) => m.goalId === goal.id && m.cycleId === cycleId);
  const history = measurementHistory(entries.filter((m) => m.goalId === goal.id && m.cycleId === cycleId));
  const startCorrection = (m: IndicatorMeasurement) => {
    setCorrecting(m);
    reset({ value: showValue(m.value), date: m.date, source: m.source });
  };
  const remove = (m: IndicatorMeasurement) => {
    if (
      !window.confirm(
        `¿Eliminar la medición ${showValue(m.value)} del ${formatIsoDate(m.date)}? Quedará en el historial.`,
      )
    )
      return;
    handle.measurements.delete(m.id);
    if (correcting?.id === m.id) setCorrecting(null);
  };
  return (
    <article className="monitor-card" data-testid={tid}>
      <h3>Indicador: {goal.indicator.name || goal.text}</h3>
      <p className="muted">
        Línea base {formatWithUnit(goal.baseline.value, goal.indicator.unit)} · metas{' '}
        {goal.targets
          .filter((t) => t.value !== null)
          .map((t) => `${t.year}: ${formatWithUnit(t.value, goal.indicator.unit)}`)
          .join(', ') || '—'}
      </p>
      <ul data-testid={`${tid}-readings`}>
        {mine.map((m) => {
          const outOfRange = indicatorValueError(goal.indicator, m.value);
          return (
            <li key={m.id} data-testid={`${tid}-reading`}>
              {showValue(m.value)} {goal.indicator.unit} · {formatIsoDate(m.date)} · {m.source || 'sin fuente'} ·{' '}
              {m.recordedBy}
              {outOfRange && <span className="field-error"> {outOfRange}: corríjala o elimínela</span>}
              {!readOnly && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="link"
                    onClick={() => startCorrection(m)}
                    data-testid={`${tid}-correct`}
                  >
                    Corregir
                  </button>{' '}
                  <button type="button" className="link danger" onClick={() => remove(m)} data-testid={`${tid}-delete`}>
                    Eliminar
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {history.length > mine.length && (
        <details data-testid={`${tid}-history`}>
          <summary>Historial de mediciones ({history.length})</summary>
          <table>
            <thead>
              <tr>
                <th>Valor</th>
                <th>Fecha</th>
                <th>Registrada por</th>
                <th>Estado</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr key={h.entry.id} data-state={h.state}>
                  <td>
                    {showValue(h.entry.value)} {goal.indicator.unit}
                  </td>
                  <td>{formatIsoDate(h.entry.date)}</td>
                  <td>
                    {h.entry.recordedBy}
                    {h.entry.recordedAt ? ` (${formatLocalTimestamp(h.entry.recordedAt)})` : ''}
                  </td>
                  <td>
                    {STATE_LABEL[h.state]}
                    {h.state === 'eliminada' &&
                      ` por ${h.entry.deletedBy} el ${formatLocalTimestamp(h.entry.deletedAt!)}`}
                    {h.entry.supersedes && ' (corrección)'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {!readOnly && (
        <form
          className="inline-form"
          noValidate
          onSubmit={handleSubmit((v) => {
            const m: MeasurementInput = {
              id: newId(),
              goalId: goal.id,
              value: parseValue(v.value),
              date: v.date,
              source: v.source,
              cycleId,
            };
            if (correcting) handle.measurements.correct(correcting.id, m);
            else handle.measurements.add(m);
            setCorrecting(null);
            reset({ value: '', date: v.date, source: v.source });
          })}
        >
          {correcting && (
            <p className="banner info" data-testid={`${tid}-correcting`}>
              Corrigiendo la medición {showValue(correcting.value)} del {formatIsoDate(correcting.date)}; la anterior
              quedará en el historial.
            </p>
          )}
          <div className="field">
            <label htmlFor={`${tid}-value`}>Valor medido ({goal.indicator.unit})</label>
            <input
              id={`${tid}-value`}
              inputMode="decimal"
              data-testid={`${tid}-value`}
              aria-invalid={formState.errors.value ? true : undefined}
              {...register('value')}
            />
            {formState.errors.value && (
              <span className="field-error" data-testid={`${tid}-value-error`}>
                {formState.errors.value.message}
              </span>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${tid}-date`}>Fecha</label>
            <input
              id={`${tid}-date`}
              type="date"
              aria-invalid={formState.errors.date ? true : undefined}
              {...register('date')}
            />
            {formState.errors.date && <span className="field-error">{formState.errors.date.message}</span>}
          </div>
          <div className="field">
            <label htmlFor={`${tid}-source`}>Fuente</label>
            <input id={`${tid}-source`} {...register('source')} />
            {formState.errors.source && <span className="field-error">{formState.errors.source.message}</span>}
          </div>
          <button type="submit" data-testid={`${tid}-save`}>
            {correcting ? 'Guardar corrección' : 'Registrar medición'}
          </button>
          {correcting && (
            <button
              type="button"
              className="link"
              onClick={() => {
                setCorrecting(null);
                reset(blank);
              }}
            >
              Cancelar corrección
            </button>
          )}
        </form>
      )}
    </article>
  );
}
