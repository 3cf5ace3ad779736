// Regions, provinces and comunas of the SUBDERE CUT list, and the SLEP of each comuna (docs/domain.md §2).
import { z } from 'zod';
import { COMUNA_DATA, PROVINCE_DATA, REGION_DATA, SLEP_DATA } from './territory.data.ts';

export interface Region {
  /** Two digits, "01".."16". */
  readonly code: string;
  readonly name: string;
  readonly abbreviation: string;
}

export interface Province {
  /** Three digits, starting with the region code. */
  readonly code: string;
  readonly name: string;
  readonly regionCode: string;
}

export interface Comuna {
  /** Five digits, leading zero kept: "01101" Iquique. */
  readonly code: string;
  readonly name: string;
  readonly provinceCode: string;
  readonly regionCode: string;
}

export interface ComunaSlep {
  readonly slepCode: string;
  readonly slepName: string;
  /** School year from which the SLEP runs the comuna's public schools. */
  readonly transferYear: number;
}

export const REGIONS: readonly Region[] = REGION_DATA;
export const PROVINCES: readonly Province[] = PROVINCE_DATA;
export const COMUNAS: readonly Comuna[] = COMUNA_DATA;

const regionByCode = new Map(REGIONS.map((r) => [r.code, r]));
const provinceByCode = new Map(PROVINCES.map((p) => [p.code, p]));
const comunaByCode = new Map(COMUNAS.map((c) => [c.code, c]));
const slepByComuna = new Map(SLEP_DATA);

const collator = new Intl.Collator('es');
const comunasByRegion = new Map<string, readonly Comuna[]>(
  REGIONS.map((r) => [
    r.code,
    COMUNAS.filter((c) => c.regionCode === r.code).sort((a, b) => collator.compare(a.name, b.name)),
  ]),
);

export function findRegion(code: string): Region | undefined {
  return regionByCode.get(code);
}

export function findProvince(code: string): Province | undefined {
  return provinceByCode.get(code);
}

export function findComuna(code: string): Comuna | undefined {
  return comunaByCode.get(code);
}

/** The region's comunas sorted by name as Spanish sorts them (Ñiquén after Ninhue); [] if unknown. */
export function comunasOfRegion(regionCode: string): readonly Comuna[] {
  return comunasByRegion.get(regionCode) ?? [];
}

export function regionOfComuna(comunaCode: string): Region | undefined {
  const comuna = comunaByCode.get(comunaCode);
  return comuna ? regionByCode.get(comuna.regionCode) : undefined;
}

/** The SLEP running the comuna's public schools in `year`, or null if not yet transferred then. */
export function slepOfComuna(comunaCode: string, year: number): ComunaSlep | null {
  const slep = slepByComuna.get(comunaCode);
  return slep && slep.transferYear <= year ? slep : null;
}

/**
 * Normalises a directory COD_COM_RBD (no leading zero: 1101) to the CUT code "01101".
 * Returns null when it is not 1–5 digits; it does not check that the comuna exists (use findComuna).
 */
export function comunaFromDirectoryCode(n: number | string): string | null {
  const text = typeof n === 'number' ? (Number.isInteger(n) && n >= 0 ? String(n) : '') : n.trim();
  return /^\d{1,5}$/.test(text) ? text.padStart(5, '0') : null;
}

const COMUNA_MESSAGE = 'Seleccione una comuna de la lista';
const REGION_MESSAGE = 'Seleccione una región de la lista';

export const comunaCodeSchema = z
  .string({ error: COMUNA_MESSAGE })
  .refine((code) => comunaByCode.has(code), { error: COMUNA_MESSAGE });

export const regionCodeSchema = z
  .string({ error: REGION_MESSAGE })
  .refine((code) => regionByCode.has(code), { error: REGION_MESSAGE });
