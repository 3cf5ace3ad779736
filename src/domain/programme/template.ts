// The ATE's standard 8-month programme (docs/domain.md §7): per month its theme, suggested workshops and
// the deliverables due at its end, and how the 8 months fold into 7 or 6 when a school's programme
// is compressed. Deliverables carry stable codes; labels are the Spanish the documents use.
import { z } from 'zod';

export const TEMPLATE_MONTH_COUNT = 8;
export const PROGRAMME_LENGTHS = [6, 7, 8] as const;
export type ProgrammeLength = (typeof PROGRAMME_LENGTHS)[number];

export const DELIVERABLES = [
  { code: 'informe-diagnostico', label: 'Informe Diagnóstico Participativo', templateMonth: 1 },
  { code: 'borrador-pme', label: 'Borrador PME', templateMonth: 3 },
  { code: 'herramientas-monitoreo', label: 'Herramientas de monitoreo', templateMonth: 3 },
  { code: 'pme-version-final', label: 'PME Versión Final', templateMonth: 5 },
  { code: 'informe-monitoreo-1', label: '1er Informe de Monitoreo', templateMonth: 5 },
  { code: 'informes-monitoreo-finales', label: 'Informes finales de Monitoreo', templateMonth: 8 },
  { code: 'informe-evaluacion', label: 'Informe de Evaluación', templateMonth: 8 },
  { code: 'acta-verificacion', label: 'Acta/Informe de Verificación del PME', templateMonth: 8 },
] as const;
export type DeliverableCode = (typeof DELIVERABLES)[number]['code'];
export const DELIVERABLE_CODES = DELIVERABLES.map((d) => d.code) as [DeliverableCode, ...DeliverableCode[]];
export const deliverableCodeSchema = z.enum(DELIVERABLE_CODES, { message: 'Entregable desconocido' });

export interface TemplateMonth {
  /** 1..8 */
  month: number;
  theme: string;
  workshops: readonly string[];
  deliverables: readonly DeliverableCode[];
}

const deliverablesOf = (month: number): DeliverableCode[] =>
  DELIVERABLES.filter((d) => d.templateMonth === month).map((d) => d.code);

const MONTHS: readonly Omit<TemplateMonth, 'deliverables'>[] = [
  {
    month: 1,
    theme: 'Diagnóstico Institucional Participativo (articulación PEI–planes, priorización)',
    workshops: [
      'Contextualización SAC y modelo de procesos',
      'Aplicación de los instrumentos del diagnóstico participativo',
      'Articulación PEI–planes',
      'Análisis de resultados y priorización',
    ],
  },
  {
    month: 2,
    theme: 'Taller: construcción de la estrategia PME (visión, objetivos SMART, metas e indicadores)',
    workshops: ['Visión y objetivos estratégicos SMART', 'Metas e indicadores'],
  },
  {
    month: 3,
    theme: 'Taller: diseño de acciones anuales y recursos (verificación y SEP)',
    workshops: [
      'Diseño de acciones anuales',
      'Recursos, medios de verificación y uso de la SEP',
      'Diseño de herramientas de monitoreo',
    ],
  },
  {
    month: 4,
    theme: 'Diseño colaborativo del plan de monitoreo; taller sobre roles y uso de datos para el seguimiento',
    workshops: ['Diseño colaborativo del plan de monitoreo', 'Roles y uso de datos para el seguimiento'],
  },
  {
    month: 5,
    theme: 'Refinamiento del PME y primer ciclo de monitoreo formal',
    workshops: ['Refinamiento del PME', 'Primer ciclo de monitoreo formal'],
  },
  {
    month: 6,
    theme: 'Taller: toma de decisiones basada en evidencia; diseño de la evaluación participativa',
    workshops: ['Toma de decisiones basada en evidencia', 'Diseño de la evaluación participativa'],
  },
  {
    month: 7,
    theme: 'Evaluación participativa; análisis de cumplimiento de metas e impacto',
    workshops: ['Evaluación participativa', 'Análisis de cumplimiento de metas e impacto'],
  },
  {
    month: 8,
    theme: 'Sistematización de la evaluación; apoyo y verificación formal del PME; cierre',
    workshops: ['Sistematización de la evaluación', 'Apoyo y verificación formal del PME', 'Cierre de la asesoría'],
  },
];

export const PROGRAMME_TEMPLATE: readonly TemplateMonth[] = MONTHS.map((m) => ({
  ...m,
  deliverables: deliverablesOf(m.month),
}));

/** Contents that run across the whole programme rather than one month (monthContents.ts). */
export const CROSS_CUTTING_CONTENTS = [
  'Contextualización SAC y modelo de procesos',
  'Promoción de la toma de decisiones basada en evidencia',
] as const;

/**
 * Which template months each month of a compressed programme covers. Order is always kept and
 * every template month appears exactly once. THE MERGE RULE, exactly:
 * - 7 months: merge template months 6 and 7 — the lightest adjacent pair: neither has a deliverable
 *   and designing the participatory evaluation (6) leads straight into running it (7).
 * - 6 months: additionally merge template months 3 and 4 — month 4 has no deliverable and month 4's
 *   collaborative design of the monitoring plan is the same work as month 3's deliverable
 *   "diseño de herramientas de monitoreo". Months 1 (diagnosis), 2 (strategy, needed before the
 *   Borrador), 5 and 8 (the heaviest deliverables) are never merged.
 */
export const MONTH_GROUPS: Readonly<Record<ProgrammeLength, readonly (readonly number[])[]>> = {
  8: [[1], [2], [3], [4], [5], [6], [7], [8]],
  7: [[1], [2], [3], [4], [5], [6, 7], [8]],
  6: [[1], [2], [3, 4], [5], [6, 7], [8]],
};

/** Separator between the themes of merged template months. */
export const MERGED_THEME_SEPARATOR = ' · ';

export function templateMonth(month: number): TemplateMonth {
  const m = PROGRAMME_TEMPLATE[month - 1];
  if (!m) throw new RangeError(`no template month ${month}`);
  return m;
}

export function deliverableLabel(code: DeliverableCode): string {
  return DELIVERABLES.find((d) => d.code === code)?.label ?? code;
}
