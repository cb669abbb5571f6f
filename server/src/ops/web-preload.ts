import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** The part of a Vite manifest entry the preload reads. */
const ManifestSchema = z.record(z.string(), z.object({ file: z.string(), imports: z.array(z.string()).optional(), css: z.array(z.string()).optional() }));
type Manifest = z.infer<typeof ManifestSchema>;

/** A client-side route whose code the page's HTML asks for at once. */
export interface RoutePreload {
  /** The paths the route answers (index.html is served for them). */
  path: RegExp;
  /** Manifest keys (source files) of modules the route runs at once: fetched and compiled ahead (modulepreload). */
  modules: string[];
  /** Manifest keys of modules the route runs later: only fetched into the cache (prefetch), so their compiling does not hold up the page. */
  later: string[];
}

/**
 * The attempt page's own chunk, and Monaco's: without these hints the
 * browser learns of them only after the app's entry has run (and Monaco
 * after the attempt chunk has), round trips in a row on a cold cache.
 * Monaco is only fetched: compiling its 2.7 MB ahead (modulepreload) held
 * the main thread before the app had even started; the app evaluates it
 * once its plain editor is on screen (lazy-code-editor).
 */
export const ROUTE_PRELOADS: RoutePreload[] = [{ path: /^\/attempt(\/|$)/, modules: ['src/app/routes/attempt.tsx'], later: ['src/components/editor/code-editor.tsx'] }];

/**
 * `<link>` tags for the chunks of a route and everything they import
 * statically, minus what index.html loads already, each once: modulepreload
 * for the modules it runs at once and a non-blocking preload for their
 * styles (the app inserts the stylesheet itself when it imports the
 * module); prefetch for the scripts and styles of those it runs later.
 * Empty for sources the build does not have.
 */
export function preloadTags(manifest: Manifest, route: Pick<RoutePreload, 'modules' | 'later'>): string {
  const entry = manifest['index.html'];
  const seen = new Set(['index.html', ...(entry?.imports ?? [])]);
  const chunks = (sources: string[]) => {
    const scripts: string[] = [];
    const styles: string[] = [];
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || seen.has(key)) return;
      seen.add(key);
      scripts.push(chunk.file);
      styles.push(...(chunk.css ?? []));
      for (const dep of chunk.imports ?? []) visit(dep);
    };
    for (const source of sources) visit(source);
    return { scripts, styles: [...new Set(styles)] };
  };
  const now = chunks(route.modules);
  const later = chunks(route.later);
  const href = (file: string) => `/${file}`.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return [
    ...now.scripts.map((file) => `<link rel="modulepreload" crossorigin href="${href(file)}">`),
    ...now.styles.map((file) => `<link rel="preload" as="style" crossorigin href="${href(file)}">`),
    ...[...later.scripts, ...later.styles.filter((f) => !now.styles.includes(f))].map((file) => `<link rel="prefetch" crossorigin href="${href(file)}">`),
  ].join('\n    ');
}

/** The build's manifest (`.vite/manifest.json` beside index.html), or undefined when it is missing or unreadable. */
export function readManifest(distDir: string): Manifest | undefined {
  try {
    const parsed = ManifestSchema.safeParse(JSON.parse(fs.readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** index.html with the route's preload tags before `</head>` (unchanged when there are none). */
export function withPreloads(html: string, tags: string): string {
  if (!tags || !html.includes('</head>')) return html;
  return html.replace('</head>', `    ${tags}\n  </head>`);
}
