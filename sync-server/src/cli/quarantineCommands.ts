// `quarantine …`: updates the relay refused (docs/spec/sync.md S-5), for an operator to inspect.
import type { CliCommand } from './command.ts';

const list: CliCommand = {
  words: ['quarantine', 'list'],
  args: ['[<document>]'],
  summary: 'list refused updates (of one document, e.g. school:7423:profile)',
  details: 'One refused update per line: id, time (UTC), document, sender, reason and size; never the bytes.',
  async run({ storage, print }, { positionals: [documentName] }) {
    for (const q of await storage.listQuarantine(documentName)) {
      print(
        [
          q.id,
          new Date(q.receivedAt).toISOString(),
          q.name,
          q.userId ?? '-',
          q.reason,
          `${q.update.byteLength} bytes`,
        ].join('\t'),
      );
    }
  },
};

export const quarantineCommands: readonly CliCommand[] = [list];
