// CLI-1: the one-line description of the database the relay and the CLI use, never with the password.
import { describe, expect, it } from 'vitest';
import { describeDatabase } from '../../../../sync-server/src/storage/location.ts';

describe('CLI-1 describeDatabase', () => {
  it.each([
    [{ sqliteFile: '/srv/bitacora/data/bitacora.sqlite' }, 'SQLite /srv/bitacora/data/bitacora.sqlite'],
    [
      { databaseUrl: 'postgres://bita:s3cr%40t@db.example.org:5433/bitacora', sqliteFile: '/x' },
      'PostgreSQL db.example.org:5433/bitacora',
    ],
    [
      { databaseUrl: 'postgresql://bita:pw@db.example.org/bitacora', sqliteFile: '/x' },
      'PostgreSQL db.example.org:5432/bitacora',
    ],
    [
      { databaseUrl: 'postgres://bita@localhost/bitacora?host=/var/run/postgresql', sqliteFile: '/x' },
      'PostgreSQL /var/run/postgresql:5432/bitacora',
    ],
    [
      { databaseUrl: 'postgres://bita:pw@127.0.0.1:5432/t?options=-c%20search_path%3Dcli_1', sqliteFile: '/x' },
      'PostgreSQL 127.0.0.1:5432/t (schema cli_1)',
    ],
    [{ databaseUrl: 'not a url pw', sqliteFile: '/x' }, 'PostgreSQL (DATABASE_URL)'],
  ])('%j → %s', (config, expected) => {
    const text = describeDatabase(config);
    expect(text).toBe(expected);
    expect(text).not.toMatch(/s3cr|pw/);
  });
});
