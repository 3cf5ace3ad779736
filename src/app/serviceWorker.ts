// Registers the service worker with workbox-window. A new version waits until the user presses
// "Actualizar" (the worker is built with registerType 'prompt': no skipWaiting of its own), so the
// app is never swapped under someone filling a form.
import { Workbox } from 'workbox-window';
import { createStore } from 'zustand/vanilla';

export const updateStore = createStore<{ waiting: boolean; apply: () => void }>(() => ({
  waiting: false,
  apply: () => undefined,
}));

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', () => {
    updateStore.setState({
      waiting: true,
      apply: () => {
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      },
    });
  });
  void wb.register();
  // Look for a new version when the app comes back to the foreground or the network returns.
  const check = () => void wb.update().catch(() => undefined);
  window.addEventListener('online', check);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
}
