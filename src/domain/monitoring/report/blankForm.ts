// A herramienta de monitoreo as a blank form to fill by hand (MX-6): handed over in month 3 and printed
// for each corte. Title, school, corte (or a blank to write it), the actions the monitoring plan checks
// with this instrument and their medios de verificación (a box each), one answer box per field shaped by
// its kind, and the signature line. Pure: the renderer lays it out.
import { formatCalendarDate, formatIsoDate } from '../../shared/localDates.ts';
import type { PmePlan } from '../../pme/model.ts';
import { actionsOfYear } from '../../pme/report/planIndex.ts';
import type { MonitoringCycle } from '../cycles.ts';
import { DEFAULT_SCALE_LABELS, type InstrumentField, type MonitoringInstrument } from '../instruments.ts';
import type { MonitoringPlan } from '../plan.ts';
import {
  rbdText,
  schoolIdentification,
  type IdentificationRows,
  type SchoolIdentity,
} from '../../schools/schoolIdentification.ts';

export const BOX = '[   ]';
export const BLANK_LINE = '______________________';
export const BLANK_FORM_FIELD_HEADERS = ['N°', 'Campo', 'Respuesta'] as const;
/** A blank to write a percentage on (a unit after a blank, not a formatted number). */
const PERCENT_ANSWER = BLANK_LINE + ' % (0 a 100)';
export const SIGNATURE_LABELS = ['Nombre', 'Cargo', 'Firma', 'Fecha'] as const;

export interface BlankFormInput {
  school: SchoolIdentity;
  instrument: MonitoringInstrument;
  pme: PmePlan;
  /** The year's monitoring plan, if written: it says which actions use the instrument. */
  plan: MonitoringPlan | null;
  /** The corte the form is printed for; null leaves it to be written by hand. */
  corte: Pick<MonitoringCycle, 'name' | 'start' | 'end' | 'year'> | null;
  year: number;
  /** ISO date the form is printed. */
  date: string;
}

export interface BlankFormAction {
  name: string;
  means: string[];
}

export interface BlankFormField {
  number: string;
  section: string;
  label: string;
  required: boolean;
  /** What is written in the answer cell: boxes, blanks, or '' for a free-text area. */
  answer: string;
  /** Lines of room a free-text answer needs. */
  lines: number;
}

export interface BlankFormContent {
  title: string;
  school: string;
  rbd: string;
  /** The school's identification rows (IDN-1). */
  identification: IdentificationRows;
  corte: string;
  purpose: string;
  version: string;
  printed: string;
  actions: BlankFormAction[];
  fields: BlankFormField[];
  signature: readonly string[];
  footer: string;
}

function answerOf(f: InstrumentField): Pick<BlankFormField, 'answer' | 'lines'> {
  switch (f.kind) {
    case 'checklist':
      return { answer: `${BOX} Logrado    ${BOX} No logrado`, lines: 1 };
    case 'yesNo':
      return { answer: `${BOX} Sí    ${BOX} No`, lines: 1 };
    case 'scale':
      return { answer: (f.labels ?? DEFAULT_SCALE_LABELS).map((l, i) => `${BOX} ${i + 1} ${l}`).join('   '), lines: 1 };
    case 'number': {
      const range = f.min !== null || f.max !== null ? ` (entre ${f.min ?? '—'} y ${f.max ?? '—'})` : '';
      return { answer: `${BLANK_LINE} ${f.unit ?? ''}${range}`.replace(/\s+$/, ''), lines: 1 };
    }
    case 'percentage':
      return { answer: PERCENT_ANSWER, lines: 1 };
    case 'date':
      return { answer: '____ / ____ / ________ (día / mes / año)', lines: 1 };
    case 'shortText':
      return { answer: '', lines: 2 };
    case 'longText':
      return { answer: '', lines: 6 };
    case 'evidence':
      return {
        answer: `${f.accept === 'photo' ? 'Foto' : 'Archivo'} adjunto N°: ${BLANK_LINE}  Descripción: ${BLANK_LINE}`,
        lines: 1,
      };
  }
}

/** The actions of `year` the monitoring plan checks with `instrumentId`, in the PME document's order. */
export function actionsOfInstrument(pme: PmePlan, plan: MonitoringPlan | null, instrumentId: string, year: number) {
  const ids = new Set(
    (plan?.entries ?? []).flatMap((e) =>
      e.instrumentId === instrumentId && e.target.kind === 'action' ? [e.target.actionId] : [],
    ),
  );
  return actionsOfYear(pme, year).filter((a) => ids.has(a.id));
}

export function blankFormContent(input: BlankFormInput): BlankFormContent {
  const { instrument: i, corte } = input;
  const school = input.school.name.trim();
  return {
    title: i.title,
    school,
    rbd: rbdText(input.school),
    identification: schoolIdentification(input.school),
    corte: corte
      ? `${corte.name} ${corte.year} (${formatIsoDate(corte.start)} a ${formatIsoDate(corte.end)})`
      : `${BLANK_LINE} ${input.year}`,
    purpose: i.purpose.trim(),
    version: `Versión ${i.version}`,
    printed: formatCalendarDate(input.date),
    actions: actionsOfInstrument(input.pme, input.plan, i.id, input.year).map((a) => ({
      name: a.nombre,
      means: a.mediosVerificacion.filter((m) => m.trim() !== ''),
    })),
    fields: i.fields.map((f, n) => ({
      number: String(n + 1),
      section: f.section ?? '',
      label: f.label,
      required: f.required,
      ...answerOf(f),
    })),
    signature: SIGNATURE_LABELS,
    footer: `${i.title} · ${school} · formulario para completar a mano`,
  };
}
