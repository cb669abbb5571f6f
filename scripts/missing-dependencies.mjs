// Which packages the workspaces declare but node_modules lacks: a checkout
// whose package.json gained a dependency since the last install (`npm start`
// and `npm test` then install, instead of starting without it).
import fs from 'node:fs';
import path from 'node:path';

/** Declared dependency names (root and every workspace) with no folder in node_modules; empty when all are there. */
export function missingDependencies(root) {
  const rootPkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const missing = [];
  for (const dir of ['.', ...(rootPkg.workspaces ?? [])]) {
    const file = path.join(root, dir, 'package.json');
    if (!fs.existsSync(file)) continue;
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) {
      const installed = [path.join(root, dir, 'node_modules', name), path.join(root, 'node_modules', name)].some((p) => fs.existsSync(p));
      if (!installed) missing.push(name);
    }
  }
  return missing;
}
