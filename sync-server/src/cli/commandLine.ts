// Reads the command line: help in its usual spellings (`--help`, `-h`, `help [<command>]`, `<command>
// --help`), or one command with its arguments checked (unknown options, missing or extra arguments are
// usage errors, found before the database is opened).
import { parseArgs } from 'node:util';
import { commandName, PROGRAM, synopsis, type CliArguments, type CliCommand } from './command.ts';
import { UsageError } from './errors.ts';
import { quarantineCommands } from './quarantineCommands.ts';
import { userCommands } from './userCommands.ts';

export const COMMANDS: readonly CliCommand[] = [...userCommands, ...quarantineCommands];

export const ENVIRONMENT_HELP = `Environment (the same variables as the relay: give both the same values, or they use two databases):
  DATABASE_URL  postgres://user:password@host:5432/dbname — use this PostgreSQL database
  DATA_DIR      without DATABASE_URL, the SQLite database is DATA_DIR/bitacora.sqlite (default: ./data)
Every command prints the database it uses on standard error, e.g.
  database: SQLite /srv/bitacora/data/bitacora.sqlite
  database: PostgreSQL db.example.org:5432/bitacora`;

export function generalUsage(): string {
  const lines = COMMANDS.map((c) => `  ${synopsis(c)}\n      ${c.summary}`);
  return `Usage: ${PROGRAM} <command> [arguments]

Commands:
${lines.join('\n')}

Run \`${PROGRAM} help <command>\` (e.g. help grant) for details.
Passwords are read from standard input (typed at the prompt, or piped), never from the command line.

${ENVIRONMENT_HELP}`;
}

export function commandUsage(command: CliCommand): string {
  return `Usage: ${PROGRAM} ${synopsis(command)}\n\n${command.details}`;
}

export type CommandLine = { kind: 'help'; text: string } | { kind: 'run'; command: CliCommand; args: CliArguments };

const HELP_FLAGS = new Set(['--help', '-h']);

/** Commands a help topic names: `grant`, `user grant`, or a whole group (`user`). */
function commandsFor(topic: readonly string[]): CliCommand[] {
  const words = topic.join(' ');
  return COMMANDS.filter((c) => commandName(c) === words || c.words[1] === words || c.words[0] === words);
}

function help(topic: readonly string[]): CommandLine {
  if (topic.length === 0) return { kind: 'help', text: generalUsage() };
  const found = commandsFor(topic);
  if (found.length === 0) throw new UsageError(`no help for: ${topic.join(' ')}`, generalUsage());
  return { kind: 'help', text: found.map(commandUsage).join('\n\n') };
}

function checkPositionals(command: CliCommand, positionals: readonly string[]): void {
  const required = command.args.filter((a) => a.startsWith('<'));
  const missing = required[positionals.length];
  if (missing) throw new UsageError(`missing ${missing.replace(/\.\.\.$/, '')}`, commandUsage(command));
  const last = command.args.at(-1);
  const unbounded = last?.endsWith('...') ?? false;
  const extra = positionals[command.args.length];
  if (!unbounded && extra !== undefined) throw new UsageError(`unexpected argument: ${extra}`, commandUsage(command));
}

export function readCommandLine(argv: readonly string[]): CommandLine {
  const [first, second, ...rest] = argv;
  if (first === undefined || HELP_FLAGS.has(first)) return help([]);
  if (first === 'help') return help(argv.slice(1));
  const command = COMMANDS.find((c) => c.words[0] === first && c.words[1] === second);
  if (!command) {
    const group = COMMANDS.some((c) => c.words[0] === first);
    const message = !group
      ? `unknown command: ${first}`
      : second === undefined
        ? `missing command after ${first}`
        : `unknown command: ${first} ${second}`;
    throw new UsageError(message, generalUsage());
  }
  if (rest.some((a) => HELP_FLAGS.has(a))) return { kind: 'help', text: commandUsage(command) };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options: command.options ?? {}, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), commandUsage(command));
  }
  checkPositionals(command, parsed.positionals);
  return {
    kind: 'run',
    command,
    args: { positionals: parsed.positionals, values: parsed.values as CliArguments['values'] },
  };
}
