// Content of the Informe Diagnóstico Participativo (docs/domain.md §5–§7): a pure function from the
// school's diagnosis data to a plain structure of sections (paragraphs, tables of strings, bar
// charts as data). Rendering (PDF) is elsewhere; numbers are formatted here, es-CL: decimal comma,
// one decimal for 1–4 means and for percentages ("16,7 %"), through shared/numbers.ts (R-8).
import { formatCalendarDate } from '../../shared/localDates.ts';
import { rbdText, schoolIdentification } from '../../schools/schoolIdentification.ts';
import { DIMENSIONS, subdimensionsOf, type DimensionCode } from '../../mge/modelo.ts';
import { STAKEHOLDER_GROUPS } from '../model.ts';
import { dimensionMean, subdimensionMean, type DiagnosisAggregate, type GroupParticipation } from '../aggregation.ts';
import { FINDING_KINDS } from '../findings.ts';
import { NORMATIVE_PLANS, articulationGaps, describeGap } from '../peiPlanes.ts';
import { PRIORITISATION_METHODS, prioritise } from '../prioritisation.ts';
import { formatMean, formatNumber, formatRate } from '../../shared/numbers.ts';
import { NO_DATA, resultsData } from './resultsTables.ts';

export const REPORT_TITLE = 'Informe Diagnóstico Participativo';
export const PENDING_CONCLUSIONS = 'Conclusiones: (pendiente de redacción por el asesor)';
export { NO_DATA };

export type * from './model.ts';
import type { DiagnosisReport, DiagnosisReportInput, ReportBlock, ReportFinding, ReportSection } from './model.ts';

// ——— es-CL formatting: the shared formatters (shared/numbers.ts), so the screen prints the same ———

export { formatNumber };
/** A 1–4 mean: one decimal, decimal comma; a dash when there is none. */
export const formatReportMean = formatMean;
/** A rate 0–1 as a percentage with one decimal ("16,7 %"). */
export const formatReportRate = (rate: number | null): string => formatRate(rate);
const num = (n: number | null, decimals = 0): string => (n === null ? '—' : formatNumber(n, decimals));

/** ISO date → dd-mm-aaaa as written; an ISO instant → its local calendar date (records.md D-1). */
export function formatReportDate(iso: string): string {
  return formatCalendarDate(iso);
}

const labelOf = <T extends { code: string | number; label: string }>(list: readonly T[], code: string | number) =>
  list.find((x) => x.code === code)?.label ?? String(code);

// ——— sections ———

function participationRow(label: string, p: GroupParticipation): string[] {
  return [label, num(p.responses), num(p.population), formatReportRate(p.rate)];
}

function methodology(input: DiagnosisReportInput): ReportBlock[] {
  const { participation } = input.aggregate;
  const total = participation.total.responses;
  return [
    {
      kind: 'paragraph',
      text:
        `El presente informe reúne los resultados del Diagnóstico Institucional Participativo de ${input.school.name || 'el establecimiento'} ` +
        `(RBD ${rbdText(input.school)}), realizado en el marco del Plan de Mejoramiento Educativo (PME) con el acompañamiento de la ATE.`,
    },
    {
      kind: 'paragraph',
      text:
        'Cada estamento respondió un cuestionario con una escala de 4 niveles (1 = Nunca / No se observa; 2 = A veces / Se observa de manera incipiente; ' +
        '3 = Frecuentemente / Se observa en desarrollo; 4 = Siempre / Se observa consolidado) sobre las dimensiones y subdimensiones del Modelo de Gestión Escolar. ' +
        'Las respuestas «No sé / No aplica» se cuentan aparte y no se promedian. Los promedios se informan con un decimal.',
    },
    { kind: 'paragraph', text: `Se registraron ${num(total)} respuestas en total.` },
    {
      kind: 'table',
      title: 'Participación por estamento',
      headers: ['Estamento', 'Respuestas', 'Población', '% participación'],
      rows: [
        ...STAKEHOLDER_GROUPS.map((g) => participationRow(g.label, participation.groups[g.code])),
        participationRow('Total', participation.total),
      ],
    },
  ];
}

/**
 * A dimension's subdimensions: each group's mean, the general mean and N (R-8: the results screen shows the same
 * table).
 */
export function subdimensionTable(
  agg: DiagnosisAggregate,
  dimension: DimensionCode,
): { headers: string[]; rows: string[][] } {
  return {
    headers: ['Subdimensión', ...STAKEHOLDER_GROUPS.map((g) => g.label), 'General', 'N'],
    rows: subdimensionsOf(dimension).map((s) => {
      const general = subdimensionMean(agg, s.code);
      return [
        s.label,
        ...STAKEHOLDER_GROUPS.map((g) => formatReportMean(agg.cells[s.code][g.code].mean)),
        formatReportMean(general.mean),
        num(general.n),
      ];
    }),
  };
}

function dimensionResults(agg: DiagnosisAggregate): ReportBlock[] {
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: 'Para cada dimensión se muestra el promedio de cada estamento y el promedio general (todas las respuestas válidas pesan lo mismo), en la escala de 1 a 4.',
    },
  ];
  for (const dim of DIMENSIONS) {
    blocks.push({
      kind: 'heading',
      text: `${dim.label} (promedio general ${formatReportMean(dimensionMean(agg, dim.code).mean)})`,
    });
    blocks.push({
      kind: 'chart',
      title: `${dim.label}: promedio por estamento (escala 1 a 4)`,
      bars: [
        ...STAKEHOLDER_GROUPS.map((g) => ({ label: g.label, value: agg.dimensionCells[dim.code][g.code].mean })),
        { label: 'Promedio general', value: dimensionMean(agg, dim.code).mean },
      ],
    });
    blocks.push({
      kind: 'table',
      title: `${dim.label}: promedio por subdimensión`,
      ...subdimensionTable(agg, dim.code),
    });
  }
  return blocks;
}

function strengthsAndWeaknesses(findings: readonly ReportFinding[]): ReportBlock[] {
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: 'Clasificación de cada subdimensión a partir de su promedio (fortaleza desde 3,0; debilidad hasta 2,25; al menos 5 respuestas), revisada por el equipo.',
    },
  ];
  const dimLabel = (code: string) => labelOf(DIMENSIONS, code);
  for (const kind of FINDING_KINDS) {
    const list = findings.filter((f) => f.kind === kind.code);
    if (list.length === 0) continue;
    const plural = kind.code === 'fortaleza' ? 'Fortalezas' : kind.code === 'debilidad' ? 'Debilidades' : kind.label;
    blocks.push({
      kind: 'table',
      title: plural,
      headers: ['Subdimensión', 'Dimensión', 'Promedio', 'N', 'Nota del equipo'],
      rows: list.map((f) => [f.label, dimLabel(f.dimension), formatReportMean(f.mean), num(f.n), f.note?.trim() ?? '']),
    });
  }
  if (findings.length === 0) blocks.push({ kind: 'paragraph', text: NO_DATA });
  return blocks;
}

function peiSection({ pei, plans, matrix }: DiagnosisReportInput['peiPlanes']): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  if (pei.vision.trim()) blocks.push({ kind: 'paragraph', text: `Visión: ${pei.vision.trim()}` });
  if (pei.mision.trim()) blocks.push({ kind: 'paragraph', text: `Misión: ${pei.mision.trim()}` });
  blocks.push({
    kind: 'paragraph',
    text:
      pei.sellos.length > 0
        ? `Sellos del PEI: ${pei.sellos.map((s) => `«${s.text}»`).join('; ')}.`
        : 'Sellos del PEI: sin sellos registrados.',
  });
  blocks.push({
    kind: 'table',
    title: 'Planes normativos',
    headers: ['Plan', 'Normativa', 'Existe', 'Año', 'Objetivos'],
    rows: NORMATIVE_PLANS.map((p) => {
      const rec = plans.find((r) => r.code === p.code);
      return [
        p.label,
        p.law,
        rec?.present ? 'Sí' : 'No',
        rec?.year ? String(rec.year) : '—',
        rec?.objectives.trim() || '—',
      ];
    }),
  });
  const gaps = articulationGaps(pei, [...plans], matrix);
  blocks.push({ kind: 'heading', text: 'Brechas de articulación' });
  if (gaps.length === 0)
    blocks.push({
      kind: 'paragraph',
      text: 'No se detectan brechas de articulación entre el PEI y los planes normativos.',
    });
  else blocks.push({ kind: 'list', items: gaps.map((g) => describeGap(g, pei)) });
  return blocks;
}

function problemsSection({ method, problems }: DiagnosisReportInput['prioritisation']): ReportBlock[] {
  const m = PRIORITISATION_METHODS.find((x) => x.code === method) ?? PRIORITISATION_METHODS[0];
  if (problems.length === 0) return [{ kind: 'paragraph', text: 'Sin problemas registrados.' }];
  const selected = new Set(problems.filter((p) => p.selected).map((p) => p.id));
  const ranked = prioritise(problems);
  return [
    {
      kind: 'paragraph',
      text: `Método de priorización: ${m.label}. Prioridad = promedio de ${m.criteria[0].label.toLowerCase()} × promedio de ${m.criteria[1].label.toLowerCase()} (escala 1 a 5).`,
    },
    {
      kind: 'table',
      headers: ['N°', 'Problema', m.criteria[0].label, m.criteria[1].label, 'Prioridad', 'Selección'],
      rows: ranked.map((p) => [
        p.rank === null ? '—' : String(p.rank),
        p.text,
        num(p.scoreA, 1),
        num(p.scoreB, 1),
        num(p.priority, 1),
        selected.has(p.id) ? 'Prioridad PME' : '',
      ]),
    },
  ];
}

function conclusionsSection(text: string): ReportBlock[] {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return paragraphs.length === 0
    ? [{ kind: 'paragraph', text: PENDING_CONCLUSIONS }]
    : paragraphs.map((p) => ({ kind: 'paragraph', text: p }));
}

export function buildDiagnosisReport(input: DiagnosisReportInput): DiagnosisReport {
  const rbd = rbdText(input.school);
  const cover = {
    title: REPORT_TITLE,
    school: input.school.name,
    rbd,
    identification: schoolIdentification(input.school),
    advisor: input.advisor,
    date: formatReportDate(input.date),
  };
  const body: ReportSection[] = [
    { id: 'metodologia', title: '1. Presentación y metodología', blocks: methodology(input) },
    { id: 'dimensiones', title: '2. Resultados por dimensión', blocks: dimensionResults(input.aggregate) },
    { id: 'fortalezas', title: '3. Fortalezas y debilidades', blocks: strengthsAndWeaknesses(input.findings) },
    { id: 'resultados', title: '4. Datos de resultados', blocks: resultsData(input.results) },
    { id: 'pei', title: '5. Articulación PEI – planes normativos', blocks: peiSection(input.peiPlanes) },
    { id: 'problemas', title: '6. Problemas priorizados', blocks: problemsSection(input.prioritisation) },
    { id: 'conclusiones', title: '7. Conclusiones', blocks: conclusionsSection(input.conclusions) },
  ];
  return {
    title: REPORT_TITLE,
    cover,
    sections: [
      {
        id: 'portada',
        title: REPORT_TITLE,
        blocks: [
          ...cover.identification.map(([label, value]): ReportBlock => ({
            kind: 'paragraph',
            text: `${label}: ${value}`,
          })),
          { kind: 'paragraph', text: `Asesor(a): ${input.advisor}` },
          { kind: 'paragraph', text: `Fecha: ${cover.date}` },
        ],
      },
      { id: 'indice', title: 'Índice', blocks: [{ kind: 'list', items: body.map((s) => s.title) }] },
      ...body,
    ],
  };
}
