// The team reviews the proposed strengths and weaknesses: for any subdimension it may set another
// kind and add a note. Overrides win over the proposal; the proposal stays visible beside them.
import { z } from 'zod';
import type { SubdimensionCode } from '../mge/modelo.ts';
import type { Finding, FindingKind } from './findings.ts';

export const findingOverrideSchema = z.object({
  kind: z.enum(['fortaleza', 'debilidad', 'en-desarrollo', 'sin-datos']),
  note: z.string().max(2000),
});
export type FindingOverride = z.infer<typeof findingOverrideSchema>;

export interface ReviewedFinding extends Finding {
  proposedKind: FindingKind;
  note: string;
  overridden: boolean;
}

export function applyFindingOverrides(
  findings: readonly Finding[],
  overrides: Partial<Record<SubdimensionCode, FindingOverride>>,
): ReviewedFinding[] {
  return findings.map((f) => {
    const o = overrides[f.code];
    return {
      ...f,
      proposedKind: f.kind,
      kind: o?.kind ?? f.kind,
      note: o?.note ?? '',
      overridden: o !== undefined && o.kind !== f.kind,
    };
  });
}
