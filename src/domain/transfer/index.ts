export {
  TRANSFER_FORMAT,
  TRANSFER_VERSION,
  type TransferContents,
  type TransferFileError,
  type TransferManifest,
} from './format.ts';
export { encodeTransferFile, type TransferInput } from './encode.ts';
export { decodeTransferFile, type DecodeResult } from './decode.ts';
export { refusedSchools, type ImportAccess } from './access.ts';
