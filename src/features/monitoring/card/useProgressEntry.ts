// The % de avance as typed (kept even when it does not fit the level, so the field shows what was
// typed) and the card's one error line, which a level choice clears.
import { useEffect, useState } from 'react';
import type { ImplementationLevel } from '../../../domain/monitoring/levels.ts';
import type { CardPartProps } from './cardProps.ts';

export function useProgressEntry({ records, action, cycleId, record }: CardPartProps) {
  const [progressText, setProgressText] = useState(record ? String(record.progress) : '');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setProgressText(record ? String(record.progress) : ''), [record?.progress, record]);
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
  return { progressText, error, setError, chooseLevel, typeProgress };
}
