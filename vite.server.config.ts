// Builds the relay (`sync-server/src/main.ts`, `cli.ts` and the `src/domain/` code they import) to
// plain JavaScript in `dist-server/`, so production runs Node on built files: no TypeScript loader
// and no devDependency at run time. Packages from node_modules stay external (SSR mode's default).
import { defineConfig } from 'vite';

export default defineConfig({
  // The PWA's public/ folder and index.html belong to the other build.
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist-server',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    rollupOptions: {
      // Worker threads load their entry from the top of dist-server/ (workerThread.ts).
      input: {
        main: 'sync-server/src/main.ts',
        cli: 'sync-server/src/cli.ts',
        compactionWorker: 'sync-server/src/compactionWorker.ts',
        sqliteWriterWorker: 'sync-server/src/storage/sqliteWriterWorker.ts',
      },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
