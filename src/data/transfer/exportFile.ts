// "Exportar trabajo sin sincronizar" (EX-10, EX-12): the text of the transfer file for the user.
import { encodeTransferFile, type HashBytes, type TransferManifest } from '../../domain/transfer/index.ts';
import type { Workspace } from '../workspace.ts';
import { sha256Hex } from '../attachments.ts';
import { deviceId } from './deviceFacts.ts';
import { gatherFromDevice, gatherFromWorkspace } from './gather.ts';

/** SHA-256 by WebCrypto: native, many times faster than the domain's own over megabytes of photos. */
export const webCryptoSha256: HashBytes = (bytes) => sha256Hex(bytes as Uint8Array<ArrayBuffer>);

export interface ExportRequest {
  user: TransferManifest['user'];
  /** How the device describes itself (the browser's user agent). */
  deviceDescription: string;
  now: Date;
  /** The open workspace, or null when only the device's data is left (a token expired offline). */
  workspace: Workspace | null;
}

export async function exportUnsynced(request: ExportRequest): Promise<{ text: string; manifest: TransferManifest }> {
  const { user, workspace } = request;
  const unsynced = workspace ? await gatherFromWorkspace(workspace) : await gatherFromDevice(user.id);
  const device = { id: await deviceId(), description: request.deviceDescription.slice(0, 300) };
  return encodeTransferFile({ user, device, now: request.now, ...unsynced }, webCryptoSha256);
}
