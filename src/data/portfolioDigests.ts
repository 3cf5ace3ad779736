// What the portfolio (the advisor's first screen) reads: per school, the programme digest and the evidence
// digests of its pme, monitoring and evaluation documents (PFE-2). Dexie only, never a Yjs document (CS-1):
// the evidence rows are a few hundred bytes each, so 60 schools read in one small bulk read per table.
import { evidenceDigestSchema, mergeEvidence, type EvidenceDigest } from '../domain/programme/evidenceDigest.ts';
import type { SchoolId } from '../domain/wire/documentNames.ts';
import type { EvidenceDigestRow, ProgrammeDigestRow, UserDb } from './userDb.ts';

export interface PortfolioDigests {
  programmes: ProgrammeDigestRow[];
  /** Per school, the evidence of its documents merged; a school missing here has none yet. */
  evidence: Map<SchoolId, EvidenceDigest>;
}

/** Stored rows, validated: an invalid one is logged and counts as no evidence. */
export function evidenceBySchool(rows: readonly EvidenceDigestRow[]): Map<SchoolId, EvidenceDigest> {
  const parts = new Map<SchoolId, EvidenceDigest[]>();
  for (const row of rows) {
    const parsed = evidenceDigestSchema.safeParse(row.evidence);
    if (!parsed.success) {
      console.error(`evidence digest ${row.name} is not valid; ignored`);
      continue;
    }
    parts.set(row.schoolId, [...(parts.get(row.schoolId) ?? []), parsed.data]);
  }
  return new Map([...parts].map(([schoolId, list]) => [schoolId, mergeEvidence(list)]));
}

export async function readPortfolioDigests(db: UserDb): Promise<PortfolioDigests> {
  const [programmes, evidence] = await Promise.all([db.programmeDigests.toArray(), db.evidenceDigests.toArray()]);
  return { programmes, evidence: evidenceBySchool(evidence) };
}
