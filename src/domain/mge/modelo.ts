// Modelo de Gestión Escolar, área de procesos: 4 dimensions × 3 subdimensions (docs/domain.md §3).
// The codes are ours and stable (stored in documents); the labels are Mineduc's.
import { z } from 'zod';

export const DIMENSIONS = [
  { code: 'LID', label: 'Liderazgo' },
  { code: 'GP', label: 'Gestión Pedagógica' },
  { code: 'FC', label: 'Formación y Convivencia' },
  { code: 'GR', label: 'Gestión de Recursos' },
] as const;
export type DimensionCode = (typeof DIMENSIONS)[number]['code'];

export const SUBDIMENSIONS = [
  { code: 'LID-1', dimension: 'LID', label: 'Liderazgo del Sostenedor' },
  { code: 'LID-2', dimension: 'LID', label: 'Liderazgo del Director' },
  { code: 'LID-3', dimension: 'LID', label: 'Planificación y Gestión de Resultados' },
  { code: 'GP-1', dimension: 'GP', label: 'Gestión Curricular' },
  { code: 'GP-2', dimension: 'GP', label: 'Enseñanza y Aprendizaje en el Aula' },
  { code: 'GP-3', dimension: 'GP', label: 'Apoyo al Desarrollo de los Estudiantes' },
  { code: 'FC-1', dimension: 'FC', label: 'Formación' },
  { code: 'FC-2', dimension: 'FC', label: 'Convivencia' },
  { code: 'FC-3', dimension: 'FC', label: 'Participación y Vida Democrática' },
  { code: 'GR-1', dimension: 'GR', label: 'Gestión del Personal' },
  { code: 'GR-2', dimension: 'GR', label: 'Gestión de Recursos Financieros' },
  { code: 'GR-3', dimension: 'GR', label: 'Gestión de Recursos Educativos' },
] as const satisfies readonly { code: string; dimension: DimensionCode; label: string }[];
export type SubdimensionCode = (typeof SUBDIMENSIONS)[number]['code'];

export const DIMENSION_CODES = DIMENSIONS.map((d) => d.code) as [DimensionCode, ...DimensionCode[]];
export const SUBDIMENSION_CODES = SUBDIMENSIONS.map((s) => s.code) as [SubdimensionCode, ...SubdimensionCode[]];
export const subdimensionCodeSchema = z.enum(SUBDIMENSION_CODES);

export function subdimensionsOf(dim: DimensionCode): readonly (typeof SUBDIMENSIONS)[number][] {
  return SUBDIMENSIONS.filter((s) => s.dimension === dim);
}
