// Paper entry grid: one row per paper form, one column per question of the group's instrument.
// Keyboard only: a scale cell takes one key (1–4, or 0/N for "No sé / No aplica"), saves it at
// once into the diagnosis document and moves to the next cell; arrows move; Enter leaves the row
// (marking it completed) and goes to the next one. The last row is always an empty form: its
// response is started with its first answer, never before.
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type * as Y from 'yjs';
import type { Instrument, Response, StakeholderGroup } from '../../../domain/diagnosis/model.ts';
import { answerOpen, answerScale, completeResponse, startResponse } from '../../../data/diagnosisDoc.ts';
import { LOCAL_EDIT } from '../../../data/workspace.ts';
import { INVALID_KEY_MESSAGE, keyMeaning, showAnswer } from './keys.ts';

const cellKey = (rowId: string, col: number) => `${rowId}:${col}`;

interface Row {
  id: string;
  response: Response | undefined;
  /** Item ids this row can answer (those of its own instrument version). */
  allowed: Set<string>;
}

export function PaperGrid(props: { doc: Y.Doc; instrument: Instrument; instruments: Instrument[]; responses: Response[]; group: StakeholderGroup }) {
  const { doc, instrument, instruments, responses, group } = props;
  const [draftId, setDraftId] = useState(() => crypto.randomUUID());
  const [message, setMessage] = useState('');
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const lastRow = useRef<string | null>(null);
  const cells = useRef(new Map<string, HTMLInputElement>());

  const columns = useMemo(() => instrument.items.map((item, i) => ({ item, number: i + 1 })), [instrument]);
  const ownIds = useMemo(() => new Set(instrument.items.map((i) => i.id)), [instrument]);

  const rows: Row[] = useMemo(() => {
    const paper = responses
      .filter((r) => r.mode === 'paper' && r.group === group && r.id !== draftId)
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id));
    const draftResponse = responses.find((r) => r.id === draftId);
    if (draftResponse) paper.push(draftResponse);
    const out: Row[] = paper.map((r) => {
      const own = instruments.find((i) => i.id === r.instrumentId && i.version === r.instrumentVersion);
      return { id: r.id, response: r, allowed: own ? new Set(own.items.map((i) => i.id)) : new Set<string>() };
    });
    if (!draftResponse) out.push({ id: draftId, response: undefined, allowed: ownIds });
    return out;
  }, [responses, group, draftId, instruments, ownIds]);

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
    if (r && r.completedAt === null) completeResponse(doc, r.id, new Date().toISOString(), LOCAL_EDIT);
  };

  /** The response behind a row, started (for the empty last row) at its first answer. */
  const ensureResponse = (row: Row): string => {
    if (row.response) return row.id;
    if (lastRow.current && lastRow.current !== row.id) complete(lastRow.current);
    startResponse(doc, { id: row.id, instrumentId: instrument.id, instrumentVersion: instrument.version, group, mode: 'paper', startedAt: new Date().toISOString() }, LOCAL_EDIT);
    setDraftId(crypto.randomUUID());
    return row.id;
  };

  const leaveRow = (rowIndex: number) => {
    const row = rows[rowIndex];
    if (!row) return;
    if (row.response) {
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
    switch (e.key) {
      case 'ArrowLeft':
        e.preventDefault();
        return focusCell(rowIndex, col - 1);
      case 'ArrowRight':
        e.preventDefault();
        return focusCell(rowIndex, col + 1);
      case 'ArrowUp':
        e.preventDefault();
        return focusCell(rowIndex - 1, col);
      case 'ArrowDown':
        e.preventDefault();
        return focusCell(rowIndex + 1, col);
      case 'Enter':
        e.preventDefault();
        return leaveRow(rowIndex);
    }
    const meaning = keyMeaning(e.key);
    if (!meaning) return;
    e.preventDefault();
    if (meaning.kind === 'invalid') return setMessage(INVALID_KEY_MESSAGE);
    setMessage('');
    if (meaning.kind === 'clear') {
      if (row.response) answerScale(doc, row.id, item.id, null, LOCAL_EDIT);
      return;
    }
    const id = ensureResponse(row);
    lastRow.current = id;
    answerScale(doc, id, item.id, meaning.answer, LOCAL_EDIT);
    if (col < columns.length - 1) focusCell(rowIndex, col + 1);
  };

  const onOpenKey = (e: KeyboardEvent<HTMLInputElement>, rowIndex: number, col: number) => {
    const input = e.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    if (e.key === 'Enter') {
      e.preventDefault();
      return leaveRow(rowIndex);
    }
    if (e.key === 'ArrowUp') return (e.preventDefault(), focusCell(rowIndex - 1, col));
    if (e.key === 'ArrowDown') return (e.preventDefault(), focusCell(rowIndex + 1, col));
    if (e.key === 'ArrowLeft' && atStart) return (e.preventDefault(), focusCell(rowIndex, col - 1));
    if (e.key === 'ArrowRight' && atEnd && col < columns.length - 1) return (e.preventDefault(), focusCell(rowIndex, col + 1));
  };

  return (
    <>
      <div className="paper-toolbar">
        <button type="button" onClick={newRow}>
          Nueva fila
        </button>
        <p className="muted paper-help">
          Teclas: 1, 2, 3, 4 · 0 o N = «No sé / No aplica» (NS) · Retroceso o Supr borra · flechas para moverse · Enter termina el
          formulario.
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
            {rows.map((row, rowIndex) => {
              const n = rowIndex + 1;
              const status = !row.response ? 'paper-draft' : row.response.completedAt ? 'paper-done' : '';
              return (
                <tr key={row.id} className={status} data-testid="paper-row">
                  <th scope="row">
                    {n}
                    {!row.response ? ' (nuevo)' : row.response.completedAt ? ' ✓' : ''}
                  </th>
                  {columns.map(({ item, number }, col) => {
                    const label = `Formulario ${n}, pregunta ${number}`;
                    const disabled = !row.allowed.has(item.id);
                    const ref = (el: HTMLInputElement | null) => {
                      const k = cellKey(row.id, col);
                      if (el) cells.current.set(k, el);
                      else cells.current.delete(k);
                    };
                    if (item.kind === 'scale') {
                      return (
                        <td key={item.id}>
                          <input
                            ref={ref}
                            className="paper-cell"
                            aria-label={label}
                            title={item.text}
                            inputMode="numeric"
                            autoComplete="off"
                            disabled={disabled}
                            value={showAnswer(row.response?.answers[item.id])}
                            onChange={() => {
                              /* every key is handled in onKeyDown */
                            }}
                            onFocus={(e) => e.currentTarget.select()}
                            onKeyDown={(e) => onScaleKey(e, rowIndex, col)}
                          />
                        </td>
                      );
                    }
                    return (
                      <td key={item.id}>
                        <input
                          ref={ref}
                          className="paper-open"
                          aria-label={label}
                          title={item.text}
                          autoComplete="off"
                          disabled={disabled}
                          value={row.response?.openAnswers[item.id] ?? ''}
                          onChange={(e) => {
                            const text = e.target.value;
                            if (!row.response && text.trim() === '') return;
                            const id = ensureResponse(row);
                            lastRow.current = id;
                            answerOpen(doc, id, item.id, text, LOCAL_EDIT);
                          }}
                          onKeyDown={(e) => onOpenKey(e, rowIndex, col)}
                        />
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ol className="paper-legend" aria-label="Preguntas del cuestionario">
        {columns.map(({ item, number }) => (
          <li key={item.id} value={number}>
            {item.text}
            {item.kind === 'open' ? ' (pregunta abierta, opcional)' : ''}
          </li>
        ))}
      </ol>
    </>
  );
}
