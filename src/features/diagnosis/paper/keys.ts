// Paper entry: what one key typed in a scale cell means.
import { NOT_KNOWN, type ScaleAnswer } from '../../../domain/diagnosis/model.ts';

export const INVALID_KEY_MESSAGE = 'Use 1, 2, 3, 4 o N (No sé / No aplica)';

export type KeyMeaning = { kind: 'answer'; answer: ScaleAnswer } | { kind: 'clear' } | { kind: 'invalid' };

/** The meaning of a printable key (or Backspace/Delete); null for keys the cell does not handle. */
export function keyMeaning(key: string): KeyMeaning | null {
  if (key === '1' || key === '2' || key === '3' || key === '4')
    return { kind: 'answer', answer: Number(key) as ScaleAnswer };
  if (key === '0' || key === 'n' || key === 'N') return { kind: 'answer', answer: NOT_KNOWN };
  if (key === 'Backspace' || key === 'Delete') return { kind: 'clear' };
  if (key.length === 1) return { kind: 'invalid' };
  return null;
}

/** How an answer is shown in its cell. */
export function showAnswer(answer: ScaleAnswer | undefined): string {
  if (answer === undefined) return '';
  return answer === NOT_KNOWN ? 'NS' : String(answer);
}
