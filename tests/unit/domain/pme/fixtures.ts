// Shared fixtures of the PME tests: a realistic action (as the form would send it) and a tiny plan.
import type { z } from 'zod';
import type { actionSchema } from '../../../../src/domain/pme/model.ts';

type PmeActionInput = z.input<typeof actionSchema>;

export function actionInput(over: Partial<PmeActionInput> = {}): PmeActionInput {
  return {
    id: 'a1',
    strategyId: 's1',
    year: 2026,
    nombre: 'Talleres de lectura compartida en 1° y 2° básico',
    descripcion: 'Dos talleres mensuales de lectura compartida con apoyo de la biblioteca CRA.',
    dimension: 'GP',
    subdimensiones: ['GP-1', 'GP-2'],
    fechaInicio: '2026-04-01',
    fechaTermino: '2026-11-30',
    responsable: 'Jefa de UTP',
    recursos: 'Libros, proyector, horas de coordinación',
    mediosVerificacion: ['Listas de asistencia', 'Registro fotográfico'],
    usoTIC: true,
    asesoriaATE: false,
    planesNormativos: ['desarrollo-docente'],
    programaAsociado: 'Plan Nacional de Lectura',
    financiamiento: { sep: 1_250_000, pie: 0, general: 0, mantenimiento: 0, faep: 0, sostenedor: 0, otro: 0 },
    ...over,
  };
}
