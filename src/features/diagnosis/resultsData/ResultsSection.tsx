// One kind of results data (SIMCE, IDPS, eficiencia interna): its stored rows, its CSV imports and,
// as children, the manual entry of one row.
import type { ReactNode } from 'react';
import type { Keyed } from './useResultsData.ts';
import { ResultsTable, type Column } from './ResultsTable.tsx';
import { CsvImports, type Importer } from './CsvImports.tsx';

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

export function ResultsSection<T>({ id, title, importers, template, children, ...table }: Props<T>) {
  return (
    <section className="results-data-section" data-testid={`results-${id}`} aria-labelledby={`results-${id}-title`}>
      <h3 id={`results-${id}-title`}>{title}</h3>
      <ResultsTable id={id} {...table} />
      <CsvImports id={id} importers={importers} template={template} disabled={table.disabled} />
      {children}
    </section>
  );
}
