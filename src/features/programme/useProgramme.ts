import type * as Y from 'yjs';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { readProgramme, type ProgrammeView } from '../../data/programmeDoc.ts';
import { useDocView, useSession } from '../session/index.ts';

export function useProgramme(schoolId: SchoolId): { doc: Y.Doc | null; view: ProgrammeView | null } {
  return useDocView(schoolId, 'programme', readProgramme);
}

export function useUserName(): string {
  const s = useSession();
  return s.status === 'signed-in' ? s.session.user.displayName || s.session.user.username : '';
}

/** The advisor's local calendar date, ISO. */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export const newId = () => crypto.randomUUID();
