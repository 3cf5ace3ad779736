// Administration from the command line (`npm run server -- <command>`), against the same storage the
// relay uses (DATA_DIR or DATABASE_URL), which every command names on standard error. Commands live in
// cli/; exit codes: 0 done, 1 refused or failed (nothing changed), 2 command line not understood.
import { configFromEnv } from './config.ts';
import { openStorage } from './storage/index.ts';
import { describeDatabase } from './storage/location.ts';
import { commandUsage, readCommandLine } from './cli/commandLine.ts';
import { EXIT_REFUSED, EXIT_USAGE, UsageError } from './cli/errors.ts';

async function main(argv: readonly string[]): Promise<number> {
  const line = readCommandLine(argv);
  if (line.kind === 'help') {
    process.stdout.write(`${line.text}\n`);
    return 0;
  }
  const config = configFromEnv(process.env);
  process.stderr.write(`database: ${describeDatabase(config)}\n`);
  const storage = await openStorage({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile });
  try {
    const print = (text: string) => process.stdout.write(`${text}\n`);
    const note = (text: string) => process.stderr.write(`${text}\n`);
    await line.command.run({ storage, print, note }, line.args);
    return 0;
  } catch (error) {
    if (error instanceof UsageError && error.usage === undefined)
      throw new UsageError(error.message, commandUsage(line.command));
    throw error;
  } finally {
    await storage.close();
  }
}

process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n\n${error.usage ?? ''}\n`);
    return EXIT_USAGE;
  }
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  return EXIT_REFUSED;
});
