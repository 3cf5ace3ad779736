// The schools the relay says this user may read (docs/spec/access.md A-7), as last heard from it
// in this session: RBDs only. Names come with each school's profile document, which the session
// opens and syncs; the lists read those from the Dexie index and show the rest as "cargando…".
import { createStore } from 'zustand/vanilla';
import type { RelaySchool } from '../domain/wire/protocol.ts';

export interface RelaySchoolsState {
  /** null until the relay answered once in this session. */
  schools: RelaySchool[] | null;
}

export const relaySchoolsStore = createStore<RelaySchoolsState>(() => ({ schools: null }));
