// Administration from the command line (`npm run server -- user …`), against the same storage the
// relay uses (DATA_DIR or DATABASE_URL). Passwords are read from standard input, never from argv.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { configFromEnv } from './config.ts';
import { openStorage } from './storage/index.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from './auth/password.ts';
import { roleSchema } from '../../src/domain/wire/protocol.ts';
import { schoolIdSchema } from '../../src/domain/wire/documentNames.ts';
import type { Storage } from './storage/types.ts';

const USAGE = `Usage: npm run server -- <command>
  user add <username> --role <admin|coordinador|asesor|escuela> [--name "Full name"] [--school <RBD>]...
  user grant <username> <RBD>...
  user revoke <username> <RBD>...
  user passwd <username>
  user disable <username>
  user list
  quarantine list [<document>]
Passwords are read from standard input (typed at the prompt, or piped).`;

async function readPassword(prompt: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdin.isTTY ? process.stderr : undefined, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    process.stderr.write(prompt);
    // Hide what is typed: readline echoes through _writeToOutput.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
  }
  const line = await new Promise<string>((resolve) => rl.once('line', resolve).once('close', () => resolve('')));
  rl.close();
  if (process.stdin.isTTY) process.stderr.write('\n');
  if (line.length < MIN_PASSWORD_LENGTH) throw new Error(`password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  return line;
}

function schoolIds(values: string[]): string[] {
  return values.map((v) => {
    const parsed = schoolIdSchema.safeParse(v.split('-')[0]);
    if (!parsed.success) throw new Error(`not an RBD: ${v}`);
    return parsed.data;
  });
}

async function requireUser(storage: Storage, username: string | undefined) {
  if (!username) throw new Error('missing <username>');
  const user = await storage.findUserByUsername(username);
  if (!user) throw new Error(`no such user: ${username}`);
  return user;
}

async function run(storage: Storage, argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' }, school: { type: 'string', multiple: true } },
  });
  const [group, command, username, ...rest] = positionals;
  if (group === 'quarantine' && command === 'list') return listQuarantine(storage, username);
  if (group !== 'user') throw new Error(USAGE);
  switch (command) {
    case 'add': {
      if (!username) throw new Error('missing <username>');
      const role = roleSchema.parse(values.role);
      const passwordHash = await hashPassword(await readPassword(`Contraseña para ${username}: `));
      const user = await storage.createUser({ username, displayName: values.name ?? username, role, passwordHash });
      for (const school of schoolIds(values.school ?? [])) await storage.grant(user.id, school);
      console.log(`user ${user.username} created (${user.role})`);
      return;
    }
    case 'grant':
    case 'revoke': {
      const user = await requireUser(storage, username);
      const ids = schoolIds(rest);
      if (ids.length === 0) throw new Error('missing <RBD>');
      for (const school of ids) await (command === 'grant' ? storage.grant(user.id, school) : storage.revoke(user.id, school));
      console.log(`${command} ${user.username}: ${ids.join(', ')}`);
      return;
    }
    case 'passwd': {
      const user = await requireUser(storage, username);
      const passwordHash = await hashPassword(await readPassword(`Nueva contraseña para ${user.username}: `));
      await storage.updateUser(user.id, { passwordHash, tokenVersion: user.tokenVersion + 1 });
      console.log(`password changed for ${user.username}; earlier sessions are signed out`);
      return;
    }
    case 'disable': {
      const user = await requireUser(storage, username);
      await storage.updateUser(user.id, { disabled: true, tokenVersion: user.tokenVersion + 1 });
      console.log(`user ${user.username} disabled`);
      return;
    }
    case 'list': {
      for (const user of await storage.listUsers()) {
        const grants = await storage.listGrants(user.id);
        console.log([user.username, user.role, user.disabled ? 'disabled' : 'active', grants.join(',')].join('\t'));
      }
      return;
    }
    default:
      throw new Error(USAGE);
  }
}

/** Refused updates (S-5), one line each: id, time, document, sender, reason, size — never the bytes. */
async function listQuarantine(storage: Storage, documentName: string | undefined): Promise<void> {
  for (const q of await storage.listQuarantine(documentName)) {
    console.log([q.id, new Date(q.receivedAt).toISOString(), q.name, q.userId ?? '-', q.reason, `${q.update.byteLength} bytes`].join('\t'));
  }
}

const config = configFromEnv(process.env);
const storage = await openStorage({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile });
try {
  await run(storage, process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await storage.close();
}
