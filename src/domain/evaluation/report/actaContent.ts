// Content of the *Acta de Verificación del PME* as a document (issue 8; month 8): identification,
// one row per action (medios de verificación planned, whether they exist, the evidence, the result),
// the totals per result, the observations, the signatures with their state, the acta's SHA-256
// (acta.ts AV-2, printed on every page) and the link to the acta it corrects or that corrects it.
// Pure; the renderer lays it out and draws the signature images the refs point to.
import { formatIsoDate } from '../../shared/localDates.ts';
import { formatCalendarDate } from '../../shared/localDates.ts';
import type { PmePlan } from '../../pme/model.ts';
import { versionCitation, versionLabel, type PmeVersion } from '../../pme/versions.ts';
import type { MonitoringCycle } from '../../monitoring/cycles.ts';
import type { MonitoringRecord } from '../../monitoring/records.ts';
import type { AttachmentRef } from '../../wire/attachments.ts';
import {
  MEDIOS_EXIST,
  REQUIRED_SIGNATORIES,
  SIGNATORY_ROLES,
  VERIFICATION_RESULTS,
  actaHash,
  invalidSignatures,
  isSigned,
  type ActaVerificacion,
  type EvidenceRef,
  type VerificationResult,
} from '../acta.ts';
import { NO_VALUE } from './reportFormat.ts';
import { rbdText, schoolIdentification, type SchoolIdentity } from '../../schools/schoolIdentification.ts';

export const ACTA_VERIFICACION_TITLE = 'Acta de Verificación del PME';
export const ACTA_ITEM_HEADERS = [
  'N°',
  'Acción',
  'Medios de verificación comprometidos',
  '¿Existen?',
  'Evidencias',
  'Resultado',
  'Observaciones',
] as const;

export interface ActaVerificacionInput {
  school: SchoolIdentity;
  acta: ActaVerificacion;
  /** Every acta of the school (to name the correction links). */
  actas: readonly Pick<ActaVerificacion, 'id' | 'date' | 'correctsActaId'>[];
  /** The plan whose actions are verified (names and medios). */
  pme: Pick<PmePlan, 'actions'>;
  /** Label of the PME version verified (e.g. "PME Versión Final, 20-06-2026"), null when none. */
  pmeVersionLabel: string | null;
  records: readonly Pick<MonitoringRecord, 'id' | 'cycleId' | 'recordedAt' | 'recordedBy'>[];
  cycles: readonly Pick<MonitoringCycle, 'id' | 'name'>[];
}

export interface ActaSignatureRow {
  role: string;
  name: string;
  /** "Firmado el 30-11-2026", "Pendiente", or the warning for a signature on other content. */
  status: string;
  signature: AttachmentRef | null;
  valid: boolean;
}

export interface ActaVerificacionContent {
  title: string;
  school: string;
  identification: [string, string][];
  items: { cells: string[]; result: VerificationResult }[];
  totals: [string, string][];
  observaciones: string;
  signatures: ActaSignatureRow[];
  /** "Acta firmada por Director/a y Asesor/a ATE" or what is missing. */
  state: string;
  signed: boolean;
  hash: string;
  /** Printed under the footer of every page. */
  hashLine: string;
  /** Sentences about corrections (this acta corrects / is corrected by another). */
  corrections: string[];
  /** The content in one paragraph, printed above the signatures when they start a new page. */
  essentials: string;
  footer: string;
}

const label = <C extends string>(list: readonly { code: C; label: string }[], code: C) =>
  list.find((x) => x.code === code)?.label ?? code;

function evidenceText(e: EvidenceRef, input: ActaVerificacionInput): string {
  switch (e.kind) {
    case 'registro': {
      const r = input.records.find((x) => x.id === e.recordId);
      if (!r) return 'Registro de monitoreo';
      const cycle = input.cycles.find((c) => c.id === r.cycleId)?.name ?? r.cycleId;
      return `Registro de monitoreo (${cycle}, ${formatCalendarDate(r.recordedAt)}${r.recordedBy ? `, ${r.recordedBy}` : ''})`;
    }
    case 'adjunto':
      return `${e.attachment.type.startsWith('image/') ? 'Foto' : 'Archivo'}${e.attachment.name ? `: ${e.attachment.name}` : ''}`;
    case 'documento':
      return `Documento: ${e.description}`;
  }
}

function corrections(input: ActaVerificacionInput): string[] {
  const { acta, actas } = input;
  const out: string[] = [];
  const previous = acta.correctsActaId ? actas.find((a) => a.id === acta.correctsActaId) : undefined;
  if (acta.correctsActaId)
    out.push(
      `Esta acta corrige el acta ${acta.correctsActaId}${previous ? ` del ${formatIsoDate(previous.date)}` : ''}, que queda reemplazada.`,
    );
  for (const later of actas.filter((a) => a.correctsActaId === acta.id))
    out.push(`Esta acta fue corregida por el acta ${later.id} del ${formatIsoDate(later.date)}: la vigente es esa.`);
  return out;
}

/** Every signatory role, signed or pending: a missing row would hide who still has to sign (AV-3). */
function signatureRows(acta: ActaVerificacion): ActaSignatureRow[] {
  const invalid = new Set(invalidSignatures(acta));
  return SIGNATORY_ROLES.map((r) => {
    const s = acta.signatures.find((x) => x.role === r.code);
    if (!s)
      return {
        role: r.label,
        name: NO_VALUE,
        status: REQUIRED_SIGNATORIES.includes(r.code) ? 'Pendiente' : 'Pendiente (firma opcional)',
        signature: null,
        valid: false,
      };
    const ok = !invalid.has(r.code);
    return {
      role: r.label,
      name: s.name,
      status: ok
        ? `Firmado el ${formatCalendarDate(s.signedAt)}`
        : 'Firma hecha sobre otro contenido: no vale para esta acta',
      signature: s.signature,
      valid: ok,
    };
  });
}

/** The acta's counts per result (R-8: the verification screen prints the same). */
export function actaTotals(acta: Pick<ActaVerificacion, 'items'>): [string, string][] {
  return VERIFICATION_RESULTS.map((r) => [r.label, String(acta.items.filter((i) => i.result === r.code).length)]);
}

/** The PME version an acta verifies: its own `pmeVersionId`, labelled as the document prints it. */
export function actaPlanVersion(
  acta: Pick<ActaVerificacion, 'pmeVersionId'>,
  versions: readonly PmeVersion[],
): { plan: PmePlan; label: string } | null {
  const v = versions.find((x) => x.id === acta.pmeVersionId);
  return v ? { plan: v.plan, label: versionCitation(versions, v.id) ?? versionLabel(v.kind) } : null;
}

function essentialsOf(input: ActaVerificacionInput, school: string): string {
  const { acta } = input;
  const totals = VERIFICATION_RESULTS.map(
    (r) => `${r.label.toLowerCase()}: ${acta.items.filter((i) => i.result === r.code).length}`,
  ).join(', ');
  return `Acta de Verificación del PME ${acta.year} de ${school} (RBD ${rbdText(input.school)}), del ${formatIsoDate(acta.date)}, sobre ${input.pmeVersionLabel ?? 'el plan de trabajo'}: ${acta.items.length} ${acta.items.length === 1 ? 'acción' : 'acciones'} (${totals}), detalladas en las páginas anteriores.`;
}

/** The acta's rows: the plan's order; actions no longer in the plan last, by id. */
function itemRows(input: ActaVerificacionInput): ActaVerificacionContent['items'] {
  const actions = new Map(input.pme.actions.map((a) => [a.id, a]));
  const rank = new Map(input.pme.actions.map((a, i) => [a.id, i]));
  return [...input.acta.items]
    .sort(
      (a, b) =>
        (rank.get(a.actionId) ?? Infinity) - (rank.get(b.actionId) ?? Infinity) ||
        (a.actionId < b.actionId ? -1 : a.actionId > b.actionId ? 1 : 0),
    )
    .map((i, n) => {
      const a = actions.get(i.actionId);
      return {
        cells: [
          String(n + 1),
          a?.nombre ?? `(acción ${i.actionId}, ya no está en el plan)`,
          a && a.mediosVerificacion.length > 0 ? a.mediosVerificacion.join('; ') : NO_VALUE,
          label(MEDIOS_EXIST, i.mediosExist),
          i.evidence.length > 0 ? i.evidence.map((e) => evidenceText(e, input)).join('\n') : NO_VALUE,
          label(VERIFICATION_RESULTS, i.result),
          i.observations || NO_VALUE,
        ],
        result: i.result,
      };
    });
}

/** Whether the acta counts as signed, and the sentence that says so (or what is missing). */
function signatureState(acta: ActaVerificacionInput['acta'], signatures: ActaVerificacionContent['signatures']) {
  const missing = REQUIRED_SIGNATORIES.filter((r) => !acta.signatures.some((s) => s.role === r)).map((r) =>
    label(SIGNATORY_ROLES, r),
  );
  const signed = isSigned(acta) && signatures.every((s) => s.valid || s.signature === null);
  const state =
    missing.length > 0
      ? `Firmas pendientes: ${missing.join(' y ')}.`
      : signed
        ? 'Acta firmada por la dirección del establecimiento y la asesoría.'
        : 'Hay firmas hechas sobre otro contenido: el acta no está válidamente firmada.';
  return { signed, state };
}

function identificationOf(input: ActaVerificacionInput): ActaVerificacionContent['identification'] {
  const { acta } = input;
  return [
    ...schoolIdentification(input.school),
    ['Plan anual verificado', String(acta.year)],
    ['Versión del PME', input.pmeVersionLabel ?? 'Plan de trabajo (sin versión congelada)'],
    ['Fecha del acta', formatIsoDate(acta.date)],
    ['Identificador del acta', acta.id],
  ];
}

export function buildActaVerificacion(input: ActaVerificacionInput): ActaVerificacionContent {
  const { acta } = input;
  const hash = actaHash(acta);
  const school = input.school.name.trim();
  const signatures = signatureRows(acta);
  return {
    title: ACTA_VERIFICACION_TITLE,
    school,
    identification: identificationOf(input),
    items: itemRows(input),
    totals: actaTotals(acta),
    observaciones: acta.observaciones.trim(),
    signatures,
    ...signatureState(acta, signatures),
    hash,
    hashLine: `Huella SHA-256 del contenido del acta: ${hash}`,
    corrections: corrections(input),
    essentials: essentialsOf(input, school),
    footer: `${ACTA_VERIFICACION_TITLE} ${acta.year} · ${school}`,
  };
}
