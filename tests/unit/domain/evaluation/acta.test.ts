import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  ACTA_LOCKED_MESSAGE,
  ActaLockedError,
  actaHash,
  actaItemSchema,
  actaSchema,
  addSignature,
  canonicalActaJson,
  correctionOf,
  currentActas,
  invalidSignatures,
  isSigned,
  type ActaSignature,
  type ActaVerificacion,
} from '../../../../src/domain/evaluation/acta.ts';

const SIG = { hash: 'b'.repeat(64), type: 'image/png' as const, size: 2048 };

type ActaVerificacionInput = z.input<typeof actaSchema>;

function acta(over: Partial<ActaVerificacionInput> = {}): ActaVerificacion {
  return actaSchema.parse({
    id: 'acta-1',
    schoolId: '7423',
    year: 2026,
    pmeVersionId: 'v-final',
    date: '2026-11-27',
    items: [
      {
        actionId: 'a2',
        mediosExist: 'en-papel',
        evidence: [{ kind: 'documento', description: 'Carpeta de evaluaciones' }],
        result: 'parcial',
        observations: 'Falta el tercer trimestre',
      },
      {
        actionId: 'a1',
        mediosExist: 'en-app',
        evidence: [
          { kind: 'registro', recordId: 'r2' },
          { kind: 'adjunto', attachment: { hash: 'c'.repeat(64), type: 'image/jpeg', size: 900 } },
        ],
        result: 'verificada',
        observations: '',
      },
    ],
    observaciones: 'Sin observaciones',
    correctsActaId: null,
    signatures: [],
    ...over,
  });
}

function signature(a: ActaVerificacion, role: ActaSignature['role'], over: Partial<ActaSignature> = {}): ActaSignature {
  return {
    role,
    name: role === 'director' ? 'Marta Soto' : 'Ana Rojas',
    signature: SIG,
    signedAt: '2026-11-27T16:00:00Z',
    signedHash: actaHash(a),
    ...over,
  };
}

describe('AV-1/AV-2: canonical JSON and hash', () => {
  it('exact canonical text: format marker, sorted keys, items by actionId, no signatures', () => {
    expect(canonicalActaJson(acta())).toBe(
      '{"correctsActaId":null,"date":"2026-11-27","format":"acta-verificacion-pme/1","id":"acta-1","items":[' +
        '{"actionId":"a1","evidence":[{"kind":"registro","recordId":"r2"},{"attachment":{"hash":"' +
        'c'.repeat(64) +
        '","size":900,"type":"image/jpeg"},"kind":"adjunto"}],"mediosExist":"en-app","observations":"","result":"verificada"},' +
        '{"actionId":"a2","evidence":[{"description":"Carpeta de evaluaciones","kind":"documento"}],"mediosExist":"en-papel","observations":"Falta el tercer trimestre","result":"parcial"}' +
        '],"observaciones":"Sin observaciones","pmeVersionId":"v-final","schoolId":"7423","year":2026}',
    );
  });

  it('hash = sha-256 hex of the canonical JSON (checked against node:crypto)', () => {
    const a = acta();
    expect(actaHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(actaHash(a)).toBe(createHash('sha256').update(canonicalActaJson(a), 'utf8').digest('hex'));
  });

  it('stable under item order and key order; unchanged by signatures; changed by any content edit', () => {
    const a = acta();
    const reordered = { ...a, items: [...a.items].reverse() };
    const { signatures, ...rest } = a;
    const rekeyed = JSON.parse(
      JSON.stringify({ signatures, ...Object.fromEntries(Object.entries(rest).reverse()) }),
    ) as ActaVerificacion;
    const signed = addSignature(a, signature(a, 'director'));
    expect(signed.ok).toBe(true);
    expect(
      new Set([actaHash(a), actaHash(reordered), actaHash(rekeyed), signed.ok ? actaHash(signed.acta) : '']),
    ).toHaveLength(1);
    expect(actaHash({ ...a, observaciones: 'Sin observaciones.' })).not.toBe(actaHash(a));
    expect(
      actaHash({
        ...a,
        items: a.items.map((i) => ({ ...i, result: 'no-verificada' as const, mediosExist: 'no' as const })),
      }),
    ).not.toBe(actaHash(a));
  });

  it('stray properties merged into the document do not enter the hash', () => {
    const a = acta();
    expect(actaHash({ ...a, draftNote: 'x' } as ActaVerificacion)).toBe(actaHash(a));
  });
});

describe('AV-5: items and acta shape', () => {
  const item = (over: object) =>
    actaItemSchema.safeParse({
      actionId: 'a1',
      mediosExist: 'en-papel',
      evidence: [],
      result: 'verificada',
      observations: '',
      ...over,
    });
  it.each([
    [{ mediosExist: 'no', result: 'verificada' }, 'Sin medios de verificación la acción no puede darse por verificada'],
    [
      { mediosExist: 'en-app', evidence: [{ kind: 'documento', description: 'Carpeta' }] },
      'Indique el registro o la foto de la aplicación que respalda la acción',
    ],
  ])('%j is rejected', (over, message) => {
    const r = item(over);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe(message);
  });
  it('medios "no" with "no-verificada" is fine', () =>
    expect(item({ mediosExist: 'no', result: 'no-verificada' }).success).toBe(true));
  it('one item per action, one signature per role', () => {
    const a = acta();
    expect(actaSchema.safeParse({ ...a, items: [a.items[0], a.items[0]] }).error?.issues[0]?.message).toBe(
      'Una acción aparece dos veces en el acta',
    );
    const s = signature(a, 'director');
    expect(actaSchema.safeParse({ ...a, signatures: [s, s] }).error?.issues[0]?.message).toBe(
      'Hay dos firmas para el mismo cargo',
    );
  });
});

describe('AV-3/AV-4: signing, immutability and corrections', () => {
  it('signed only with director and asesor; the sostenedor is optional', () => {
    const a = acta();
    const d = addSignature(a, signature(a, 'director'));
    if (!d.ok) throw new Error('director');
    expect(isSigned(d.acta)).toBe(false);
    const both = addSignature(d.acta, signature(a, 'asesor'));
    if (!both.ok) throw new Error('asesor');
    expect(isSigned(both.acta)).toBe(true);
    expect(isSigned({ signatures: [signature(a, 'sostenedor'), signature(a, 'asesor')] })).toBe(false);
    const withSostenedor = addSignature(both.acta, signature(a, 'sostenedor', { name: 'Pedro Díaz' }));
    expect(withSostenedor.ok && withSostenedor.acta.signatures.map((s) => s.role)).toEqual([
      'director',
      'asesor',
      'sostenedor',
    ]);
  });

  it('refuses a second signature of a role and a signature over other content', () => {
    const a = acta();
    const d = addSignature(a, signature(a, 'director'));
    if (!d.ok) throw new Error('director');
    expect(addSignature(d.acta, signature(a, 'director'))).toEqual({ ok: false, code: 'role-already-signed' });
    expect(addSignature(a, signature(a, 'asesor', { signedHash: '0'.repeat(64) }))).toEqual({
      ok: false,
      code: 'hash-mismatch',
    });
  });

  it('a signature made before an edit shows up as invalid', () => {
    const a = acta();
    const tampered = {
      ...a,
      observaciones: 'Cambiado después',
      signatures: [signature(a, 'director'), signature(a, 'asesor')],
    };
    expect(invalidSignatures(tampered)).toEqual(['director', 'asesor']);
    expect(invalidSignatures({ ...a, signatures: [signature(a, 'director')] })).toEqual([]);
  });

  it('AV-4 a signed acta is locked: the error says so in English, the UI in Spanish', () => {
    expect(new ActaLockedError('acta-1').message).toBe(
      'Acta acta-1 has signatures and cannot be edited; start a correction with correctionOf()',
    );
    expect(ACTA_LOCKED_MESSAGE).toBe(
      'Esta acta ya fue firmada y no se puede modificar. Para corregirla, cree una corrección del acta.',
    );
  });

  it('correctionOf: same content, new id and date, unsigned, linked; the corrected acta is no longer current', () => {
    const a = { ...acta(), signatures: [signature(acta(), 'director'), signature(acta(), 'asesor')] };
    const c = correctionOf(a, { id: 'acta-2', date: '2026-12-02' });
    expect([c.id, c.date, c.correctsActaId, c.signatures]).toEqual(['acta-2', '2026-12-02', 'acta-1', []]);
    expect(c.items).toEqual(a.items);
    expect(c.items[0]).not.toBe(a.items[0]);
    expect(actaHash(c)).not.toBe(actaHash(a));
    const c2 = correctionOf(c, { id: 'acta-3', date: '2026-12-03' });
    expect(currentActas([a, c, c2, acta({ id: 'other' })]).map((x) => x.id)).toEqual(['acta-3', 'other']);
  });
});
