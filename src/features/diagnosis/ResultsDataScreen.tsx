// The school's results data (SIMCE, IDPS, eficiencia interna): tables of what is stored in the
// diagnosis document, CSV import from our templates (all or nothing, every bad cell listed) and,
// for SIMCE, the Agencia de Calidad's official file "SIMCE por establecimiento".
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import {
  EFFICIENCY_TEMPLATE_COLUMNS,
  IDPS_TEMPLATE_COLUMNS,
  SIMCE_TEMPLATE_COLUMNS,
  importEfficiencyCsv,
  importIdpsCsv,
  importSimceCsv,
  type CsvImportResult,
} from '../../domain/results/csvImport.ts';
import { importAgencySimceFile } from '../../domain/results/agencyFiles.ts';
import {
  efficiencyYearSchema,
  idpsResultSchema,
  simceResultSchema,
  type EfficiencyYear,
  type IdpsResult,
  type SimceResult,
} from '../../domain/results/schemas.ts';
import type { Keyed, ResultsHandle } from '../../data/docs/diagnosis/index.ts';
import { ManualEntry } from './resultsData/ManualEntry.tsx';
import { ResultsSection } from './resultsData/ResultsSection.tsx';
import type { ImportOutcome } from './resultsData/CsvImports.tsx';
import { useResultsData } from './resultsData/useResultsData.ts';
import { gradeLabel, indicatorLabel, templateHref, testLabel } from './resultsData/format.ts';
import {
  EFFICIENCY_COLUMNS,
  EFFICIENCY_FIELDS,
  IDPS_COLUMNS,
  IDPS_FIELDS,
  SIMCE_COLUMNS,
  SIMCE_FIELDS,
} from './resultsData/layouts.tsx';
import { EditableArea } from '../screenShell/index.ts';

/** Stores an import's rows (one transaction) when the importer found no error. */
function store<T>(result: CsvImportResult<T>, put: (rows: T[]) => void): ImportOutcome {
  if (!result.ok) {
    const n = result.errors.length;
    const message = `No se importó ninguna fila: ${n === 1 ? 'hay 1 error' : `hay ${n} errores`}.`;
    return { ok: false, message, errors: result.errors };
  }
  if (result.rows.length === 0) return { ok: false, message: 'El archivo no tiene filas de datos.', errors: [] };
  try {
    put(result.rows);
  } catch {
    return { ok: false, message: 'No se pudieron guardar los datos; no se importó ninguna fila.', errors: [] };
  }
  return { ok: true, count: result.rows.length };
}

/** Writes through the open document; throws (so the import reports it) while it is not open yet. */
const writeTo =
  <T,>(results: ResultsHandle | null, put: (r: ResultsHandle, rows: T[]) => void) =>
  (rows: T[]) => {
    if (results === null) throw new Error('document not open');
    put(results, rows);
  };

type SectionProps<T> = { results: ResultsHandle | null; rows: Keyed<T>[] };

function SimceSection({ results, rows, rbd }: SectionProps<SimceResult> & { rbd: number }) {
  const put = writeTo(results, (r, rows: SimceResult[]) => r.putSimce(rows));
  const runAgencyFile = (text: string): ImportOutcome => {
    const result = importAgencySimceFile(text, rbd);
    if (!result.ok) return { ok: false, message: result.error, errors: result.details };
    return store({ ok: true, rows: result.rows }, put);
  };
  return (
    <ResultsSection
      id="simce"
      title="SIMCE"
      rows={rows}
      columns={SIMCE_COLUMNS}
      rowLabel={(r) => `SIMCE ${testLabel(r.test)} ${gradeLabel(r.grade)} ${r.year}`}
      onDelete={(key) => results?.deleteSimce(key)}
      disabled={results === null}
      template={{ href: templateHref(SIMCE_TEMPLATE_COLUMNS), fileName: 'plantilla-simce.csv' }}
      importers={[
        { label: 'Importar CSV de SIMCE', run: (text) => store(importSimceCsv(text), put) },
        { label: 'Importar archivo oficial de la Agencia (SIMCE por establecimiento)', run: runAgencyFile },
      ]}
    >
      <ManualEntry
        title="Ingresar una fila de SIMCE a mano"
        fields={SIMCE_FIELDS}
        schema={simceResultSchema}
        disabled={results === null}
        onSave={(row) => put([row])}
      />
    </ResultsSection>
  );
}

function IdpsSection({ results, rows }: SectionProps<IdpsResult>) {
  const put = writeTo(results, (r, rows: IdpsResult[]) => r.putIdps(rows));
  return (
    <ResultsSection
      id="idps"
      title="IDPS (Indicadores de desarrollo personal y social)"
      rows={rows}
      columns={IDPS_COLUMNS}
      rowLabel={(r) => `IDPS ${indicatorLabel(r.indicator)} ${gradeLabel(r.grade)} ${r.year}`}
      onDelete={(key) => results?.deleteIdps(key)}
      disabled={results === null}
      template={{ href: templateHref(IDPS_TEMPLATE_COLUMNS), fileName: 'plantilla-idps.csv' }}
      importers={[{ label: 'Importar CSV de IDPS', run: (text) => store(importIdpsCsv(text), put) }]}
    >
      <ManualEntry
        title="Ingresar una fila de IDPS a mano"
        fields={IDPS_FIELDS}
        schema={idpsResultSchema}
        disabled={results === null}
        onSave={(row) => put([row])}
      />
    </ResultsSection>
  );
}

function EfficiencySection({ results, rows }: SectionProps<EfficiencyYear>) {
  const put = writeTo(results, (r, rows: EfficiencyYear[]) => r.putEfficiency(rows));
  return (
    <ResultsSection
      id="efficiency"
      title="Eficiencia interna"
      rows={rows}
      columns={EFFICIENCY_COLUMNS}
      rowLabel={(r) => `eficiencia interna ${r.year}`}
      onDelete={(key) => results?.deleteEfficiency(key)}
      disabled={results === null}
      template={{ href: templateHref(EFFICIENCY_TEMPLATE_COLUMNS), fileName: 'plantilla-eficiencia-interna.csv' }}
      importers={[
        { label: 'Importar CSV de eficiencia interna', run: (text) => store(importEfficiencyCsv(text), put) },
      ]}
    >
      <ManualEntry
        title="Ingresar un año de eficiencia interna a mano"
        fields={EFFICIENCY_FIELDS}
        schema={efficiencyYearSchema}
        disabled={results === null}
        onSave={(row) => put([row])}
      />
    </ResultsSection>
  );
}

export function ResultsDataScreen({ schoolId }: { schoolId: SchoolId }) {
  const { results, simce, idps, efficiency } = useResultsData(schoolId);
  return (
    <section className="card">
      <a href={`#/escuelas/${schoolId}/diagnostico`}>← Diagnóstico</a>
      <h1>Datos de resultados del establecimiento</h1>
      <EditableArea kind="diagnosis">
        <p className="muted">
          Importe los resultados desde las plantillas CSV (separadas por coma con punto decimal, o por punto y coma con
          coma decimal). Si el archivo tiene algún error no se importa ninguna fila.
        </p>
        <SimceSection results={results} rows={simce} rbd={Number(schoolId)} />
        <IdpsSection results={results} rows={idps} />
        <EfficiencySection results={results} rows={efficiency} />
      </EditableArea>
    </section>
  );
}
