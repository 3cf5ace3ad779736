// The evaluation documents' content builders and renderers on small hand-made data: the Informe de
// Evaluación (figures formatted, the projective proposal from the decisions when the team has not
// edited it, the impact note without evaluation responses), the Acta de Verificación (plan order,
// evidence in words, signatures and their state, corrections, hash on every page, the signature
// embedded as an image) and the Herramientas de monitoreo. PDFs read back with poppler.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actaHash, actaSchema, type ActaVerificacion } from '../../../../src/domain/evaluation/acta.ts';
import { sha256Hex } from '../../../../src/domain/evaluation/sha256.ts';
import { buildActaVerificacion } from '../../../../src/domain/evaluation/report/actaContent.ts';
import { buildEvaluationReport } from '../../../../src/domain/evaluation/report/evaluationReport.ts';
import { instrumentsContent } from '../../../../src/domain/evaluation/report/instrumentsContent.ts';
import { INSTRUMENT_TEMPLATES, instrumentFromTemplate } from '../../../../src/domain/monitoring/templates.ts';
import { renderActaVerificacionPdf } from '../../../../src/features/evaluation/report/renderActaVerificacion.ts';
import { renderEvaluationPdf } from '../../../../src/features/evaluation/report/renderEvaluation.ts';
import { renderInstrumentsPdf } from '../../../../src/features/evaluation/report/renderInstruments.ts';
import { buildMonitoringData } from '../../../../bench/monitoringReport.ts';
import { pdfImageList, pdfPageCount, pdfText } from '../../../support/pdfText.ts';

const SCHOOL = { name: 'Escuela Rural Ñirehue', rbd: '7423', dv: '3', comuna: 'Ñuñoa', dependencia: 'Municipal DAEM' };
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const SIG = { hash: sha256Hex(PNG), type: 'image/png' as const, size: PNG.length };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eval-docs-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function save(bytes: Uint8Array, name: string): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, bytes);
  return file;
}
const text = async (file: string, page?: number) =>
  pdfText(file, { encoding: 'UTF-8', firstPage: page, lastPage: page });

const data = buildMonitoringData();

describe('Informe de Evaluación', () => {
  const report = buildEvaluationReport({
    school: SCHOOL,
    advisor: 'Ana Rojas',
    date: '2026-12-18',
    year: 2026,
    pme: data.pme,
    cycles: data.cycles.map((c) => ({ ...c, closedAt: `${c.end}T18:00:00Z`, closedBy: 'Ana' })),
    records: data.records,
    measurements: data.measurements,
    decisions: [
      {
        id: 'd1',
        scope: 'accion',
        targetId: 'a2',
        year: 2026,
        kind: 'ajustar',
        rationale: 'Baja asistencia en el corte 3.',
        proposal: 'Cambiar el horario a la mañana.',
        recordIds: [],
        goalIds: [],
        decidedBy: 'Equipo',
        decidedAt: '2026-11-10T10:00:00Z',
      },
    ],
    diagnosis: null,
    evaluation: null,
    results: { simce: [], idps: [], efficiency: [] },
    projective: [],
    sistematizacion: null,
  });

  it('formats the figures and falls back to the proposal made from the decisions', () => {
    expect(report.summary[0]).toEqual(['Acciones del plan anual', '40']);
    expect(report.compliance.byDimension).toHaveLength(4);
    expect(report.goals.rows).toHaveLength(data.pme.goals.length);
    expect(report.decisions).toEqual([
      [
        'Acción',
        data.pme.actions[1]!.nombre,
        'Ajustar',
        'Baja asistencia en el corte 3.',
        'Cambiar el horario a la mañana.',
      ],
    ]);
    expect(report.projective.forYear).toBe(2027);
    expect(report.projective.source).toContain('aún no la ha editado');
    expect(report.projective.lists.find((l) => l.title === 'Se modifica')?.items).toEqual([
      `${data.pme.actions[1]!.nombre}: Cambiar el horario a la mañana.`,
    ]);
    expect(report.impact.note).toBe('No hay respuestas del diagnóstico participativo con las que comparar.');
    expect(report.sistematizacion).toBeNull();
  });

  it('renders every section with the school in the footer of every page', async () => {
    const file = await save(renderEvaluationPdf(report), 'evaluacion.pdf');
    const all = await text(file);
    for (const s of [
      'Informe de Evaluación del PME',
      '1. Cumplimiento de acciones',
      '2. Logro de metas',
      '4. Impacto',
      '6. Evaluación proyectiva para 2027',
      '7. Sistematización',
    ])
      expect(all).toContain(s);
    const pages = await pdfPageCount(file);
    for (let p = 1; p <= pages; p++)
      expect(await text(file, p)).toContain(`Informe de Evaluación del PME 2026 · ${SCHOOL.name}`);
  });
});

describe('Acta de Verificación', () => {
  const signedActa = (over: Partial<ActaVerificacion> = {}): ActaVerificacion => {
    const base = actaSchema.parse({
      id: 'acta-2',
      schoolId: '7423',
      year: 2026,
      pmeVersionId: null,
      date: '2026-12-10',
      observaciones: '',
      correctsActaId: 'acta-1',
      signatures: [],
      items: [
        { actionId: 'a2', mediosExist: 'no', evidence: [], result: 'no-verificada', observations: 'Sin listas' },
        {
          actionId: 'a1',
          mediosExist: 'en-app',
          evidence: [{ kind: 'registro', recordId: 'a1|c2' }],
          result: 'verificada',
          observations: '',
        },
      ],
      ...over,
    });
    const hash = actaHash(base);
    return {
      ...base,
      signatures: [
        { role: 'director', name: 'María Pérez', signature: SIG, signedAt: '2026-12-10T12:00:00Z', signedHash: hash },
      ],
    };
  };
  const input = (acta: ActaVerificacion) => ({
    school: SCHOOL,
    acta,
    actas: [{ id: 'acta-1', date: '2026-12-01', correctsActaId: null }, acta],
    pme: data.pme,
    pmeVersionLabel: null,
    records: data.records,
    cycles: data.cycles,
  });

  it('lists the actions in plan order with evidence in words, the pending signature and the correction', () => {
    const acta = signedActa();
    const c = buildActaVerificacion(input(acta));
    expect(c.items.map((i) => i.cells[1])).toEqual([data.pme.actions[0]!.nombre, data.pme.actions[1]!.nombre]);
    expect(c.items[0]!.cells[4]).toBe('Registro de monitoreo (Corte 2, 30-06-2026, Jefa de UTP)');
    expect(c.hash).toBe(actaHash(acta));
    expect(c.signed).toBe(false);
    expect(c.state).toBe('Firmas pendientes: Asesor/a ATE.');
    expect(c.signatures.map((s) => [s.role, s.status])).toEqual([
      ['Director/a', 'Firmado el 10-12-2026'],
      ['Asesor/a ATE', 'Pendiente'],
      ['Sostenedor/a', 'Pendiente (firma opcional)'],
    ]);
    expect(c.corrections).toEqual(['Esta acta corrige el acta acta-1 del 01-12-2026, que queda reemplazada.']);
  });

  it('prints the hash on every page and embeds the signature image', async () => {
    const acta = signedActa();
    const c = buildActaVerificacion(input(acta));
    const file = await save(
      renderActaVerificacionPdf(c, new Map([[SIG.hash, { bytes: PNG, type: 'image/png' }]])),
      'acta.pdf',
    );
    const pages = await pdfPageCount(file);
    for (let p = 1; p <= pages; p++) expect((await text(file, p)).replace(/\s+/g, '')).toContain(c.hash);
    const images = await pdfImageList(file);
    expect(images.length).toBeGreaterThanOrEqual(1);
  });

  it('names a signature missing on this device instead of failing', async () => {
    const c = buildActaVerificacion(input(signedActa()));
    const file = await save(renderActaVerificacionPdf(c, new Map()), 'acta-sin-firma.pdf');
    expect(await text(file)).toContain('(firma no disponible en este equipo)');
  });
});

describe('Herramientas de monitoreo', () => {
  it('lists each instrument in its newest version with its fields and kinds', async () => {
    const first = instrumentFromTemplate(INSTRUMENT_TEMPLATES[0]!, 'h1');
    const content = instrumentsContent({
      school: SCHOOL,
      instruments: [first, { ...first, version: 2, title: `${first.title} (revisada)` }],
      date: '2026-06-01',
    });
    expect(content.instruments).toHaveLength(1);
    expect(content.instruments[0]!.version).toBe('Versión 2 (versiones anteriores: 1)');
    expect(content.instruments[0]!.origin).toBe(`Plantilla: ${INSTRUMENT_TEMPLATES[0]!.title}`);
    const all = await text(await save(renderInstrumentsPdf(content), 'herramientas.pdf'));
    expect(all).toContain(SCHOOL.name);
    expect(all).toContain(`${first.title} (revisada)`);
    expect(all).toContain('Página 1 de');
  });
});
