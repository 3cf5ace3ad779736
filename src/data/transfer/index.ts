export { exportUnsynced, webCryptoSha256 } from './exportFile.ts';
export { importTransfer, readOnlyDocsOf, type ImportSummary } from './importFile.ts';
export { loadRelaySchools } from './deviceFacts.ts';
