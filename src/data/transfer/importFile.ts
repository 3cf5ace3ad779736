// "Importar trabajo" (EX-11, EX-14): merges a verified transfer file into the user's documents and
// attachments. Every update is first tried on a scratch document, so a bad one imports nothing; then
// each is applied with Y.applyUpdate (a CRDT merge: nothing on the device is overwritten) as the
// user's own change, so it is counted pending and sent to the relay like an edit; photos and
// signatures are stored like local ones (queued for upload). The same file twice changes nothing.
import * as Y from 'yjs';
import type { TransferContents } from '../../domain/transfer/index.ts';
import { parseDocName, type DocName, type SchoolId } from '../../domain/wire/documentNames.ts';
import { putAttachment } from '../attachments.ts';
import { LOCAL_EDIT, type Workspace } from '../workspace.ts';

export interface ImportSummary {
  /** Documents the file brought something new to. */
  docsChanged: number;
  docsUnchanged: number;
  /** Photos and signatures newly kept for a school. */
  attachmentsAdded: number;
}

/** Names of updates Yjs cannot apply (checked on scratch documents, nothing local touched). */
export function unreadableUpdates(contents: TransferContents): string[] {
  return contents.docs
    .filter(({ update }) => {
      const scratch = new Y.Doc();
      try {
        Y.applyUpdate(scratch, update);
        return false;
      } catch {
        return true;
      } finally {
        scratch.destroy();
      }
    })
    .map((d) => d.name);
}

async function mergeDoc(workspace: Workspace, name: TransferContents['docs'][number]): Promise<boolean> {
  const doc = await workspace.openDoc(name.name);
  let changed = false;
  const onUpdate = () => (changed = true);
  doc.on('update', onUpdate);
  try {
    Y.applyUpdate(doc, name.update, LOCAL_EDIT);
  } finally {
    doc.off('update', onUpdate);
  }
  return changed;
}

async function addAttachments(workspace: Workspace, contents: TransferContents): Promise<number> {
  let added = 0;
  for (const { meta, bytes } of contents.attachments) {
    for (const schoolId of meta.schools) {
      const before = await workspace.db.attachments.get(meta.hash);
      if (before?.schools.includes(schoolId)) continue;
      const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: meta.type });
      const put = await putAttachment(workspace.db, schoolId as SchoolId, blob, meta.name);
      if (!put.ok) throw new Error(`attachment ${meta.hash.slice(0, 12)} refused: ${put.error}`);
      added++;
    }
  }
  return added;
}

/**
 * Documents of the file this session may only read: merging them would be local changes the
 * relay refuses, so a file that has any is not imported (EX-15).
 */
export function readOnlyDocsOf(workspace: Workspace, contents: TransferContents): DocName[] {
  return contents.docs.flatMap(({ name }) => {
    const parsed = parseDocName(name);
    return parsed && !workspace.canWrite(parsed.kind) ? [name] : [];
  });
}

/** Merges `contents` (already verified and allowed) into the workspace. */
export async function importTransfer(workspace: Workspace, contents: TransferContents): Promise<ImportSummary> {
  const readOnly = readOnlyDocsOf(workspace, contents);
  if (readOnly.length > 0) throw new Error(`documents this session may only read: ${readOnly.join(', ')}`);
  const unreadable = unreadableUpdates(contents);
  if (unreadable.length > 0) throw new Error(`updates Yjs cannot apply: ${unreadable.join(', ')}`);
  let docsChanged = 0;
  for (const entry of contents.docs) if (await mergeDoc(workspace, entry)) docsChanged++;
  const attachmentsAdded = await addAttachments(workspace, contents);
  return { docsChanged, docsUnchanged: contents.docs.length - docsChanged, attachmentsAdded };
}
