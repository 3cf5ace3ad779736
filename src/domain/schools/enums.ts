// Closed vocabularies of a school's profile, with Mineduc's codes where they exist (docs/domain.md §2).

export const DEPENDENCIAS = [
  { code: '1', label: 'Corporación municipal', group: 'Municipal' },
  { code: '2', label: 'Municipal DAEM', group: 'Municipal' },
  { code: '3', label: 'Particular subvencionado', group: 'Particular subvencionado' },
  { code: '4', label: 'Particular pagado', group: 'Particular pagado' },
  { code: '5', label: 'Corporación de administración delegada', group: 'Administración delegada' },
  { code: '6', label: 'Servicio Local de Educación Pública (SLEP)', group: 'SLEP' },
] as const;
export type DependenciaCode = (typeof DEPENDENCIAS)[number]['code'];
export const DEPENDENCIA_CODES = DEPENDENCIAS.map((d) => d.code) as [DependenciaCode, ...DependenciaCode[]];

export const NIVELES = [
  { code: 'parvularia', label: 'Educación parvularia' },
  { code: 'basica', label: 'Educación básica' },
  { code: 'media-hc', label: 'Media científico-humanista' },
  { code: 'media-tp', label: 'Media técnico-profesional' },
  { code: 'especial', label: 'Educación especial' },
  { code: 'adultos', label: 'Educación de adultos' },
] as const;
export type NivelCode = (typeof NIVELES)[number]['code'];
export const NIVEL_CODES = NIVELES.map((n) => n.code) as [NivelCode, ...NivelCode[]];

export const CATEGORIAS = [
  { code: 'alto', label: 'Alto' },
  { code: 'medio', label: 'Medio' },
  { code: 'medio-bajo', label: 'Medio-Bajo' },
  { code: 'insuficiente', label: 'Insuficiente' },
  { code: 'sin-cat-baja-matricula', label: 'Sin categoría: baja matrícula' },
  { code: 'sin-cat-falta-info', label: 'Sin categoría: falta de información' },
  { code: 'nuevo', label: '(Nuevo)' },
  { code: 'sin-categoria', label: 'Sin categoría' },
] as const;
export type CategoriaCode = (typeof CATEGORIAS)[number]['code'];
export const CATEGORIA_CODES = CATEGORIAS.map((c) => c.code) as [CategoriaCode, ...CategoriaCode[]];

export const ESTADOS = [
  { code: '1', label: 'Funcionando' },
  { code: '2', label: 'En receso' },
  { code: '3', label: 'Cerrado' },
  { code: '4', label: 'Autorizado sin matrícula' },
] as const;
export type EstadoCode = (typeof ESTADOS)[number]['code'];
export const ESTADO_CODES = ESTADOS.map((e) => e.code) as [EstadoCode, ...EstadoCode[]];

export const RURALIDADES = [
  { code: 'urbano', label: 'Urbano' },
  { code: 'rural', label: 'Rural' },
] as const;

export function labelOf<T extends { code: string; label: string }>(
  list: readonly T[],
  code: string | undefined,
): string {
  return list.find((item) => item.code === code)?.label ?? '';
}
