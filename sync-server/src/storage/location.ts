// Where the relay's data lives, said in one line an operator can compare between the relay and the CLI
// (the two silently used different databases when DATA_DIR was set for one only). Never the password.

export function describeDatabase(config: { databaseUrl?: string; sqliteFile: string }): string {
  if (!config.databaseUrl) return `SQLite ${config.sqliteFile}`;
  const url = new URL(config.databaseUrl);
  // libpq also takes the host (or a socket directory) and port as query parameters.
  const host = url.hostname || url.searchParams.get('host') || 'localhost';
  const port = url.port || url.searchParams.get('port') || '5432';
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || decodeURIComponent(url.username) || 'postgres';
  const schema = /search_path\s*=\s*([^\s]+)/.exec(url.searchParams.get('options') ?? '')?.[1];
  return `PostgreSQL ${host}:${port}/${database}${schema ? ` (schema ${schema})` : ''}`;
}
