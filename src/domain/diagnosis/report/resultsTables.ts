// The Informe Diagnóstico's school results (SIMCE, IDPS, eficiencia interna) as tables of strings,
// values as the school stored them (shared/numbers.ts formatStored) and percentages with one decimal.
import { formatPercent, formatStored, formatStoredDiff } from '../../shared/numbers.ts';
import { IDPS_INDICATORS, SIMCE_GRADES, SIMCE_TESTS } from '../../results/schemas.ts';
import type { DiagnosisReportInput, ReportBlock } from './model.ts';

export const NO_DATA = 'Sin datos registrados';

const pct = (n: number | null): string => formatPercent(n);
const labelOf = <T extends { code: string | number; label: string }>(list: readonly T[], code: string | number) =>
  list.find((x) => x.code === code)?.label ?? String(code);

/** The SIMCE, IDPS and efficiency tables, each under its heading, or NO_DATA. */
export function resultsData(results: DiagnosisReportInput['results']): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'heading', text: 'SIMCE' }];
  if (results.simce.length === 0) blocks.push({ kind: 'paragraph', text: NO_DATA });
  else
    blocks.push({
      kind: 'table',
      headers: ['Año', 'Grado', 'Prueba', 'Promedio', 'Dif. anterior', 'Dif. GSE', '% Insuf.', '% Elem.', '% Adec.'],
      rows: results.simce.map((r) => [
        String(r.year),
        labelOf(SIMCE_GRADES, r.grade),
        labelOf(SIMCE_TESTS, r.test),
        formatStored(r.average),
        formatStoredDiff(r.diffPrevious),
        formatStoredDiff(r.diffGroup),
        pct(r.pctInsuficiente),
        pct(r.pctElemental),
        pct(r.pctAdecuado),
      ]),
    });
  blocks.push({ kind: 'heading', text: 'Indicadores de Desarrollo Personal y Social (IDPS)' });
  if (results.idps.length === 0) blocks.push({ kind: 'paragraph', text: NO_DATA });
  else
    blocks.push({
      kind: 'table',
      headers: ['Año', 'Grado', 'Indicador', 'Puntaje'],
      rows: results.idps.map((r) => [
        String(r.year),
        labelOf(SIMCE_GRADES, r.grade),
        labelOf(IDPS_INDICATORS, r.indicator),
        formatStored(r.score),
      ]),
    });
  blocks.push({ kind: 'heading', text: 'Eficiencia interna' });
  if (results.efficiency.length === 0) blocks.push({ kind: 'paragraph', text: NO_DATA });
  else
    blocks.push({
      kind: 'table',
      headers: ['Año', 'Matrícula', 'Asistencia', 'Retención', 'Aprobación', 'Reprobación', 'Repitencia'],
      rows: results.efficiency.map((r) => [
        String(r.year),
        formatStored(r.matricula),
        pct(r.asistenciaPct),
        pct(r.retencionPct),
        pct(r.aprobacionPct),
        pct(r.reprobacionPct),
        pct(r.repitenciaPct),
      ]),
    });
  return blocks;
}
