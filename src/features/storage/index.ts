export { StorageStatus } from './StorageStatus.tsx';
export { requestPersistence } from './storageStore.ts';
export { TransferPanel } from './TransferPanel.tsx';
export { ExpiredExport } from './ExpiredExport.tsx';
