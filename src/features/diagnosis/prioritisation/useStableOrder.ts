// Rows keep the place they were shown in while scores are given (a row jumping under the pointer
// is lost); `resort` (or coming back to the screen) orders them by score again.
import { useEffect, useRef, useState } from 'react';
import { keepShownOrder, type PrioritisedProblem } from '../../../domain/diagnosis/prioritisation.ts';

export function useStableOrder(ranked: PrioritisedProblem[], ready: boolean) {
  const shown = useRef<string[] | null>(null);
  const [, reorder] = useState(0);
  const rows = keepShownOrder(shown.current, ranked);
  useEffect(() => {
    if (ready) shown.current = rows.map((p) => p.id);
  });
  const resort = () => ((shown.current = null), reorder((n) => n + 1));
  return { rows, resort };
}
