// Content of the *Herramientas de monitoreo* document of the dossier: every monitoring instrument
// of the school in its newest version — title, version, purpose, the template it came from, and
// its fields in order (section, text, kind, required, unit or range). Pure: formatted here, laid
// out by the renderer.
import { formatCalendarDate } from '../../shared/localDates.ts';
import {
  FIELD_KINDS,
  DEFAULT_SCALE_LABELS,
  latestInstruments,
  type InstrumentField,
  type MonitoringInstrument,
} from '../../monitoring/instruments.ts';
import { templateByCode } from '../../monitoring/templates.ts';
import {
  rbdText,
  schoolIdentification,
  type IdentificationRows,
  type SchoolIdentity,
} from '../../schools/schoolIdentification.ts';

export const INSTRUMENTS_TITLE = 'Herramientas de monitoreo';
export const INSTRUMENT_FIELD_HEADERS = ['N°', 'Sección', 'Campo', 'Tipo', 'Obligatorio', 'Detalle'] as const;

export interface InstrumentsContentInput {
  school: SchoolIdentity;
  instruments: readonly MonitoringInstrument[];
  /** ISO date the document is made. */
  date: string;
}

export interface InstrumentSheet {
  title: string;
  /** "Versión 2 (versiones anteriores: 1)". */
  version: string;
  purpose: string;
  /** "Plantilla: Seguimiento de acciones PME" or "Elaborada por el establecimiento". */
  origin: string;
  /** Cells in the order of INSTRUMENT_FIELD_HEADERS. */
  fields: string[][];
}

export interface InstrumentsContent {
  title: string;
  school: string;
  rbd: string;
  /** The school's identification rows (IDN-1). */
  identification: IdentificationRows;
  date: string;
  instruments: InstrumentSheet[];
  footer: string;
}

export function fieldKindLabel(kind: InstrumentField['kind']): string {
  return FIELD_KINDS.find((k) => k.code === kind)?.label ?? kind;
}

function fieldDetail(f: InstrumentField): string {
  switch (f.kind) {
    case 'scale':
      return (f.labels ?? DEFAULT_SCALE_LABELS).map((l, i) => `${i + 1} ${l}`).join(' · ');
    case 'number': {
      const range = f.min !== null || f.max !== null ? `entre ${f.min ?? '—'} y ${f.max ?? '—'}` : '';
      return [f.unit ?? '', range].filter(Boolean).join(', ');
    }
    case 'evidence':
      return f.accept === 'photo' ? 'Foto' : 'Archivo';
    case 'percentage':
      return '0 a 100%';
    case 'checklist':
    case 'date':
    case 'shortText':
    case 'longText':
    case 'yesNo':
      return '';
  }
}

export function instrumentsContent(input: InstrumentsContentInput): InstrumentsContent {
  const versions = new Map<string, number[]>();
  for (const i of input.instruments) versions.set(i.id, [...(versions.get(i.id) ?? []), i.version]);
  const latest = latestInstruments(input.instruments).sort(
    (a, b) => a.title.localeCompare(b.title, 'es') || (a.id < b.id ? -1 : 1),
  );
  const school = input.school.name.trim();
  return {
    title: INSTRUMENTS_TITLE,
    school,
    rbd: rbdText(input.school),
    identification: schoolIdentification(input.school),
    date: formatCalendarDate(input.date),
    instruments: latest.map((i): InstrumentSheet => {
      const earlier = (versions.get(i.id) ?? []).filter((v) => v < i.version).sort((a, b) => a - b);
      const template = i.templateCode ? templateByCode(i.templateCode) : undefined;
      return {
        title: i.title,
        version:
          earlier.length > 0
            ? `Versión ${i.version} (versiones anteriores: ${earlier.join(', ')})`
            : `Versión ${i.version}`,
        purpose: i.purpose.trim(),
        origin: template ? `Plantilla: ${template.title}` : 'Elaborada por el establecimiento',
        fields: i.fields.map((f, n) => [
          String(n + 1),
          f.section ?? '',
          f.label,
          fieldKindLabel(f.kind),
          f.required ? 'Sí' : 'No',
          fieldDetail(f),
        ]),
      };
    }),
    footer: `${INSTRUMENTS_TITLE} · ${school}`,
  };
}
