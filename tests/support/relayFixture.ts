// Small helpers shared by the relay tests in tests/server: a relay started with its users (made
// through the real CLI), JSON API calls, sync clients that are cleaned up together, and a
// comparable snapshot of a Yjs document.
import * as Y from 'yjs';
import type { Role } from '../../src/domain/wire/protocol.ts';
import { RelayProcess, type RelayOptions } from './serverProcess.ts';
import { NodeSyncClient, waitFor, type ClientDoc } from './nodeClient.ts';

export interface TestUser {
  username: string;
  role: Role;
  password: string;
  schools?: string[];
}

/** A running relay with `users` created; the CLI runs while the relay starts. */
export async function startRelayWithUsers(users: TestUser[], options: RelayOptions = {}): Promise<RelayProcess> {
  const relay = await RelayProcess.create(options);
  // The first user is added before the relay starts: the CLI then creates the SQLite files and turns
  // on WAL alone (two processes switching a new file to WAL at once can fail with SQLITE_BUSY).
  const [first, ...rest] = users;
  if (first) await relay.addUser(first.username, first.role, first.password, first.schools);
  await Promise.all([relay.start(), ...rest.map((u) => relay.addUser(u.username, u.role, u.password, u.schools))]);
  return relay;
}

export async function api(
  relay: RelayProcess,
  path: string,
  init: { token?: string; method?: string; body?: unknown } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${relay.url}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: init.token ? { authorization: `Bearer ${init.token}` } : {},
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

export async function tokenOf(relay: RelayProcess, user: TestUser): Promise<string> {
  return (await relay.login(user.username, user.password)).token;
}

/** Every NodeSyncClient a test made, destroyed in one call (afterEach/afterAll). */
export class ClientPool {
  private readonly clients: NodeSyncClient[] = [];

  client(relay: RelayProcess, token: string, options: { connect?: boolean } = {}): NodeSyncClient {
    const client = new NodeSyncClient(relay.wsUrl, token, options);
    this.clients.push(client);
    return client;
  }

  destroyAll(): void {
    for (const c of this.clients.splice(0)) c.destroy();
  }
}

/** Opens `name` and waits until the relay either synced it or refused it. */
export async function openAndWait(client: NodeSyncClient, name: string, doc?: Y.Doc): Promise<ClientDoc> {
  const entry = client.open(name, doc);
  await waitFor(() => entry.denied !== null || entry.provider.synced, 15_000, `${name} synced or denied`);
  return entry;
}

/** Waits until the relay acknowledged every local change of this document. */
export async function waitAcked(entry: ClientDoc, timeoutMs = 15_000): Promise<void> {
  await waitFor(
    () => entry.provider.synced && !entry.provider.hasUnsyncedChanges,
    timeoutMs,
    `${entry.name} acknowledged`,
  );
}

export interface DocSnapshot {
  fields: Record<string, unknown>;
  notes: string;
  flags: Record<string, unknown>;
  /** Sorted [clientID, clock] pairs of the state vector. */
  sv: [number, number][];
}

/** The content the tests write (map `fields`, text `notes`, map `flags`), read back from the encoded state. */
export function snapshot(doc: Y.Doc): DocSnapshot {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const sv = [...Y.decodeStateVector(Y.encodeStateVector(copy)).entries()].sort((a, b) => a[0] - b[0]);
  return {
    fields: copy.getMap('fields').toJSON(),
    notes: copy.getText('notes').toString(),
    flags: copy.getMap('flags').toJSON(),
    sv,
  };
}
