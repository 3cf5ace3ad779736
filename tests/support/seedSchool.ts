// A school with something on every screen, written through the relay as another device would: profile,
// PME (objective, strategy, two metas, three actions, Borrador and Versión Final), monitoring (plan year,
// a closed corte with records and measurements, an instrument), three diagnosis responses, a results year,
// and an asesoría with one session. Used by the accessibility walk over every route; tests that assert on
// the seeded values pass them in through RichSchoolOptions.
import * as Y from 'yjs';
import { NodeSyncClient, waitFor } from './nodeClient.ts';
import { SCHOOL_7423 } from './browser.ts';
import { docName, toSchoolId } from '../../src/domain/wire/documentNames.ts';
import { writeProfile } from '../../src/data/docs/profile/fields.ts';
import { seedOtherAreas } from './pmeAreas.ts';
import { createEntry } from '../../src/data/docs/pme/entries.ts';
import { markVersion } from '../../src/data/docs/pme/versions.ts';
import { readPme } from '../../src/data/docs/pme/read.ts';
import { setAnnualSettings } from '../../src/data/docs/pme/annual.ts';
import { setCycleStartYear } from '../../src/data/docs/pme/strategic.ts';
import { putCycle, storeClosedCycle } from '../../src/data/docs/monitoring/cycles.ts';
import { putInstrument } from '../../src/data/docs/monitoring/instruments.ts';
import { putMeasurement } from '../../src/data/docs/monitoring/measurements.ts';
import { putRecord, recordKeyOf, setMedio } from '../../src/data/docs/monitoring/records.ts';
import { readMonitoring } from '../../src/data/docs/monitoring/read.ts';
import { setPlanYear } from '../../src/data/docs/monitoring/plan.ts';
import { answerScale, completeResponse, saveInstrument, startResponse } from '../../src/data/docs/diagnosis/survey.ts';
import { addProblem, addScore } from '../../src/data/docs/diagnosis/prioritisation.ts';
import { closeCycle } from '../../src/domain/monitoring/cycles.ts';
import { INSTRUMENT_TEMPLATES, instrumentFromTemplate } from '../../src/domain/monitoring/templates.ts';
import { adaptForSchool } from '../../src/domain/diagnosis/instrumentEditing.ts';
import { templateFor } from '../../src/domain/diagnosis/templates.ts';
import { createSession, putAgreement, putParticipant } from '../../src/data/docs/programme/sessionWrite.ts';
import { openEngagement } from '../../src/data/docs/programme/engagement.ts';
import { layoutProgramme } from '../../src/domain/programme/index.ts';

type CycleFields = Parameters<typeof putCycle>[1];
type Measurement = Parameters<typeof putMeasurement>[1];
type ScaleAnswer = Parameters<typeof answerScale>[3];

/** What differs between the tests that seed this school; every field defaults to the accessibility walk's value. */
export interface RichSchoolOptions {
  /** Monitoring cortes of the year; the one with id 'c1' holds the records and is closed. */
  cycles?: (year: number) => CycleFields[];
  /** When corte 1's records were written, and when it was closed. */
  recordedAt?: (year: number) => string;
  closedAt?: (year: number) => string;
  measurements?: (year: number) => Measurement[];
  /** Completed paper responses of docentes, and the scale answer of response r to item i. */
  diagnosisResponses?: number;
  diagnosisAnswer?: (response: number, item: number) => ScaleAnswer;
  /** One prioritised problem with a score in the diagnosis. */
  withPrioritisation?: boolean;
  /** When the asesoría session's agreement was done (null: still open). */
  agreementDoneAt?: (year: number) => string | null;
  /** The PME versions marked, in order (a Borrador on May 30, a Versión Final on July 30). */
  pmeVersions?: readonly ('borrador' | 'final')[];
}

const DEFAULTS: Required<RichSchoolOptions> = {
  cycles: (year) => [
    { id: 'c1', year, name: 'Corte 1', start: `${year}-01-01`, end: `${year}-06-30` },
    { id: 'c2', year, name: 'Corte 2', start: `${year}-07-01`, end: `${year}-12-31` },
  ],
  recordedAt: (year) => `${year}-05-01T10:00:00Z`,
  closedAt: (year) => `${year}-06-30T12:00:00Z`,
  measurements: (year) => [
    {
      id: 'm1',
      goalId: 'g1',
      value: 62.5,
      date: `${year}-05-15`,
      source: 'Prueba interna',
      cycleId: 'c1',
      recordedBy: 'Ana',
    },
  ],
  diagnosisResponses: 6,
  diagnosisAnswer: (_response, item) => (item % 2 === 0 ? 2 : 4),
  withPrioritisation: true,
  agreementDoneAt: () => null,
  pmeVersions: ['borrador', 'final'],
};

const ACTIONS = [
  { id: 'a1', nombre: 'Acompañamiento al aula', level: 'completa', progress: 100 },
  { id: 'a2', nombre: 'Talleres de lectura', level: 'avanzada', progress: 80 },
  { id: 'a3', nombre: 'Consejo escolar ampliado', level: 'parcial', progress: 30 },
] as const;

function seedPme(pme: Y.Doc, year: number, versions: Required<RichSchoolOptions>['pmeVersions']): void {
  setCycleStartYear(pme, year, 's');
  setAnnualSettings(
    pme,
    { year, schoolYear: { start: `${year}-03-01`, end: `${year}-12-20` }, declaredSep: 5_000_000 as never },
    's',
  );
  createEntry(
    pme,
    'objective',
    'o1',
    {
      dimension: 'GP',
      text: 'Mejorar la lectura y la asistencia de los estudiantes al término del ciclo',
      priorityIds: [],
    },
    's',
    1,
  );
  createEntry(pme, 'strategy', 's1', { objectiveId: 'o1', text: 'Acompañamiento docente' }, 's', 2);
  const targets = (v: number) => [0, 1, 2, 3].map((i) => ({ year: year + i, value: v }));
  createEntry(
    pme,
    'goal',
    'g1',
    {
      objectiveId: 'o1',
      text: 'Comprensión lectora',
      indicator: { name: 'Comprensión lectora', unit: '%', min: 0, max: 100 },
      baseline: { value: 50, year: year - 1, source: 'Diagnóstico' },
      targets: targets(100),
    },
    's',
    3,
  );
  createEntry(
    pme,
    'goal',
    'g2',
    {
      objectiveId: 'o1',
      text: 'Ausentismo crónico',
      indicator: { name: 'Ausentismo crónico', unit: '%', min: 0, max: 100 },
      baseline: { value: 20, year: year - 1, source: 'SIGE' },
      targets: targets(10),
    },
    's',
    4,
  );
  ACTIONS.forEach((a, i) =>
    createEntry(
      pme,
      'action',
      a.id,
      {
        strategyId: 's1',
        year,
        nombre: a.nombre,
        descripcion: '',
        dimension: 'GP',
        subdimensiones: ['GP-2'],
        fechaInicio: `${year}-03-02`,
        fechaTermino: `${year}-12-15`,
        responsable: 'Jefe/a UTP',
        recursos: '',
        mediosVerificacion: ['Actas'],
        usoTIC: false,
        asesoriaATE: true,
        planesNormativos: [],
        programaAsociado: '',
        financiamiento: { sep: 1_000_000, pie: 0, general: 0, mantenimiento: 0, faep: 0, sostenedor: 0, otro: 0 },
      },
      's',
      10 + i,
    ),
  );
  seedOtherAreas(pme, year);
  const plan = readPme(pme, '7423', year).plan;
  const createdAt = { borrador: `${year}-05-30T12:00:00Z`, final: `${year}-07-30T12:00:00Z` };
  versions.forEach((kind, i) =>
    markVersion(pme, { id: `v${i + 1}`, kind, plan, createdAt: createdAt[kind], createdBy: 'Ana' }, 's'),
  );
}

function seedMonitoring(mon: Y.Doc, year: number, options: Required<RichSchoolOptions>): void {
  setPlanYear(mon, year, `${year}-03-01`, `${year}-12-20`, 's');
  for (const cycle of options.cycles(year)) putCycle(mon, cycle, 's');
  const dir = { userId: 'u-dir', name: 'Directora' };
  const recordedAt = options.recordedAt(year);
  for (const a of ACTIONS) {
    putRecord(
      mon,
      dir,
      a.id,
      'c1',
      { level: a.level, progress: a.progress, executed: { sep: 500_000 } },
      recordedAt,
      's',
    );
    setMedio(mon, recordKeyOf(a.id, 'c1', dir.userId), 0, { text: 'Actas', attachments: [] }, recordedAt, 's');
  }
  for (const measurement of options.measurements(year)) putMeasurement(mon, measurement, 's');
  putInstrument(mon, instrumentFromTemplate(INSTRUMENT_TEMPLATES[0]!, 'ins1'), 's');
  const mv = readMonitoring(mon);
  const closed = closeCycle(
    mv.cycles.find((c) => c.id === 'c1')!,
    mv.records,
    mv.measurements,
    options.closedAt(year),
    'Ana',
  );
  if (!closed.ok) throw new Error('cycle not closed');
  storeClosedCycle(mon, closed.snapshot, 's');
}

function seedDiagnosis(diag: Y.Doc, year: number, options: Required<RichSchoolOptions>): void {
  const instrument = adaptForSchool(templateFor('docentes'), 'diag-docentes');
  saveInstrument(diag, instrument, 's');
  for (let r = 0; r < options.diagnosisResponses; r++) {
    const id = `resp-${r}`;
    startResponse(
      diag,
      {
        id,
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        group: 'docentes',
        mode: 'paper',
        startedAt: `${year}-03-05T10:00:00Z`,
      },
      's',
    );
    instrument.items.forEach(
      (item, i) => item.kind === 'scale' && answerScale(diag, id, item.id, options.diagnosisAnswer(r, i), 's'),
    );
    completeResponse(diag, id, `${year}-03-05T10:10:00Z`, 's');
  }
  if (!options.withPrioritisation) return;
  addProblem(diag, 'pr1', 'Baja asistencia', `${year}-03-10T10:00:00Z`, 's');
  addScore(diag, 'pr1', 'sc1', { a: 4, b: 3, at: `${year}-03-10T10:05:00Z` }, 's');
}

function seedProgramme(prog: Y.Doc, year: number, options: Required<RichSchoolOptions>): void {
  openEngagement(
    prog,
    {
      startDate: `${year}-03-02`,
      hoursContracted: 80,
      months: 8,
      openedAt: `${year}-03-01T10:00:00Z`,
      openedBy: 'Ana',
    },
    layoutProgramme(`${year}-03-02`, 8, 80),
    's',
  );
  createSession(
    prog,
    'ss1',
    { date: `${year}-03-10`, startTime: '09:00', endTime: '12:00', type: 'taller', programmeMonth: 1 },
    `${year}-03-10T09:00:00Z`,
    's',
  );
  putParticipant(prog, 'ss1', 'p1', { name: 'María Soto', role: 'jefe-utp', present: true, signature: null }, 's');
  const doneAt = options.agreementDoneAt(year);
  putAgreement(
    prog,
    'ss1',
    'ag1',
    { text: 'Aplicar encuestas', responsible: 'María Soto', dueDate: `${year}-03-20`, done: doneAt !== null, doneAt },
    's',
  );
}

/** The PME, monitoring and programme of the rich school, written into local documents (unit tests). */
export function seedRichAreas(
  docs: { pme: Y.Doc; monitoring: Y.Doc; programme: Y.Doc },
  year: number,
  overrides: RichSchoolOptions = {},
): void {
  const options = { ...DEFAULTS, ...overrides };
  seedPme(docs.pme, year, options.pmeVersions);
  seedMonitoring(docs.monitoring, year, options);
  seedProgramme(docs.programme, year, options);
}

/** Seeds school 7423 through the relay and waits until the relay has stored it. */
export async function seedRichSchool(
  wsUrl: string,
  token: string,
  year: number,
  overrides: RichSchoolOptions = {},
): Promise<void> {
  const options = { ...DEFAULTS, ...overrides };
  const client = new NodeSyncClient(wsUrl, token);
  const school = toSchoolId(7423);
  writeProfile(
    client.open(docName(school, 'profile')).doc,
    {
      rbd: 7423,
      dv: '3',
      name: SCHOOL_7423.name,
      regionCode: '10',
      comunaCode: '10307',
      dependencia: '2',
      niveles: ['basica'],
    } as never,
    's',
  );
  seedPme(client.open(docName(school, 'pme')).doc, year, options.pmeVersions);
  seedMonitoring(client.open(docName(school, 'monitoring')).doc, year, options);
  seedDiagnosis(client.open(docName(school, 'diagnosis')).doc, year, options);
  seedProgramme(client.open(docName(school, 'programme')).doc, year, options);
  await waitFor(() => client.isSettled(), 30_000, 'seed stored');
  client.destroy();
}
