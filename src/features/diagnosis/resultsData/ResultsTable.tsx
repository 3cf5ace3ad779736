// The stored rows of one kind of results data, one column per field and a button that deletes a row.
import type { ReactNode } from 'react';
import type { Keyed } from './useResultsData.ts';

export interface Column<T> {
  label: string;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
}

interface Props<T> {
  id: string;
  rows: Keyed<T>[];
  columns: Column<T>[];
  /** Names a row in its delete button's accessible name, e.g. "SIMCE Lectura 4° básico 2024". */
  rowLabel: (row: T) => string;
  onDelete: (key: string) => void;
  disabled: boolean;
}

const NUMERIC = { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } as const;

export function ResultsTable<T>({ id, rows, columns, rowLabel, onDelete, disabled }: Props<T>) {
  if (rows.length === 0) {
    return (
      <p className="muted" data-testid={`results-${id}-empty`}>
        Aún no hay datos.
      </p>
    );
  }
  const deleteButton = (key: string, row: T) => (
    <button type="button" disabled={disabled} onClick={() => onDelete(key)} aria-label={`Eliminar ${rowLabel(row)}`}>
      Eliminar
    </button>
  );
  return (
    <div style={{ overflowX: 'auto' }}>
      <table className="participation results-data-table" data-testid={`results-${id}-table`}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" style={c.numeric ? NUMERIC : undefined}>
                {c.label}
              </th>
            ))}
            <th scope="col">Acciones</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, row }) => (
            <tr key={key} data-key={key} data-testid={`results-${id}-row`}>
              {columns.map((c) => (
                <td key={c.label} style={c.numeric ? NUMERIC : undefined}>
                  {c.cell(row)}
                </td>
              ))}
              <td>{deleteButton(key, row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
