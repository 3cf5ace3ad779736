export { type TransferContents, type TransferFileError, type TransferManifest } from './format.ts';
export { encodeTransferFile, type TransferInput } from './encode.ts';
export { decodeTransferFile, type HashBytes } from './decode.ts';
export { refusedSchools } from './access.ts';
