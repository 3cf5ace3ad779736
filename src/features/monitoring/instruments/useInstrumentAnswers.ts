// The answers of one filling of an instrument: each saved as it is given (with the version filled),
// checked against the version once «Listo» was pressed, and from then on after every answer.
import { useState } from 'react';
import {
  validateAnswers,
  type Answer,
  type AnswerProblem,
  type MonitoringInstrument,
} from '../../../domain/monitoring/instruments.ts';
import type { MonitoringCycle } from '../../../domain/monitoring/cycles.ts';
import type { MonitoringHandle } from '../../../data/docs/monitoring/index.ts';
import { localIsoDate } from '../../../domain/shared/localDates.ts';
import { newId } from '../../../data/ids.ts';

export function useInstrumentAnswers(
  handle: MonitoringHandle,
  instrument: MonitoringInstrument,
  cycle: MonitoringCycle,
  onDone: () => void,
) {
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
  return { actionId, setActionId, answers, problems, answer, finish, problemOf };
}
