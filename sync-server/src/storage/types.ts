// The relay's one storage contract. Two implementations: SQLite (embedded default, one file)
// and PostgreSQL (scale-out). tests/server/storage.contract.test.ts runs the same suite on both.
// Documents are kept as an append-only log of Yjs updates plus periodic compaction, so that an
// update is durable before the relay acknowledges it. Attachments are blobs kept per school and
// content hash, received in chunks appended at an offset (resumable uploads).
import type { Role } from '../../../src/domain/wire/protocol.ts';
import type { AttachmentType } from '../../../src/domain/wire/attachments.ts';

export interface StoredUpdates {
  updates: Uint8Array[];
  /** Row id of each update, in the same order. */
  ids: number[];
  /** Highest row id included; pass it to compact() so later appends are kept. */
  lastId: number;
}

export interface DocumentStore {
  loadUpdates(name: string): Promise<StoredUpdates>;
  /** Durably appends one Yjs update; resolves only once it is on disk. */
  appendUpdate(name: string, update: Uint8Array): Promise<void>;
  /**
   * Durably appends several updates (of one or more documents, kept in the given order) in one
   * transaction: one commit and one fsync for all. Resolves once every one is on disk; when it
   * rejects, none was stored.
   */
  appendUpdates(rows: readonly AppendRow[]): Promise<void>;
  /**
   * Gives back to the file system up to `pages` pages freed by compaction (SQLite incremental
   * vacuum); resolves with how many free pages remain (0 when there is nothing to give back, or the
   * database reclaims space by itself, as PostgreSQL's autovacuum does).
   */
  reclaimSpace(pages: number): Promise<number>;
  /**
   * Atomically replaces every row with id <= upToId by one merged update; in the same transaction
   * the rows in `quarantine` (ids <= upToId that could not be merged) are moved to the quarantine.
   */
  compact(name: string, merged: Uint8Array, upToId: number, quarantine?: QuarantineMove[]): Promise<void>;
  listDocumentNames(prefix: string): Promise<string[]>;
  /** Keeps an update the relay refused (S-5), for an operator to inspect; never applied. */
  quarantineUpdate(entry: NewQuarantined): Promise<void>;
  /** Quarantined updates, oldest first; of one document when `name` is given. */
  listQuarantine(name?: string): Promise<Quarantined[]>;
}

export interface AppendRow {
  name: string;
  update: Uint8Array;
}

export interface NewQuarantined {
  name: string;
  /** Who sent it (null when it was found in the log at compaction). */
  userId: string | null;
  receivedAt: number;
  /** Why it was refused: a short code such as 'dangling-reference'. */
  reason: string;
  update: Uint8Array;
}

export interface Quarantined extends NewQuarantined {
  id: number;
}

/** A stored row that compaction could not merge. */
export interface QuarantineMove {
  rowId: number;
  reason: string;
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
  /** The sostenedor a `sostenedor` user reads by RUT (A-9: digits, no check digit); null for anyone else. */
  sostenedorRut: string | null;
}

export type NewUser = Pick<UserRecord, 'username' | 'displayName' | 'role' | 'passwordHash'> &
  Partial<Pick<UserRecord, 'sostenedorRut'>>;
export type UserPatch = Partial<
  Pick<UserRecord, 'displayName' | 'role' | 'passwordHash' | 'disabled' | 'tokenVersion' | 'sostenedorRut'>
>;

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
  /**
   * Removes the grant and remembers it was withdrawn: the user cannot claim that school back until granted
   * again.
   */
  revoke(userId: string, schoolId: string): Promise<void>;
  /** Whether an administrator revoked this user's grant on the school (and has not granted it again). */
  isWithdrawn(userId: string, schoolId: string): Promise<boolean>;
  listGrants(userId: string): Promise<string[]>;
  /** Everyone with a grant on the school, with their role. */
  listHolders(schoolId: string): Promise<Grant[]>;
  /**
   * Grants the school to the user if no `asesor` holds it yet and it was not withdrawn from them; atomic across
   * concurrent calls
   * (and across relay instances on PostgreSQL). Returns true when the user now holds it.
   */
  claimSchool(userId: string, schoolId: string): Promise<boolean>;
  /**
   * A counter bumped after every change to users or grants (by this process or another one, such as
   * the CLI or another relay instance): relays poll it to close sockets whose access was withdrawn.
   */
  accessVersion(): Promise<number>;
}

export interface AttachmentInfo {
  type: AttachmentType;
  /** Declared total size in bytes. */
  size: number;
  /** Bytes stored so far (contiguous from 0). */
  received: number;
  /** Set once the bytes were verified; a complete attachment never changes again. */
  complete: boolean;
}

/** What happened to a chunk; `verify` decides between complete and rejected on the last one. */
export type AppendChunkResult =
  /** Stored; the upload now holds `received` bytes and waits for more. */
  | { outcome: 'appended'; received: number }
  /** This chunk was the last and the bytes passed `verify`: the blob is complete. */
  | { outcome: 'complete'; size: number }
  /** Nothing stored: the blob was complete already (it never changes again). */
  | { outcome: 'already-complete'; type: AttachmentType; size: number }
  /** This chunk was the last and the bytes failed `verify`: the whole upload is deleted. */
  | { outcome: 'rejected' }
  /** Nothing stored: the upload holds `received` bytes, not `offset`. */
  | { outcome: 'offset-mismatch'; received: number };

/** Judges a finished upload from its bytes, given as its chunks in order (no copy into one buffer). */
export type VerifyAttachment = (chunks: readonly Uint8Array[], info: Pick<AttachmentInfo, 'type' | 'size'>) => boolean;

export interface AttachmentStore {
  attachmentInfo(schoolId: string, hash: string): Promise<AttachmentInfo | null>;
  /**
   * Appends `chunk` at `offset` if the stored upload holds exactly `offset` bytes, atomically
   * (concurrent appends at one offset: one wins); resolves once it is on disk. An upload starts at
   * offset 0; starting again at 0 with another type or size replaces an incomplete upload. The
   * chunk that completes the declared size is verified in the same transaction (`verify` over every
   * chunk), so a blob is either complete and verified or absent — never complete and unverified.
   */
  appendAttachmentChunk(
    schoolId: string,
    hash: string,
    declared: { type: AttachmentType; size: number },
    offset: number,
    chunk: Uint8Array,
    verify: VerifyAttachment,
  ): Promise<AppendChunkResult>;
  /** Every byte of a complete attachment, in order (null when unknown or incomplete). */
  readAttachment(schoolId: string, hash: string): Promise<Uint8Array | null>;
}

export interface Storage extends DocumentStore, AccountStore, AttachmentStore {
  readonly kind: 'sqlite' | 'postgres';
  /** A real round trip to the database (`SELECT 1`); rejects when it fails or takes over timeoutMs (HL-1). */
  ping(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

export class UsernameTakenError extends Error {
  constructor(username: string) {
    super(`username already exists: ${username}`);
    this.name = 'UsernameTakenError';
  }
}
