// The signed-in user's local workspace: one Y.Doc per document name, persisted in IndexedDB by
// y-indexeddb (database `bitacora-u-<userId>-<docName>`), registered in the user's Dexie db.
// Local edits are made with the LOCAL_EDIT origin and counted as pending in the sync ledger (the
// one owner of the pending count) until the sync layer reports them stored, like the
// create-merge's writes (MERGE_EDIT, S-19..S-21), which is attached to every document before it
// loads; the school index is re-derived after every change of a profile. Documents the session's role
// may only read are guarded read-only (docAccess.ts, A-13).
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { docName, parseDocName, type DocKind, type DocName, type SchoolId } from '../domain/wire/documentNames.ts';
import { canEdit } from '../domain/access/roles.ts';
import type { Role } from '../domain/wire/protocol.ts';
import { deriveSchoolIndexEntry } from '../domain/schools/schoolIndex.ts';
import { openUserDb, USER_DB_PREFIX, type UserDb } from './userDb.ts';
import { readProfile } from './docs/profile/fields.ts';
import { readProgramme } from './docs/programme/read.ts';
import { makeDigest } from '../domain/programme/digest.ts';
import { isDashboardDigestKind, putDashboardDigest } from './dashboardDigests.ts';
import { attachMerge, listConflicts, MERGE_EDIT } from './merge/index.ts';
import { SyncLedger } from './syncLedger.ts';
import { measureStage, timeLocalLoad } from './openTimings.ts';
import { OPEN_PRIORITY, OpenQueue } from './openQueue.ts';
import { isDerived, readDerivedState, readWarmupPlan, type DerivedState, type WarmupPlan } from './warmupPlan.ts';
import { bytesToBase64 } from '../domain/wire/base64.ts';
import { guardWrites } from './docAccess.ts';

/** Transaction origin of edits made on this device by the user. */
export const LOCAL_EDIT = Symbol('local-edit');

/** Changes made on this device (the user's edits and the merge's writes): sent and counted as pending. */
export const isDeviceChange = (origin: unknown): boolean => origin === LOCAL_EDIT || origin === MERGE_EDIT;

interface OpenDoc {
  doc: Y.Doc;
  persistence: IndexeddbPersistence;
  ready: Promise<Y.Doc>;
  /** Settles once the index or digest reflects the document as loaded. */
  derived: Promise<void>;
}

/** Documents opened at once by the background opening: enough to overlap IndexedDB's waits. */
const BACKGROUND_CONCURRENCY = 3;

const INDEX_DELAY_MS = 150;

/** The IndexedDB database y-indexeddb keeps a user's document in. */
export const docStorageName = (userId: string, name: DocName): string => `${USER_DB_PREFIX}${userId}-${name}`;

export class Workspace {
  readonly db: UserDb;
  /** Pending changes and refusals per document: counted here, confirmed by the sync layer. */
  readonly ledger: SyncLedger;
  private readonly open = new Map<DocName, OpenDoc>();
  private readonly indexTimers = new Map<DocName, ReturnType<typeof setTimeout>>();
  private readonly openListeners = new Set<(name: DocName, doc: Y.Doc) => void>();
  private readonly queue = new OpenQueue((name) => this.openInBackground(name), BACKGROUND_CONCURRENCY);
  /** What the latest background plan read of the registry and the derived tables. */
  private plan: WarmupPlan | null = null;
  private warmup: Promise<void> | null = null;
  private closed = false;
  private role: Role | null; // the session's; null (tests, benches, tools) writes every kind

  constructor(
    readonly userId: string,
    options: { role?: Role } = {},
  ) {
    this.db = openUserDb(userId);
    this.ledger = new SyncLedger(this.db);
    this.role = options.role ?? null;
  }

  /** whether this session may change documents of this kind; the fact every screen and guard reads. */
  canWrite(kind: DocKind): boolean {
    return this.role === null || canEdit(this.role, kind);
  }

  /** The role changed (a refreshed token, A-11): open documents follow the new rule at their next write. */
  setRole(role: Role): void {
    this.role = role;
  }

  /** The document to write a side record in (a report marked produced); null when this session only reads it. */
  async openWritable(name: DocName): Promise<Y.Doc | null> {
    const parsed = parseDocName(name);
    if (parsed && !this.canWrite(parsed.kind)) return null;
    return this.openDoc(name);
  }

  storageName(name: DocName): string {
    return docStorageName(this.userId, name);
  }

  /**
   * Opens (and registers) a document now, whatever the background opening is doing: that opening
   * starts nothing new until it is loaded, and the rest of its school jumps its queue (CS-3).
   * Resolves once its local content is loaded.
   */
  openDoc(name: DocName): Promise<Y.Doc> {
    const parsed = parseDocName(name);
    if (!parsed || this.open.has(name)) return this.openNow(name, null);
    this.queue.promote(name, parsed.schoolId);
    // The background plan, once read, says whether it is registered: no registry write on the tap's path.
    const ready = this.openNow(name, this.plan?.derived ?? null);
    this.queue.holdUntil(ready);
    return ready;
  }

  private openNow(name: DocName, derived: DerivedState | null): Promise<Y.Doc> {
    const existing = this.open.get(name);
    if (existing) return existing.ready;
    const parsed = parseDocName(name);
    if (!parsed) return Promise.reject(new Error(`invalid document name: ${name}`));
    const doc = new Y.Doc();
    guardWrites(doc, name, () => !this.canWrite(parsed.kind));
    let persistence: IndexeddbPersistence | null = null;
    attachMerge(doc, { isReplay: (origin) => origin !== null && origin === persistence });
    persistence = new IndexeddbPersistence(this.storageName(name), doc);
    timeLocalLoad(doc, persistence);
    let derivation: Promise<void> = Promise.resolve();
    const ready = (async () => {
      await persistence.whenSynced;
      if (!derived?.registered.has(name)) {
        const registerStart = performance.now();
        // `add`, not `put`: a registered row keeps what its derivation recorded (CS-5).
        await this.db.docs
          .add({ name, schoolId: parsed.schoolId, kind: parsed.kind, createdAt: Date.now() })
          .catch(() => undefined);
        measureStage('register', registerStart);
      }
      doc.on('update', (_update: Uint8Array, origin: unknown) => {
        if (isDeviceChange(origin)) this.ledger.countChange(name, parsed.schoolId);
      });
      if (parsed.kind === 'profile' || parsed.kind === 'programme' || isDashboardDigestKind(parsed.kind)) {
        // A transaction that changed nothing (a relay's sync with nothing new, at every start) derives
        // nothing: with 100 schools that was 500 digests written and read back by the Panel (CS-5, SDP-1).
        doc.on('afterTransaction', (tr: Y.Transaction) => {
          if (tr.changed.size > 0 || tr.deleteSet.clients.size > 0) this.scheduleIndex(name, parsed.schoolId, doc);
        });
        derivation = this.deriveIfStale(name, doc, derived).catch((err: unknown) => {
          if (!this.closed) console.error(`Index of ${name} not derived`, err);
        });
      }
      const attachStart = performance.now();
      for (const listener of this.openListeners) listener(name, doc);
      measureStage('attach', attachStart);
      return doc;
    })();
    this.open.set(name, { doc, persistence, ready, derived: ready.then(() => derivation) });
    return ready;
  }

  openSchoolProfile(schoolId: SchoolId): Promise<Y.Doc> {
    return this.openDoc(docName(schoolId, 'profile'));
  }

  openDocs(): [DocName, Y.Doc][] {
    return [...this.open.entries()].map(([name, o]) => [name, o.doc]);
  }

  onDocOpened(listener: (name: DocName, doc: Y.Doc) => void): () => void {
    this.openListeners.add(listener);
    return () => this.openListeners.delete(listener);
  }

  async knownDocNames(): Promise<DocName[]> {
    return (await this.db.docs.toArray()).map((d) => d.name);
  }

  private scheduleIndex(name: DocName, schoolId: SchoolId, doc: Y.Doc): void {
    clearTimeout(this.indexTimers.get(name));
    this.indexTimers.set(
      name,
      setTimeout(() => void this.reindex(name, schoolId, doc), INDEX_DELAY_MS),
    );
  }

  private async reindex(name: DocName, schoolId: SchoolId, doc: Y.Doc): Promise<void> {
    const sv = bytesToBase64(Y.encodeStateVector(doc));
    const kind = parseDocName(name)?.kind;
    if (kind === 'programme') await this.digestProgramme(schoolId, doc);
    else if (kind && isDashboardDigestKind(kind)) await putDashboardDigest(this.db, name, schoolId, kind, doc);
    else await this.indexSchool(schoolId, doc);
    await this.db.docs.update(name, { derivedSv: sv }).catch(() => undefined);
  }

  /** Re-derives the index entry or digest unless it was derived from this very state (CS-5). */
  private async deriveIfStale(name: DocName, doc: Y.Doc, known: DerivedState | null): Promise<void> {
    const parsed = parseDocName(name);
    if (!parsed) return;
    const derived = known ?? (await readDerivedState(this.db, name, parsed.schoolId));
    if (isDerived(derived, name, bytesToBase64(Y.encodeStateVector(doc)))) return;
    const start = performance.now();
    await this.reindex(name, parsed.schoolId, doc);
    measureStage('derive', start);
  }

  /** Derives the portfolio's digest of a school's programme document (see userDb.programmeDigests). */
  async digestProgramme(schoolId: SchoolId, doc: Y.Doc): Promise<void> {
    const view = readProgramme(doc);
    if (!view.engagement) return;
    const digest = makeDigest({
      hoursContracted: view.engagement.hoursContracted,
      plan: view.plan,
      sessions: view.sessions,
      deliverables: view.deliverables,
      openedBy: view.engagement.openedBy,
      produced: view.produced,
    });
    await this.db.programmeDigests.put({ schoolId, digest, updatedAt: Date.now() });
  }

  async indexSchool(schoolId: SchoolId, doc: Y.Doc): Promise<void> {
    const { profile, problems } = readProfile(doc);
    if (problems.length > 0) console.error(`School ${schoolId}: ${problems.join('; ')}`);
    if (profile.rbd === undefined && profile.name === undefined) return; // nothing synced yet
    await this.db.schools.put({
      ...deriveSchoolIndexEntry(schoolId, profile, Date.now()),
      conflicts: listConflicts(doc).length,
    });
  }

  /**
   * Opens, in the background, every document this device holds, unsynced ones first (CS-2), and
   * re-derives what is stale in the index. Started once the first screen is interactive (CS-1);
   * later calls share the first run.
   */
  startBackgroundOpening(): Promise<void> {
    // The mark is for bench/coldStart.ts: every local document open and attached.
    this.warmup ??= this.openAllAndReindex().then(() => void performance.mark('docs-all-open'));
    return this.warmup;
  }

  /** Queues documents to open in the background (e.g. the relay's schools not yet on this device). */
  openLater(names: DocName[]): void {
    this.queue.add(
      names.filter((n) => !this.open.has(n)),
      OPEN_PRIORITY.rest,
    );
  }

  /**
   * Opens every document this device holds and re-derives what is stale in the index. Documents
   * found in IndexedDB but missing from the registry (a cleared Dexie db) are registered again.
   */
  async openAllAndReindex(): Promise<void> {
    await this.queueEverything();
    this.queue.start();
    await this.queue.whenIdle();
  }

  /** Queues every document this device holds, unsynced ones first; opens nothing by itself. */
  async queueEverything(): Promise<void> {
    this.plan = await readWarmupPlan(this.db, this.userId);
    const { names, pending } = this.plan;
    this.queue.add(
      names.filter((n) => pending.has(n)),
      OPEN_PRIORITY.pending,
    );
    this.queue.add(
      names.filter((n) => !pending.has(n)),
      OPEN_PRIORITY.rest,
    );
  }

  /** How many documents the background opening has still to open, now and on every change. */
  onBackgroundRemaining(listener: (remaining: number) => void): () => void {
    return this.queue.onRemaining(listener);
  }

  /** The names the background opening has still to open, in order (for tests). */
  backgroundOrder(): DocName[] {
    return this.queue.order();
  }

  private async openInBackground(name: DocName): Promise<void> {
    const wasOpen = this.open.get(name);
    const doc = await this.openNow(name, this.plan?.derived ?? null);
    if (wasOpen) await this.deriveIfStale(name, doc, this.plan?.derived ?? null);
    else await this.open.get(name)?.derived;
  }

  /** Flushes pending index writes; called on pagehide. */
  flush(): void {
    for (const [name, timer] of this.indexTimers) {
      clearTimeout(timer);
      const open = this.open.get(name);
      const parsed = parseDocName(name);
      if (open && parsed) void this.reindex(name, parsed.schoolId, open.doc);
    }
    this.indexTimers.clear();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.queue.stop();
    this.flush();
    for (const { persistence, doc } of this.open.values()) {
      await persistence.destroy();
      doc.destroy();
    }
    this.open.clear();
    await this.ledger.settled();
    this.db.close();
  }
}
