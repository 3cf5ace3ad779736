/* eslint-disable max-lines -- a fixture writing all six documents of one school, then the timing */
// evaluation.dossier.ms: median time (3 runs, after a warm-up) to build the whole dossier ZIP of a
// school with full data, in Node, from its six Yjs documents written with the data layer's own
// writers: the diagnosis (5 surveys, 100 responses) and results data, the PME of bench/pmeData.ts
// (12 objectives, 20 metas, 40 actions) with Borrador and Versión Final, 4 herramientas, 4 closed
// cortes with every action recorded and every indicator measured (bench/monitoringReport.ts), a
// programme of 12 sessions with signatures and agreements, and the evaluation (survey, decisions,
// evaluación proyectiva, sistematización, a signed Acta de Verificación). `buildSchoolDocs` is also
// the fixture of tests/unit/features/evaluation/dossierPdf.test.ts. Data follow from indexes only.
import * as Y from 'yjs';
import { answerScale, completeResponse, saveInstrument, startResponse } from '../src/data/docs/diagnosis/survey.ts';
import { addDecision, putProjectiveItem, setCloseText } from '../src/data/docs/evaluation/entries.ts';
import { createActa, signActa } from '../src/data/docs/evaluation/actas.ts';
import { putCycle, storeClosedCycle } from '../src/data/docs/monitoring/cycles.ts';
import { putInstrument } from '../src/data/docs/monitoring/instruments.ts';
import { putMeasurement } from '../src/data/docs/monitoring/measurements.ts';
import { putRecord } from '../src/data/docs/monitoring/records.ts';
import { readMonitoring } from '../src/data/docs/monitoring/read.ts';
import { createEntry } from '../src/data/docs/pme/entries.ts';
import { markVersion } from '../src/data/docs/pme/versions.ts';
import { setAnnualSettings } from '../src/data/docs/pme/annual.ts';
import { setCycleStartYear, setVision, addSello } from '../src/data/docs/pme/strategic.ts';
import {
  createSession,
  putAgreement,
  putParticipant,
  setSessionText,
} from '../src/data/docs/programme/sessionWrite.ts';
import { openEngagement } from '../src/data/docs/programme/engagement.ts';
import { putEfficiencyRows } from '../src/data/docs/diagnosis/results.ts';
import { writeProfile } from '../src/data/docs/profile/fields.ts';
import { READY_MADE_INSTRUMENTS } from '../src/domain/diagnosis/templates.ts';
import type { Instrument } from '../src/domain/diagnosis/model.ts';
import { EVALUATION_INSTRUMENTS } from '../src/domain/evaluation/templates.ts';
import { sha256Hex } from '../src/domain/evaluation/sha256.ts';
import { closeCycle } from '../src/domain/monitoring/cycles.ts';
import { INSTRUMENT_TEMPLATES, instrumentFromTemplate } from '../src/domain/monitoring/templates.ts';
import { layoutProgramme } from '../src/domain/programme/index.ts';
import { addDays } from '../src/domain/programme/dates.ts';
import type { AttachmentRef } from '../src/domain/wire/attachments.ts';
import { buildDossier, type DossierInput } from '../src/features/evaluation/dossier/buildDossier.ts';
import type { DossierDocs } from '../src/features/evaluation/dossier/state.ts';
import { buildMonitoringData } from './monitoringReport.ts';
import { BENCH_SCHOOL, BENCH_YEAR } from './pmeData.ts';
import type { BenchResult } from './types.ts';

const RUNS = 3;
const O = 'fixture';
export const DOSSIER_TODAY = `${BENCH_YEAR}-12-18`;
export const DOSSIER_SCHOOL_ID = BENCH_SCHOOL.rbd;

/** A valid 1×1 PNG: what a signature drawn on the tablet is, for jspdf. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const signatureRef = (): AttachmentRef => ({ hash: sha256Hex(PNG), type: 'image/png', size: PNG.length });

export interface SchoolDocsOptions {
  /** Mark a Versión Final of the PME (default true). */
  final?: boolean;
  /** Sign the Acta de Verificación by director and asesor (default true). */
  signed?: boolean;
  sessions?: number;
  /** Responses per stakeholder group in each survey. */
  responsesPerGroup?: number;
}

export interface SchoolDocs {
  schoolId: string;
  docs: DossierDocs;
  images: DossierInput['images'];
}

function survey(doc: Y.Doc, instruments: readonly Instrument[], perGroup: number, prefix: string, shift: number): void {
  instruments.forEach((instr, g) => {
    saveInstrument(doc, instr, O);
    for (let r = 0; r < perGroup; r++) {
      const id = `${prefix}-${instr.group}-${r}`;
      startResponse(
        doc,
        {
          id,
          instrumentId: instr.id,
          instrumentVersion: instr.version,
          group: instr.group,
          mode: 'paper',
          startedAt: `${BENCH_YEAR}-0${prefix === 'd' ? 3 : 9}-10T10:${String(r % 60).padStart(2, '0')}:00Z`,
        },
        O,
      );
      instr.items.forEach((item, i) => {
        if (item.kind === 'scale')
          answerScale(doc, id, item.id, Math.min(4, ((g + r + i) % 4) + 1 + shift) as 1 | 2 | 3 | 4, O);
      });
      completeResponse(doc, id, `${BENCH_YEAR}-09-10T11:00:00Z`, O);
    }
  });
}

function writePme(doc: Y.Doc, final: boolean): void {
  const { pme } = buildMonitoringData();
  setCycleStartYear(doc, pme.cycle.startYear, O);
  setVision(doc, pme.vision, O);
  pme.sellos.forEach((s) => addSello(doc, s.id, s.text, O));
  pme.annual.forEach((a) => setAnnualSettings(doc, a, O));
  let order = 0;
  for (const o of pme.objectives) createEntry(doc, 'objective', o.id, o, O, ++order);
  for (const g of pme.goals) createEntry(doc, 'goal', g.id, g, O, ++order);
  for (const s of pme.strategies) createEntry(doc, 'strategy', s.id, s, O, ++order);
  for (const a of pme.actions) createEntry(doc, 'action', a.id, a, O, ++order);
  markVersion(
    doc,
    {
      id: 'v-borrador',
      kind: 'borrador',
      plan: pme,
      createdAt: `${BENCH_YEAR}-04-20T12:00:00Z`,
      createdBy: 'Ana Rojas',
    },
    O,
  );
  if (final)
    markVersion(
      doc,
      { id: 'v-final', kind: 'final', plan: pme, createdAt: `${BENCH_YEAR}-06-20T12:00:00Z`, createdBy: 'Ana Rojas' },
      O,
    );
}

function writeMonitoring(doc: Y.Doc): void {
  const { cycles, records, measurements } = buildMonitoringData();
  INSTRUMENT_TEMPLATES.forEach((t, i) => putInstrument(doc, instrumentFromTemplate(t, `h${i + 1}`), O));
  for (const c of cycles) {
    putCycle(doc, c, O);
    for (const r of records.filter((x) => x.cycleId === c.id)) {
      putRecord(
        doc,
        { userId: 'utp', name: r.recordedBy },
        r.actionId,
        c.id,
        { level: r.level, progress: r.progress, executed: r.executed, observaciones: r.observaciones },
        r.recordedAt,
        O,
      );
    }
    for (const m of measurements.filter((x) => x.cycleId === c.id)) putMeasurement(doc, m, O);
  }
  const view = readMonitoring(doc);
  for (const c of view.cycles) {
    const closed = closeCycle(c, view.records, view.measurements, `${c.end}T18:00:00Z`, 'Ana Rojas');
    if (closed.ok) storeClosedCycle(doc, closed.snapshot, O);
  }
}

function writeProgramme(doc: Y.Doc, sessions: number): void {
  const start = `${BENCH_YEAR}-04-06`;
  const plan = layoutProgramme(start, 8, 80);
  openEngagement(
    doc,
    { startDate: start, hoursContracted: 80, months: 8, openedAt: `${start}T09:00:00Z`, openedBy: 'Ana Rojas' },
    plan,
    O,
  );
  for (let i = 0; i < sessions; i++) {
    const id = `s${i + 1}`;
    const date = addDays(start, i * 18);
    const month = Math.min(8, 1 + Math.floor((i * 18) / 30));
    createSession(
      doc,
      id,
      { date, startTime: '09:00', endTime: '13:00', type: i % 3 === 0 ? 'taller' : 'visita', programmeMonth: month },
      `${date}T09:00:00Z`,
      O,
    );
    setSessionText(doc, id, 'agenda', `Revisión del avance del mes ${month} y trabajo con el equipo de gestión.`, O);
    setSessionText(
      doc,
      id,
      'notes',
      `Sesión ${i + 1}: se revisan las acciones del PME y los registros de monitoreo.`,
      O,
    );
    ['Directora', 'Jefa de UTP', 'Encargado de convivencia'].forEach((name, p) =>
      putParticipant(
        doc,
        id,
        `${id}-p${p}`,
        {
          name,
          role: p === 0 ? 'equipo-directivo' : p === 1 ? 'jefe-utp' : 'encargado-convivencia',
          present: true,
          signature: signatureRef(),
        },
        O,
      ),
    );
    putAgreement(
      doc,
      id,
      `${id}-a1`,
      {
        text: `Acuerdo de la sesión ${i + 1}`,
        responsible: 'Jefa de UTP',
        dueDate: addDays(date, 14),
        done: i < sessions - 2,
        doneAt: i < sessions - 2 ? addDays(date, 10) : null,
      },
      O,
    );
  }
}

// eslint-disable-next-line max-lines-per-function -- a fixture: writes each part of the evaluation in document order
function writeEvaluation(doc: Y.Doc, perGroup: number, signed: boolean): void {
  survey(doc, EVALUATION_INSTRUMENTS, perGroup, 'e', 1);
  const { pme } = buildMonitoringData();
  pme.actions.slice(0, 10).forEach((a, i) =>
    addDecision(
      doc,
      {
        id: `d${i + 1}`,
        scope: 'accion',
        targetId: a.id,
        year: BENCH_YEAR,
        kind: (['continuar', 'ajustar', 'reprogramar', 'descontinuar'] as const)[i % 4] ?? 'continuar',
        rationale: `Según los registros de los cuatro cortes, la acción ${i + 1} avanzó de forma desigual.`,
        proposal: i % 4 === 1 ? 'Concentrar los talleres en el primer semestre.' : '',
        recordIds: [],
        goalIds: [pme.goals[i % pme.goals.length]!.id],
        decidedBy: 'Equipo de gestión',
        decidedAt: `${BENCH_YEAR}-11-10T10:00:00Z`,
      },
      O,
    ),
  );
  putProjectiveItem(
    doc,
    { id: 'pr1', list: 'keep', text: 'Mantener los talleres de lectura compartida.', decisionId: null, goalIds: [] },
    O,
  );
  putProjectiveItem(
    doc,
    {
      id: 'pr2',
      list: 'add',
      text: 'Incorporar un plan de asistencia para 1° y 2° básico.',
      decisionId: null,
      goalIds: [],
    },
    O,
  );
  setCloseText(
    doc,
    'lecciones',
    'Monitorear cada mes evita llegar al cierre con acciones sin registro.\nEl equipo de gestión necesita tiempo protegido.',
    O,
  );
  setCloseText(doc, 'buenasPracticas', 'Reuniones quincenales de análisis de datos.', O);
  setCloseText(doc, 'recomendaciones', 'Sostenedor: asegurar horas de coordinación para la UTP.', O);
  createActa(
    doc,
    {
      id: 'acta1',
      schoolId: DOSSIER_SCHOOL_ID,
      year: BENCH_YEAR,
      pmeVersionId: null,
      date: `${BENCH_YEAR}-12-10`,
      observaciones: 'Se revisan las carpetas de evidencias con la dirección.',
      correctsActaId: null,
      signatures: [],
      items: pme.actions.map((a, i) => ({
        actionId: a.id,
        mediosExist: i % 5 === 4 ? 'no' : 'en-papel',
        evidence:
          i % 5 === 4 ? [] : [{ kind: 'documento', description: a.mediosVerificacion[0] ?? 'Carpeta de evidencias' }],
        result: i % 5 === 4 ? 'no-verificada' : i % 3 === 0 ? 'parcial' : 'verificada',
        observations: '',
      })),
    },
    O,
  );
  if (signed) {
    signActa(
      doc,
      'acta1',
      { role: 'director', name: 'María Pérez', signature: signatureRef(), signedAt: `${BENCH_YEAR}-12-10T12:00:00Z` },
      O,
    );
    signActa(
      doc,
      'acta1',
      { role: 'asesor', name: 'Ana Rojas', signature: signatureRef(), signedAt: `${BENCH_YEAR}-12-10T12:05:00Z` },
      O,
    );
  }
}

export function buildSchoolDocs(options: SchoolDocsOptions = {}): SchoolDocs {
  const perGroup = options.responsesPerGroup ?? 20;
  const docs: DossierDocs = {
    profile: new Y.Doc(),
    diagnosis: new Y.Doc(),
    pme: new Y.Doc(),
    monitoring: new Y.Doc(),
    programme: new Y.Doc(),
    evaluation: new Y.Doc(),
    review: new Y.Doc(),
  };
  writeProfile(
    docs.profile,
    {
      rbd: 7423,
      dv: BENCH_SCHOOL.dv,
      name: BENCH_SCHOOL.name,
      regionCode: '13',
      comunaCode: '13120',
      dependencia: '6',
    },
    O,
  );
  survey(docs.diagnosis, READY_MADE_INSTRUMENTS, perGroup, 'd', 0);
  putEfficiencyRows(
    docs.diagnosis,
    [2024, 2025, 2026].map((year, i) => ({
      year,
      matricula: 420 + i * 10,
      asistenciaPct: 86 + i * 2,
      retencionPct: 95 + i,
      aprobacionPct: 90 + i,
      reprobacionPct: 6 - i,
      repitenciaPct: 4 - i,
    })),
    O,
  );
  writePme(docs.pme, options.final ?? true);
  writeMonitoring(docs.monitoring);
  writeProgramme(docs.programme, options.sessions ?? 12);
  writeEvaluation(docs.evaluation, perGroup, options.signed ?? true);
  const images: DossierInput['images'] = async (hash) =>
    hash === sha256Hex(PNG) ? { bytes: PNG, type: 'image/png' } : null;
  return { schoolId: DOSSIER_SCHOOL_ID, docs, images };
}

export async function benchEvaluationDossier(): Promise<BenchResult[]> {
  const school = buildSchoolDocs();
  const input: DossierInput = {
    schoolId: school.schoolId,
    docs: school.docs,
    advisor: 'Ana Rojas',
    today: DOSSIER_TODAY,
    images: school.images,
  };
  await buildDossier(input); // warm-up
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    await buildDossier(input);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  return [{ id: 'evaluation.dossier.ms', value: Math.round(median * 100) / 100, unit: 'ms' }];
}
