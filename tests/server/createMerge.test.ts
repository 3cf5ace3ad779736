// Seeded create-merge convergence (docs/spec/sync.md S-19, S-20, S-21) with a real relay: 2–4 Node
// clients, each with the merge attached, create the same school profile and the same asesoría
// session offline through the bindings, with values drawn per client (some equal, some different,
// some left empty), then connect in a seeded order. At the end every replica is identical, no text
// is two values joined, no typed field is left empty, and for every field the value kept plus the
// conflicts' other values are exactly the distinct values typed: nothing is silently lost.
import { isDeepStrictEqual } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { RelayProcess } from '../support/serverProcess.ts';
import { waitFor, type NodeSyncClient } from '../support/nodeClient.ts';
import { ClientPool, startRelayWithUsers, tokenOf, type TestUser } from '../support/relayFixture.ts';
import { Rng, seedsFromEnv, withSeed } from '../support/random.ts';
import { snapshot } from '../support/mergeReplicas.ts';
import { attachMerge, listConflicts } from '../../src/data/merge/index.ts';
import { createProfile, readProfile } from '../../src/data/docs/profile/fields.ts';
import { createSession, setSessionText } from '../../src/data/docs/programme/sessionWrite.ts';
import { readProgramme } from '../../src/data/docs/programme/read.ts';
import type { SchoolProfile } from '../../src/domain/schools/school.ts';

const SEEDS = seedsFromEnv([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
const SCHOOLS = Array.from({ length: Math.max(64, SEEDS.length + 54) }, (_, i) => String(2100 + i));
const asesor: TestUser = { username: 'ana', role: 'asesor', password: 'clave-ana-0002', schools: SCHOOLS };
const escuela: TestUser = { username: 'dir', role: 'escuela', password: 'clave-dir-0002', schools: SCHOOLS };

let relay: RelayProcess;
const tokens: string[] = [];
const pool = new ClientPool();
let nextSchool = 0;

beforeAll(async () => {
  relay = await startRelayWithUsers([asesor, escuela]);
  tokens.push(await tokenOf(relay, asesor), await tokenOf(relay, escuela));
});
afterEach(() => pool.destroyAll());
afterAll(async () => {
  await relay?.destroy();
});

const CHOICES = {
  name: ['Escuela de Maitencillo', 'Escuela Básica de Maitencillo', 'Escuela Maitencillo'],
  director: ['', 'Juan Araya', 'Juan Araya Rojas'],
  notes: ['', 'Visita de la asesora', 'Escuela con internado', 'Faltan datos'],
  prioritariosPct: [null, 72.5, 40],
  categoria: [null, 'medio', 'alto'],
  contactEmail: ['', 'direccion@maitencillo.cl'],
  agenda: ['', 'Agenda de Ana', 'Agenda del director'],
} as const;
type Field = keyof typeof CHOICES;
type Typed = { [F in Field]: (typeof CHOICES)[F][number] };

const isEmpty = (v: unknown) => v === '' || v === null || v === undefined;

function drawTyped(rng: Rng): Typed {
  return Object.fromEntries(
    Object.entries(CHOICES).map(([f, options]) => [f, rng.pick(options as readonly unknown[])]),
  ) as Typed;
}

function profileOf(rbd: string, t: Typed): SchoolProfile {
  return {
    rbd: Number(rbd),
    dv: '0',
    name: t.name,
    regionCode: '03',
    comunaCode: '03303',
    dependencia: '6',
    ruralidad: 'rural',
    niveles: ['basica'],
    matricula: null,
    prioritariosPct: t.prioritariosPct,
    categoria: t.categoria,
    categoriaYear: null,
    estado: '1',
    director: t.director,
    contactEmail: t.contactEmail,
    contactPhone: '',
    sostenedor: '',
    notes: t.notes,
  } as SchoolProfile;
}

/** The value each replica shows for a field, and the other values its conflicts hold for it. */
function fieldState(profileDoc: Y.Doc, programmeDoc: Y.Doc, field: Field): { kept: unknown; others: unknown[] } {
  if (field === 'agenda') {
    const session = readProgramme(programmeDoc).sessions[0];
    const others = listConflicts(programmeDoc)
      .filter((c) => c.path[c.path.length - 1] === 'agenda')
      .map((c) => c.other);
    return { kept: session?.agenda ?? '', others };
  }
  const profile = readProfile(profileDoc).profile as Record<string, unknown>;
  const others = listConflicts(profileDoc)
    .filter((c) => c.key === field || (c.key === null && c.path[0] === `profile.${field}`))
    .map((c) => c.other);
  return { kept: profile[field], others };
}

async function settled(clients: NodeSyncClient[], what: string): Promise<void> {
  // The relay holds every client's state (S-6), not just the provider's count at zero (RW-5).
  const holdAll = async () => (await Promise.all(clients.map((c) => c.relayHoldsAll()))).every(Boolean);
  await waitFor(holdAll, 30_000, what);
}

async function runScenario(seed: number): Promise<number> {
  const rng = new Rng(seed);
  const n = rng.int(2, 4);
  const rbd = SCHOOLS[nextSchool++]!;
  const names = [`school:${rbd}:profile`, `school:${rbd}:programme`];
  const typed = Array.from({ length: n }, () => drawTyped(rng));
  const order = Array.from({ length: n }, (_, k) => k).sort(() => rng.float() - 0.5);
  const clients = Array.from({ length: n }, (_, k) => pool.client(relay, tokens[k % 2]!, { connect: false }));
  for (const [k, client] of clients.entries()) {
    const [profileDoc, programmeDoc] = names.map((name) => {
      const doc = new Y.Doc();
      doc.clientID = 100 + rng.int(0, 1000) * 10 + k; // distinct, in a seeded order
      attachMerge(doc);
      return client.open(name, doc).doc;
    }) as [Y.Doc, Y.Doc];
    createProfile(profileDoc, profileOf(rbd, typed[k]!), 'local');
    createSession(
      programmeDoc,
      's1',
      { date: '2026-03-10', startTime: '09:00', endTime: '12:30', type: 'taller', programmeMonth: 1 },
      '2026-03-10T09:00:00Z',
      'local',
    );
    if (typed[k]!.agenda !== '') setSessionText(programmeDoc, 's1', 'agenda', typed[k]!.agenda, 'local');
  }

  for (const k of order) {
    void clients[k]!.connect();
    if (rng.chance(0.5))
      await settled(
        order.slice(0, order.indexOf(k) + 1).map((i) => clients[i]!),
        `clients up to ${k} settled`,
      );
  }
  await settled(clients, 'every client settled');
  const replicas = (name: string) => clients.map((c) => c.docs.get(name)!.doc);
  const same = () =>
    names.every((name) => replicas(name).every((d) => isDeepStrictEqual(snapshot(d), snapshot(replicas(name)[0]!))));
  await waitFor(same, 15_000, 'replicas identical').catch(() => undefined); // the assertions show the difference

  for (const name of names) {
    const [first, ...rest] = replicas(name);
    for (const [k, doc] of rest.entries()) expect(snapshot(doc), `client ${k + 1}, ${name}`).toEqual(snapshot(first!));
    const ids = (doc: Y.Doc) =>
      listConflicts(doc)
        .map((c) => c.id)
        .sort();
    for (const doc of rest) expect(ids(doc)).toEqual(ids(first!));
  }
  for (const k of clients.keys()) {
    const [profileDoc, programmeDoc] = names.map((name) => clients[k]!.docs.get(name)!.doc) as [Y.Doc, Y.Doc];
    for (const field of Object.keys(CHOICES) as Field[]) {
      const { kept, others } = fieldState(profileDoc, programmeDoc, field);
      const distinct = [...new Set(typed.map((t) => t[field]).filter((v) => !isEmpty(v)))];
      if (distinct.length === 0) {
        expect(isEmpty(kept), `${field} stays empty`).toBe(true);
        continue;
      }
      expect(distinct, `${field}: kept one typed value, not a join or an empty`).toContain(kept);
      expect(
        [...new Set([kept, ...others])].map(String).sort(),
        `${field}: every typed value kept or in a conflict`,
      ).toEqual(distinct.map(String).sort());
    }
  }
  pool.destroyAll();
  return n;
}

describe('S-19..S-21 create-merge convergence through the relay', () => {
  it.each(SEEDS)(
    'seed %i: clients creating the same documents offline end identical, nothing joined or lost',
    async (seed) => {
      const clients = await withSeed(seed, () => runScenario(seed));
      expect(clients).toBeGreaterThanOrEqual(2);
    },
  );
});
