// Types of postgres.mjs for the TypeScript tests.
export function isPostgresAvailable(): boolean;
export function startPostgres(dir: string): Promise<{ url: string; stop(): Promise<void>; restart(): Promise<void> }>;
