// SQLite rows as the relay reads and writes them: user and quarantine rows, byte columns.
import type { Role } from '../../../src/domain/wire/protocol.ts';
import type { Quarantined, UserRecord } from './types.ts';

export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: string;
  password_hash: string;
  disabled: number;
  token_version: number;
  sostenedor_rut: string | null;
  created_at: number;
}

export const toUser = (r: UserRow): UserRecord => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role as Role,
  passwordHash: r.password_hash,
  disabled: r.disabled !== 0,
  tokenVersion: r.token_version,
  sostenedorRut: r.sostenedor_rut,
  createdAt: r.created_at,
});

export interface QuarantineRow {
  id: number;
  name: string;
  user_id: string | null;
  received_at: number;
  reason: string;
  data: Buffer;
}

export const toQuarantined = (r: QuarantineRow): Quarantined => ({
  id: r.id,
  name: r.name,
  userId: r.user_id,
  receivedAt: Number(r.received_at),
  reason: r.reason,
  update: new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength),
});

// better-sqlite3 binds Buffers, not plain Uint8Arrays; this view copies nothing.
export const toBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
export const toBytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
