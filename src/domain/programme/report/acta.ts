// Content of the acta de sesión (issue 5, outputs): a pure function from one session record, its
// school and advisor, the theme of the month it covers and the earlier agreements reviewed in it, to
// plain strings and rows: identification, agenda and notes, attendance with signature refs,
// agreements with their state, and photo refs. Everything is formatted here (dd-mm-aaaa, 24 h,
// "3 h 30 min"); the renderer only lays it out and fetches the images the refs point to.
import { formatIsoDate } from '../../shared/localDates.ts';
import {
  rbdText,
  schoolIdentification,
  type IdentificationRows,
  type SchoolIdentity,
} from '../../schools/schoolIdentification.ts';
import type { AttachmentRef } from '../../wire/attachments.ts';
import { sessionMinutes } from '../hours.ts';
import { PARTICIPANT_ROLES, SESSION_TYPES } from '../session.ts';
import type { Agreement, Session } from '../session.ts';
import { formatMinutes } from '../units.ts';

export const ACTA_TITLE = 'Acta de sesión';
export const PARTICIPANT_HEADERS = ['Nombre', 'Rol', 'Asistencia', 'Firma'] as const;
export const AGREEMENT_HEADERS = ['Acuerdo', 'Responsable', 'Plazo', 'Estado'] as const;

export type ReportSchoolInput = SchoolIdentity;

export interface ReportSchool {
  name: string;
  /** "7423-3". */
  rbd: string;
  /** The school's identification rows (IDN-1). */
  identification: IdentificationRows;
}

/** An agreement from an earlier session, reviewed in this one. */
export type ReviewedAgreementInput = Pick<Agreement, 'text' | 'responsible' | 'dueDate' | 'done'> & {
  doneAt?: string | null;
};

export interface ActaInput {
  school: ReportSchoolInput;
  advisor: string;
  session: Session;
  /** Theme of the programme month the session covers; null when the plan has none for it. */
  monthTheme: string | null;
  reviewed: readonly ReviewedAgreementInput[];
}

export interface ActaParticipantRow {
  name: string;
  role: string;
  /** "Presente" | "Ausente". */
  attendance: string;
  present: boolean;
  /** The signature image to draw, or null when the participant did not sign. */
  signature: AttachmentRef | null;
}

export interface ActaAgreementRow {
  text: string;
  responsible: string;
  /** dd-mm-aaaa. */
  dueDate: string;
  /** "Pendiente", "Cumplido el dd-mm-aaaa", or "Cumplido" when done with no date. */
  status: string;
  done: boolean;
}

export interface ActaContent {
  title: string;
  school: ReportSchool;
  advisor: string;
  /** "Taller", "Visita", … */
  typeLabel: string;
  /** dd-mm-aaaa. */
  date: string;
  /** "09:00 a 12:30". */
  times: string;
  /** "3 h 30 min". */
  duration: string;
  /** "Mes 2 del programa". */
  programmeMonth: string;
  monthTheme: string | null;
  agenda: string;
  notes: string;
  participants: ActaParticipantRow[];
  /** "3 de 4 participantes presentes". */
  attendanceSummary: string;
  agreements: ActaAgreementRow[];
  reviewed: ActaAgreementRow[];
  photos: AttachmentRef[];
  /** "Acta de sesión · Escuela Los Aromos · 10-03-2026": printed on every page. */
  footer: string;
}

export function reportSchool(school: ReportSchoolInput): ReportSchool {
  return {
    name: school.name.trim(),
    rbd: rbdText(school),
    identification: schoolIdentification(school),
  };
}

export function sessionTypeLabel(code: Session['type']): string {
  return SESSION_TYPES.find((t) => t.code === code)?.label ?? code;
}

export function participantRoleLabel(code: string): string {
  return PARTICIPANT_ROLES.find((r) => r.code === code)?.label ?? code;
}

export function agreementStatus(a: Pick<Agreement, 'done'> & { doneAt?: string | null }): string {
  if (!a.done) return 'Pendiente';
  return a.doneAt ? `Cumplido el ${formatIsoDate(a.doneAt)}` : 'Cumplido';
}

export function agreementRow(a: ReviewedAgreementInput): ActaAgreementRow {
  return {
    text: a.text.trim(),
    responsible: a.responsible.trim(),
    dueDate: formatIsoDate(a.dueDate),
    status: agreementStatus(a),
    done: a.done,
  };
}

/** The figures of a session the session screen and its acta both print (RM-1). */
export interface SessionFigures {
  /** dd-mm-aaaa. */
  date: string;
  /** "09:00 a 12:30". */
  times: string;
  /** "3 h 30 min". */
  duration: string;
  /** "Mes 2 del programa". */
  programmeMonth: string;
  /** "3 de 4 participantes presentes". */
  attendanceSummary: string;
  /** "2 acuerdos". */
  agreements: string;
}

export function sessionFigures(
  session: Pick<Session, 'date' | 'startTime' | 'endTime' | 'programmeMonth' | 'participants' | 'agreements'>,
): SessionFigures {
  const present = session.participants.filter((p) => p.present).length;
  const total = session.participants.length;
  const n = session.agreements.length;
  return {
    date: formatIsoDate(session.date),
    times: `${session.startTime} a ${session.endTime}`,
    duration: formatMinutes(sessionMinutes(session)),
    programmeMonth: `Mes ${session.programmeMonth} del programa`,
    attendanceSummary: `${present} de ${total} ${total === 1 ? 'participante presente' : 'participantes presentes'}`,
    agreements: `${n} ${n === 1 ? 'acuerdo' : 'acuerdos'}`,
  };
}

export function buildActa({ school, advisor, session, monthTheme, reviewed }: ActaInput): ActaContent {
  const s = reportSchool(school);
  const f = sessionFigures(session);
  const date = f.date;
  return {
    title: ACTA_TITLE,
    school: s,
    advisor: advisor.trim(),
    typeLabel: sessionTypeLabel(session.type),
    date,
    times: f.times,
    duration: f.duration,
    programmeMonth: f.programmeMonth,
    monthTheme: monthTheme?.trim() || null,
    agenda: session.agenda.trim(),
    notes: session.notes.trim(),
    participants: session.participants.map((p) => ({
      name: p.name.trim(),
      role: participantRoleLabel(p.role),
      attendance: p.present ? 'Presente' : 'Ausente',
      present: p.present,
      signature: p.signature,
    })),
    attendanceSummary: f.attendanceSummary,
    agreements: session.agreements.map(agreementRow),
    reviewed: reviewed.map(agreementRow),
    photos: [...session.photos],
    footer: `${ACTA_TITLE} · ${s.name} · ${date}`,
  };
}
