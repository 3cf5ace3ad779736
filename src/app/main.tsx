import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { installSessionListeners, probablySignedIn, restoreSession } from '../features/session/index.ts';
import { preloadFirstScreen } from './screens.ts';
import { registerServiceWorker } from './serviceWorker.ts';
import './styles.css';

registerServiceWorker();
installSessionListeners();
void restoreSession();
if (probablySignedIn()) preloadFirstScreen(window.location.hash);

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
// The app shell starts here (bench/portfolio.ts measures from this mark).
performance.mark('app-start');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
