import { describe, expect, it } from 'vitest';
import {
  COMMENT_EMPTY_MESSAGE,
  COMMENT_MAX,
  COMMENT_TOO_LONG_MESSAGE,
  authorRoleLabel,
  checkCommentText,
  commentRoleOf,
  commentSchema,
  commentsOn,
  newComment,
  openCount,
  reopenComment,
  resolveComment,
} from '../../../../src/domain/review/comments.ts';
import {
  canSostenedorSign,
  sostenedorSignatureSchema,
  withSostenedorSignatures,
} from '../../../../src/domain/review/sostenedorSignature.ts';
import { actaHash, actaSchema, invalidSignatures, isSigned } from '../../../../src/domain/evaluation/acta.ts';

const ANA = { userId: 'u-ana', name: 'Ana Rojas', role: 'asesor' as const };
const PEDRO = { userId: 'u-pedro', name: 'Pedro Díaz' };
const ACTION = { kind: 'pme-action' as const, id: 'a1' };
// 23:30 in Santiago on 30 November is already 1 December in UTC.
const LATE_EVENING = new Date('2027-12-01T02:30:00Z');
const SANTIAGO = 'America/Santiago';

describe('CM-1 a comment: target, author, instant and local calendar date', () => {
  it("CM-1 stores who, on what, when, and the date of the author's day (not UTC's)", () => {
    const c = newComment(
      { id: 'c1', target: ACTION, author: ANA, text: '  Revisar los medios  ' },
      LATE_EVENING,
      SANTIAGO,
    );
    expect(c).toEqual({
      id: 'c1',
      target: ACTION,
      author: ANA,
      createdAt: '2027-12-01T02:30:00.000Z',
      date: '2027-11-30',
      text: 'Revisar los medios',
      resolved: null,
    });
  });

  it('CM-1 targets only PME actions, monitoring records and deliverables, by a non-empty id', () => {
    const base = {
      id: 'c1',
      author: ANA,
      createdAt: '2027-12-01T02:30:00.000Z',
      date: '2027-11-30',
      text: 'x',
      resolved: null,
    };
    for (const kind of ['pme-action', 'monitoring-record', 'deliverable'])
      expect(commentSchema.safeParse({ ...base, target: { kind, id: 'x1' } }).success, kind).toBe(true);
    expect(commentSchema.safeParse({ ...base, target: { kind: 'objective', id: 'x1' } }).success).toBe(false);
    expect(commentSchema.safeParse({ ...base, target: { kind: 'deliverable', id: '' } }).success).toBe(false);
    expect(commentSchema.safeParse({ ...base, target: ACTION, author: { ...ANA, role: 'root' } }).success).toBe(false);
    expect(commentSchema.safeParse({ ...base, target: ACTION, date: '30-11-2027' }).success).toBe(false);
  });

  it('CM-1 the roles that may comment, with Spanish labels; an unknown sign-in role may not', () => {
    expect(commentRoleOf('sostenedor')).toBe('sostenedor');
    expect(commentRoleOf('coordinador')).toBe('coordinador');
    expect(commentRoleOf('invitado')).toBeNull();
    expect(authorRoleLabel('sostenedor')).toBe('Sostenedor');
  });
});

describe('CM-2 the text is bounded, with a Spanish message', () => {
  it('CM-2 empty or blank is refused, the limit is accepted, one more character is refused', () => {
    expect(checkCommentText('   ')).toEqual({ ok: false, message: COMMENT_EMPTY_MESSAGE });
    expect(checkCommentText('x'.repeat(COMMENT_MAX))).toEqual({ ok: true, text: 'x'.repeat(COMMENT_MAX) });
    expect(checkCommentText('x'.repeat(COMMENT_MAX + 1))).toEqual({ ok: false, message: COMMENT_TOO_LONG_MESSAGE });
    expect(COMMENT_TOO_LONG_MESSAGE).toBe('Use como máximo 2000 caracteres');
    expect(() => newComment({ id: 'c', target: ACTION, author: ANA, text: '' }, LATE_EVENING)).toThrow();
  });
});

describe('CM-4 resolve and reopen', () => {
  const c = newComment({ id: 'c1', target: ACTION, author: ANA, text: 'Falta evidencia' }, LATE_EVENING, SANTIAGO);

  it('CM-4 resolved by someone at an instant (with its local date); text and author are kept', () => {
    const r = resolveComment(c, PEDRO, new Date('2027-12-02T13:00:00Z'), SANTIAGO);
    expect(r.resolved).toEqual({ ...PEDRO, at: '2027-12-02T13:00:00.000Z', date: '2027-12-02' });
    expect({ ...r, resolved: null }).toEqual(c);
    expect(resolveComment(r, ANA, new Date('2027-12-03T13:00:00Z'))).toBe(r);
    expect(reopenComment(r)).toEqual(c);
  });

  it("CM-4 counts the open ones; a target's comments oldest first, ties by id", () => {
    const at = (iso: string) => new Date(iso);
    const later = newComment({ id: 'a', target: ACTION, author: ANA, text: 'dos' }, at('2027-12-05T12:00:00Z'));
    const tie = newComment({ id: 'b', target: ACTION, author: ANA, text: 'tres' }, at('2027-12-05T12:00:00Z'));
    const other = newComment(
      { id: 'z', target: { kind: 'deliverable', id: 'a1' }, author: ANA, text: 'otro' },
      at('2027-12-01T00:00:00Z'),
    );
    const resolved = resolveComment(c, PEDRO, at('2027-12-06T00:00:00Z'));
    const listed = commentsOn([tie, other, later, resolved], ACTION);
    expect(listed.map((x) => x.id)).toEqual(['c1', 'a', 'b']);
    expect(openCount(listed)).toBe(2);
  });
});

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
const SIG = { hash: 'b'.repeat(64), type: 'image/png' as const, size: 2048 };
const signed = (role: 'director' | 'asesor', name: string) => ({
  role,
  name,
  signature: SIG,
  signedAt: '2027-12-10T15:00:00Z',
  signedHash: hash,
});
const frozen = { ...acta, signatures: [signed('director', 'María Pérez'), signed('asesor', 'Ana Rojas')] };
const stored = sostenedorSignatureSchema.parse({
  actaId: 'acta-1',
  role: 'sostenedor',
  name: 'Pedro Díaz',
  signature: SIG,
  signedAt: '2027-12-11T15:00:00Z',
  signedHash: hash,
});

describe('CM-5 the sostenedor signs a frozen acta, once, on its hash', () => {
  it('CM-5 refused before the first signature, twice, or on another hash', () => {
    expect(canSostenedorSign({ acta, hash, signed: false }, hash)).toEqual({ ok: false, code: 'not-frozen' });
    expect(canSostenedorSign({ acta: frozen, hash, signed: true }, hash)).toEqual({ ok: true });
    expect(canSostenedorSign({ acta: frozen, hash, signed: true }, 'c'.repeat(64))).toEqual({
      ok: false,
      code: 'hash-mismatch',
    });
    const withOwn = withSostenedorSignatures([{ acta: frozen }], [stored])[0]!.acta;
    expect(canSostenedorSign({ acta: withOwn, hash, signed: true }, hash)).toEqual({
      ok: false,
      code: 'already-signed',
    });
    expect(sostenedorSignatureSchema.safeParse({ ...stored, role: 'director' }).success).toBe(false);
  });
});

describe("CM-6 every view of the acta includes the sostenedor's signature from the review document", () => {
  it("CM-6 added as the acta's sostenedor signature, in the acta's shape; other actas untouched", () => {
    const other = { ...frozen, id: 'acta-2' };
    const [one, two] = withSostenedorSignatures(
      [
        { acta: frozen, hash },
        { acta: other, hash },
      ],
      [stored],
    );
    expect(one!.acta.signatures.map((s) => [s.role, s.name])).toEqual([
      ['director', 'María Pérez'],
      ['asesor', 'Ana Rojas'],
      ['sostenedor', 'Pedro Díaz'],
    ]);
    expect(one!.acta.signatures[2]).not.toHaveProperty('actaId');
    expect(actaSchema.safeParse(one!.acta).success).toBe(true);
    expect(two!.acta).toBe(other);
    expect(isSigned(one!.acta)).toBe(true);
  });

  it("CM-6 AV-3: a stored signature on another hash is reported invalid; one of the acta's own wins", () => {
    const wrong = { ...stored, signedHash: 'c'.repeat(64) };
    expect(invalidSignatures(withSostenedorSignatures([{ acta: frozen }], [wrong])[0]!.acta)).toEqual(['sostenedor']);
    expect(invalidSignatures(withSostenedorSignatures([{ acta: frozen }], [stored])[0]!.acta)).toEqual([]);
    const own = {
      ...frozen,
      signatures: [...frozen.signatures, { ...signed('asesor', 'X'), role: 'sostenedor' as const }],
    };
    expect(withSostenedorSignatures([{ acta: own }], [stored])[0]!.acta.signatures.at(-1)!.name).toBe('X');
  });
});
