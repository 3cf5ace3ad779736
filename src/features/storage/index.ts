export { StorageStatus } from './StorageStatus.tsx';
export { requestPersistence } from './storageStore.ts';
