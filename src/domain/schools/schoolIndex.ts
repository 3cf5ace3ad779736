// The row of the local school index (lists, search, sync badges), derived from a school's
// profile document. Pure, so the index can be rebuilt from the documents at any time.
import { normalizeForSearch } from '../shared/text.ts';
import { findComuna } from '../territory/territory.ts';
import type { SchoolId } from '../wire/documentNames.ts';
import type { StoredProfile } from './storedProfile.ts';
import type { RelaySchool } from '../wire/protocol.ts';

export interface SchoolIndexEntry {
  schoolId: SchoolId;
  rbd: number;
  dv: string;
  name: string;
  nameSearch: string;
  comunaCode: string;
  comunaName: string;
  regionCode: string;
  dependencia: string;
  categoria: string | null;
  /** From the profile's ruralidad; absent when the profile does not say (and in entries indexed before it). */
  rural?: boolean;
  updatedAt: number;
  /** Unresolved conflicts of the profile (S-21), counted by the data layer when it indexes. */
  conflicts?: number;
}

export function deriveSchoolIndexEntry(schoolId: SchoolId, p: StoredProfile, updatedAt: number): SchoolIndexEntry {
  const comuna = p.comunaCode ? findComuna(p.comunaCode) : undefined;
  const name = p.name ?? '';
  return {
    schoolId,
    rbd: p.rbd ?? Number(schoolId),
    dv: p.dv ?? '',
    name,
    nameSearch: normalizeForSearch(`${name} ${p.rbd ?? schoolId} ${comuna?.name ?? ''}`),
    comunaCode: p.comunaCode ?? '',
    comunaName: comuna?.name ?? '',
    regionCode: p.regionCode ?? '',
    dependencia: p.dependencia ?? '',
    categoria: p.categoria ?? null,
    ...(p.ruralidad ? { rural: p.ruralidad === 'rural' } : {}),
    updatedAt,
  };
}

/** Every word of the query must appear in the entry (accents and case ignored). */
export function matchesSearch(entry: SchoolIndexEntry, query: string): boolean {
  const words = normalizeForSearch(query).split(' ').filter(Boolean);
  return words.every((w) => entry.nameSearch.includes(w));
}

/**
 * The schools the relay lets the user read (access.md A-7) that are not in the local index yet:
 * listed by RBD until their profile arrives. Only the RBD is known, so a search matches on it.
 */
export function schoolsNotYetIndexed(
  relay: readonly RelaySchool[],
  indexed: ReadonlySet<string>,
  query: string,
): RelaySchool[] {
  const words = normalizeForSearch(query).split(' ').filter(Boolean);
  return relay
    .filter((s) => !indexed.has(s.schoolId) && words.every((w) => s.schoolId.includes(w)))
    .sort((a, b) => Number(a.schoolId) - Number(b.schoolId));
}
