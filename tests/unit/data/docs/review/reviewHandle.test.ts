// The review document's handle: comments from two devices merged after both worked offline, resolve
// and reopen racing, entries that do not validate left out, and the sostenedor's signature on the acta.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actorOf } from '../../../../../src/data/docs/actor.ts';
import { reviewHandle, type ReviewHandle } from '../../../../../src/data/docs/review/index.ts';
import { commentsOf, actaSignaturesOf } from '../../../../../src/data/docs/review/read.ts';
import { LOCAL_EDIT } from '../../../../../src/data/workspace.ts';
import { actaHash, actaSchema } from '../../../../../src/domain/evaluation/acta.ts';
import { COMMENT_EMPTY_MESSAGE } from '../../../../../src/domain/review/comments.ts';

const T1 = new Date('2027-11-20T15:30:00Z');
const T2 = new Date('2027-11-21T12:00:00Z');
const ACTION = { kind: 'pme-action' as const, id: 'a1' };

function device(userId: string, name: string, at: Date): { doc: Y.Doc; review: ReviewHandle; edits: () => number } {
  const doc = new Y.Doc();
  let edits = 0;
  doc.on('update', (_u: Uint8Array, origin: unknown) => {
    if (origin === LOCAL_EDIT) edits++;
  });
  return {
    doc,
    review: reviewHandle(
      doc,
      actorOf({ userId, name }, () => at),
    ),
    edits: () => edits,
  };
}

/** Both devices exchange everything they hold (a reconnect after working offline). */
function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

describe('ReviewHandle: comments', () => {
  it("CM-1 CM-2 a comment by the actor, at the actor's clock, one local edit; a blank one is refused unwritten", () => {
    const { review, edits } = device('u-ana', 'Ana Rojas', T1);
    const added = review.addComment(ACTION, ' Revisar fechas ', 'asesor');
    expect(added.ok).toBe(true);
    expect(review.addComment(ACTION, '   ', 'asesor')).toEqual({ ok: false, message: COMMENT_EMPTY_MESSAGE });
    const [c] = review.comments.get().comments;
    expect(c).toMatchObject({
      target: ACTION,
      author: { userId: 'u-ana', name: 'Ana Rojas', role: 'asesor' },
      createdAt: T1.toISOString(),
      text: 'Revisar fechas',
      resolved: null,
    });
    expect(c!.date).toMatch(/^2027-11-2[01]$/);
    expect(edits()).toBe(1);
  });

  it('CM-3 two devices comment the same action offline: after the exchange both hold both comments, whole', () => {
    const a = device('u-ana', 'Ana Rojas', T1);
    const b = device('u-pedro', 'Pedro Díaz', T2);
    a.review.addComment(ACTION, 'Falta el acta de la reunión', 'asesor');
    b.review.addComment(ACTION, 'Conversar con el equipo de gestión', 'sostenedor');
    exchange(a.doc, b.doc);
    for (const side of [a, b]) {
      const listed = side.review.comments.get().comments.map((c) => [c.author.name, c.text]);
      expect(listed).toEqual([
        ['Ana Rojas', 'Falta el acta de la reunión'],
        ['Pedro Díaz', 'Conversar con el equipo de gestión'],
      ]);
    }
    expect(commentsOf(a.doc).size).toBe(2);
  });

  it("CM-4 resolve and reopen write only the comment's resolved key, and sync", () => {
    const a = device('u-ana', 'Ana Rojas', T1);
    const b = device('u-pedro', 'Pedro Díaz', T2);
    const added = a.review.addComment(ACTION, 'Falta evidencia', 'asesor');
    if (!added.ok) throw new Error('not added');
    exchange(a.doc, b.doc);
    b.review.resolve(added.id);
    exchange(a.doc, b.doc);
    const resolved = a.review.comments.get().comments[0]!;
    expect(resolved.resolved).toMatchObject({ userId: 'u-pedro', name: 'Pedro Díaz', at: T2.toISOString() });
    expect(resolved.text).toBe('Falta evidencia');
    const before = b.edits();
    b.review.resolve(added.id);
    expect(b.edits()).toBe(before);
    a.review.reopen(added.id);
    exchange(a.doc, b.doc);
    expect(b.review.comments.get().comments[0]!.resolved).toBeNull();
    expect(b.review.comments.get().comments[0]!.author.name).toBe('Ana Rojas');
  });

  it('CM-3 a comment that does not validate (a foreign write) is left out and reported by id', () => {
    const { doc, review } = device('u-ana', 'Ana Rojas', T1);
    review.addComment(ACTION, 'Bien', 'asesor');
    const bad = new Y.Map<unknown>();
    doc.transact(() => {
      commentsOf(doc).set('broken', bad);
      bad.set('text', 'sin autor');
    });
    commentsOf(doc).set('plain', 'no es un mapa');
    expect(review.comments.get().comments.map((c) => c.text)).toEqual(['Bien']);
    expect(review.comments.get().invalid.sort()).toEqual(['comment:broken', 'comment:plain']);
  });
});

const SIG = { hash: 'd'.repeat(64), type: 'image/png' as const, size: 900 };
const acta = actaSchema.parse({
  id: 'acta-1',
  schoolId: '7423',
  year: 2027,
  pmeVersionId: null,
  date: '2027-12-10',
  items: [],
  observaciones: '',
  correctsActaId: null,
  signatures: [],
});
const hash = actaHash(acta);
const director = {
  role: 'director' as const,
  name: 'María',
  signature: SIG,
  signedAt: T1.toISOString(),
  signedHash: hash,
};

describe("ReviewHandle: the sostenedor's signature on the acta", () => {
  it("CM-5 CM-8 stored by acta id with the acta's hash, the actor's clock and account, once; refused on an unfrozen acta", () => {
    const { doc, review } = device('u-pedro', 'Pedro Díaz', T2);
    expect(review.signActa({ acta, hash, signed: false }, { name: 'Pedro Díaz', signature: SIG })).toEqual({
      ok: false,
      code: 'not-frozen',
    });
    expect(actaSignaturesOf(doc).size).toBe(0);
    const frozen = { acta: { ...acta, signatures: [director] }, hash, signed: true };
    expect(review.signActa(frozen, { name: 'Pedro Díaz', signature: SIG })).toEqual({ ok: true });
    expect(review.actaSignatures.get()).toEqual([
      {
        actaId: 'acta-1',
        role: 'sostenedor',
        name: 'Pedro Díaz',
        signature: SIG,
        signedAt: T2.toISOString(),
        signedHash: hash,
        signedBy: { userId: 'u-pedro', name: 'Pedro Díaz' }, // CM-8: the account, whatever name was typed
      },
    ]);
    expect(review.signActa(frozen, { name: 'Otra Persona', signature: SIG })).toEqual({
      ok: false,
      code: 'already-signed',
    });
    expect(review.actaSignatures.get()[0]!.name).toBe('Pedro Díaz');
  });

  it("CM-5 an entry filed under another acta's id, or not a signature, is not read", () => {
    const { doc, review } = device('u-pedro', 'Pedro Díaz', T2);
    actaSignaturesOf(doc).set('acta-9', { ...director, role: 'sostenedor', actaId: 'acta-1' });
    actaSignaturesOf(doc).set('acta-1', { ...director, actaId: 'acta-1' });
    expect(review.actaSignatures.get()).toEqual([]);
  });
});
