// One paper form in the grid: a row header (number, new / done) and one cell per question. A scale
// cell handles every key in onKeyDown (see PaperGrid); an open cell is typed as text, written once per burst (YS-1).
import type { KeyboardEvent } from 'react';
import type { Item } from '../../../domain/diagnosis/model.ts';
import { showAnswer } from './keys.ts';
import type { Row } from './rows.ts';
import { BufferedInput } from '../../forms/index.ts';

export interface Column {
  item: Item;
  number: number;
}

interface Props {
  row: Row;
  rowIndex: number;
  columns: Column[];
  cellRef: (col: number) => (el: HTMLInputElement | null) => void;
  onScaleKey: (e: KeyboardEvent<HTMLInputElement>, col: number) => void;
  onOpenKey: (e: KeyboardEvent<HTMLInputElement>, col: number) => void;
  onOpenText: (itemId: string, text: string) => void;
}

export function PaperRow({ row, rowIndex, columns, cellRef, onScaleKey, onOpenKey, onOpenText }: Props) {
  const n = rowIndex + 1;
  const done = row.response?.completedAt;
  return (
    <tr className={!row.response ? 'paper-draft' : done ? 'paper-done' : ''} data-testid="paper-row">
      <th scope="row">
        {n}
        {!row.response ? ' (nuevo)' : done ? ' ✓' : ''}
      </th>
      {columns.map(({ item, number }, col) => {
        const common = {
          ref: cellRef(col),
          'aria-label': `Formulario ${n}, pregunta ${number}`,
          title: item.text,
          autoComplete: 'off',
          disabled: !row.allowed.has(item.id),
        };
        return (
          <td key={item.id}>
            {item.kind === 'scale' ? (
              <input
                {...common}
                className="paper-cell"
                inputMode="numeric"
                value={showAnswer(row.response?.answers[item.id])}
                onChange={() => {
                  /* every key is handled in onKeyDown */
                }}
                onFocus={(e) => e.currentTarget.select()}
                onKeyDown={(e) => onScaleKey(e, col)}
              />
            ) : (
              <BufferedInput
                {...common}
                className="paper-open"
                value={row.response?.openAnswers[item.id] ?? ''}
                onCommit={(text) => onOpenText(item.id, text)}
                onKeyDown={(e) => onOpenKey(e, col)}
              />
            )}
          </td>
        );
      })}
    </tr>
  );
}

/** The questions under the grid, numbered as the columns. */
export function PaperLegend({ columns }: { columns: Column[] }) {
  return (
    <ol className="paper-legend" aria-label="Preguntas del cuestionario">
      {columns.map(({ item, number }) => (
        <li key={item.id} value={number}>
          {item.text}
          {item.kind === 'open' ? ' (pregunta abierta, opcional)' : ''}
        </li>
      ))}
    </ol>
  );
}
