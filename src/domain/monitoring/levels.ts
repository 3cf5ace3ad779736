// Mineduc's six niveles de implementación (docs/domain.md §6, the values of NIV_IMPLEM in the "Bases de
// datos PME Implementación", written exactly as Mineduc writes them) and the % de avance each allows.
// Invariant: the ranges tile 0…100 with integers; every integer % belongs to exactly one level.
import { z } from 'zod';
import { formatPercent } from '../shared/numbers.ts';

export const IMPLEMENTATION_LEVELS = [
  { code: 'completa', label: 'Implementación completa: 100%', short: 'Completa', min: 100, max: 100 },
  { code: 'avanzada', label: 'Implementación avanzada: 75% a 99%', short: 'Avanzada', min: 75, max: 99 },
  { code: 'adecuada', label: 'Implementación adecuada: 50% a 74%', short: 'Adecuada', min: 50, max: 74 },
  { code: 'parcial', label: 'Implementación parcial: 25% a 49%', short: 'Parcial', min: 25, max: 49 },
  { code: 'inicial', label: 'Implementación inicial: 1% a 24%', short: 'Inicial', min: 1, max: 24 },
  { code: 'no-efectuada', label: 'Implementación no efectuada: 0%', short: 'No efectuada', min: 0, max: 0 },
] as const;
export type ImplementationLevel = (typeof IMPLEMENTATION_LEVELS)[number]['code'];
export const IMPLEMENTATION_LEVEL_CODES = IMPLEMENTATION_LEVELS.map((l) => l.code) as [
  ImplementationLevel,
  ...ImplementationLevel[],
];
export const implementationLevelSchema = z.enum(IMPLEMENTATION_LEVEL_CODES, {
  message: 'Elija el nivel de implementación',
});

export function levelInfo(code: ImplementationLevel): (typeof IMPLEMENTATION_LEVELS)[number] {
  return IMPLEMENTATION_LEVELS.find((l) => l.code === code)!;
}

/** The NIV_IMPLEM text of a level. */
export function levelLabel(code: ImplementationLevel): string {
  return levelInfo(code).label;
}

export function isProgressInLevel(level: ImplementationLevel, progress: number): boolean {
  const l = levelInfo(level);
  return Number.isInteger(progress) && progress >= l.min && progress <= l.max;
}

/** Spanish message for a % outside its level's range, e.g. "… «Implementación avanzada» debe estar entre 75% y 99%". */
export function progressOutOfRangeMessage(level: ImplementationLevel): string {
  const l = levelInfo(level);
  return l.min === l.max
    ? `Con «${l.label}» el % de avance debe ser ${formatPercent(l.min, 0)}`
    : `Con «${l.label}» el % de avance debe estar entre ${formatPercent(l.min, 0)} y ${formatPercent(l.max, 0)}`;
}
