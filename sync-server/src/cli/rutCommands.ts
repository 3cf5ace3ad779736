// The RUT a sostenedor user is bound to (A-9, CLI-7): read and checked here for `user add` and
// `user set-rut`. Changing it bumps the storage's access version, so every relay re-checks the user's
// open connections and closes those to schools the new RUT no longer covers (A-11, revocation.ts).
import { parseSostenedorRut } from '../../../src/domain/access/sostenedorRut.ts';
import { officialCheckDigit, formatRbd } from '../../../src/domain/schools/rbd.ts';
import { loadSchoolDirectory } from '../directoryFile.ts';
import type { SchoolDirectory } from '../directoryLookup.ts';
import type { CliArguments, CliCommand } from './command.ts';
import { RefusedError, UsageError } from './errors.ts';

/** The digits of a RUT typed by an operator; a wrong one is refused before anything is written. */
export function rutOrRefuse(text: string): string {
  const parsed = parseSostenedorRut(text);
  if (parsed.ok) return parsed.rut;
  throw new RefusedError(
    parsed.error === 'rut-check-digit'
      ? `RUT ${text}: the check digit does not match\nnothing was changed`
      : `RUT ${text}: write the sostenedor's RUT as 62000660 or 62.000.660-2\nnothing was changed`,
  );
}

const SHOWN_SCHOOLS = 10;

/** What the directory lists for the RUT, for the operator; no school listed is a warning, not a refusal. */
export async function describeRutSchools(
  note: (line: string) => void,
  rut: string,
  load: () => Promise<SchoolDirectory> = loadSchoolDirectory,
): Promise<void> {
  let rbds: number[];
  try {
    rbds = (await load()).rbdsOfSostenedor(rut);
  } catch (error) {
    note(`warning: RUT not compared with the school directory (${error instanceof Error ? error.message : error})`);
    return;
  }
  if (rbds.length === 0) {
    note(
      `warning: Mineduc's school directory lists no school for RUT ${rut}; ` +
        'check it (until then the user reads only the schools granted to them)',
    );
    return;
  }
  const shown = rbds.slice(0, SHOWN_SCHOOLS).map((rbd) => formatRbd(rbd, officialCheckDigit(rbd)));
  const more = rbds.length > SHOWN_SCHOOLS ? `, and ${rbds.length - SHOWN_SCHOOLS} more` : '';
  note(`the directory lists ${rbds.length} school(s) for RUT ${rut}: ${shown.join(', ')}${more}`);
}

/** The RUT `set-rut` was given, or null for `--none`; exactly one of them. */
function requestedRut(positional: string | undefined, none: boolean | undefined): string | null {
  if (positional !== undefined && none) throw new UsageError('give either a <RUT> or --none, not both');
  if (none) return null;
  if (positional === undefined) throw new UsageError('missing <RUT> (or --none to remove it)');
  return rutOrRefuse(positional);
}

export const setRut: CliCommand = {
  words: ['user', 'set-rut'],
  args: ['<username>', '[<RUT>]'],
  optionsUsage: '[--none]',
  options: { none: { type: 'boolean' } },
  summary: "change or remove a sostenedor's RUT",
  details: `Binds a sostenedor user to another RUT (62000660, or 62.000.660-2 with its check digit, which
is checked), or with --none removes the RUT so that they read only the schools granted to them (a
sostenedor with no granted school keeps a RUT: grant one first). A RUT for which Mineduc's directory
lists no school is warned about, not refused. Open connections to schools the user no longer reads
are closed within seconds; the others stay open.`,
  async run({ storage, print, note }, { positionals: [username = '', text], values }: CliArguments) {
    const rut = requestedRut(text, values.none);
    const user = await storage.findUserByUsername(username);
    if (!user) throw new RefusedError(`no such user: ${username} (see \`user list\`)`);
    if (user.role !== 'sostenedor')
      throw new RefusedError(
        `${user.username} has the role ${user.role}: only a sostenedor has a RUT\nnothing was changed`,
      );
    if (rut === null && (await storage.listGrants(user.id)).length === 0)
      throw new RefusedError(
        `${user.username} has no granted school: a sostenedor needs a RUT or a school ` +
          `(\`user grant ${user.username} <RBD>\` first)\nnothing was changed`,
      );
    const before = user.sostenedorRut ?? 'none';
    await storage.updateUser(user.id, { sostenedorRut: rut });
    print(`${user.username}: RUT ${rut ?? 'none'} (was ${before})`);
    if (rut !== null) await describeRutSchools(note, rut);
  },
};
