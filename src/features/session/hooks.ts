import type { AttachmentSync } from '../../sync/attachmentSync.ts';
import { useStore } from 'zustand';
import { sessionStore, type SessionState } from '../../sync/session/sessionStore.ts';
import type { Workspace } from '../../data/workspace.ts';
import type { DocKind } from '../../domain/wire/documentNames.ts';

export function useSession(): SessionState {
  return useStore(sessionStore);
}

/** The signed-in user's workspace; only for screens rendered inside the signed-in shell. */
export function useWorkspace(): Workspace {
  const s = useStore(sessionStore);
  if (s.status !== 'signed-in') throw new Error('useWorkspace outside a signed-in session');
  return s.workspace;
}

/** Photos and signatures of the signed-in user: stored on the device, uploaded when online. */
export function useAttachments(): AttachmentSync {
  const s = useStore(sessionStore);
  if (s.status !== 'signed-in') throw new Error('useAttachments outside a signed-in session');
  return s.attachments;
}

/** Whether this session may change this kind of document, as its workspace guards it; false signed out. */
export function useCanEdit(kind: DocKind): boolean {
  const s = useStore(sessionStore);
  return s.status === 'signed-in' && s.workspace.canWrite(kind);
}

/** The signed-in person as the records name them (display name, else username); blanks when signed out. */
export function useCurrentUser(): { userId: string; name: string; role: string } {
  const s = useStore(sessionStore);
  if (s.status !== 'signed-in') return { userId: '', name: '', role: '' };
  const { user } = s.session;
  return { userId: user.id, name: user.displayName || user.username, role: user.role };
}
