// Keeps one document in sync over the shared socket and decides when it is "al día":
// only after the relay answers a checkpoint saying its stored copy covers this device's state
// vector, with no local edit since. The pending count and the refusal belong to the workspace's
// sync ledger (persisted, across reloads and restarts): this class reports checkpoints and the
// relay's answers to it and mirrors it into the status store; it owns only `synced`, which lasts
// as long as the connection.
import * as Y from 'yjs';
import { noteRelayCovers, OfflineAwareProvider } from './offlineAwareProvider.ts';
import { parseDocName, type DocName, type SchoolId } from '../domain/wire/documentNames.ts';
import { checkpointReplySchema, denialReasonSchema, type CheckpointRequest } from '../domain/wire/protocol.ts';
import { bytesToBase64 } from '../domain/wire/base64.ts';
import type { Workspace } from '../data/workspace.ts';
import type { LedgerCause, LedgerState } from '../data/syncLedger.ts';
import { setDocStatus } from './syncStore.ts';
import type { LiveSocket } from './liveSocket.ts';

const CHECKPOINT_DELAY_MS = 50;
const CHECKPOINT_RETRY_MS = 1000;

export class DocSync {
  readonly provider: OfflineAwareProvider;
  private readonly schoolId: SchoolId;
  private checkpointSeq = 0;
  private inFlight: { id: number; mark: number; sv: Uint8Array } | null = null;
  /** The ledger mark the relay last confirmed on this connection: nothing to ask again until it moves. */
  private confirmedMark: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;
  private readonly unsubscribe: () => void;

  constructor(
    readonly name: DocName,
    readonly doc: Y.Doc,
    private readonly workspace: Workspace,
    private readonly socket: LiveSocket,
    token: () => string,
  ) {
    const parsed = parseDocName(name);
    if (!parsed) throw new Error(`invalid document name ${name}`);
    this.schoolId = parsed.schoolId;
    setDocStatus(name, { schoolId: this.schoolId, synced: false });
    this.unsubscribe = workspace.ledger.subscribe(name, this.schoolId, this.onLedger);
    this.provider = new OfflineAwareProvider({
      websocketProvider: socket,
      name,
      document: doc,
      // The app shows no presence: no awareness frames (two per document per connection).
      awareness: null,
      token,
      // CU-2: the checkpoint goes out in the same flight as the document's SyncStep1.
      onSyncStarted: () => this.sendCheckpoint(true),
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

  /** The status store mirrors the ledger; a device change means the relay's copy is behind again. */
  private onLedger = ({ pending, denied }: LedgerState, cause: LedgerCause) => {
    const synced = cause === 'change' ? { synced: false } : cause === 'confirm' ? { synced: true } : {};
    setDocStatus(this.name, { schoolId: this.schoolId, pending, denied, ...synced });
  };

  private setDenied(denied: ReturnType<typeof denialReasonSchema.parse> | null) {
    this.workspace.ledger.setDenied(this.name, this.schoolId, denied);
  }

  private scheduleCheckpoint(delay: number) {
    if (this.destroyed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.sendCheckpoint(), delay);
  }

  /**
   * `firstFlight`: sent right behind the SyncStep1, before the relay has answered anything (its
   * messages are handled in order, after the document's authentication). Otherwise only once the
   * handshake is done, and not while a checkpoint for the same changes is still on its way.
   */
  private sendCheckpoint(firstFlight = false) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const mark = this.workspace.ledger.mark(this.name);
    if (!firstFlight && (!this.provider.isAuthenticated || !this.provider.synced)) return;
    if (!firstFlight && (this.inFlight?.mark === mark || this.confirmedMark === mark)) return;
    const id = ++this.checkpointSeq;
    const sv = Y.encodeStateVector(this.doc);
    this.inFlight = { id, mark, sv };
    const request: CheckpointRequest = { type: 'checkpoint', id, sv: bytesToBase64(sv) };
    this.socket.queueCheckpoint(this.name, request);
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
    noteRelayCovers(this.doc, sent.sv);
    // A change counted since the request was sent: only a newer checkpoint can vouch for it.
    if (this.workspace.ledger.confirm(this.name, sent.mark)) this.confirmedMark = sent.mark;
    else this.scheduleCheckpoint(CHECKPOINT_DELAY_MS);
  }

  /**
   * The socket dropped: the document is no longer known to be up to date, and a checkpoint asked
   * before cannot vouch for it any more; only one sent on the next connection can (S-6).
   */
  markDisconnected() {
    this.inFlight = null;
    this.confirmedMark = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    setDocStatus(this.name, { schoolId: this.schoolId, synced: false });
  }

  /** S-25: the relay answers again on the same socket; only a new checkpoint can bring "al día" back. */
  recheck() {
    this.scheduleCheckpoint(0);
  }

  destroy() {
    this.destroyed = true;
    if (this.timer) clearTimeout(this.timer);
    this.unsubscribe();
    this.provider.detach();
    this.provider.destroy();
  }
}
