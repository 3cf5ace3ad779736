// The CSV imports of one kind of results data: a file input per importer, the template to download,
// and what the last import did (rows imported, or every error found, with nothing imported).
import { useId, useState } from 'react';
import type { CsvImportError } from '../../../domain/results/csvImport.ts';

export type ImportOutcome = { ok: true; count: number } | { ok: false; message: string; errors: CsvImportError[] };

export interface Importer {
  /** Visible label of the file input, e.g. "Importar CSV de SIMCE". */
  label: string;
  run: (text: string) => ImportOutcome;
}

interface Props {
  id: string;
  importers: Importer[];
  template: { href: string; fileName: string };
  disabled: boolean;
}

function describeError(e: CsvImportError): string {
  return e.column === '' ? `Fila ${e.row}: ${e.message}` : `Fila ${e.row}, columna ${e.column}: ${e.message}`;
}

function ImportInput(props: { importer: Importer; disabled: boolean; onOutcome: (o: ImportOutcome) => void }) {
  const { importer, disabled, onOutcome } = props;
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

function OutcomeMessage({ id, outcome }: { id: string; outcome: ImportOutcome | null }) {
  if (outcome === null) return null;
  if (outcome.ok) {
    return (
      <p role="status" data-testid={`results-${id}-imported`}>
        {outcome.count === 1 ? 'Se importó 1 fila' : `Se importaron ${outcome.count} filas`}
      </p>
    );
  }
  return (
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
  );
}

const IMPORT_BAR = { display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'end', marginTop: '0.75rem' } as const;

export function CsvImports({ id, importers, template, disabled }: Props) {
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  return (
    <>
      <div className="results-data-import" style={IMPORT_BAR}>
        {importers.map((importer) => (
          <ImportInput key={importer.label} importer={importer} disabled={disabled} onOutcome={setOutcome} />
        ))}
        <a href={template.href} download={template.fileName}>
          Descargar plantilla CSV
        </a>
      </div>
      <OutcomeMessage id={id} outcome={outcome} />
    </>
  );
}
