import { useMemo } from 'react';
import type * as Y from 'yjs';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { readMonitoring, type MonitoringView } from '../../data/monitoringDoc.ts';
import { readPme, type PmeView } from '../../data/pmeDoc.ts';
import { useDocView, useSession } from '../session/index.ts';

export function useMonitoring(schoolId: SchoolId): { doc: Y.Doc | null; view: MonitoringView | null } {
  return useDocView(schoolId, 'monitoring', readMonitoring);
}

/** The PME whose actions and goals are monitored (the working plan). */
export function usePlan(schoolId: SchoolId): PmeView | null {
  const read = useMemo(() => (doc: Y.Doc) => readPme(doc, schoolId, new Date().getFullYear()), [schoolId]);
  return useDocView(schoolId, 'pme', read).view;
}

export function useWho(): { userId: string; name: string } {
  const s = useSession();
  return s.status === 'signed-in' ? { userId: s.session.user.id, name: s.session.user.displayName || s.session.user.username } : { userId: '', name: '' };
}

export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export const newId = () => crypto.randomUUID();
