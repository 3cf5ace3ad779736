// What a CLI command is: the two words that select it, its arguments and options (for parsing, for the
// missing-argument check and for its help), and what it does with the storage.
import type { ParseArgsConfig } from 'node:util';
import type { Storage } from '../storage/types.ts';

export interface CliContext {
  storage: Storage;
  /** One line of the command's result, on standard output. */
  print(line: string): void;
  /** A remark for the operator, on standard error (keeps standard output to results). */
  note(line: string): void;
}

export interface CliArguments {
  positionals: string[];
  values: { role?: string; name?: string; school?: string[]; 'sostenedor-rut'?: string; none?: boolean };
}

export interface CliCommand {
  words: readonly [group: string, verb: string];
  /** `<name>` required, `<name>...` one or more (last only), `[<name>]` optional (last only). */
  args: readonly string[];
  /** Options as written in the usage line, e.g. `--role <role> [--name "Full name"]`. */
  optionsUsage?: string;
  options?: NonNullable<ParseArgsConfig['options']>;
  summary: string;
  /** Paragraphs shown by `help <command>` after the usage line. */
  details: string;
  run(context: CliContext, args: CliArguments): Promise<void>;
}

export const PROGRAM = 'npm run server --';

export function commandName(command: CliCommand): string {
  return command.words.join(' ');
}

export function synopsis(command: CliCommand): string {
  return [commandName(command), ...command.args, command.optionsUsage].filter(Boolean).join(' ');
}
