import { useMemo } from 'react';
import type * as Y from 'yjs';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { readMonitoring, type MonitoringView } from '../../data/monitoringDoc.ts';
import { readPme, type PmeView } from '../../data/pmeDoc.ts';
import { useDocView } from '../session/index.ts';
import { localYear } from '../../domain/calendar/localDates.ts';

export function useMonitoring(schoolId: SchoolId): { doc: Y.Doc | null; view: MonitoringView | null } {
  return useDocView(schoolId, 'monitoring', readMonitoring);
}

/** The PME whose actions and goals are monitored (the working plan). */
export function usePlan(schoolId: SchoolId): PmeView | null {
  const read = useMemo(() => (doc: Y.Doc) => readPme(doc, schoolId, localYear()), [schoolId]);
  return useDocView(schoolId, 'pme', read).view;
}



export const newId = () => crypto.randomUUID();
