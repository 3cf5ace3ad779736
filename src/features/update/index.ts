export { registerServiceWorker, updateStore } from './serviceWorker.ts';
export { UpdatePrompt } from './UpdatePrompt.tsx';
