// A new reading, or the correction of one (R-10: the corrected reading stays in the history), and
// the deletion of a reading after a confirmation.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { StrategicGoal } from '../../../domain/pme/model.ts';
import { formatIsoDate, localIsoDate } from '../../../domain/shared/localDates.ts';
import type { IndicatorMeasurement } from '../../../domain/monitoring/records.ts';
import type { MonitoringCycle } from '../../../domain/monitoring/cycles.ts';
import type { MeasurementInput, MonitoringHandle } from '../../../data/docs/monitoring/index.ts';
import { newId } from '../../../data/ids.ts';
import { parseValue, readingSchemaFor, showValue, type ReadingValues } from './readingSchema.ts';

export function useReadingEditor(handle: MonitoringHandle, goal: StrategicGoal, cycle: MonitoringCycle) {
  const cycleId = cycle.id;
  const blank = { value: '', date: localIsoDate(), source: goal.baseline.source };
  const form = useForm<ReadingValues>({ resolver: zodResolver(readingSchemaFor(goal, cycle)), defaultValues: blank });
  const [correcting, setCorrecting] = useState<IndicatorMeasurement | null>(null);
  const startCorrection = (m: IndicatorMeasurement) => {
    setCorrecting(m);
    form.reset({ value: showValue(m.value), date: m.date, source: m.source });
  };
  const cancelCorrection = () => {
    setCorrecting(null);
    form.reset(blank);
  };
  const remove = (m: IndicatorMeasurement) => {
    const question = `¿Eliminar la medición ${showValue(m.value)} del ${formatIsoDate(m.date)}? Quedará en el historial.`;
    if (!window.confirm(question)) return;
    handle.measurements.delete(m.id);
    if (correcting?.id === m.id) setCorrecting(null);
  };
  const submit = form.handleSubmit((v) => {
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
    form.reset({ value: '', date: v.date, source: v.source });
  });
  return { form, correcting, startCorrection, cancelCorrection, remove, submit };
}

export type ReadingEditor = ReturnType<typeof useReadingEditor>;
