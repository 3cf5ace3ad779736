// What registering a school should do given the relay's answer about its RBD (access.md A-7):
// open the school the relay holds when the user may read it, warn when someone else holds it,
// otherwise register it. Pure, so the rule is tested as a table.
import type { SchoolLookup } from '../wire/protocol.ts';

export type RelayVerdict = 'open-existing' | 'held-by-other' | 'not-authorized' | 'register';

export function relayVerdict(lookup: Pick<SchoolLookup, 'stored' | 'access'>): RelayVerdict {
  if (lookup.stored && (lookup.access === 'readable' || lookup.access === 'claimable')) return 'open-existing';
  if (lookup.access === 'school-held-by-other') return 'held-by-other';
  if (lookup.access === 'not-authorized') return 'not-authorized';
  return 'register';
}
