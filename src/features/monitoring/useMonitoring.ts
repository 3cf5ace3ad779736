import { useMemo } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { monitoringHandle, type MonitoringHandle, type MonitoringView } from '../../data/docs/monitoring/index.ts';
import { readPme, type PmeView } from '../../data/docs/pme/read.ts';
import { useDocView, useHandle, useView } from '../session/index.ts';
import { localYear } from '../../domain/shared/localDates.ts';

/** The school's monitoring handle and the whole document as plain data (null while it loads). */
export function useMonitoring(schoolId: SchoolId): { handle: MonitoringHandle | null; view: MonitoringView | null } {
  const handle = useHandle(schoolId, 'monitoring', monitoringHandle);
  return { handle, view: useView(handle?.view) ?? null };
}

/** The PME whose actions and goals are monitored (the working plan). */
export function usePlan(schoolId: SchoolId): PmeView | null {
  const read = useMemo(() => (doc: Parameters<typeof readPme>[0]) => readPme(doc, schoolId, localYear()), [schoolId]);
  return useDocView(schoolId, 'pme', read).view;
}
