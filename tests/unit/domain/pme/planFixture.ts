// A small, valid PME plan for the output tests (document, Plataforma rows, CSV, XLSX, PDF):
// 2 objectives (the área de resultados one listed first, to test area order), 3 goals, 2 strategies
// (s1 is fixtures.ts's default), 5 actions of 2026 in three dimensions (given out of order) and one
// of 2027, SEP declared for 2026.
import type { MineducSchool } from '../../../../src/domain/export/mineducSchool.ts';
import type { z } from 'zod';
import { pmePlanSchema, type PmePlan } from '../../../../src/domain/pme/model.ts';
import { actionInput } from './fixtures.ts';

const zero = { sep: 0, pie: 0, general: 0, mantenimiento: 0, faep: 0, sostenedor: 0, otro: 0 };

export const SCHOOL = {
  name: 'Escuela Básica Ñuñoa',
  rbd: '7423',
  dv: '3',
  comuna: 'Ñuñoa',
  dependencia: 'Municipal DAEM',
};

/** The same school as Mineduc's open data identifies it (MX-1). */
export const SCHOOL_IDS: MineducSchool = {
  rbd: '7423',
  dv: '3',
  name: 'Escuela Básica Ñuñoa',
  comunaCode: '13120',
  dependencia: '2',
  rural: false,
};

export function buildPlan(over: Partial<z.input<typeof pmePlanSchema>> = {}): PmePlan {
  return pmePlanSchema.parse({
    id: 'plan-1',
    schoolId: '7423',
    cycle: { startYear: 2026, years: 4 },
    vision: 'Ser una comunidad educativa inclusiva que aprende en el campo y para el campo.',
    sellos: [
      { id: 'se1', text: 'Inclusión' },
      { id: 'se2', text: 'Vida saludable' },
    ],
    objectives: [
      {
        id: 'oR',
        dimension: 'RES',
        text: 'Aumentar el puntaje SIMCE de Lectura de 4° básico en 12 puntos al 2029',
        priorityIds: ['p1'],
      },
      {
        id: 'oG',
        dimension: 'GP',
        text: 'Instalar prácticas de lectura compartida en todos los cursos de 1° a 4° básico al 2027',
        priorityIds: ['p2'],
      },
    ],
    goals: [
      {
        id: 'g1',
        objectiveId: 'oG',
        text: 'El 90% de los cursos de 1° a 4° básico realiza lectura compartida semanal',
        indicator: { name: '% de cursos con lectura compartida semanal', unit: '%', min: 0, max: 100 },
        baseline: { value: 37.5, year: 2025, source: 'Diagnóstico institucional' },
        targets: [
          { year: 2026, value: 60 },
          { year: 2027, value: 90 },
        ],
      },
      {
        id: 'g2',
        objectiveId: 'oG',
        text: 'Todos los docentes de 1° a 4° básico participan en 6 talleres de lectura',
        indicator: { name: 'Talleres realizados', unit: 'número', min: 0, max: null },
        baseline: { value: 0, year: null, source: '' },
        targets: [{ year: 2026, value: 6 }],
      },
      {
        id: 'g3',
        objectiveId: 'oR',
        text: 'El puntaje SIMCE de Lectura de 4° básico sube de 248 a 260 puntos',
        indicator: { name: 'Puntaje SIMCE Lectura 4° básico', unit: 'puntos', min: 0, max: 400 },
        baseline: { value: 248, year: 2024, source: 'SIMCE 2024' },
        targets: [
          { year: 2027, value: 252 },
          { year: 2029, value: 260 },
        ],
      },
    ],
    strategies: [
      { id: 's1', objectiveId: 'oG', text: 'Acompañamiento docente en estrategias de lectura compartida' },
      { id: 'sR', objectiveId: 'oR', text: 'Monitoreo trimestral de la comprensión lectora' },
    ],
    actions: [
      actionInput({
        id: 'a5',
        strategyId: 'sR',
        dimension: 'FC',
        subdimensiones: ['FC-2'],
        nombre: 'Taller «Leer juntos» para apoderados',
        fechaInicio: '2026-05-04',
        fechaTermino: '2026-10-30',
        financiamiento: { ...zero, sostenedor: 180_000 },
      }),
      actionInput({
        id: 'a1',
        nombre: 'Talleres de lectura compartida en 1° y 2° básico',
        financiamiento: { ...zero, sep: 1_250_000 },
      }),
      actionInput({
        id: 'a2',
        strategyId: 'sR',
        nombre: 'Evaluación trimestral de comprensión lectora',
        fechaInicio: '2026-03-16',
        fechaTermino: '2026-12-04',
        subdimensiones: ['GP-2'],
        usoTIC: false,
        asesoriaATE: true,
        financiamiento: { ...zero, sep: 2_400_000, pie: 350_000 },
      }),
      actionInput({
        id: 'a3',
        dimension: 'LID',
        subdimensiones: ['LID-2', 'LID-3'],
        nombre: 'Reuniones de análisis de resultados con el equipo de gestión',
        responsable: 'Director/a',
        mediosVerificacion: ['Actas de reunión'],
        planesNormativos: [],
        programaAsociado: '',
        fechaInicio: '2026-03-02',
        fechaTermino: '2026-12-18',
        financiamiento: zero,
      }),
      actionInput({
        id: 'a4',
        dimension: 'FC',
        subdimensiones: ['FC-1', 'FC-3'],
        nombre: 'Jornadas de convivencia y participación estudiantil',
        responsable: 'Encargada de convivencia escolar',
        planesNormativos: ['convivencia', 'formacion-ciudadana'],
        fechaInicio: '2026-04-13',
        fechaTermino: '2026-11-20',
        financiamiento: { ...zero, sep: 600_000, general: 95_500 },
      }),
      actionInput({
        id: 'b1',
        year: 2027,
        nombre: 'Acción del año siguiente',
        fechaInicio: '2027-03-15',
        fechaTermino: '2027-11-30',
        financiamiento: { ...zero, sep: 999_999 },
      }),
    ],
    annual: [{ year: 2026, schoolYear: { start: '2026-03-02', end: '2026-12-18' }, declaredSep: 4_000_000 }],
    ...over,
  });
}

export const VERSION = { label: 'PME Versión Final', date: '2026-07-15' };
