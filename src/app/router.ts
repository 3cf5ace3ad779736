// Hash routes: they work offline from the precached shell with no server-side fallback.
import { useSyncExternalStore } from 'react';
import { schoolIdSchema, type SchoolId } from '../domain/wire/documentNames.ts';
import { stakeholderGroupSchema, type StakeholderGroup } from '../domain/diagnosis/model.ts';

export type Route =
  | { name: 'schools' }
  | { name: 'new-school' }
  | { name: 'school'; schoolId: SchoolId }
  | { name: 'diagnosis'; schoolId: SchoolId }
  | { name: 'kiosk'; schoolId: SchoolId; group: StakeholderGroup }
  | { name: 'diagnosis-paper'; schoolId: SchoolId }
  | { name: 'diagnosis-data'; schoolId: SchoolId }
  | { name: 'diagnosis-priorities'; schoolId: SchoolId }
  | { name: 'diagnosis-pei'; schoolId: SchoolId }
  | { name: 'not-found' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/escuelas';
  if (path === '/' || path === '/escuelas') return { name: 'schools' };
  if (path === '/escuelas/nueva') return { name: 'new-school' };
  const m = /^\/escuelas\/([^/]+)(\/diagnostico(?:\/kiosco\/([^/]+)|\/(papel|datos|priorizacion|pei))?)?$/.exec(path);
  const id = schoolIdSchema.safeParse(m?.[1]);
  if (!m || !id.success) return { name: 'not-found' };
  if (!m[2]) return { name: 'school', schoolId: id.data };
  if (m[4] === 'papel') return { name: 'diagnosis-paper', schoolId: id.data };
  if (m[4] === 'datos') return { name: 'diagnosis-data', schoolId: id.data };
  if (m[4] === 'priorizacion') return { name: 'diagnosis-priorities', schoolId: id.data };
  if (m[4] === 'pei') return { name: 'diagnosis-pei', schoolId: id.data };
  if (m[3] === undefined) return { name: 'diagnosis', schoolId: id.data };
  const group = stakeholderGroupSchema.safeParse(m[3]);
  return group.success ? { name: 'kiosk', schoolId: id.data, group: group.data } : { name: 'not-found' };
}

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
