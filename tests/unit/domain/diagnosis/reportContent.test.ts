import { describe, expect, it } from 'vitest';
import { aggregateDiagnosis } from '../../../../src/domain/diagnosis/aggregation.ts';
import { proposeFindings } from '../../../../src/domain/diagnosis/findings.ts';
import type { Instrument, Response } from '../../../../src/domain/diagnosis/model.ts';
import {
  NO_DATA,
  PENDING_CONCLUSIONS,
  buildDiagnosisReport,
  formatNumber,
  formatReportDate,
  type DiagnosisReportInput,
  type ReportBlock,
} from '../../../../src/domain/diagnosis/report/content.ts';

const instrument: Instrument = {
  id: 'q-docentes',
  group: 'docentes',
  title: 'Cuestionario docentes',
  version: 1,
  items: [
    { id: 'i1', kind: 'scale', subdimension: 'LID-1', text: 'El sostenedor apoya' },
    { id: 'i2', kind: 'scale', subdimension: 'GP-1', text: 'Se planifica' },
  ],
};

const response = (id: string, a: 1 | 2 | 3 | 4, b: 1 | 2 | 3 | 4): Response => ({
  id,
  instrumentId: 'q-docentes',
  instrumentVersion: 1,
  group: 'docentes',
  mode: 'paper',
  startedAt: '2026-03-10T10:00:00Z',
  completedAt: '2026-03-10T10:05:00Z',
  answers: { i1: a, i2: b },
  openAnswers: {},
});

function input(overrides: Partial<DiagnosisReportInput> = {}): DiagnosisReportInput {
  // LID-1: 3 and 4 → 3,5; GP-1: 2 and 2 → 2,0. Docentes: 2 of 4 → 50 %.
  const aggregate = aggregateDiagnosis([instrument], [response('r1', 3, 2), response('r2', 4, 2)], {
    docentes: 4,
    estudiantes: 0,
  });
  return {
    school: { name: 'Escuela Básica Ñuñoa', rbd: '7423', dv: '5', comuna: 'Ñuñoa', dependencia: 'Municipal DAEM' },
    advisor: 'Ana Pérez',
    date: '2026-04-07T12:00:00Z',
    aggregate,
    findings: proposeFindings(aggregate, { strength: 3, weakness: 2.25, minAnswers: 1 }),
    results: { simce: [], idps: [], efficiency: [] },
    peiPlanes: {
      pei: {
        vision: 'Ser una escuela inclusiva',
        mision: '',
        perfilEgreso: '',
        sellos: [{ id: 's1', text: 'Inclusión' }],
      },
      plans: [{ code: 'convivencia', present: true, year: 2025, objectives: 'Buen trato' }],
      matrix: {},
    },
    prioritisation: {
      method: 'importancia-urgencia',
      problems: [
        { id: 'p1', text: 'Baja asistencia', scores: [{ a: 3, b: 3 }], selected: false },
        { id: 'p2', text: 'Bajo logro lector', scores: [{ a: 5, b: 4 }], selected: true },
        { id: 'p3', text: 'Convivencia en recreos', scores: [], selected: false },
      ],
    },
    conclusions: '',
    ...overrides,
  };
}

const tables = (blocks: ReportBlock[]) =>
  blocks.filter((b): b is Extract<ReportBlock, { kind: 'table' }> => b.kind === 'table');
const texts = (blocks: ReportBlock[]) =>
  blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? [b.text] : b.kind === 'list' ? b.items : []));

describe('buildDiagnosisReport', () => {
  const report = buildDiagnosisReport(input());
  const section = (id: string) => {
    const s = report.sections.find((x) => x.id === id);
    if (!s) throw new Error(`no section ${id}`);
    return s;
  };

  it('has the sections in order', () => {
    expect(report.sections.map((s) => s.title)).toEqual([
      'Informe Diagnóstico Participativo',
      'Índice',
      '1. Presentación y metodología',
      '2. Resultados por dimensión',
      '3. Fortalezas y debilidades',
      '4. Datos de resultados',
      '5. Articulación PEI – planes normativos',
      '6. Problemas priorizados',
      '7. Conclusiones',
    ]);
    expect(texts(section('indice').blocks)).toEqual(report.sections.slice(2).map((s) => s.title));
  });

  it('fills the cover with the school, RBD-DV, advisor and date dd-mm-aaaa', () => {
    expect(report.cover).toEqual({
      title: 'Informe Diagnóstico Participativo',
      school: 'Escuela Básica Ñuñoa',
      rbd: '7423-5',
      identification: [
        ['Establecimiento', 'Escuela Básica Ñuñoa'],
        ['RBD', '7423-5'],
        ['Comuna', 'Ñuñoa'],
        ['Dependencia', 'Municipal DAEM'],
        ['Sostenedor', 'Sin información'],
        ['RUT del sostenedor', 'Sin información'],
        ['Convenio PIE', 'Sin información'],
      ],
      advisor: 'Ana Pérez',
      date: '07-04-2026',
    });
  });

  it('lists participation per group with responses, population and % with one decimal (R-8 one formatter)', () => {
    const [t] = tables(section('metodologia').blocks);
    expect(t?.headers).toEqual(['Estamento', 'Respuestas', 'Población', '% participación']);
    expect(t?.rows.find((r) => r[0] === 'Docentes')).toEqual(['Docentes', '2', '4', '50,0\u00a0%']);
    expect(t?.rows.find((r) => r[0] === 'Estudiantes')).toEqual(['Estudiantes', '0', '0', '—']);
    expect(t?.rows.find((r) => r[0] === 'Apoderados')).toEqual(['Apoderados', '0', '—', '—']);
    expect(t?.rows.at(-1)).toEqual(['Total', '2', '4', '50,0\u00a0%']);
  });

  it('formats means with one decimal and a decimal comma, in charts and tables', () => {
    const blocks = section('dimensiones').blocks;
    const chart = blocks.find((b) => b.kind === 'chart');
    expect(chart?.kind === 'chart' && chart.bars.map((b) => b.label)).toEqual([
      'Equipo directivo',
      'Docentes',
      'Asistentes de la educación',
      'Estudiantes',
      'Apoderados',
      'Promedio general',
    ]);
    expect(chart?.kind === 'chart' && chart.bars[1]?.value).toBe(3.5);
    const lid = tables(blocks).find((t) => t.title?.startsWith('Liderazgo'));
    expect(lid?.rows[0]).toEqual(['Liderazgo del Sostenedor', '—', '3,5', '—', '—', '—', '3,5', '2']);
    expect(texts(blocks)).toContain('Gestión Pedagógica (promedio general 2,0)');
  });

  it('groups strengths and weaknesses', () => {
    const t = tables(section('fortalezas').blocks);
    expect(t.find((x) => x.title === 'Fortalezas')?.rows.map((r) => r[0])).toEqual(['Liderazgo del Sostenedor']);
    expect(t.find((x) => x.title === 'Debilidades')?.rows.map((r) => [r[0], r[2]])).toEqual([
      ['Gestión Curricular', '2,0'],
    ]);
  });

  it('says "Sin datos registrados" when there are no results data, and tabulates them when there are', () => {
    expect(texts(section('resultados').blocks).filter((t) => t === NO_DATA)).toHaveLength(3);
    const withData = buildDiagnosisReport(
      input({
        results: {
          simce: [
            {
              test: 'lectura',
              grade: '4b',
              year: 2024,
              average: 251,
              studentsTested: 40,
              diffPrevious: -5,
              diffGroup: 3,
              socioeconomicGroup: 2,
              pctInsuficiente: 30.5,
              pctElemental: 40,
              pctAdecuado: 29.5,
            },
          ],
          idps: [{ indicator: 'CC', grade: '4b', year: 2024, score: 74 }],
          efficiency: [
            {
              year: 2024,
              matricula: 1234,
              asistenciaPct: 88.4,
              retencionPct: null,
              aprobacionPct: 95,
              reprobacionPct: 5,
              repitenciaPct: 3.2,
            },
          ],
        },
      }),
    );
    const t = tables(withData.sections.find((s) => s.id === 'resultados')?.blocks ?? []);
    expect(t[0]?.rows[0]).toEqual([
      '2024',
      '4° básico',
      'Lectura',
      '251',
      '-5',
      '+3',
      '30,5\u00a0%',
      '40,0\u00a0%',
      '29,5\u00a0%',
    ]);
    expect(t[1]?.rows[0]).toEqual(['2024', '4° básico', 'Clima de convivencia escolar', '74']);
    expect(t[2]?.rows[0]).toEqual(['2024', '1.234', '88,4\u00a0%', '—', '95,0\u00a0%', '5,0\u00a0%', '3,2\u00a0%']);
  });

  it('describes the PEI–planes gaps in Spanish', () => {
    const blocks = section('pei').blocks;
    const all = texts(blocks);
    expect(all).toContain('El establecimiento no cuenta con Plan de Formación Ciudadana.');
    expect(all).toContain('Ningún plan aporta de manera suficiente al sello «Inclusión».');
    expect(all).toContain('Falta evaluar cómo Plan de Gestión de la Convivencia Escolar aporta al sello «Inclusión».');
    const plans = tables(blocks)[0];
    expect(plans?.rows[0]).toEqual([
      'Plan de Gestión de la Convivencia Escolar',
      'Ley 20.536',
      'Sí',
      '2025',
      'Buen trato',
    ]);
    expect(plans?.rows[1]?.[2]).toBe('No');
  });

  it('orders the problems by priority and marks the selected ones', () => {
    const [t] = tables(section('problemas').blocks);
    expect(t?.headers).toEqual(['N°', 'Problema', 'Importancia', 'Urgencia', 'Prioridad', 'Selección']);
    expect(t?.rows).toEqual([
      ['1', 'Bajo logro lector', '5,0', '4,0', '20,0', 'Prioridad PME'],
      ['2', 'Baja asistencia', '3,0', '3,0', '9,0', ''],
      ['—', 'Convivencia en recreos', '—', '—', '—', ''],
    ]);
  });

  it('writes the conclusions, or says they are pending', () => {
    expect(texts(section('conclusiones').blocks)).toEqual([PENDING_CONCLUSIONS]);
    const written = buildDiagnosisReport(input({ conclusions: 'Primer párrafo.\n\nSegundo párrafo.' }));
    expect(texts(written.sections.at(-1)?.blocks ?? [])).toEqual(['Primer párrafo.', 'Segundo párrafo.']);
  });
});

describe('report formatting', () => {
  it('formats es-CL numbers and dates', () => {
    expect(formatNumber(3.05, 1)).toBe('3,1');
    expect(formatNumber(1234567.25, 1)).toBe('1.234.567,3');
    expect(formatNumber(-0.04, 1)).toBe('0,0');
    expect(formatReportDate('2026-12-01')).toBe('01-12-2026');
  });
});
