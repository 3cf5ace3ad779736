// Schools in different states for the multi-school dashboard's end-to-end test, written through the relay
// as another device would: a profile (comuna, dependencia, ruralidad), an asesoría opened by a named asesor
// some weeks ago with its sessions, and optionally the rich school's PME (with the versions asked for) and a
// monitoring year of one corte with records, and an Acta de Verificación signed or waiting for a signature.
import * as Y from 'yjs';
import { NodeSyncClient, waitFor } from './nodeClient.ts';
import { seedRichAreas } from './seedSchool.ts';
import { docName, toSchoolId } from '../../src/domain/wire/documentNames.ts';
import { writeProfile } from '../../src/data/docs/profile/fields.ts';
import { openEngagement } from '../../src/data/docs/programme/engagement.ts';
import { createSession } from '../../src/data/docs/programme/sessionWrite.ts';
import { setDeliverableState } from '../../src/data/docs/programme/deliverables.ts';
import { createActa, signActa } from '../../src/data/docs/evaluation/actas.ts';
import { layoutProgramme } from '../../src/domain/programme/index.ts';
import { officialCheckDigit } from '../../src/domain/schools/rbd.ts';

export interface DashboardSchool {
  rbd: number;
  name: string;
  regionCode: string;
  comunaCode: string;
  dependencia: string;
  rural: boolean;
  /** Who opened the asesoría (the dashboard's asesor). */
  asesor: string;
  /** Sessions of 3 hours held in the asesoría's first weeks. */
  sessions: number;
  /** The first deliverable (month 1) marked delivered. */
  diagnosisDelivered: boolean;
  /** null: no PME and no monitoring at all. */
  pmeVersions: readonly ('borrador' | 'final')[] | null;
  acta: 'none' | 'pending' | 'signed';
}

const SIGNATURE = { hash: 'e'.repeat(64), type: 'image/png' as const, size: 1200 };

/** `iso` moved by `days` (calendar arithmetic, no time zone involved). */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function seedProgramme(prog: Y.Doc, school: DashboardSchool, today: string): void {
  // Opened 75 days ago: month 3 of 8, the month-1 deliverable is due and, unless delivered, late.
  const start = addDays(today, -75);
  openEngagement(
    prog,
    { startDate: start, hoursContracted: 80, months: 8, openedAt: `${start}T10:00:00Z`, openedBy: school.asesor },
    layoutProgramme(start, 8, 80),
    's',
  );
  for (let i = 0; i < school.sessions; i++) {
    const date = addDays(start, 7 + 7 * i);
    const header = { date, startTime: '09:00', endTime: '12:00', type: 'taller' as const, programmeMonth: 1 };
    createSession(prog, `ss${i}`, header, `${date}T09:00:00Z`, 's');
  }
  if (school.diagnosisDelivered) {
    setDeliverableState(prog, 'informe-diagnostico', { status: 'entregado', deliveredOn: addDays(start, 20) }, 's');
  }
}

function seedActa(evaluation: Y.Doc, school: DashboardSchool, year: number, today: string): void {
  if (school.acta === 'none') return;
  const id = `acta-${school.rbd}`;
  const acta = {
    id,
    schoolId: String(school.rbd),
    year,
    pmeVersionId: null,
    date: today,
    items: [],
    observaciones: '',
    correctsActaId: null,
    signatures: [],
  };
  createActa(evaluation, acta, 's');
  const signedAt = `${today}T15:00:00Z`;
  signActa(evaluation, id, { role: 'director', name: 'María Soto', signature: SIGNATURE, signedAt }, 's');
  if (school.acta === 'signed') {
    signActa(evaluation, id, { role: 'asesor', name: school.asesor, signature: SIGNATURE, signedAt }, 's');
  }
}

/** Writes every school through the relay (one sync client, `token`'s user) and waits until all is stored. */
export async function seedDashboardSchools(
  wsUrl: string,
  token: string,
  schools: readonly DashboardSchool[],
  year: number,
  today: string,
): Promise<void> {
  const client = new NodeSyncClient(wsUrl, token);
  for (const school of schools) {
    const id = toSchoolId(school.rbd);
    const profile = {
      rbd: school.rbd,
      dv: officialCheckDigit(school.rbd),
      name: school.name,
      regionCode: school.regionCode,
      comunaCode: school.comunaCode,
      dependencia: school.dependencia,
      ruralidad: school.rural ? 'rural' : 'urbano',
      niveles: ['basica'],
    };
    writeProfile(client.open(docName(id, 'profile')).doc, profile as never, 's');
    const programme = client.open(docName(id, 'programme')).doc;
    seedProgramme(programme, school, today);
    if (school.pmeVersions !== null) {
      const docs = {
        pme: client.open(docName(id, 'pme')).doc,
        monitoring: client.open(docName(id, 'monitoring')).doc,
        programme: new Y.Doc(), // the rich school's asesoría is not this one's
      };
      seedRichAreas(docs, year, {
        pmeVersions: school.pmeVersions,
        // One corte over the whole year: begun today whatever the date, and the one the Monitoreo shows.
        cycles: (y) => [{ id: 'c1', year: y, name: 'Corte 1', start: `${y}-01-01`, end: `${y}-12-31` }],
        recordedAt: () => `${today}T10:00:00Z`,
        closedAt: () => `${today}T11:00:00Z`,
      });
    }
    seedActa(client.open(docName(id, 'evaluation')).doc, school, year, today);
  }
  await waitFor(() => client.isSettled(), 60_000, 'dashboard schools stored');
  client.destroy();
}
