// The dossier's data files (`datos/`): the year's actions (CSV readable; XLSX readable + Mineduc's
// open-data columns, MX-2), monitoring per action and corte (CSV; XLSX with the per-person detail,
// MX-3), the anonymous survey responses of the diagnosis and of the evaluation (CSV), and the signed
// Acta de Verificación's canonical JSON with its SHA-256 in the format `sha256sum -c` checks. The
// writers are the ones the app's screens use.
import { strToU8 } from 'fflate';
import { responsesToCsv } from '../../../domain/diagnosis/responsesCsv.ts';
import { canonicalActaJson, isSigned } from '../../../domain/evaluation/acta.ts';
import type { DossierFile } from '../../../domain/evaluation/dossier.ts';
import { monitoringCsv, monitoringSheets } from '../../../domain/monitoring/export/rows.ts';
import { levelsAtYearEnd } from '../../../domain/monitoring/export/yearLevels.ts';
import { actionSheets, actionsCsv } from '../../../domain/pme/export/actionRows.ts';
import { surveyResponses } from '../../../data/docs/evaluation/schoolDocs.ts';
import type { Made } from './documents.ts';
import type { Listed } from './leeme.ts';
import { buildWorkbook } from './sources.ts';
import type { SchoolState } from './state.ts';

const text = (s: string): Made => ({ ok: true, bytes: strToU8(s) });

function monitoringInput(s: SchoolState, year: number) {
  const cycles = s.monitoring.cycles.filter((c) => c.year === year);
  return { school: s.school.ids, pme: s.pme.plan, cycles, records: s.effective.records };
}

function actionWorkbook(s: SchoolState, year: number): Uint8Array {
  const levels = levelsAtYearEnd(s.monitoring.cycles, s.effective.records, year);
  return buildWorkbook(actionSheets(s.pme.plan, year, s.school, levels));
}

function responses(s: SchoolState, which: 'diagnosis' | 'evaluation', what: string): Made {
  const { instruments, responses: rs } = surveyResponses(s.docs, which);
  if (rs.length === 0) return { ok: false, reason: `La ${what} no tiene respuestas registradas.` };
  return text(responsesToCsv(instruments, rs, s.school));
}

function signedActa(s: SchoolState): Made | { ok: true; json: string; hash: string } {
  const view = s.acta;
  if (!view || !isSigned(view.acta)) return { ok: false, reason: 'El Acta de Verificación aún no está firmada.' };
  return { ok: true, json: canonicalActaJson(view.acta), hash: view.hash };
}

/** A data file of the manifest, by its path. */
export function dataFile(s: SchoolState, f: DossierFile): Made {
  const path = f.path;
  const year = Number(/-(\d{4})\.[a-z0-9]+$/.exec(path)?.[1]);
  if (/^datos\/acciones-\d{4}\.csv$/.test(path)) return text(actionsCsv(s.pme.plan, year, s.school));
  if (/^datos\/acciones-\d{4}\.xlsx$/.test(path)) return { ok: true, bytes: actionWorkbook(s, year) };
  if (/^datos\/monitoreo-\d{4}\.csv$/.test(path)) return text(monitoringCsv(monitoringInput(s, year), s.school));
  if (path.startsWith('datos/respuestas-diagnostico-')) {
    return responses(s, 'diagnosis', 'encuesta del diagnóstico participativo');
  }
  if (path.startsWith('datos/respuestas-evaluacion-')) {
    return responses(s, 'evaluation', 'encuesta de la evaluación participativa');
  }
  if (path.startsWith('datos/acta-verificacion-')) {
    const acta = signedActa(s);
    if (!('json' in acta)) return acta;
    if (f.format === 'json') return text(acta.json);
    return text(`${acta.hash}  ${path.slice('datos/'.length).replace(/\.sha256$/, '.json')}\n`);
  }
  return { ok: false, reason: 'Este archivo no se genera en esta versión de la aplicación.' };
}

/** Files the manifest does not name: the monitoring records as XLSX too, per year. */
export function extraDataFiles(s: SchoolState, years: readonly number[]): Listed[] {
  return [...years]
    .sort((a, b) => a - b)
    .map((y) => ({
      path: `datos/monitoreo-${y}.xlsx`,
      title: `Registros de monitoreo ${y} (XLSX)`,
      made: {
        ok: true,
        bytes: buildWorkbook(monitoringSheets(monitoringInput(s, y), y, s.school)),
      } satisfies Made,
    }));
}
