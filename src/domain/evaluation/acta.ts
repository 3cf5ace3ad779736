// The Acta de Verificación del PME (month 8): per action, whether its medios de verificación exist
// (in the app, on paper, or not) and the verification result; signed by the director and the asesor
// (the sostenedor may sign too). Its content is fixed by a hash each signature carries.
//
// Rules, exactly:
// - AV-1 Canonical content: every field of the acta except `signatures`, items sorted by actionId,
//   with `format` = ACTA_FORMAT, written by canonicalJson.ts. Signing therefore never changes the
//   content hash, and the signatures' own timestamps never enter it.
// - AV-2 actaHash = SHA-256 (sha256.ts) of the canonical JSON's UTF-8 bytes, lowercase hex.
// - AV-3 Signed = a 'director' and an 'asesor' signature are present (`isSigned`). A signature whose
//   signedHash differs from the acta's hash was made on other content (`invalidSignatures`).
// - AV-4 Immutability: content is editable only while the acta has no signature at all: the first
//   signature fixes it. `assertEditable` throws ActaLockedError otherwise; to correct a signed acta,
//   `correctionOf` starts a new unsigned acta linked by `correctsActaId`. `currentActas` leaves out
//   the actas a later correction replaces.
// - AV-5 Item consistency: medios 'no' → result 'no-verificada'; medios 'en-app' → at least one
//   evidence in the app (a monitoring record or an attachment). One item per action, one signature per role.
import { z } from 'zod';
import { isoDateSchema } from '../shared/localDates.ts';
import { attachmentHashSchema, attachmentRefSchema } from '../wire/attachments.ts';
import { canonicalJson } from './canonicalJson.ts';
import { sha256Hex } from './sha256.ts';

export const ACTA_FORMAT = 'acta-verificacion-pme/1';

const idSchema = z.string().min(1).max(64);
const note = z.string().trim().max(4000, { message: 'Use como máximo 4000 caracteres' });

export const MEDIOS_EXIST = [
  { code: 'en-app', label: 'Sí, en la aplicación' },
  { code: 'en-papel', label: 'Sí, en papel' },
  { code: 'no', label: 'No existen' },
] as const;
export type MediosExist = (typeof MEDIOS_EXIST)[number]['code'];

export const VERIFICATION_RESULTS = [
  { code: 'verificada', label: 'Verificada' },
  { code: 'parcial', label: 'Verificada parcialmente' },
  { code: 'no-verificada', label: 'No verificada' },
] as const;
export type VerificationResult = (typeof VERIFICATION_RESULTS)[number]['code'];

export const SIGNATORY_ROLES = [
  { code: 'director', label: 'Director/a' },
  { code: 'asesor', label: 'Asesor/a ATE' },
  { code: 'sostenedor', label: 'Sostenedor/a' },
] as const;
export type SignatoryRole = (typeof SIGNATORY_ROLES)[number]['code'];
/** AV-3: the roles whose signatures make an acta signed. */
export const REQUIRED_SIGNATORIES: readonly SignatoryRole[] = ['director', 'asesor'];

export const evidenceRefSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('registro'), recordId: idSchema }),
  z.object({ kind: z.literal('adjunto'), attachment: attachmentRefSchema }),
  z.object({
    kind: z.literal('documento'),
    description: z.string().trim().min(1, { message: 'Describa el documento' }).max(500),
  }),
]);
export type EvidenceRef = z.infer<typeof evidenceRefSchema>;

export const actaItemSchema = z
  .object({
    actionId: idSchema,
    mediosExist: z.enum(['en-app', 'en-papel', 'no'], { message: 'Indique si existen los medios de verificación' }),
    evidence: z.array(evidenceRefSchema),
    result: z.enum(['verificada', 'parcial', 'no-verificada'], { message: 'Elija el resultado de la verificación' }),
    observations: note,
  })
  .superRefine((i, ctx) => {
    if (i.mediosExist === 'no' && i.result !== 'no-verificada') {
      ctx.addIssue({
        code: 'custom',
        path: ['result'],
        message: 'Sin medios de verificación la acción no puede darse por verificada',
      });
    }
    if (i.mediosExist === 'en-app' && !i.evidence.some((e) => e.kind !== 'documento')) {
      ctx.addIssue({
        code: 'custom',
        path: ['evidence'],
        message: 'Indique el registro o la foto de la aplicación que respalda la acción',
      });
    }
  });
export type ActaItem = z.infer<typeof actaItemSchema>;

export const signatureSchema = z.object({
  role: z.enum(['director', 'asesor', 'sostenedor']),
  name: z.string().trim().min(1, { message: 'Escriba el nombre de quien firma' }).max(200),
  /** The signature drawn on the tablet. */
  signature: attachmentRefSchema,
  /** ISO date-time. */
  signedAt: z.string().min(1),
  /** actaHash of the content signed (AV-2). */
  signedHash: attachmentHashSchema,
});
export type ActaSignature = z.infer<typeof signatureSchema>;

export const actaSchema = z
  .object({
    id: idSchema,
    schoolId: idSchema,
    /** The year of the annual plan verified. */
    year: z.number().int(),
    /** The frozen PME version verified, if any. */
    pmeVersionId: idSchema.nullable(),
    date: isoDateSchema,
    items: z.array(actaItemSchema),
    observaciones: note,
    /** AV-4: the acta this one corrects. */
    correctsActaId: idSchema.nullable(),
    signatures: z.array(signatureSchema),
  })
  .superRefine((a, ctx) => {
    if (new Set(a.items.map((i) => i.actionId)).size !== a.items.length)
      ctx.addIssue({ code: 'custom', path: ['items'], message: 'Una acción aparece dos veces en el acta' });
    if (new Set(a.signatures.map((s) => s.role)).size !== a.signatures.length)
      ctx.addIssue({ code: 'custom', path: ['signatures'], message: 'Hay dos firmas para el mismo cargo' });
  });
export type ActaVerificacion = z.infer<typeof actaSchema>;

const byActionId = (a: ActaItem, b: ActaItem) => (a.actionId < b.actionId ? -1 : a.actionId > b.actionId ? 1 : 0);

/** AV-1. Fields are picked one by one so that stray properties merged in from a document never enter the hash. */
export function canonicalActaJson(acta: ActaVerificacion): string {
  return canonicalJson({
    format: ACTA_FORMAT,
    id: acta.id,
    schoolId: acta.schoolId,
    year: acta.year,
    pmeVersionId: acta.pmeVersionId,
    date: acta.date,
    observaciones: acta.observaciones,
    correctsActaId: acta.correctsActaId,
    items: [...acta.items].sort(byActionId).map((i) => ({
      actionId: i.actionId,
      mediosExist: i.mediosExist,
      evidence: i.evidence.map(evidenceContent),
      result: i.result,
      observations: i.observations,
    })),
  });
}

function evidenceContent(e: EvidenceRef): Record<string, unknown> {
  switch (e.kind) {
    case 'registro':
      return { kind: e.kind, recordId: e.recordId };
    case 'adjunto':
      return {
        kind: e.kind,
        attachment: {
          hash: e.attachment.hash,
          type: e.attachment.type,
          size: e.attachment.size,
          name: e.attachment.name,
        },
      };
    case 'documento':
      return { kind: e.kind, description: e.description };
  }
}

/** AV-2. */
export function actaHash(acta: ActaVerificacion): string {
  return sha256Hex(canonicalActaJson(acta));
}

/** AV-3. */
export function isSigned(acta: Pick<ActaVerificacion, 'signatures'>): boolean {
  return REQUIRED_SIGNATORIES.every((role) => acta.signatures.some((s) => s.role === role));
}

/** AV-3: roles whose signature was made on other content than the acta's current one. */
export function invalidSignatures(acta: ActaVerificacion): SignatoryRole[] {
  const hash = actaHash(acta);
  return acta.signatures.filter((s) => s.signedHash !== hash).map((s) => s.role);
}

/** Spanish for the UI when someone tries to edit a signed acta. */
export const ACTA_LOCKED_MESSAGE =
  'Esta acta ya fue firmada y no se puede modificar. Para corregirla, cree una corrección del acta.';

export class ActaLockedError extends Error {
  readonly code = 'acta-locked';
  constructor(readonly actaId: string) {
    super(`Acta ${actaId} has signatures and cannot be edited; start a correction with correctionOf()`);
    this.name = 'ActaLockedError';
  }
}

export type AddSignatureResult =
  { ok: true; acta: ActaVerificacion } | { ok: false; code: 'role-already-signed' | 'hash-mismatch' };

/** Adds a signature made on the acta's current content (AV-2); signatures are never replaced. */
export function addSignature(acta: ActaVerificacion, signature: ActaSignature): AddSignatureResult {
  if (acta.signatures.some((s) => s.role === signature.role)) return { ok: false, code: 'role-already-signed' };
  if (signature.signedHash !== actaHash(acta)) return { ok: false, code: 'hash-mismatch' };
  return { ok: true, acta: { ...acta, signatures: [...acta.signatures, { ...signature }] } };
}

/** AV-4: a new, unsigned acta with the previous one's content, linked to it. */
export function correctionOf(previous: ActaVerificacion, fresh: { id: string; date: string }): ActaVerificacion {
  return actaSchema.parse({
    ...previous,
    id: fresh.id,
    date: fresh.date,
    items: previous.items.map((i) => ({ ...i, evidence: i.evidence.map((e) => ({ ...e })) })),
    correctsActaId: previous.id,
    signatures: [],
  });
}

/** AV-4: the actas no other acta corrects (the ones in force), in input order. */
export function currentActas<A extends Pick<ActaVerificacion, 'id' | 'correctsActaId'>>(actas: readonly A[]): A[] {
  const corrected = new Set(actas.map((a) => a.correctsActaId).filter((x): x is string => x !== null));
  return actas.filter((a) => !corrected.has(a.id));
}
