import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SCRIPT = path.resolve(__dirname, '../../../docker/build-base.sh');

/** The archive docker/build-base.sh would debootstrap from, given an apt directory. */
function mirrorFor(files: Record<string, string>, env: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-apt-'));
  try {
    fs.mkdirSync(path.join(dir, 'sources.list.d'));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'ASSAY_DEBIAN_MIRROR'));
    return execFileSync('bash', [SCRIPT, '--print-mirror'], { env: { ...clean, ASSAY_APT_DIR: dir, ...env }, encoding: 'utf8' }).trim();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('docker/build-base.sh mirror', () => {
  it('takes the archive of the base suite from a one-line sources.list, skipping -security and options', () => {
    const list = [
      '# comment',
      'deb [arch=amd64 signed-by=/k.gpg] file:/srv/mirror/debian-security bookworm-security main',
      'deb file:/srv/mirror/contrib-only bookworm contrib',
      'deb [trusted=yes] file:/srv/mirror/debian bookworm main contrib',
    ].join('\n');
    expect(mirrorFor({ 'sources.list': list })).toBe('file:/srv/mirror/debian');
  });

  it('reads deb822 .sources stanzas, skipping disabled ones and comments inside a stanza', () => {
    const sources = [
      'Types: deb',
      'URIs: file:/srv/off/debian',
      'Suites: bookworm',
      'Components: main',
      'Enabled: no',
      '',
      'Types: deb-src deb',
      '# a comment inside the stanza',
      'URIs: file:/srv/on/debian file:/srv/second/debian',
      'Suites: bookworm bookworm-updates',
      'Components: contrib main',
    ].join('\n');
    expect(mirrorFor({ 'sources.list.d/debian.sources': sources })).toBe('file:/srv/on/debian');
  });

  it('ignores files apt itself ignores (not .list or .sources)', () => {
    expect(mirrorFor({ 'sources.list.d/old.list.disabled': 'deb file:/srv/no/debian bookworm main\n' })).toBe('');
  });

  it('lets ASSAY_DEBIAN_MIRROR override the host sources', () => {
    expect(mirrorFor({ 'sources.list': 'deb file:/srv/host/debian bookworm main\n' }, { ASSAY_DEBIAN_MIRROR: 'file:/srv/override/debian' })).toBe('file:/srv/override/debian');
  });
});
