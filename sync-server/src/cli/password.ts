// Passwords come from standard input (typed with echo off at a terminal, or piped), never from argv,
// where any user of the machine could read them in the process list.
import { createInterface } from 'node:readline';
import { MIN_PASSWORD_LENGTH } from '../auth/password.ts';
import { RefusedError } from './errors.ts';

export async function readPassword(prompt: string): Promise<string> {
  const rl = createInterface({
    input: process.stdin,
    output: process.stdin.isTTY ? process.stderr : undefined,
    terminal: process.stdin.isTTY,
  });
  if (process.stdin.isTTY) {
    process.stderr.write(prompt);
    // Hide what is typed: readline echoes through _writeToOutput.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
  }
  const line = await new Promise<string>((resolve) => rl.once('line', resolve).once('close', () => resolve('')));
  rl.close();
  if (process.stdin.isTTY) process.stderr.write('\n');
  if (line.length < MIN_PASSWORD_LENGTH)
    throw new RefusedError(`password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  return line;
}
