// Hand-encoded Yjs updates (V1 wire format) that a hostile or broken client could send: items with
// dangling origins, right origins in another type or at unknown clocks, deletions of ranges that do
// not exist, and huge clocks. Seeded, so a failing run replays from its seed (docs/spec/sync.md S-5).
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { Rng } from './random.ts';

/** The highest Yjs client id (uint32): what an attacker who picks its own id would use. */
export const MAX_CLIENT_ID = 4294967295;

/** The update from issue 16: an item at clock 1 of MAX_CLIENT_ID whose origin is clock 51 of the same client. */
export const ISSUE_16_UPDATE = Uint8Array.from(Buffer.from('0101ffffffff0f0188ffffffff0f33017704626f6f6d00', 'hex'));

const CONTENT_ANY = 8;
const HAS_ORIGIN = 0x80;
const HAS_RIGHT_ORIGIN = 0x40;
const HAS_PARENT_SUB = 0x20;

interface ID {
  client: number;
  clock: number;
}

export interface CraftedItem {
  client: number;
  clock: number;
  origin?: ID;
  rightOrigin?: ID;
  /** Root type name, or the id of a nested type; only written when there is no origin. */
  parent?: string | ID;
  parentSub?: string;
  values?: unknown[];
}

export interface CraftedDeletion {
  client: number;
  clock: number;
  len: number;
}

/** Encodes items (one struct each, grouped by client in the order given) and deletions as a V1 update. */
export function encodeCrafted(items: CraftedItem[], deletions: CraftedDeletion[] = []): Uint8Array {
  const e = encoding.createEncoder();
  const clients = [...new Set(items.map((i) => i.client))];
  encoding.writeVarUint(e, clients.length);
  for (const client of clients) {
    const own = items.filter((i) => i.client === client).sort((a, b) => a.clock - b.clock);
    encoding.writeVarUint(e, own.length);
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, own[0]!.clock);
    for (const item of own) {
      const noNeighbours = !item.origin && !item.rightOrigin;
      const info =
        CONTENT_ANY |
        (item.origin ? HAS_ORIGIN : 0) |
        (item.rightOrigin ? HAS_RIGHT_ORIGIN : 0) |
        (noNeighbours && item.parentSub !== undefined ? HAS_PARENT_SUB : 0);
      encoding.writeUint8(e, info);
      if (item.origin) writeId(e, item.origin);
      if (item.rightOrigin) writeId(e, item.rightOrigin);
      if (noNeighbours) {
        const parent = item.parent ?? 'fields';
        encoding.writeVarUint(e, typeof parent === 'string' ? 1 : 0);
        if (typeof parent === 'string') encoding.writeVarString(e, parent);
        else writeId(e, parent);
        if (item.parentSub !== undefined) encoding.writeVarString(e, item.parentSub);
      }
      const values = item.values ?? ['x'];
      encoding.writeVarUint(e, values.length);
      for (const v of values) encoding.writeAny(e, v as never);
    }
  }
  const byClient = new Map<number, CraftedDeletion[]>();
  for (const d of deletions) byClient.set(d.client, [...(byClient.get(d.client) ?? []), d]);
  encoding.writeVarUint(e, byClient.size);
  for (const [client, ranges] of byClient) {
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, ranges.length);
    for (const r of ranges) {
      encoding.writeVarUint(e, r.clock);
      encoding.writeVarUint(e, r.len);
    }
  }
  return encoding.toUint8Array(e);
}

function writeId(e: encoding.Encoder, id: ID): void {
  encoding.writeVarUint(e, id.client);
  encoding.writeVarUint(e, id.clock);
}

export type AttackKind = 'dangling-origin' | 'wrong-right-origin' | 'unknown-deletion' | 'huge-clock';
export const ATTACK_KINDS: readonly AttackKind[] = [
  'dangling-origin',
  'wrong-right-origin',
  'unknown-deletion',
  'huge-clock',
];

/** Ids of items the victim document holds, by root type: what an attacker can point at. */
function itemsOf(doc: Y.Doc): { text: ID[]; map: ID[] } {
  const text: ID[] = [];
  const map: ID[] = [];
  for (const [name, type] of doc.share) {
    for (let item = type._start; item; item = item.right) if (!item.deleted) text.push(item.lastId);
    if (type._map.size > 0) for (const item of type._map.values()) (name === 'notes' ? text : map).push(item.lastId);
  }
  return { text, map };
}

/**
 * One crafted update of `kind` against what `victim` holds (a mirror of the relay's document),
 * sent as client MAX_CLIENT_ID whose next clock on the relay is `attackerClock`.
 */
export function craftAttack(rng: Rng, kind: AttackKind, victim: Y.Doc, attackerClock: number): Uint8Array {
  const sv = Y.decodeStateVector(Y.encodeStateVector(victim));
  const clients = [...sv.keys()];
  const known = itemsOf(victim);
  const me = { client: MAX_CLIENT_ID, clock: attackerClock };
  const beyond = (client: number) => (sv.get(client) ?? 0) + rng.int(1, 5000);
  switch (kind) {
    case 'dangling-origin': {
      const client = rng.chance(0.5)
        ? MAX_CLIENT_ID
        : rng.chance(0.5) && clients.length > 0
          ? rng.pick(clients)
          : rng.int(1, 2 ** 31);
      const origin = { client, clock: client === MAX_CLIENT_ID ? attackerClock + rng.int(1, 100) : beyond(client) };
      return encodeCrafted([{ ...me, origin, values: [rng.word()] }]);
    }
    case 'wrong-right-origin': {
      const text = known.text.length > 0 ? rng.pick(known.text) : null;
      const entry = known.map.length > 0 ? rng.pick(known.map) : null;
      const unknownClient = rng.pick([...clients, MAX_CLIENT_ID]);
      const rightOrigin =
        rng.chance(0.5) && entry
          ? entry // a map entry as the right neighbour of a text insert
          : {
              client: unknownClient,
              clock: unknownClient === MAX_CLIENT_ID ? attackerClock + rng.int(0, 50) : beyond(unknownClient),
            };
      return encodeCrafted([{ ...me, origin: text ?? undefined, rightOrigin, parent: 'notes', values: [rng.word()] }]);
    }
    case 'unknown-deletion': {
      const client =
        rng.chance(0.5) && clients.length > 0
          ? rng.pick(clients)
          : rng.chance(0.5)
            ? MAX_CLIENT_ID
            : rng.int(1, 2 ** 31);
      const start = (sv.get(client) ?? 0) + (client === MAX_CLIENT_ID ? attackerClock : 0) + rng.int(0, 100);
      const items = rng.chance(0.5)
        ? [{ ...me, parent: 'fields', parentSub: `k${rng.int(0, 9)}`, values: [rng.word()] }]
        : [];
      return encodeCrafted(items, [{ client, clock: start, len: rng.int(1, 1000) }]);
    }
    case 'huge-clock': {
      const clock = rng.pick([2 ** 31, 2 ** 32 + rng.int(0, 99), 2 ** 45, Number.MAX_SAFE_INTEGER - rng.int(0, 3)]);
      return encodeCrafted([{ client: MAX_CLIENT_ID, clock, parent: 'fields', parentSub: 'k', values: [rng.word()] }]);
    }
  }
}
