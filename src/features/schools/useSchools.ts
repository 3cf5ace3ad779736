import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from 'zustand';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { matchesSearch, schoolsNotYetIndexed, type SchoolIndexEntry } from '../../domain/schools/schoolIndex.ts';
import type { RelaySchool } from '../../domain/wire/protocol.ts';
import { relaySchoolsStore } from '../../sync/relaySchools.ts';
import type { StoredProfile } from '../../domain/schools/storedProfile.ts';
import { profileHandle, type ProfileHandle } from '../../data/docs/profile/index.ts';
import { useHandle, useView, useWorkspace } from '../session/index.ts';

const collator = new Intl.Collator('es-CL', { sensitivity: 'base' });

export interface SchoolList {
  /** The local school index (the offline source of truth), filtered by the query. */
  schools: SchoolIndexEntry[];
  /** Schools the relay lets the user read whose profile has not reached this device yet. */
  arriving: RelaySchool[];
}

/** The school list for a search query; undefined while the local index loads. */
export function useSchoolList(query: string): SchoolList | undefined {
  const workspace = useWorkspace();
  const all = useLiveQuery(() => workspace.db.schools.toArray(), [workspace]);
  const relay = useStore(relaySchoolsStore, (s) => s.schools);
  if (!all) return undefined;
  const schools = all.filter((s) => matchesSearch(s, query)).sort((a, b) => collator.compare(a.name, b.name));
  const arriving = schoolsNotYetIndexed(relay ?? [], new Set(all.map((s) => s.schoolId)), query);
  return { schools, arriving };
}

/** One school's profile: its handle (null while it opens) and the profile, re-read when it changes. */
export function useSchoolProfile(schoolId: SchoolId): { handle: ProfileHandle | null; profile: StoredProfile } {
  const handle = useHandle(schoolId, 'profile', profileHandle);
  const profile = useView(handle?.profile);
  return { handle, profile: profile ?? NO_PROFILE };
}

const NO_PROFILE: StoredProfile = {};
