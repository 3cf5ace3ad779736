import { useId, useState, type ReactNode } from 'react';
import type { CsvImportError } from '../../../domain/results/csvImport.ts';
import type { Keyed } from './useResultsData.ts';

export type ImportOutcome = { ok: true; count: number } | { ok: false; message: string; errors: CsvImportError[] };

export interface Importer {
  /** Visible label of the file input, e.g. "Importar CSV de SIMCE". */
  label: string;
  run: (text: string) => ImportOutcome;
}

export interface Column<T> {
  label: string;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
}

interface Props<T> {
  id: string;
  title: string;
  rows: Keyed<T>[];
  columns: Column<T>[];
  rowLabel: (row: T) => string;
  onDelete: (key: string) => void;
  importers: Importer[];
  template: { href: string; fileName: string };
  disabled: boolean;
  /** Manual entry of one row, shown under the imports. */
  children?: ReactNode;
}

const NUMERIC = { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } as const;

export function describeError(e: CsvImportError): string {
  return e.column === '' ? `Fila ${e.row}: ${e.message}` : `Fila ${e.row}, columna ${e.column}: ${e.message}`;
}

function ImportInput({
  importer,
  disabled,
  onOutcome,
}: {
  importer: Importer;
  disabled: boolean;
  onOutcome: (o: ImportOutcome) => void;
}) {
  const inputId = useId();
  return (
    <div className="field">
      <label htmlFor={inputId}>{importer.label}</label>
      <input
        id={inputId}
        type="file"
        accept=".csv,text/csv"
        disabled={disabled}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          if (!file) return;
          void file.text().then(
            (text) => {
              onOutcome(importer.run(text));
              input.value = '';
            },
            () => onOutcome({ ok: false, message: 'No se pudo leer el archivo', errors: [] }),
          );
        }}
      />
    </div>
  );
}

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function ResultsSection<T>({
  id,
  title,
  rows,
  columns,
  rowLabel,
  onDelete,
  importers,
  template,
  disabled,
  children,
}: Props<T>) {
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  return (
    <section className="results-data-section" data-testid={`results-${id}`} aria-labelledby={`results-${id}-title`}>
      <h3 id={`results-${id}-title`}>{title}</h3>
      {rows.length === 0 ? (
        <p className="muted" data-testid={`results-${id}-empty`}>
          Aún no hay datos.
        </p>
      ) : (
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
                  <td>
                    <button
                      type="button"
                      disabled={disabled}
                      onClick={() => onDelete(key)}
                      aria-label={`Eliminar ${rowLabel(row)}`}
                    >
                      Eliminar
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div
        className="results-data-import"
        style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'end', marginTop: '0.75rem' }}
      >
        {importers.map((importer) => (
          <ImportInput key={importer.label} importer={importer} disabled={disabled} onOutcome={setOutcome} />
        ))}
        <a href={template.href} download={template.fileName}>
          Descargar plantilla CSV
        </a>
      </div>
      {outcome?.ok === true && (
        <p role="status" data-testid={`results-${id}-imported`}>
          {outcome.count === 1 ? 'Se importó 1 fila' : `Se importaron ${outcome.count} filas`}
        </p>
      )}
      {outcome?.ok === false && (
        <div role="alert" className="form-error" data-testid={`results-${id}-errors`}>
          <p>{outcome.message}</p>
          {outcome.errors.length > 0 && (
            <ul>
              {outcome.errors.map((e, i) => (
                <li key={i}>{describeError(e)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {children}
    </section>
  );
}
