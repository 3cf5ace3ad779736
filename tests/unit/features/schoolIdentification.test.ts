// IDN-1, IDN-3: every document that identifies the school prints the rows of schoolIdentification —
// PME (cover), Informe Diagnóstico (cover), Informe de Monitoreo, Informe de Evaluación, Acta de
// Verificación, the herramientas (listed and as blank forms), acta de sesión and the hours report —
// for a profile with the sostenedor's RUT and PIE and for one stored before they existed. Each
// report's content is compared with the function's output, and its PDF, read back with poppler,
// prints every row as label and value.
import { describe, expect, it } from 'vitest';
import { aggregateDiagnosis } from '../../../src/domain/diagnosis/aggregation.ts';
import { buildDiagnosisReport } from '../../../src/domain/diagnosis/report/content.ts';
import { buildActaVerificacion } from '../../../src/domain/evaluation/report/actaContent.ts';
import { buildEvaluationReport } from '../../../src/domain/evaluation/report/evaluationReport.ts';
import { instrumentsContent } from '../../../src/domain/evaluation/report/instrumentsContent.ts';
import { cycleDashboard } from '../../../src/domain/monitoring/dashboard.ts';
import { blankFormContent } from '../../../src/domain/monitoring/report/blankForm.ts';
import { monitoringReportContent } from '../../../src/domain/monitoring/report/content.ts';
import { INSTRUMENT_TEMPLATES, instrumentFromTemplate } from '../../../src/domain/monitoring/templates.ts';
import { buildPmeReport } from '../../../src/domain/pme/report/content.ts';
import { layoutProgramme } from '../../../src/domain/programme/index.ts';
import { buildActa } from '../../../src/domain/programme/report/acta.ts';
import { buildHoursReport } from '../../../src/domain/programme/report/hoursReport.ts';
import {
  schoolIdentification,
  type IdentificationRows,
  type SchoolIdentity,
} from '../../../src/domain/schools/schoolIdentification.ts';
import { renderDiagnosisPdf } from '../../../src/features/diagnosis/report/renderPdf.ts';
import { renderActaVerificacionPdf } from '../../../src/features/evaluation/report/renderActaVerificacion.ts';
import { renderEvaluationPdf } from '../../../src/features/evaluation/report/renderEvaluation.ts';
import { renderInstrumentsPdf } from '../../../src/features/evaluation/report/renderInstruments.ts';
import { renderBlankFormPdf } from '../../../src/features/monitoring/report/renderBlankForm.ts';
import { renderMonitoringPdf } from '../../../src/features/monitoring/report/renderReport.ts';
import { renderPmePdf } from '../../../src/features/pme/report/renderPdf.ts';
import { renderActaPdf } from '../../../src/features/programme/report/renderActa.ts';
import { renderHoursReportPdf } from '../../../src/features/programme/report/renderHoursReport.ts';
import { pdfText } from '../../support/pdfText.ts';
import { CYCLES, record } from '../domain/monitoring/fixtures.ts';
import { VERSION, buildPlan } from '../domain/pme/planFixture.ts';
import { session } from '../domain/programme/fixtures.ts';
import { PROFILES } from '../domain/schools/identificationProfiles.ts';
import { norm } from './figureText.ts';
import { schoolFixture } from './schoolFixture.ts';

interface Printed {
  rows: IdentificationRows;
  pdf: Uint8Array;
}

const fx = schoolFixture();
const NO_IMAGES = new Map();
const INSTRUMENT = instrumentFromTemplate(INSTRUMENT_TEMPLATES[0]!, 'inst-1');

const REPORTS: { name: string; make: (school: SchoolIdentity) => Printed }[] = [
  {
    name: 'PME (cover of the Borrador and the Versión Final)',
    make: (school) => {
      const report = buildPmeReport({ school, plan: buildPlan(), version: VERSION, year: 2026 });
      return { rows: report.cover.identification, pdf: renderPmePdf(report) };
    },
  },
  {
    name: 'Informe Diagnóstico Participativo (cover)',
    make: (school) => {
      const aggregate = aggregateDiagnosis([], [], {});
      const report = buildDiagnosisReport({
        school,
        advisor: 'Ana Pérez',
        date: '2026-04-07',
        aggregate,
        findings: [],
        results: { simce: [], idps: [], efficiency: [] },
        peiPlanes: { pei: { vision: '', mision: '', perfilEgreso: '', sellos: [] }, plans: [], matrix: {} },
        prioritisation: { method: 'importancia-urgencia', problems: [] },
        conclusions: '',
      });
      return {
        rows: report.cover.identification,
        pdf: new Uint8Array(renderDiagnosisPdf(report).output('arraybuffer')),
      };
    },
  },
  {
    name: 'Informe de Monitoreo',
    make: (school) => {
      const pme = buildPlan();
      const records = [record({ id: 'r1', actionId: 'a1', level: 'avanzada', progress: 80 })];
      const dashboard = cycleDashboard({
        pme,
        cycles: CYCLES,
        cycleId: 'c1',
        records,
        measurements: [],
        today: '2026-06-15',
      });
      const content = monitoringReportContent({
        school,
        pme,
        cycle: CYCLES[0]!,
        cycles: CYCLES,
        dashboard,
        records,
        decisions: '',
        date: '2026-06-15',
      });
      return { rows: content.identification, pdf: renderMonitoringPdf(content) };
    },
  },
  {
    name: 'Informe de Evaluación',
    make: (school) => {
      const report = buildEvaluationReport({
        ...fx.sources,
        school,
        advisor: 'Ana Rojas',
        date: '2027-12-18',
        projective: [],
        sistematizacion: null,
      });
      return { rows: report.identification.slice(0, 7), pdf: renderEvaluationPdf(report) };
    },
  },
  {
    name: 'Acta de Verificación',
    make: (school) => {
      const content = buildActaVerificacion({
        school,
        acta: fx.acta,
        actas: [fx.acta],
        pme: fx.sources.pme,
        pmeVersionLabel: null,
        records: fx.sources.records,
        cycles: fx.sources.cycles,
      });
      return { rows: content.identification.slice(0, 7), pdf: renderActaVerificacionPdf(content, NO_IMAGES) };
    },
  },
  {
    name: 'herramientas de monitoreo (the dossier’s instruments document)',
    make: (school) => {
      const content = instrumentsContent({ school, instruments: [INSTRUMENT], date: '2026-06-15' });
      return { rows: content.identification, pdf: renderInstrumentsPdf(content) };
    },
  },
  {
    name: 'herramienta de monitoreo as a blank form (MX-6)',
    make: (school) => {
      const content = blankFormContent({
        school,
        instrument: INSTRUMENT,
        pme: buildPlan(),
        plan: null,
        corte: null,
        year: 2026,
        date: '2026-06-15',
      });
      return { rows: content.identification, pdf: renderBlankFormPdf(content) };
    },
  },
  {
    name: 'acta de sesión',
    make: (school) => {
      const acta = buildActa({ school, advisor: 'Rosa Fuentes', session: session(), monthTheme: null, reviewed: [] });
      return { rows: acta.school.identification, pdf: renderActaPdf(acta, NO_IMAGES) };
    },
  },
  {
    name: 'informe de horas y actividades',
    make: (school) => {
      const report = buildHoursReport({
        school,
        advisor: 'Rosa Fuentes',
        engagement: { startDate: '2026-03-02', hoursContracted: 80, months: 7 },
        plan: layoutProgramme('2026-03-02', 7, 80),
        sessions: [session()],
        from: '2026-03-01',
        to: '2026-06-30',
        today: '2026-05-20',
      });
      return { rows: report.school.identification, pdf: renderHoursReportPdf(report) };
    },
  },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "RUT del sostenedor 62.000.660-2" in a table, "RUT del sostenedor: 62.000.660-2" on a cover. */
const printedRow = ([label, value]: [string, string]) => new RegExp(`${escape(label)}:? ${escape(value)}`);

describe('IDN-1 every document identifies the school with schoolIdentification’s rows', () => {
  for (const { label, identity, rut, pie } of PROFILES) {
    describe(label, () => {
      const expected = schoolIdentification(identity);

      it('the rows carry the sostenedor, its RUT and PIE as the profile screen shows them', () => {
        expect(expected.slice(4)).toEqual([
          ['Sostenedor', 'SLEP Santiago Centro'],
          ['RUT del sostenedor', rut],
          ['Convenio PIE', pie],
        ]);
      });

      for (const report of REPORTS) {
        it(`IDN-3 ${report.name}: its identification rows, in its content and its PDF`, async () => {
          const { rows, pdf } = report.make(identity);
          expect(rows).toEqual(expected);
          const text = norm(await pdfText(pdf, { mode: 'raw', encoding: 'UTF-8' }));
          for (const row of expected) expect(text).toMatch(printedRow(row));
        });
      }
    });
  }
});
