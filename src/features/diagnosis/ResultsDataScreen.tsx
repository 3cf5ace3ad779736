// The school's results data (SIMCE, IDPS, eficiencia interna): tables of what is stored in the
// diagnosis document, CSV import from our templates (all or nothing, every bad cell listed) and,
// for SIMCE, the Agencia de Calidad's official file "SIMCE por establecimiento".
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { passFailSumError } from '../../domain/bounds.ts';
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
  IDPS_INDICATORS,
  SIMCE_GRADES,
  SIMCE_TESTS,
  SOCIOECONOMIC_GROUPS,
  efficiencyYearSchema,
  idpsResultSchema,
  simceResultSchema,
  type EfficiencyYear,
  type IdpsResult,
  type SimceResult,
} from '../../domain/results/schemas.ts';
import { ManualEntry, type ManualField } from './resultsData/ManualEntry.tsx';
import type { ResultsHandle } from '../../data/docs/diagnosis/index.ts';
import { ResultsSection, type Column, type ImportOutcome } from './resultsData/ResultsSection.tsx';
import { useResultsData } from './resultsData/useResultsData.ts';
import {
  formatDiff,
  formatNumber,
  formatPercent,
  gradeLabel,
  gseLabel,
  indicatorLabel,
  templateHref,
  testLabel,
} from './resultsData/format.ts';

const SIMCE_COLUMNS: Column<SimceResult>[] = [
  { label: 'Año', cell: (r) => r.year },
  { label: 'Grado', cell: (r) => gradeLabel(r.grade) },
  { label: 'Prueba', cell: (r) => testLabel(r.test) },
  { label: 'Puntaje promedio', cell: (r) => formatNumber(r.average), numeric: true },
  { label: 'Estudiantes', cell: (r) => formatNumber(r.studentsTested, 0), numeric: true },
  { label: 'Dif. evaluación anterior', cell: (r) => formatDiff(r.diffPrevious), numeric: true },
  { label: 'Dif. mismo GSE', cell: (r) => formatDiff(r.diffGroup), numeric: true },
  { label: 'GSE', cell: (r) => gseLabel(r.socioeconomicGroup) },
  { label: '% Insuficiente', cell: (r) => formatPercent(r.pctInsuficiente), numeric: true },
  { label: '% Elemental', cell: (r) => formatPercent(r.pctElemental), numeric: true },
  { label: '% Adecuado', cell: (r) => formatPercent(r.pctAdecuado), numeric: true },
];

const IDPS_COLUMNS: Column<IdpsResult>[] = [
  { label: 'Año', cell: (r) => r.year },
  { label: 'Grado', cell: (r) => gradeLabel(r.grade) },
  { label: 'Indicador', cell: (r) => indicatorLabel(r.indicator) },
  { label: 'Puntaje', cell: (r) => formatNumber(r.score), numeric: true },
];

const EFFICIENCY_COLUMNS: Column<EfficiencyYear>[] = [
  { label: 'Año', cell: (r) => r.year },
  { label: 'Matrícula', cell: (r) => formatNumber(r.matricula, 0), numeric: true },
  { label: 'Asistencia (%)', cell: (r) => formatPercent(r.asistenciaPct), numeric: true },
  { label: 'Retención (%)', cell: (r) => formatPercent(r.retencionPct), numeric: true },
  { label: 'Aprobación (%)', cell: (r) => formatPercent(r.aprobacionPct), numeric: true },
  {
    label: 'Reprobación (%)',
    cell: (r) => {
      const sum = passFailSumError(r.year, r.aprobacionPct, r.reprobacionPct);
      return (
        <>
          {formatPercent(r.reprobacionPct)}
          {sum && (
            <span className="field-error" data-testid="efficiency-sum-error">
              {' '}
              {sum}
            </span>
          )}
        </>
      );
    },
    numeric: true,
  },
  { label: 'Repitencia (%)', cell: (r) => formatPercent(r.repitenciaPct), numeric: true },
];

const YEAR_FIELD: ManualField = { name: 'year', label: 'Año', kind: 'number' };
const GRADE_FIELD: ManualField = { name: 'grade', label: 'Grado', kind: { options: SIMCE_GRADES } };

const SIMCE_FIELDS: ManualField[] = [
  YEAR_FIELD,
  GRADE_FIELD,
  { name: 'test', label: 'Prueba', kind: { options: SIMCE_TESTS } },
  { name: 'average', label: 'Puntaje promedio', kind: 'number' },
  { name: 'studentsTested', label: 'Estudiantes evaluados', kind: 'number' },
  { name: 'diffPrevious', label: 'Diferencia con la evaluación anterior', kind: 'number' },
  { name: 'diffGroup', label: 'Diferencia con el mismo GSE', kind: 'number' },
  { name: 'socioeconomicGroup', label: 'Grupo socioeconómico', kind: { options: SOCIOECONOMIC_GROUPS } },
  { name: 'pctInsuficiente', label: '% Insuficiente', kind: 'number' },
  { name: 'pctElemental', label: '% Elemental', kind: 'number' },
  { name: 'pctAdecuado', label: '% Adecuado', kind: 'number' },
];

const IDPS_FIELDS: ManualField[] = [
  YEAR_FIELD,
  GRADE_FIELD,
  { name: 'indicator', label: 'Indicador', kind: { options: IDPS_INDICATORS } },
  { name: 'score', label: 'Puntaje (0 a 100)', kind: 'number' },
];

const EFFICIENCY_FIELDS: ManualField[] = [
  YEAR_FIELD,
  { name: 'matricula', label: 'Matrícula', kind: 'number' },
  { name: 'asistenciaPct', label: 'Asistencia promedio (%)', kind: 'number' },
  { name: 'retencionPct', label: 'Retención (%)', kind: 'number' },
  { name: 'aprobacionPct', label: 'Aprobación (%)', kind: 'number' },
  { name: 'reprobacionPct', label: 'Reprobación (%)', kind: 'number' },
  { name: 'repitenciaPct', label: 'Repitencia (%)', kind: 'number' },
];

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

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function ResultsDataScreen({ schoolId }: { schoolId: SchoolId }) {
  const { results, simce, idps, efficiency } = useResultsData(schoolId);
  const rbd = Number(schoolId);
  const disabled = results === null;
  /** Writes through the open document; throws (so the import reports it) while it is not open yet. */
  const withDoc =
    <T,>(put: (r: ResultsHandle, rows: T[]) => void) =>
    (rows: T[]) => {
      if (results === null) throw new Error('document not open');
      put(results, rows);
    };
  const putSimceRows = (r: ResultsHandle, rows: SimceResult[]) => r.putSimce(rows);
  const putIdpsRows = (r: ResultsHandle, rows: IdpsResult[]) => r.putIdps(rows);
  const putEfficiencyRows = (r: ResultsHandle, rows: EfficiencyYear[]) => r.putEfficiency(rows);
  return (
    <section className="card">
      <a href={`#/escuelas/${schoolId}/diagnostico`}>← Diagnóstico</a>
      <h1>Datos de resultados del establecimiento</h1>
      <p className="muted">
        Importe los resultados desde las plantillas CSV (separadas por coma con punto decimal, o por punto y coma con
        coma decimal). Si el archivo tiene algún error no se importa ninguna fila.
      </p>
      <ResultsSection
        id="simce"
        title="SIMCE"
        rows={simce}
        columns={SIMCE_COLUMNS}
        rowLabel={(r) => `SIMCE ${testLabel(r.test)} ${gradeLabel(r.grade)} ${r.year}`}
        onDelete={(key) => results?.deleteSimce(key)}
        disabled={disabled}
        template={{ href: templateHref(SIMCE_TEMPLATE_COLUMNS), fileName: 'plantilla-simce.csv' }}
        importers={[
          { label: 'Importar CSV de SIMCE', run: (text) => store(importSimceCsv(text), withDoc(putSimceRows)) },
          {
            label: 'Importar archivo oficial de la Agencia (SIMCE por establecimiento)',
            run: (text) => {
              const result = importAgencySimceFile(text, rbd);
              if (!result.ok) return { ok: false, message: result.error, errors: result.details };
              return store({ ok: true, rows: result.rows }, withDoc(putSimceRows));
            },
          },
        ]}
      >
        <ManualEntry
          title="Ingresar una fila de SIMCE a mano"
          fields={SIMCE_FIELDS}
          schema={simceResultSchema}
          disabled={disabled}
          onSave={(row) => withDoc(putSimceRows)([row])}
        />
      </ResultsSection>
      <ResultsSection
        id="idps"
        title="IDPS (Indicadores de desarrollo personal y social)"
        rows={idps}
        columns={IDPS_COLUMNS}
        rowLabel={(r) => `IDPS ${indicatorLabel(r.indicator)} ${gradeLabel(r.grade)} ${r.year}`}
        onDelete={(key) => results?.deleteIdps(key)}
        disabled={disabled}
        template={{ href: templateHref(IDPS_TEMPLATE_COLUMNS), fileName: 'plantilla-idps.csv' }}
        importers={[{ label: 'Importar CSV de IDPS', run: (text) => store(importIdpsCsv(text), withDoc(putIdpsRows)) }]}
      >
        <ManualEntry
          title="Ingresar una fila de IDPS a mano"
          fields={IDPS_FIELDS}
          schema={idpsResultSchema}
          disabled={disabled}
          onSave={(row) => withDoc(putIdpsRows)([row])}
        />
      </ResultsSection>
      <ResultsSection
        id="efficiency"
        title="Eficiencia interna"
        rows={efficiency}
        columns={EFFICIENCY_COLUMNS}
        rowLabel={(r) => `eficiencia interna ${r.year}`}
        onDelete={(key) => results?.deleteEfficiency(key)}
        disabled={disabled}
        template={{ href: templateHref(EFFICIENCY_TEMPLATE_COLUMNS), fileName: 'plantilla-eficiencia-interna.csv' }}
        importers={[
          {
            label: 'Importar CSV de eficiencia interna',
            run: (text) => store(importEfficiencyCsv(text), withDoc(putEfficiencyRows)),
          },
        ]}
      >
        <ManualEntry
          title="Ingresar un año de eficiencia interna a mano"
          fields={EFFICIENCY_FIELDS}
          schema={efficiencyYearSchema}
          disabled={disabled}
          onSave={(row) => withDoc(putEfficiencyRows)([row])}
        />
      </ResultsSection>
    </section>
  );
}
