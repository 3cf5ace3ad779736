// SD-9: who sees the multi-school dashboard. A role is taken as a string so that roles the relay
// adds (the sostenedor's) pass before every module knows them; an escuela user sees only their school.
export function seesDashboard(role: string): boolean {
  return role === 'admin' || role === 'coordinador' || role === 'sostenedor' || role === 'asesor';
}
