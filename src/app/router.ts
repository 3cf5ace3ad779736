// Hash routes: they work offline from the precached shell with no server-side fallback.
import { useSyncExternalStore } from 'react';
import { schoolIdSchema, type SchoolId } from '../domain/wire/documentNames.ts';

export type Route = { name: 'schools' } | { name: 'new-school' } | { name: 'school'; schoolId: SchoolId } | { name: 'not-found' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/escuelas';
  if (path === '/' || path === '/escuelas') return { name: 'schools' };
  if (path === '/escuelas/nueva') return { name: 'new-school' };
  const m = /^\/escuelas\/([^/]+)$/.exec(path);
  if (m) {
    const id = schoolIdSchema.safeParse(m[1]);
    if (id.success) return { name: 'school', schoolId: id.data };
  }
  return { name: 'not-found' };
}

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
