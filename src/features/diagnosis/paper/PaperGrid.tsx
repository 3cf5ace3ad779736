// Paper entry grid: one row per paper form, one column per question of the group's instrument.
// Keyboard only: a scale cell takes one key (1–4, or 0/N for "No sé / No aplica"), saves it at
// once into the diagnosis document and moves to the next cell; arrows move; Enter leaves the row
// (marking it completed) and goes to the next one. The last row is always an empty form: its
// response is started with its first answer, never before.
// The rows and their responses are usePaperRows, the cursor useCellFocus, the keys gridKeys.ts.
import { useState } from 'react';
import { PaperLegend, PaperRow, type Column } from './PaperRow.tsx';
import { usePaperRows, type PaperGridProps } from './usePaperRows.ts';
import { useCellFocus } from './useCellFocus.ts';
import { openKeyHandler, scaleKeyHandler } from './gridKeys.ts';

function GridHead({ columns }: { columns: Column[] }) {
  return (
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
  );
}

export function PaperGrid(props: PaperGridProps) {
  const [message, setMessage] = useState('');
  const { columns, rows, complete, ensureResponse, completeLastTyped } = usePaperRows(props);
  const { focusCell, cellRef } = useCellFocus(rows, columns.length);
  const keys = { survey: props.survey, rows, columns, focusCell, complete, ensureResponse, setMessage };
  const onScaleKey = scaleKeyHandler(keys);
  const onOpenKey = openKeyHandler(keys);
  const newRow = () => (completeLastTyped(), focusCell(rows.length - 1, 0));
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
          <caption className="visually-hidden">
            Respuestas de los formularios en papel: {props.instrument.title}
          </caption>
          <GridHead columns={columns} />
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
                onOpenText={(itemId, text) => {
                  if (row.response || text.trim() !== '') props.survey.answerOpen(ensureResponse(row), itemId, text);
                }}
              />
            ))}
          </tbody>
        </table>
      </div>
      <PaperLegend columns={columns} />
    </>
  );
}
