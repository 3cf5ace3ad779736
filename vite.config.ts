import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './build/precompress.ts';

const relay = process.env.RELAY_URL ?? 'http://127.0.0.1:8080';
/** jspdf's optional extras (html2canvas, canvg with core-js, dompurify): never used, never shipped. */
const jspdfExtrasRemoved = fileURLToPath(new URL('./build/jspdfExtrasRemoved.ts', import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      // 'prompt': a new worker waits until the user presses "Actualizar" (features/update).
      registerType: 'prompt',
      // We register with workbox-window ourselves, to control when the update is applied.
      injectRegister: false,
      strategies: 'generateSW',
      manifest: {
        name: 'Bitácora PME',
        short_name: 'Bitácora PME',
        description: 'Asesoría al Plan de Mejoramiento Educativo, también sin conexión.',
        lang: 'es-CL',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f5f7fa',
        theme_color: '#1f4e79',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The whole app shell is precached: it must open with no network at all, forever. The
        // extensions are listed so that the `.br`/`.gz` copies and source maps never are (AS-6).
        // The school directory (DIR-4) too, so registration searches it offline; it is fetched by the worker
        // after the first screen, and read by the app only when the registration search is first used.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}', 'directory/*.json'],
        // Every navigation is answered with the cached shell; routes are hash-based.
        navigateFallback: '/index.html',
        // The API, the relay socket and the health check always go to the network.
        navigateFallbackDenylist: [/^\/api\//, /^\/sync/, /^\/healthz/],
        cleanupOutdatedCaches: true,
        // The first worker takes control at once (nothing to disrupt); later ones wait for "Actualizar".
        clientsClaim: true,
        skipWaiting: false,
        // No runtime caching: documents live in IndexedDB, not in HTTP caches.
        runtimeCaching: [],
      },
    }),
    // Last, after the service worker is written: `.br` and `.gz` next to each compressible file.
    precompress(),
  ],
  resolve: {
    alias: [{ find: /^(html2canvas|canvg|dompurify)$/, replacement: jspdfExtrasRemoved }],
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // The whole app is precached at the first visit; the PDF and XLSX writers are separate chunks loaded on demand.
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: {
      '/api': relay,
      '/healthz': relay,
      '/sync': { target: relay.replace(/^http/, 'ws'), ws: true },
    },
  },
});
