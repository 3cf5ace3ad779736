// The relay's one storage contract. Two implementations: SQLite (embedded default, one file)
// and PostgreSQL (scale-out). tests/server/storage.contract.test.ts runs the same suite on both.
// Documents are kept as an append-only log of Yjs updates plus periodic compaction, so that an
// update is durable before the relay acknowledges it.
import type { Role } from '../../../src/domain/wire/protocol.ts';

export interface StoredUpdates {
  updates: Uint8Array[];
  /** Highest row id included; pass it to compact() so later appends are kept. */
  lastId: number;
}

export interface DocumentStore {
  loadUpdates(name: string): Promise<StoredUpdates>;
  /** Durably appends one Yjs update; resolves only once it is on disk. */
  appendUpdate(name: string, update: Uint8Array): Promise<void>;
  /** Atomically replaces every row with id <= upToId by one merged update. */
  compact(name: string, merged: Uint8Array, upToId: number): Promise<void>;
  listDocumentNames(prefix: string): Promise<string[]>;
}

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  disabled: boolean;
  /** Bumped to revoke every token issued before. */
  tokenVersion: number;
  createdAt: number;
}

export type NewUser = Pick<UserRecord, 'username' | 'displayName' | 'role' | 'passwordHash'>;
export type UserPatch = Partial<Pick<UserRecord, 'displayName' | 'role' | 'passwordHash' | 'disabled' | 'tokenVersion'>>;

export interface Grant {
  userId: string;
  schoolId: string;
  role: Role;
}

export interface AccountStore {
  /** Throws UsernameTakenError when the username exists. */
  createUser(user: NewUser): Promise<UserRecord>;
  findUserByUsername(username: string): Promise<UserRecord | null>;
  findUserById(id: string): Promise<UserRecord | null>;
  updateUser(id: string, patch: UserPatch): Promise<UserRecord | null>;
  listUsers(): Promise<UserRecord[]>;
  grant(userId: string, schoolId: string): Promise<void>;
  revoke(userId: string, schoolId: string): Promise<void>;
  listGrants(userId: string): Promise<string[]>;
  /** Everyone with a grant on the school, with their role. */
  listHolders(schoolId: string): Promise<Grant[]>;
  /**
   * Grants the school to the user if no `asesor` holds it yet; atomic across concurrent calls
   * (and across relay instances on PostgreSQL). Returns true when the user now holds it.
   */
  claimSchool(userId: string, schoolId: string): Promise<boolean>;
}

export interface Storage extends DocumentStore, AccountStore {
  readonly kind: 'sqlite' | 'postgres';
  close(): Promise<void>;
}

export class UsernameTakenError extends Error {
  constructor(username: string) {
    super(`username already exists: ${username}`);
    this.name = 'UsernameTakenError';
  }
}
