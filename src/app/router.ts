// Hash routes: they work offline from the precached shell with no server-side fallback.
import { startTransition, useEffect, useMemo, useState } from 'react';
import { schoolIdSchema, type SchoolId } from '../domain/wire/documentNames.ts';
import { stakeholderGroupSchema, type StakeholderGroup } from '../domain/diagnosis/groups.ts';

export type SurveyKind = 'diagnosis' | 'evaluation';

export type Route =
  | { name: 'schools' }
  | { name: 'new-school' }
  | { name: 'dashboard' }
  | { name: 'school'; schoolId: SchoolId }
  | { name: 'diagnosis'; schoolId: SchoolId }
  | { name: 'kiosk'; schoolId: SchoolId; group: StakeholderGroup; survey: SurveyKind }
  | { name: 'diagnosis-paper'; schoolId: SchoolId }
  | { name: 'diagnosis-data'; schoolId: SchoolId }
  | { name: 'diagnosis-priorities'; schoolId: SchoolId }
  | { name: 'diagnosis-pei'; schoolId: SchoolId }
  | { name: 'instrument'; schoolId: SchoolId; group: StakeholderGroup; survey: SurveyKind }
  | { name: 'evaluation'; schoolId: SchoolId }
  | { name: 'evaluation-paper'; schoolId: SchoolId }
  | { name: 'pme'; schoolId: SchoolId }
  | { name: 'monitoring'; schoolId: SchoolId }
  | { name: 'programme'; schoolId: SchoolId }
  | { name: 'session'; schoolId: SchoolId; sessionId: string }
  | { name: 'not-found' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/escuelas';
  if (path === '/' || path === '/escuelas') return { name: 'schools' };
  if (path === '/escuelas/nueva') return { name: 'new-school' };
  if (path === '/panel') return { name: 'dashboard' };
  const pme = /^\/escuelas\/([^/]+)\/(pme|monitoreo)$/.exec(path);
  if (pme) {
    const pid = schoolIdSchema.safeParse(pme[1]);
    if (!pid.success) return { name: 'not-found' };
    return pme[2] === 'pme' ? { name: 'pme', schoolId: pid.data } : { name: 'monitoring', schoolId: pid.data };
  }
  const prog = /^\/escuelas\/([^/]+)\/asesoria(?:\/sesion\/([A-Za-z0-9-]{1,64}))?$/.exec(path);
  if (prog) {
    const pid = schoolIdSchema.safeParse(prog[1]);
    if (!pid.success) return { name: 'not-found' };
    return prog[2]
      ? { name: 'session', schoolId: pid.data, sessionId: prog[2] }
      : { name: 'programme', schoolId: pid.data };
  }
  const ev = /^\/escuelas\/([^/]+)\/evaluacion(?:\/(kiosco|instrumento)\/([^/]+)|\/(papel))?$/.exec(path);
  if (ev) {
    const eid = schoolIdSchema.safeParse(ev[1]);
    if (!eid.success) return { name: 'not-found' };
    if (ev[4]) return { name: 'evaluation-paper', schoolId: eid.data };
    if (!ev[2]) return { name: 'evaluation', schoolId: eid.data };
    const g = stakeholderGroupSchema.safeParse(ev[3]);
    if (!g.success) return { name: 'not-found' };
    return ev[2] === 'kiosco'
      ? { name: 'kiosk', schoolId: eid.data, group: g.data, survey: 'evaluation' }
      : { name: 'instrument', schoolId: eid.data, group: g.data, survey: 'evaluation' };
  }
  const m =
    /^\/escuelas\/([^/]+)(\/diagnostico(?:\/(kiosco|instrumento)\/([^/]+)|\/(papel|datos|priorizacion|pei))?)?$/.exec(
      path,
    );
  const id = schoolIdSchema.safeParse(m?.[1]);
  if (!m || !id.success) return { name: 'not-found' };
  const schoolId = id.data;
  if (!m[2]) return { name: 'school', schoolId };
  const page = m[5];
  if (page === 'papel') return { name: 'diagnosis-paper', schoolId };
  if (page === 'datos') return { name: 'diagnosis-data', schoolId };
  if (page === 'priorizacion') return { name: 'diagnosis-priorities', schoolId };
  if (page === 'pei') return { name: 'diagnosis-pei', schoolId };
  if (m[3] === undefined) return { name: 'diagnosis', schoolId };
  const group = stakeholderGroupSchema.safeParse(m[4]);
  if (!group.success) return { name: 'not-found' };
  return m[3] === 'kiosco'
    ? { name: 'kiosk', schoolId, group: group.data, survey: 'diagnosis' }
    : { name: 'instrument', schoolId, group: group.data, survey: 'diagnosis' };
}

/**
 * The current route. A change of address is a transition: while the next screen's chunk loads, the
 * current screen stays, instead of the "Abriendo…" fallback that React would then hold for 300 ms
 * (CS-8).
 */
export function useRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const follow = () => startTransition(() => setHash(window.location.hash));
    window.addEventListener('hashchange', follow);
    // The address may have changed between the first render and this effect.
    follow();
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return useMemo(() => parseRoute(hash), [hash]);
}
