// Where the paper grid's cursor is: the cells register their inputs, and moving the focus is
// state, applied after the render that may have added the row it goes to (a new empty form).
import { useLayoutEffect, useRef, useState } from 'react';
import { cellKey, type Row } from './rows.ts';

export function useCellFocus(rows: Row[], columnCount: number) {
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const cells = useRef(new Map<string, HTMLInputElement>());

  // Opening the grid puts the cursor on the empty form, ready to type.
  useLayoutEffect(() => {
    const draft = rows[rows.length - 1];
    if (draft) setFocusTarget(cellKey(draft.id, 0));
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  useLayoutEffect(() => {
    if (focusTarget === null) return;
    const el = cells.current.get(focusTarget);
    if (el) {
      el.focus();
      el.select();
    }
    setFocusTarget(null);
  }, [focusTarget, rows]);

  /** Focuses a cell, clamped to the grid. */
  const focusCell = (rowIndex: number, col: number) => {
    const r = rows[Math.max(0, Math.min(rows.length - 1, rowIndex))];
    if (r) setFocusTarget(cellKey(r.id, Math.max(0, Math.min(columnCount - 1, col))));
  };

  const cellRef = (rowId: string) => (col: number) => (el: HTMLInputElement | null) => {
    const k = cellKey(rowId, col);
    if (el) cells.current.set(k, el);
    else cells.current.delete(k);
  };

  return { focusCell, cellRef };
}
