// Which schools of a transfer file the signed-in user may import (EX-13), decided on the device,
// offline if need be: admin and coordinador read every school; anyone else only the schools
// the relay last listed for them (A-7, kept on the device), and an asesor also a school the relay
// says nobody holds (A-4: syncing it claims it). The relay still authorizes every document.
import type { Role } from '../wire/protocol.ts';
import type { SchoolId } from '../wire/documentNames.ts';

export interface ImportAccess {
  role: Role;
  /** The relay's last list of the user's schools, or null if this device never heard it. */
  granted: ReadonlySet<SchoolId> | null;
  /** Schools the relay answered `claimable` for just now (empty offline). */
  claimable: ReadonlySet<SchoolId>;
}

/** The schools of `schools` the user may not import, in the order given; empty means all may be. */
export function refusedSchools(schools: readonly SchoolId[], access: ImportAccess): SchoolId[] {
  if (access.role === 'admin' || access.role === 'coordinador') return [];
  return schools.filter((s) => !access.granted?.has(s) && !(access.role === 'asesor' && access.claimable.has(s)));
}
