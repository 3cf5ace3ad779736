// The paper grid's keyboard: a scale cell takes one key and moves on, an open cell keeps the arrows
// for its text until the cursor is at its edge; Enter completes the row and goes to the next one.
import type { KeyboardEvent } from 'react';
import type { SurveyHandle } from '../../../data/docs/diagnosis/index.ts';
import { INVALID_KEY_MESSAGE, keyMeaning } from './keys.ts';
import { arrowMove, type Row } from './rows.ts';
import type { Column } from './PaperRow.tsx';

export interface GridKeyContext {
  survey: SurveyHandle;
  rows: Row[];
  columns: Column[];
  focusCell: (rowIndex: number, col: number) => void;
  complete: (rowId: string | null) => void;
  ensureResponse: (row: Row) => string;
  setMessage: (message: string) => void;
}

type CellKeyHandler = (e: KeyboardEvent<HTMLInputElement>, rowIndex: number, col: number) => void;

/** Enter: a row with a response is completed and the cursor goes to the next row. */
function leaveRow(ctx: GridKeyContext, rowIndex: number) {
  const row = ctx.rows[rowIndex];
  if (row?.response) {
    ctx.complete(row.id);
    ctx.focusCell(rowIndex + 1, 0);
  }
}

export function scaleKeyHandler(ctx: GridKeyContext): CellKeyHandler {
  return (e, rowIndex, col) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const row = ctx.rows[rowIndex];
    const item = ctx.columns[col]?.item;
    if (!row || !item) return;
    const move = arrowMove(e.key);
    if (move || e.key === 'Enter') {
      e.preventDefault();
      return move ? ctx.focusCell(rowIndex + move[0], col + move[1]) : leaveRow(ctx, rowIndex);
    }
    const meaning = keyMeaning(e.key);
    if (!meaning) return;
    e.preventDefault();
    if (meaning.kind === 'invalid') return ctx.setMessage(INVALID_KEY_MESSAGE);
    ctx.setMessage('');
    if (meaning.kind === 'clear') {
      if (row.response) ctx.survey.answerScale(row.id, item.id, null);
      return;
    }
    ctx.survey.answerScale(ctx.ensureResponse(row), item.id, meaning.answer);
    if (col < ctx.columns.length - 1) ctx.focusCell(rowIndex, col + 1);
  };
}

export function openKeyHandler(ctx: GridKeyContext): CellKeyHandler {
  return (e, rowIndex, col) => {
    const input = e.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    const move = arrowMove(e.key);
    const leaves =
      e.key === 'ArrowUp' ||
      e.key === 'ArrowDown' ||
      (e.key === 'ArrowLeft' && atStart) ||
      (e.key === 'ArrowRight' && atEnd && col < ctx.columns.length - 1);
    if (e.key === 'Enter') {
      e.preventDefault();
      return leaveRow(ctx, rowIndex);
    }
    if (move && leaves) {
      e.preventDefault();
      ctx.focusCell(rowIndex + move[0], col + move[1]);
    }
  };
}
