// Paper entry grid: one row per paper form, one column per question of the group's instrument.
// Keyboard only: a scale cell takes one key (1–4, or 0/N for "No sé / No aplica"), saves it at
// once into the diagnosis document and moves to the next cell; arrows move; Enter leaves the row
// (marking it completed) and goes to the next one. The last row is always an empty form: its
// response is started with its first answer, never before.
// One component holds the grid's state (focus, draft row, last row typed); rows and cells are PaperRow.
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Instrument, Response, StakeholderGroup } from '../../../domain/diagnosis/model.ts';
import type { SurveyHandle } from '../../../data/docs/diagnosis/index.ts';
import { INVALID_KEY_MESSAGE, keyMeaning } from './keys.ts';
import { arrowMove, cellKey, paperRows, type Row } from './rows.ts';
import { PaperLegend, PaperRow, type Column } from './PaperRow.tsx';

interface Props {
  survey: SurveyHandle;
  instrument: Instrument;
  instruments: Instrument[];
  responses: Response[];
  group: StakeholderGroup;
}

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function PaperGrid({ survey, instrument, instruments, responses, group }: Props) {
  const [draftId, setDraftId] = useState(() => crypto.randomUUID());
  const [message, setMessage] = useState('');
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const lastRow = useRef<string | null>(null);
  const cells = useRef(new Map<string, HTMLInputElement>());

  const columns: Column[] = useMemo(() => instrument.items.map((item, i) => ({ item, number: i + 1 })), [instrument]);
  const ownIds = useMemo(() => new Set(instrument.items.map((i) => i.id)), [instrument]);
  const rows = useMemo(
    () => paperRows(responses, instruments, group, draftId, ownIds),
    [responses, group, draftId, instruments, ownIds],
  );

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

  const focusCell = (rowIndex: number, col: number) => {
    const r = rows[Math.max(0, Math.min(rows.length - 1, rowIndex))];
    if (r) setFocusTarget(cellKey(r.id, Math.max(0, Math.min(columns.length - 1, col))));
  };

  const complete = (rowId: string | null) => {
    if (!rowId) return;
    const r = responses.find((x) => x.id === rowId);
    if (r && r.completedAt === null) survey.completeResponse(r.id);
  };

  /** The response behind a row, started (for the empty last row) at its first answer; remembered as the last typed. */
  const ensureResponse = (row: Row): string => {
    if (!row.response) {
      if (lastRow.current && lastRow.current !== row.id) complete(lastRow.current);
      survey.startResponse({
        id: row.id,
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        group,
        mode: 'paper',
      });
      setDraftId(crypto.randomUUID());
    }
    lastRow.current = row.id;
    return row.id;
  };

  const leaveRow = (rowIndex: number) => {
    const row = rows[rowIndex];
    if (row?.response) {
      complete(row.id);
      focusCell(rowIndex + 1, 0);
    }
  };

  const newRow = () => {
    complete(lastRow.current);
    focusCell(rows.length - 1, 0);
  };

  const onScaleKey = (e: KeyboardEvent<HTMLInputElement>, rowIndex: number, col: number) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const row = rows[rowIndex];
    const item = columns[col]?.item;
    if (!row || !item) return;
    const move = arrowMove(e.key);
    if (move || e.key === 'Enter') {
      e.preventDefault();
      return move ? focusCell(rowIndex + move[0], col + move[1]) : leaveRow(rowIndex);
    }
    const meaning = keyMeaning(e.key);
    if (!meaning) return;
    e.preventDefault();
    if (meaning.kind === 'invalid') return setMessage(INVALID_KEY_MESSAGE);
    setMessage('');
    if (meaning.kind === 'clear') {
      if (row.response) survey.answerScale(row.id, item.id, null);
      return;
    }
    survey.answerScale(ensureResponse(row), item.id, meaning.answer);
    if (col < columns.length - 1) focusCell(rowIndex, col + 1);
  };

  const onOpenKey = (e: KeyboardEvent<HTMLInputElement>, rowIndex: number, col: number) => {
    const input = e.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    const move = arrowMove(e.key);
    const leaves =
      e.key === 'ArrowUp' ||
      e.key === 'ArrowDown' ||
      (e.key === 'ArrowLeft' && atStart) ||
      (e.key === 'ArrowRight' && atEnd && col < columns.length - 1);
    if (e.key === 'Enter') {
      e.preventDefault();
      return leaveRow(rowIndex);
    }
    if (move && leaves) {
      e.preventDefault();
      focusCell(rowIndex + move[0], col + move[1]);
    }
  };

  const onOpenText = (row: Row, itemId: string, text: string) => {
    if (!row.response && text.trim() === '') return;
    survey.answerOpen(ensureResponse(row), itemId, text);
  };

  const cellRef = (rowId: string) => (col: number) => (el: HTMLInputElement | null) => {
    const k = cellKey(rowId, col);
    if (el) cells.current.set(k, el);
    else cells.current.delete(k);
  };

  return (
    <>
      <div className="paper-toolbar">
        <button type="button" onClick={newRow}>
          Nueva fila
        </button>
        <p className="muted paper-help">
          Teclas: 1, 2, 3, 4 · 0 o N = «No sé / No aplica» (NS) · Retroceso o Supr borra · flechas para moverse · Enter
          termina el formulario.
        </p>
      </div>
      <p className="paper-message" role="alert" data-testid="paper-message">
        {message}
      </p>
      <div className="paper-scroll">
        <table className="paper-grid" data-testid="paper-grid">
          <caption className="visually-hidden">Respuestas de los formularios en papel: {instrument.title}</caption>
          <thead>
            <tr>
              <th scope="col">Formulario</th>
              {columns.map((c) => (
                <th key={c.item.id} scope="col" title={c.item.text}>
                  {c.number}
                  {c.item.kind === 'open' ? ' (abierta)' : ''}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, rowIndex) => (
              <PaperRow
                key={row.id}
                row={row}
                rowIndex={rowIndex}
                columns={columns}
                cellRef={cellRef(row.id)}
                onScaleKey={(e, col) => onScaleKey(e, rowIndex, col)}
                onOpenKey={(e, col) => onOpenKey(e, rowIndex, col)}
                onOpenText={(itemId, text) => onOpenText(row, itemId, text)}
              />
            ))}
          </tbody>
        </table>
      </div>
      <PaperLegend columns={columns} />
    </>
  );
}
