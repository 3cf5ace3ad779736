// PostgreSQL rows as the relay reads and writes them: user rows, byte columns, batched appends.
import type { Role } from '../../../src/domain/wire/protocol.ts';
import type { AppendRow, UserRecord } from './types.ts';

/** Rows per INSERT statement (two parameters each; PostgreSQL takes at most 65,535). */
export const APPEND_ROWS_PER_STATEMENT = 1000;

/** One multi-row INSERT: ids follow the order of the VALUES list. */
export function appendStatement(rows: readonly AppendRow[]): [string, unknown[]] {
  const values = rows.map((_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(', ');
  return [`INSERT INTO doc_updates (name, data) VALUES ${values}`, rows.flatMap((r) => [r.name, toBuffer(r.update)])];
}

export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: string;
  password_hash: string;
  disabled: boolean;
  token_version: number;
  sostenedor_rut: string | null;
  created_at: string; // BIGINT arrives as a string
}

export const toUser = (r: UserRow): UserRecord => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role as Role,
  passwordHash: r.password_hash,
  disabled: r.disabled,
  tokenVersion: r.token_version,
  sostenedorRut: r.sostenedor_rut,
  createdAt: Number(r.created_at),
});

export const toBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
export const toBytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
