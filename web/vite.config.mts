import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
// Monaco's `esm/vs` folder (its exports map has no package.json entry to resolve instead).
const monacoVs = path.resolve(path.dirname(require.resolve('monaco-editor/editor/editor.api')), '..');
const monacoVim = path.dirname(require.resolve('monaco-vim/package.json'));
/** Text assets worth compressing; the server sends the `.gz` twin to clients that accept gzip. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|ttf)$/;

/** Writes `<file>.gz` (level 9) beside every compressible file of the build, so the server never compresses at request time. */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'assay-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
      for (const file of walk(outDir)) {
        if (!COMPRESSIBLE.test(file) || file.includes(`${path.sep}.vite${path.sep}`)) continue;
        const raw = fs.readFileSync(file);
        if (raw.length < 1024) continue;
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(raw, { level: 9 }));
      }
    },
  };
}

/**
 * The web app. `@assay/runners` resolves to the engine's browser-safe
 * schemas and `@assay/contract` to the server's contract module (the only part
 * of the server the app imports), so the API's zod schemas are shared, not retyped. `/api` is proxied to a local server in dev.
 */
export default defineConfig({
  root: here,
  plugins: [react(), precompress()],
  resolve: {
    alias: [
      { find: /^@assay\/runners$/, replacement: path.resolve(here, '../runners/src/schemas.ts') },
      { find: /^@assay\/contract$/, replacement: path.resolve(here, '../server/src/contract/index.ts') },
      // The Vim and Emacs key bindings were written against older Monaco layouts. monaco-vim's
      // browser build bundles parts of Monaco 0.33: take its ES module, whose imports name
      // Monaco's `esm/vs/…` files, and point those at this Monaco (0.57 exports them without
      // the `esm/vs/` prefix). monaco-emacs requires the package root, which is the whole
      // editor with every language: give it the editor API the app already loads.
      { find: /^monaco-vim$/, replacement: path.join(monacoVim, 'dist/index.mjs') },
      { find: /^monaco-editor\/esm\/vs\/(.*?)(\.js)?$/, replacement: `${monacoVs}/$1.js` },
      { find: /^monaco-editor$/, replacement: path.join(monacoVs, 'editor/editor.api.js') },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
  },
  worker: { format: 'es' },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
