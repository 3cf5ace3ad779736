// The sostenedor's access on a real relay process (docs/spec/access.md A-9…A-12): reads every
// document of their schools, writes only the review document (the relay drops and never stores any
// other write, and says so to the client), cannot read another sostenedor's school, never claims;
// revocation closes their sockets; uploads only a PNG signature. Schools are granted with the CLI
// (the RUT binding through Mineduc's directory is tested in sostenedorDirectory.test.ts).
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { attachmentPath } from '../../src/domain/wire/attachments.ts';
import type { RelayProcess } from '../support/serverProcess.ts';
import { waitFor, type ClientDoc } from '../support/nodeClient.ts';
import { SYNC_STEP_2, SYNC_UPDATE, syncFrame } from '../support/frames.ts';
import {
  ClientPool,
  api,
  openAndWait,
  snapshot,
  startRelayWithUsers,
  tokenOf,
  waitAcked,
  type TestUser,
} from '../support/relayFixture.ts';

const admin: TestUser = { username: 'admin', role: 'admin', password: 'clave-admin-01' };
const slep: TestUser = { username: 'slep', role: 'sostenedor', password: 'clave-slep-001', schools: ['901', '902'] };
const daem: TestUser = { username: 'daem', role: 'sostenedor', password: 'clave-daem-001', schools: ['911'] };
const ana: TestUser = { username: 'ana', role: 'asesor', password: 'clave-ana-0001', schools: ['901', '902'] };

let relay: RelayProcess;
const pool = new ClientPool();
const tokens: Record<string, string> = {};

beforeAll(async () => {
  relay = await startRelayWithUsers([admin, slep, daem, ana]);
  for (const u of [admin, slep, daem, ana]) tokens[u.username] = await tokenOf(relay, u);
});
afterEach(() => pool.destroyAll());
afterAll(async () => {
  await relay?.destroy();
});

/** What the relay holds now, seen by a fresh admin client. */
async function relayView(name: string) {
  const entry = await openAndWait(pool.client(relay, tokens.admin!), name);
  expect(entry.denied).toBeNull();
  return snapshot(entry.doc);
}

function update(key: string, value: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('fields').set(key, value);
  return Y.encodeStateAsUpdate(doc);
}

describe('A-9/A-10 a sostenedor reads the PME of their school but cannot write it', () => {
  it('syncs it read-only (told so), its edits and raw frames are never applied, stored nor seen by others', async () => {
    const pme = 'school:901:pme';
    const asesor = await openAndWait(pool.client(relay, tokens.ana!), pme);
    asesor.doc.getMap('fields').set('objetivo', 'Mejorar la lectura');
    await waitAcked(asesor);
    const before = await relayView(pme);

    const client = pool.client(relay, tokens.slep!);
    const own = await openAndWait(client, pme);
    expect(own.denied).toBeNull();
    expect(own.provider.authorizedScope).toBe('readonly');
    expect(own.doc.getMap('fields').toJSON()).toEqual({ objetivo: 'Mejorar la lectura' });

    own.doc.getMap('fields').set('objetivo', 'cambiado por el sostenedor');
    client.socket.send(syncFrame(pme, SYNC_UPDATE, update('intruso', 'por update')));
    client.socket.send(syncFrame(pme, SYNC_STEP_2, update('intruso', 'por step 2')));
    // A round trip on the same socket: everything sent before it has been handled by the relay.
    const review = await openAndWait(client, 'school:901:review');
    expect(review.provider.authorizedScope).toBe('read-write');
    review.doc.getMap('fields').set('ronda', '1');
    await waitAcked(review);

    expect(snapshot(asesor.doc)).toEqual(before);
    expect(await relayView(pme)).toEqual(before);
    // A new relay view after a restart: nothing of it reached storage either.
    await relay.stop();
    await relay.start();
    expect(await relayView(pme)).toEqual(before);
  });

  it('writes the review document: stored, and the asesor sees it live', async () => {
    const name = 'school:902:review';
    const asesor = await openAndWait(pool.client(relay, tokens.ana!), name);
    const own = await openAndWait(pool.client(relay, tokens.slep!), name);
    expect(own.provider.authorizedScope).toBe('read-write');
    own.doc.getMap('fields').set('comentario', 'Revisar la meta 2');
    await waitAcked(own);
    await waitFor(
      () => asesor.doc.getMap('fields').get('comentario') === 'Revisar la meta 2',
      10_000,
      'asesor sees it',
    );
    expect((await relayView(name)).fields).toEqual({ comentario: 'Revisar la meta 2' });
  });
});

describe('A-9 a sostenedor reads only their own schools and never claims', () => {
  it("is refused another sostenedor's school and an unheld one, which an asesor can still claim", async () => {
    for (const [user, name] of [
      ['slep', 'school:911:pme'],
      ['slep', 'school:911:review'],
      ['daem', 'school:901:profile'],
      ['daem', 'school:901:review'],
      ['slep', 'school:921:profile'],
    ] as const) {
      const entry = await openAndWait(pool.client(relay, tokens[user]!), name);
      expect(entry.denied, `${user} ${name}`).toBe('not-authorized');
    }
    expect((await api(relay, '/api/schools/921', { token: tokens.slep })).body.access).toBe('not-authorized');
    const claimed = await openAndWait(pool.client(relay, tokens.ana!), 'school:921:profile');
    expect(claimed.denied).toBeNull();
  });

  it('A-7 GET /api/schools and /api/me list their schools; the lookup says readable or not-authorized', async () => {
    const listed = await api(relay, '/api/schools', { token: tokens.slep });
    expect(listed.status).toBe(200);
    const ids = (listed.body.schools as { schoolId: string }[]).map((s) => s.schoolId).sort();
    expect(ids).toEqual(['901', '902']);
    expect((await api(relay, '/api/me', { token: tokens.daem })).body).toMatchObject({
      user: { role: 'sostenedor' },
      schools: ['911'],
      allSchools: false,
    });
    expect((await api(relay, '/api/schools/901', { token: tokens.slep })).body.access).toBe('readable');
    expect((await api(relay, '/api/schools/911', { token: tokens.slep })).body.access).toBe('not-authorized');
  });
});

describe('A-11 revoking a sostenedor closes their open documents (A-8)', () => {
  it('user revoke closes both the read-only PME and the review document; the other school stays open', async () => {
    const client = pool.client(relay, tokens.daem!);
    await relay.cli(['user', 'grant', 'daem', '931']);
    const pme = await openAndWait(client, 'school:931:pme');
    const review = await openAndWait(client, 'school:931:review');
    const kept = await openAndWait(client, 'school:911:review');
    for (const e of [pme, review, kept]) expect(e.denied, e.name).toBeNull();
    const reasons = new Map<ClientDoc, string[]>();
    for (const e of [pme, review, kept]) {
      const list: string[] = [];
      e.provider.on('close', ({ event }: { event: { reason: string } }) => list.push(event.reason));
      reasons.set(e, list);
    }
    await relay.cli(['user', 'revoke', 'daem', '931']);
    await waitFor(
      () => [pme, review].every((e) => reasons.get(e)!.includes('access-revoked')),
      7_000,
      'both documents of 931 closed',
    );
    kept.doc.getMap('fields').set('sigue', 'sí');
    await waitAcked(kept);
    expect(reasons.get(kept)).toEqual([]);
  });
});

describe('A-12 a sostenedor uploads only a PNG signature', () => {
  const bytes = (size: number, magic: number[]) => {
    const b = randomBytes(size);
    b.set(magic, 0);
    return b;
  };
  const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const JPEG = [0xff, 0xd8, 0xff, 0xe0];
  async function put(token: string, school: string, body: Buffer, type: string, size = body.length) {
    const hash = createHash('sha256').update(body).digest('hex');
    const res = await fetch(`${relay.url}${attachmentPath(school, hash)}?offset=0`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'x-attachment-type': type, 'x-attachment-size': String(size) },
      body: new Uint8Array(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown>, hash };
  }

  it('stores a small PNG; refuses a JPEG, a PNG over 1 MiB and any upload to another school; reads photos', async () => {
    const signature = await put(tokens.slep!, '901', bytes(20_000, PNG), 'image/png');
    expect(signature.status).toBe(200);
    expect(signature.body).toEqual({ complete: true, received: 20_000 });
    const photo = await put(tokens.slep!, '901', bytes(20_000, JPEG), 'image/jpeg');
    expect(photo).toMatchObject({ status: 403, body: { error: 'not-authorized' } });
    const big = await put(tokens.slep!, '901', bytes(100_000, PNG), 'image/png', 1024 * 1024 + 1);
    expect(big).toMatchObject({ status: 403, body: { error: 'not-authorized' } });
    const other = await put(tokens.slep!, '911', bytes(2_000, PNG), 'image/png');
    expect(other).toMatchObject({ status: 403, body: { error: 'not-authorized' } });
    expect(
      (await fetch(`${relay.url}${attachmentPath('901', photo.hash)}/status`, {
        headers: { authorization: `Bearer ${tokens.slep}` },
      }).then((r) => r.json())) as unknown,
    ).toEqual({ complete: false, received: 0 });

    const asesorPhoto = await put(tokens.ana!, '901', bytes(30_000, JPEG), 'image/jpeg');
    expect(asesorPhoto.status).toBe(200);
    const read = await fetch(`${relay.url}${attachmentPath('901', asesorPhoto.hash)}`, {
      headers: { authorization: `Bearer ${tokens.slep}` },
    });
    expect(read.status).toBe(200);
    expect((await read.arrayBuffer()).byteLength).toBe(30_000);
  });
});

describe('A-9 the CLI binds a sostenedor', () => {
  it('needs a RUT or a school, checks the check digit, refuses a RUT for other roles and lists the binding', async () => {
    await expect(relay.cli(['user', 'add', 'sin-nada', '--role', 'sostenedor'], 'clave-larga-0001\n')).rejects.toThrow(
      /needs --sostenedor-rut/,
    );
    await expect(
      relay.cli(['user', 'add', 'mal-dv', '--role', 'sostenedor', '--sostenedor-rut', '62.000.660-3'], 'x\n'),
    ).rejects.toThrow(/check digit does not match/);
    await expect(
      relay.cli(['user', 'add', 'asesora', '--role', 'asesor', '--sostenedor-rut', '62000660'], 'x\n'),
    ).rejects.toThrow(/only for --role sostenedor/);
    const out = await relay.cli(
      ['user', 'add', 'slep-sur', '--role', 'sostenedor', '--sostenedor-rut', '62.000.660-2'],
      'clave-larga-0001\n',
    );
    expect(out).toContain('user slep-sur created (sostenedor, RUT 62000660)');
    const list = await relay.cli(['user', 'list']);
    expect(list).toMatch(/slep-sur +slep-sur +sostenedor, RUT 62000660 +active +-/);
    expect(list).toMatch(/slep +slep +sostenedor +active +901-\w,902-\w/);
    for (const username of ['sin-nada', 'mal-dv', 'asesora']) expect(list).not.toContain(username);
  });
});
