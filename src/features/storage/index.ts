export { StorageStatus } from './StorageStatus.tsx';
export { requestPersistence, refreshStorageInfo, storageStore } from './storageStore.ts';
