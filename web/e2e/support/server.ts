import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../../server/src/test-support/demo-server';

export { ROOT, startDemoServer, type DemoServer } from '../../../server/src/test-support/demo-server';

/** The built web app's manifest: which files each source module became. */
export function webManifest(): Record<string, { file: string; css?: string[]; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean }> {
  const file = path.join(ROOT, 'web/dist/.vite/manifest.json');
  if (!fs.existsSync(file)) throw new Error('web/dist is missing: run `npm run build -w web` first');
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Asset paths (`/assets/…`) that exist only for the Monaco editor: the lazy editor chunk, its CSS, the worker. */
export function editorAssets(): string[] {
  const manifest = webManifest();
  const entry = manifest['src/components/editor/code-editor.tsx'];
  if (!entry) throw new Error('the editor chunk is not in the manifest');
  const worker = fs.readdirSync(path.join(ROOT, 'web/dist/assets')).filter((f) => f.startsWith('editor.worker') && f.endsWith('.js'));
  return [entry.file, ...(entry.css ?? []), ...worker.map((f) => `assets/${f}`)].map((f) => `/${f}`);
}
