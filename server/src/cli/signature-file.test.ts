import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CliError } from './cli-error';
import { readSignatureFile } from './signature-file';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-signature-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('readSignatureFile (assay run --signature)', () => {
  it('reads the signature as challenge.yaml writes it, in YAML or JSON', () => {
    const yaml = write('sig.yaml', 'params:\n  - { name: nums, type: "int[]" }\n  - { name: target, type: int }\nreturns: "int[]"\n');
    const json = write('sig.json', '{"params": [{"name": "nums", "type": "int[]"}, {"name": "target", "type": "int"}], "returns": "int[]"}');
    const expected = {
      params: [
        { name: 'nums', type: 'int[]' },
        { name: 'target', type: 'int' },
      ],
      returns: 'int[]',
    };
    expect(readSignatureFile(yaml)).toEqual(expected);
    expect(readSignatureFile(json)).toEqual(expected);
  });

  it('names the file and the field of a type that does not parse', () => {
    const file = write('bad.yaml', 'params:\n  - { name: p, type: "Point" }\nreturns: int\n');
    expect(() => readSignatureFile(file)).toThrow(new CliError(`${file}: params[0].type: no record named Point is declared (in "Point")`));
  });

  it('names a file that is missing', () => {
    expect(() => readSignatureFile(path.join(dir, 'none.yaml'))).toThrow(/none\.yaml: no such file$/);
  });
});
