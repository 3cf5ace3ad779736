// Persistent storage: asked for after the first real save (browsers grant it more readily then,
// and asking on an empty app is noise); the answer and the space used are shown to the user.
import { createStore } from 'zustand/vanilla';

export interface StorageState {
  persisted: boolean | null;
  requested: boolean;
  usage: number | null;
  quota: number | null;
}

export const storageStore = createStore<StorageState>(() => ({
  persisted: null,
  requested: false,
  usage: null,
  quota: null,
}));

export async function refreshStorageInfo(): Promise<void> {
  const storage = navigator.storage;
  if (!storage) return;
  const [persisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted() : Promise.resolve(false),
    storage.estimate ? storage.estimate() : Promise.resolve({} as StorageEstimate),
  ]);
  storageStore.setState({ persisted, usage: estimate.usage ?? null, quota: estimate.quota ?? null });
}

export async function requestPersistence(): Promise<void> {
  const storage = navigator.storage;
  if (!storage?.persist || storageStore.getState().requested) return;
  storageStore.setState({ requested: true });
  const persisted = (await storage.persisted?.()) || (await storage.persist());
  storageStore.setState({ persisted });
  await refreshStorageInfo();
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toLocaleString('es-CL', { maximumFractionDigits: 1 })} MB`;
  return `${(bytes / 1024 ** 3).toLocaleString('es-CL', { maximumFractionDigits: 1 })} GB`;
}
