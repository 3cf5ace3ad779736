export { exportUnsynced, type ExportRequest } from './exportFile.ts';
export { importTransfer, type ImportSummary } from './importFile.ts';
export { deviceId, loadRelaySchools, saveRelaySchools } from './deviceFacts.ts';
