// `user …` commands: accounts and their schools. RBDs are checked before anything is written, and a
// refusal writes nothing (rbdArguments.ts).
import { ROLES, roleSchema, type Role } from '../../../src/domain/wire/protocol.ts';
import { officialCheckDigit, formatRbd } from '../../../src/domain/schools/rbd.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/password.ts';
import type { Storage } from '../storage/types.ts';
import type { CliArguments, CliCommand } from './command.ts';
import { RefusedError, UsageError } from './errors.ts';
import { readPassword } from './password.ts';
import { checkRbdArguments, warnUnlisted, type CheckedRbd } from './rbdArguments.ts';
import { describeRutSchools, rutOrRefuse, setRut } from './rutCommands.ts';
import { formatTable } from './table.ts';

const RBD_HELP = `An RBD is written with its check digit (7423-3), which is checked (módulo 11, or the official
exception for the 50 RBDs that have one), or without it (7423): the command then prints the RBD with
its check digit so that you can compare it with the school's records. If any RBD is wrong, nothing
is changed.`;

function schoolsOrRefuse(texts: readonly string[]): CheckedRbd[] {
  const checked = checkRbdArguments(texts);
  if (!checked.ok) throw new RefusedError(`${checked.messages.join('\n')}\nnothing was changed`);
  return checked.rbds;
}

async function requireUser(storage: Storage, username: string) {
  const user = await storage.findUserByUsername(username);
  if (!user) throw new RefusedError(`no such user: ${username} (see \`user list\`)`);
  return user;
}

function labels(rbds: readonly CheckedRbd[]): string {
  return rbds.map((r) => r.label).join(', ');
}

function noteBare(note: (line: string) => void, rbds: readonly CheckedRbd[]): void {
  for (const r of rbds.filter((x) => x.bare))
    note(`note: ${r.schoolId} was given without its check digit: compare ${r.label} with the school's records`);
}

/** "7423-3" for a stored school id; ids that are not RBDs (none today) are shown as stored. */
function schoolLabel(schoolId: string): string {
  const rbd = Number(schoolId);
  return Number.isInteger(rbd) && rbd > 0 ? formatRbd(rbd, officialCheckDigit(rbd)) : schoolId;
}

/** The RUT a sostenedor user is bound to (A-9): only for that role, which needs a RUT or a school. */
function sostenedorRutOf(role: Role, values: CliArguments['values']): string | null {
  const text = values['sostenedor-rut'];
  if (role !== 'sostenedor') {
    if (text !== undefined) throw new UsageError('--sostenedor-rut is only for --role sostenedor');
    return null;
  }
  if (text === undefined) {
    if ((values.school ?? []).length > 0) return null;
    throw new UsageError('a sostenedor needs --sostenedor-rut <RUT> or at least one --school <RBD>');
  }
  return rutOrRefuse(text);
}

const add: CliCommand = {
  words: ['user', 'add'],
  args: ['<username>'],
  optionsUsage: `--role <${ROLES.join('|')}> [--name "Full name"] [--school <RBD>]... [--sostenedor-rut <RUT>]`,
  options: {
    role: { type: 'string' },
    name: { type: 'string' },
    school: { type: 'string', multiple: true },
    'sostenedor-rut': { type: 'string' },
  },
  summary: 'create a user (password read from standard input)',
  details: `Creates a user with a role and, with --school, access to schools. The password (at least
${MIN_PASSWORD_LENGTH} characters) is typed at the prompt or piped on standard input.
A sostenedor reads every school of theirs and writes only its review document (comments, their
signature on the acta): give --sostenedor-rut with the RUT as Mineduc's directory lists it
(62000660, or 62.000.660-2 with its check digit, which is checked) to cover each school the directory
lists for it (\`user set-rut\` changes it later), and/or --school for schools granted one by one.
${RBD_HELP}`,
  async run({ storage, print, note }, { positionals: [username = ''], values }: CliArguments) {
    if (values.role === undefined) throw new UsageError(`missing --role <${ROLES.join('|')}>`);
    const role = roleSchema.safeParse(values.role);
    if (!role.success) throw new UsageError(`unknown role: ${values.role} (expected one of ${ROLES.join(', ')})`);
    const sostenedorRut = sostenedorRutOf(role.data, values);
    const schools = schoolsOrRefuse(values.school ?? []);
    const passwordHash = await hashPassword(await readPassword(`Contraseña para ${username}: `));
    const user = await storage.createUser({
      username,
      displayName: values.name ?? username,
      role: role.data,
      passwordHash,
      sostenedorRut,
    });
    for (const school of schools) await storage.grant(user.id, school.schoolId);
    print(
      `user ${user.username} created (${roleLabel(user)})${schools.length > 0 ? `; granted ${labels(schools)}` : ''}`,
    );
    noteBare(note, schools);
    await warnUnlisted(note, schools);
    if (sostenedorRut !== null) await describeRutSchools(note, sostenedorRut);
  },
};

/** "sostenedor, RUT 62000660" for a sostenedor bound by RUT; the role alone otherwise. */
function roleLabel(user: { role: Role; sostenedorRut: string | null }): string {
  return user.sostenedorRut === null ? user.role : `${user.role}, RUT ${user.sostenedorRut}`;
}

function grantOrRevoke(verb: 'grant' | 'revoke'): CliCommand {
  return {
    words: ['user', verb],
    args: ['<username>', '<RBD>...'],
    summary: verb === 'grant' ? 'give a user access to schools' : "withdraw a user's access to schools",
    details:
      (verb === 'grant'
        ? 'Gives the user access to each school; an asesor then syncs it on the next connection.'
        : 'Withdraws access to each school; open connections to it are closed within seconds.') + `\n${RBD_HELP}`,
    async run({ storage, print, note }, { positionals: [username = '', ...rbds] }) {
      const schools = schoolsOrRefuse(rbds);
      const user = await requireUser(storage, username);
      for (const school of schools)
        await (verb === 'grant' ? storage.grant(user.id, school.schoolId) : storage.revoke(user.id, school.schoolId));
      print(`${verb === 'grant' ? 'granted' : 'revoked'} ${user.username}: ${labels(schools)}`);
      noteBare(note, schools);
      if (verb === 'grant') await warnUnlisted(note, schools);
    },
  };
}

const passwd: CliCommand = {
  words: ['user', 'passwd'],
  args: ['<username>'],
  summary: 'set a new password and sign out earlier sessions',
  details: `Sets a new password (read from standard input, at least ${MIN_PASSWORD_LENGTH} characters). Every session signed in before is signed out.`,
  async run({ storage, print }, { positionals: [username = ''] }) {
    const user = await requireUser(storage, username);
    const passwordHash = await hashPassword(await readPassword(`Nueva contraseña para ${user.username}: `));
    await storage.updateUser(user.id, { passwordHash, tokenVersion: user.tokenVersion + 1 });
    print(`password changed for ${user.username}; earlier sessions are signed out`);
  },
};

const disable: CliCommand = {
  words: ['user', 'disable'],
  args: ['<username>'],
  summary: 'disable a user and sign out their sessions',
  details: 'Disables the user: they can no longer sign in, and open sessions are closed.',
  async run({ storage, print }, { positionals: [username = ''] }) {
    const user = await requireUser(storage, username);
    await storage.updateUser(user.id, { disabled: true, tokenVersion: user.tokenVersion + 1 });
    print(`user ${user.username} disabled`);
  },
};

const list: CliCommand = {
  words: ['user', 'list'],
  args: [],
  summary: 'list users with their name, role, state and schools',
  details:
    'One user per line, in aligned columns: username, display name, role, state (active or disabled) and schools (RBD-DV, comma-separated).',
  async run({ storage, print }) {
    const rows: string[][] = [];
    for (const user of await storage.listUsers()) {
      const grants = await storage.listGrants(user.id);
      const schools = grants.sort((x, y) => Number(x) - Number(y) || x.localeCompare(y)).map(schoolLabel);
      rows.push([
        user.username,
        user.displayName,
        roleLabel(user),
        user.disabled ? 'disabled' : 'active',
        schools.join(',') || '-',
      ]);
    }
    for (const line of formatTable(['USERNAME', 'NAME', 'ROLE', 'STATE', 'SCHOOLS'], rows)) print(line);
  },
};

export const userCommands: readonly CliCommand[] = [
  add,
  grantOrRevoke('grant'),
  grantOrRevoke('revoke'),
  setRut,
  passwd,
  disable,
  list,
];
