// S-19..S-21 over every document kind: two devices create or initialise the same document through
// the binding's own write functions, offline, with different values; after the exchange each
// binding's reader shows no joined text and no wiped field, both replicas are identical, and the
// fields typed differently are listed as conflicts.
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { listConflicts } from '../../../../src/data/merge/index.ts';
import { createProfile, readProfile } from '../../../../src/data/docs/profile/fields.ts';
import {
  readPeiPlanes,
  setPeiText,
  setPlan as setNormativePlan,
} from '../../../../src/data/docs/diagnosis/peiPlanes.ts';
import { readConclusions, setConclusions } from '../../../../src/data/docs/diagnosis/review.ts';
import { addProblem, readPrioritisation, setMethod } from '../../../../src/data/docs/diagnosis/prioritisation.ts';
import { putSimceRows, readSimce } from '../../../../src/data/docs/diagnosis/results.ts';
import { readInstruments, saveInstrument } from '../../../../src/data/docs/diagnosis/survey.ts';
import { createEntry, updateEntry } from '../../../../src/data/docs/pme/entries.ts';
import { readPme } from '../../../../src/data/docs/pme/read.ts';
import { setCycleStartYear, setVision } from '../../../../src/data/docs/pme/strategic.ts';
import { createSession, setSessionText } from '../../../../src/data/docs/programme/sessionWrite.ts';
import { openEngagement } from '../../../../src/data/docs/programme/engagement.ts';
import { readProgramme } from '../../../../src/data/docs/programme/read.ts';
import { putCycle } from '../../../../src/data/docs/monitoring/cycles.ts';
import { putRecord } from '../../../../src/data/docs/monitoring/records.ts';
import { readMonitoring } from '../../../../src/data/docs/monitoring/read.ts';
import { readEvaluation } from '../../../../src/data/docs/evaluation/read.ts';
import { setCloseText } from '../../../../src/data/docs/evaluation/entries.ts';
import { layoutProgramme } from '../../../../src/domain/programme/index.ts';
import { adaptForSchool } from '../../../../src/domain/diagnosis/instrumentEditing.ts';
import { SURVEYS } from '../../../../src/features/diagnosis/survey.ts';
import type { SchoolProfile } from '../../../../src/domain/schools/school.ts';
import { exchange, replicas, snapshot } from '../../../support/mergeReplicas.ts';

/** Nothing read back holds both devices' words joined. */
function expectNotJoined(value: unknown, a: string, b: string): void {
  const json = JSON.stringify(value);
  expect(json.includes(a) && json.includes(b), `joined: ${json}`).toBe(false);
}

interface Case {
  name: string;
  write: (doc: Y.Doc, side: 0 | 1) => void;
  read: (doc: Y.Doc) => unknown;
  /** The two devices' different texts (never joined). */
  words: [string, string];
  /** Checks on the value read back (both replicas). */
  check: (read: any) => void;
  conflicts: number;
}

const PROFILE = (side: 0 | 1): SchoolProfile =>
  ({
    rbd: 484,
    dv: '4',
    name: side === 0 ? 'Escuela de Maitencillo' : 'Escuela Básica de Maitencillo',
    regionCode: '05',
    comunaCode: '05405',
    dependencia: '5',
    ruralidad: 'rural',
    niveles: ['basica'],
    matricula: side === 0 ? 80 : null,
    prioritariosPct: side === 0 ? 72.5 : null,
    categoria: side === 1 ? 'medio' : null,
    categoriaYear: side === 1 ? 2024 : null,
    estado: '1',
    director: side === 0 ? 'María Pérez' : 'María Pérez Soto',
    contactEmail: side === 1 ? 'dir@maitencillo.cl' : '',
    contactPhone: side === 0 ? '+56 9 1234 5678' : '',
    sostenedor: '',
    notes: side === 0 ? 'Visita de la asesora' : 'Notas del director',
  }) as SchoolProfile;

const SESSION = {
  date: '2026-03-10',
  startTime: '09:00',
  endTime: '12:30',
  type: 'taller',
  programmeMonth: 1,
} as const;

const cases: Case[] = [
  {
    name: 'school profile',
    write: (doc, side) => createProfile(doc, PROFILE(side), 'local'),
    read: (doc) => readProfile(doc).profile,
    words: ['Visita de la asesora', 'Notas del director'],
    check: (p) => {
      expect(['Escuela de Maitencillo', 'Escuela Básica de Maitencillo']).toContain(p.name);
      expect(['María Pérez', 'María Pérez Soto']).toContain(p.director);
      expect(p).toMatchObject({
        prioritariosPct: 72.5,
        matricula: 80,
        categoria: 'medio',
        categoriaYear: 2024,
        contactEmail: 'dir@maitencillo.cl',
        contactPhone: '+56 9 1234 5678',
      });
    },
    conflicts: 3,
  },
  {
    name: 'PEI and normative plans (diagnosis)',
    write: (doc, side) => {
      setPeiText(doc, 'vision', side === 0 ? 'Visión de Ana' : 'Visión del equipo', 'local');
      setNormativePlan(
        doc,
        {
          code: 'convivencia',
          present: true,
          year: side === 0 ? 2024 : null,
          objectives: side === 1 ? 'Buen trato' : '',
        },
        'local',
      );
    },
    read: (doc) => readPeiPlanes(doc),
    words: ['Visión de Ana', 'Visión del equipo'],
    check: (v) =>
      expect(v.plans.find((p: { code: string }) => p.code === 'convivencia')).toMatchObject({
        present: true,
        year: 2024,
        objectives: 'Buen trato',
      }),
    conflicts: 1,
  },
  {
    name: 'diagnosis review, prioritisation, results data and instruments',
    write: (doc, side) => {
      setConclusions(doc, side === 0 ? 'Conclusión de Ana' : 'Conclusión del director', 'local');
      setMethod(doc, 'impacto-factibilidad', 'local');
      addProblem(doc, 'p-shared', side === 0 ? 'Baja asistencia' : 'Baja asistencia', '2026-04-01', 'local');
      putSimceRows(
        doc,
        [
          {
            test: 'lectura',
            grade: '4b',
            year: 2024,
            average: side === 0 ? 254.5 : 260,
            studentsTested: 31,
            diffPrevious: 3,
            diffGroup: -2,
            socioeconomicGroup: 2,
            pctInsuficiente: 30.5,
            pctElemental: 40,
            pctAdecuado: 29.5,
          },
        ],
        'local',
      );
      const config = SURVEYS.diagnosis;
      saveInstrument(doc, adaptForSchool(config.template('docentes'), `${config.idPrefix}-docentes`), 'local');
    },
    read: (doc) => ({
      conclusions: readConclusions(doc),
      prioritisation: readPrioritisation(doc),
      simce: readSimce(doc).items,
      instruments: readInstruments(doc).items.length,
    }),
    words: ['Conclusión de Ana', 'Conclusión del director'],
    check: (v) => {
      expect(v.prioritisation.method).toBe('impacto-factibilidad');
      expect(v.prioritisation.problems.map((p: { text: string }) => p.text)).toEqual(['Baja asistencia']);
      expect([254.5, 260]).toContain(v.simce[0].row.average);
      expect(v.instruments).toBe(1);
    },
    conflicts: 2,
  },
  {
    name: 'PME strategic singletons and an entry',
    write: (doc, side) => {
      setCycleStartYear(doc, side === 0 ? 2026 : 2027, 'local');
      setVision(doc, side === 0 ? 'Visión PME de Ana' : 'Visión PME del director', 'local');
      createEntry(
        doc,
        'objective',
        'o1',
        { dimension: 'LID', text: 'Mejorar la gestión curricular', priorityIds: [] },
        'local',
        1,
      );
      updateEntry(doc, 'objective', 'o1', side === 0 ? { text: 'Objetivo de Ana' } : { priorityIds: ['p1'] }, 'local');
    },
    read: (doc) => readPme(doc, '484', 2026),
    words: ['Visión PME de Ana', 'Visión PME del director'],
    check: (v) => {
      expect([2026, 2027]).toContain(v.plan.cycle.startYear);
      expect(v.plan.objectives).toHaveLength(1);
      expect(v.plan.objectives[0].priorityIds).toEqual(['p1']);
    },
    conflicts: 3,
  },
  {
    name: 'programme engagement and a session',
    write: (doc, side) => {
      openEngagement(
        doc,
        {
          startDate: '2026-03-02',
          hoursContracted: side === 0 ? 80 : 90,
          months: 8,
          openedAt: `2026-03-0${side + 1}T12:00:00Z`,
          openedBy: side === 0 ? 'Ana' : 'Raúl',
        },
        layoutProgramme('2026-03-02', 8, side === 0 ? 80 : 90),
        'local',
      );
      createSession(doc, 's1', SESSION, '2026-03-10T09:00:00Z', 'local');
      setSessionText(doc, 's1', 'agenda', side === 0 ? 'Agenda de Ana' : 'Agenda de Raúl', 'local');
      if (side === 1) setSessionText(doc, 's1', 'notes', 'Notas de Raúl', 'local');
    },
    read: (doc) => readProgramme(doc),
    words: ['Agenda de Ana', 'Agenda de Raúl'],
    check: (v) => {
      expect([80, 90]).toContain(v.engagement.hoursContracted);
      expect(v.plan).toHaveLength(8);
      expect(v.sessions).toHaveLength(1);
      expect(['Agenda de Ana', 'Agenda de Raúl']).toContain(v.sessions[0].agenda);
      expect(v.sessions[0].notes).toBe('Notas de Raúl');
    },
    conflicts: 2,
  },
  {
    name: 'monitoring record of one person on two devices',
    write: (doc, side) => {
      putCycle(doc, { id: 'c1', year: 2026, name: 'Corte 1', start: '2026-03-01', end: '2026-06-30' }, 'local');
      const who = { userId: 'u-dir', name: 'Directora' };
      if (side === 0)
        putRecord(
          doc,
          who,
          'a1',
          'c1',
          { level: 'avanzada', progress: 80, observaciones: 'Observación en la tableta' },
          '2026-05-01T10:00:00Z',
          'local',
        );
      else
        putRecord(
          doc,
          who,
          'a1',
          'c1',
          { executed: { sep: 500_000 }, observaciones: 'Observación en el notebook' },
          '2026-05-01T10:05:00Z',
          'local',
        );
    },
    read: (doc) => readMonitoring(doc).records,
    words: ['Observación en la tableta', 'Observación en el notebook'],
    check: (records) => {
      expect(records).toHaveLength(1);
      expect(records[0]).toMatchObject({ level: 'avanzada', progress: 80 });
      expect(records[0].executed.sep).toBe(500_000);
    },
    conflicts: 1,
  },
  {
    name: 'evaluation close texts',
    write: (doc, side) => {
      setCloseText(doc, 'lecciones', side === 0 ? 'Lecciones de Ana' : 'Lecciones del equipo', 'local');
      if (side === 1) setCloseText(doc, 'recomendaciones', 'Mantener el consejo', 'local');
    },
    read: (doc) => readEvaluation(doc).close,
    words: ['Lecciones de Ana', 'Lecciones del equipo'],
    check: (c) => expect(c.recomendaciones).toBe('Mantener el consejo'),
    conflicts: 1,
  },
];

describe.each(cases)('S-19..S-21 create-merge of the $name', (c) => {
  it.each([
    ['a first', [0, 1]],
    ['b first', [1, 0]],
  ])('two devices create it offline (%s): one value per field, nothing joined, nothing wiped', (_l, order) => {
    const docs = replicas(2, order[0] === 0 ? 1 : 50);
    docs.forEach((doc, side) => c.write(doc, side as 0 | 1));
    exchange(docs, order);
    const reads = docs.map((doc) => c.read(doc));
    expect(reads[0]).toEqual(reads[1]);
    expect(snapshot(docs[0]!)).toEqual(snapshot(docs[1]!));
    for (const read of reads) {
      expectNotJoined(read, ...c.words);
      c.check(read);
    }
    for (const doc of docs) {
      const conflicts = listConflicts(doc);
      expect(conflicts.map((x) => [x.path.join('/'), x.key]).sort()).toEqual(
        listConflicts(docs[0]!)
          .map((x) => [x.path.join('/'), x.key])
          .sort(),
      );
      expect(conflicts).toHaveLength(c.conflicts);
      for (const x of conflicts) expect(x.kept).not.toEqual(x.other);
    }
  });
});
