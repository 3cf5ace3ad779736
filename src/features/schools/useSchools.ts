import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type * as Y from 'yjs';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { matchesSearch, type SchoolIndexEntry } from '../../domain/schools/schoolIndex.ts';
import type { StoredProfile } from '../../domain/schools/storedProfile.ts';
import { observeProfile, readProfile } from '../../data/schoolProfileDoc.ts';
import { useWorkspace } from '../session/index.ts';

const collator = new Intl.Collator('es-CL', { sensitivity: 'base' });

/** The local school index, filtered by a search query; undefined while loading. */
export function useSchoolList(query: string): SchoolIndexEntry[] | undefined {
  const workspace = useWorkspace();
  const all = useLiveQuery(() => workspace.db.schools.toArray(), [workspace]);
  if (!all) return undefined;
  return all.filter((s) => matchesSearch(s, query)).sort((a, b) => collator.compare(a.name, b.name));
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
