// Where the relay's data lives, said in one line an operator can compare between the relay and the CLI
// (the two silently used different databases when DATA_DIR was set for one only). Never the password.

export function describeDatabase(config: { databaseUrl?: string; sqliteFile: string }): string {
  if (!config.databaseUrl) return `SQLite ${config.sqliteFile}`;
  let url: URL;
  try {
    url = new URL(config.databaseUrl);
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
  // Query parameters override the authority, as in libpq (`?host=/var/run/postgresql` for a socket).
  const host = url.searchParams.get('host') || url.hostname || 'localhost';
  const port = url.searchParams.get('port') || url.port || '5432';
  const database =
    decodeURIComponent(url.pathname.replace(/^\//, '')) || decodeURIComponent(url.username) || 'postgres';
  const schema = /search_path\s*=\s*([^\s]+)/.exec(url.searchParams.get('options') ?? '')?.[1];
  return `PostgreSQL ${host}:${port}/${database}${schema ? ` (schema ${schema})` : ''}`;
}
