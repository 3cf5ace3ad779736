// SD-9: who sees the multi-school dashboard. A role is taken as a string so that roles the relay
// adds (the sostenedor's) pass before every module knows them; an escuela user sees only their school.
export function seesDashboard(role: string): boolean {
  return role === 'admin' || role === 'coordinador' || role === 'sostenedor' || role === 'asesor';
}

/**
 * SD-10: roles that read many schools they do not work in (coordinación, administración, sostenedores): their
 * devices open every listed school's PME, monitoring and evaluation in the background, so the dashboard's
 * digests exist without opening each school. An asesor's own schools open as they work in them.
 */
export function readsSchoolsAtAGlance(role: string): boolean {
  return role === 'admin' || role === 'coordinador' || role === 'sostenedor';
}
