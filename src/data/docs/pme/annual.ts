// The fase anual's settings per year of the cycle: the school year (with its winter break) and the
// SEP budget the school declared. Last writer wins per year.
import type * as Y from 'yjs';
import { annualSettingsSchema, type AnnualSettings } from '../../../domain/pme/model.ts';
import { draftAnnualSchema } from '../../../domain/pme/draft.ts';
import { annualOf } from './layout.ts';

export function readAnnual(doc: Y.Doc): { annual: AnnualSettings[]; invalid: string[] } {
  const annual: AnnualSettings[] = [];
  const invalid: string[] = [];
  for (const [year, v] of annualOf(doc).entries()) {
    const parsed = draftAnnualSchema.safeParse({ ...(v as object), year: Number(year) });
    if (parsed.success) annual.push(parsed.data);
    else invalid.push(`annual:${year}`);
  }
  annual.sort((a, b) => a.year - b.year);
  return { annual, invalid };
}

/** Throws, writing nothing, on settings that break B-1 (school year order, winter break, SEP ceiling). */
export function setAnnualSettings(doc: Y.Doc, settings: AnnualSettings, origin: unknown): void {
  const { year, ...rest } = annualSettingsSchema.parse(settings);
  doc.transact(() => annualOf(doc).set(String(year), rest), origin);
}
