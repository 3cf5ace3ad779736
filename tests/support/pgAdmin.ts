// One statement on PostgreSQL as the test database's owner, on a connection of its own (creating and
// dropping the scratch schema each test file works in).
import pg from 'pg';

export async function adminQuery(databaseUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
