// Keeps one document in sync over the shared socket and decides when it is "al día":
// only after the relay answers a checkpoint saying its stored copy covers this device's state
// vector, with no local edit since. Until then the document's pending count (persisted in
// Dexie by the workspace) stays as it is, across reloads and restarts.
import * as Y from 'yjs';
import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { OfflineAwareProvider } from './offlineAwareProvider.ts';
import { parseDocName, type DocName, type SchoolId } from '../domain/wire/documentNames.ts';
import { checkpointReplySchema, denialReasonSchema, type CheckpointRequest } from '../domain/wire/protocol.ts';
import { bytesToBase64 } from '../domain/wire/base64.ts';
import { isDeviceChange, type Workspace } from '../data/workspace.ts';
import { setDocStatus } from './syncStore.ts';

const CHECKPOINT_DELAY_MS = 50;
const CHECKPOINT_RETRY_MS = 1000;

export class DocSync {
  readonly provider: OfflineAwareProvider;
  private readonly schoolId: SchoolId;
  private localChanges = 0;
  private checkpointSeq = 0;
  private inFlight: { id: number; localChanges: number } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending = 0;
  private destroyed = false;
  /** The relay has answered authentication: its answer wins over the denial saved in Dexie. */
  private relayAnswered = false;
  private confirmed = false;

  constructor(
    readonly name: DocName,
    readonly doc: Y.Doc,
    private readonly workspace: Workspace,
    socket: HocuspocusProviderWebsocket,
    token: () => string,
  ) {
    const parsed = parseDocName(name);
    if (!parsed) throw new Error(`invalid document name ${name}`);
    this.schoolId = parsed.schoolId;
    setDocStatus(name, { schoolId: this.schoolId, synced: false });
    void workspace.db.syncState.get(name).then((row) => {
      // A checkpoint confirmed before this read finished is newer than the saved count.
      if (!this.confirmed) this.pending = Math.max(this.pending, row?.pending ?? 0);
      // The saved row can arrive after the relay's answer: never overwrite that answer with it.
      setDocStatus(name, { schoolId: this.schoolId, pending: this.pending, ...(this.relayAnswered ? {} : { denied: row?.denied ?? null }) });
    });
    doc.on('update', this.onUpdate);
    this.provider = new OfflineAwareProvider({
      websocketProvider: socket,
      name,
      document: doc,
      token,
      onSynced: () => this.scheduleCheckpoint(0),
      onUnsyncedChanges: ({ number }) => number === 0 && this.scheduleCheckpoint(CHECKPOINT_DELAY_MS),
      onStateless: ({ payload }) => this.onStateless(payload),
      onAuthenticated: () => this.setDenied(null),
      onAuthenticationFailed: ({ reason }) => {
        const parsedReason = denialReasonSchema.safeParse(reason);
        this.setDenied(parsedReason.success ? parsedReason.data : 'not-authorized');
      },
      // The relay closes an open document when the user's access is withdrawn; the local
      // copy stays as it is.
      onClose: ({ event }) => {
        if (event.reason === 'access-revoked') this.setDenied('access-revoked');
      },
    });
    this.provider.attach();
  }

  private onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (!isDeviceChange(origin)) return;
    this.localChanges++;
    this.pending++;
    setDocStatus(this.name, { schoolId: this.schoolId, pending: this.pending, synced: false });
  };

  private setDenied(denied: ReturnType<typeof denialReasonSchema.parse> | null) {
    this.relayAnswered = true;
    setDocStatus(this.name, { schoolId: this.schoolId, denied });
    void this.workspace.db.syncState
      .update(this.name, { denied })
      .then((n) => (n === 0 ? this.workspace.db.syncState.put({ name: this.name, schoolId: this.schoolId, pending: this.pending, lastSyncedAt: null, denied }) : undefined));
  }

  private scheduleCheckpoint(delay: number) {
    if (this.destroyed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.sendCheckpoint(), delay);
  }

  private sendCheckpoint() {
    this.timer = null;
    if (!this.provider.isAuthenticated || !this.provider.synced) return;
    const id = ++this.checkpointSeq;
    this.inFlight = { id, localChanges: this.localChanges };
    const request: CheckpointRequest = { type: 'checkpoint', id, sv: bytesToBase64(Y.encodeStateVector(this.doc)) };
    this.provider.sendStateless(JSON.stringify(request));
  }

  private onStateless(payload: string) {
    let json: unknown;
    try {
      json = JSON.parse(payload);
    } catch {
      return;
    }
    const reply = checkpointReplySchema.safeParse(json);
    if (!reply.success || !this.inFlight || reply.data.id !== this.inFlight.id) return;
    const sent = this.inFlight;
    this.inFlight = null;
    if (!reply.data.covered) {
      this.scheduleCheckpoint(CHECKPOINT_RETRY_MS);
      return;
    }
    if (sent.localChanges !== this.localChanges) {
      this.scheduleCheckpoint(CHECKPOINT_DELAY_MS);
      return;
    }
    this.pending = 0;
    this.confirmed = true;
    setDocStatus(this.name, { schoolId: this.schoolId, pending: 0, synced: true });
    void this.workspace.db.syncState.put({ name: this.name, schoolId: this.schoolId, pending: 0, lastSyncedAt: Date.now(), denied: null });
  }

  /**
   * The socket dropped: the document is no longer known to be up to date, and a checkpoint asked
   * before cannot vouch for it any more; only one sent on the next connection can (S-6).
   */
  markDisconnected() {
    this.inFlight = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    setDocStatus(this.name, { schoolId: this.schoolId, synced: false });
  }

  destroy() {
    this.destroyed = true;
    if (this.timer) clearTimeout(this.timer);
    this.doc.off('update', this.onUpdate);
    this.provider.detach();
    this.provider.destroy();
  }
}
