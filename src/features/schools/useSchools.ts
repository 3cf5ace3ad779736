import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from 'zustand';
import type * as Y from 'yjs';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { matchesSearch, schoolsNotYetIndexed, type SchoolIndexEntry } from '../../domain/schools/schoolIndex.ts';
import type { RelaySchool } from '../../domain/wire/protocol.ts';
import { relaySchoolsStore } from '../../sync/relaySchools.ts';
import type { StoredProfile } from '../../domain/schools/storedProfile.ts';
import { observeProfile, readProfile } from '../../data/schoolProfileDoc.ts';
import { useWorkspace } from '../session/index.ts';

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

/** One school's profile document, re-read on every change (local or from others). */
export function useSchoolDoc(schoolId: SchoolId): { doc: Y.Doc | null; profile: StoredProfile; version: number } {
  const workspace = useWorkspace();
  const [state, setState] = useState<{ doc: Y.Doc | null; profile: StoredProfile; version: number }>({ doc: null, profile: {}, version: 0 });
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    void workspace.openSchoolProfile(schoolId).then((doc) => {
      if (cancelled) return;
      const read = () => setState((s) => ({ doc, profile: readProfile(doc).profile, version: s.version + 1 }));
      read();
      stop = observeProfile(doc, read);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [workspace, schoolId]);
  return state;
}
