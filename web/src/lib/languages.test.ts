import { describe, expect, it } from '@jest/globals';
import { languagesFrom } from './languages';
import { parseLineMarkers } from '../components/editor/diagnostics';

const list = languagesFrom([
  { id: 'cpp', name: 'C++20 (g++)', sourceFile: 'main.cpp', extension: 'cpp', compiled: true, functionMode: false },
  { id: 'python', name: 'Python 3', sourceFile: 'main.py', extension: 'py', compiled: false, functionMode: true },
]);

describe('languagesFrom (the server’s GET /api/v1/languages)', () => {
  it('labels a language by the name its registry gives it, and an unknown id as itself', () => {
    expect(list.label('cpp')).toBe('C++20 (g++)');
    expect(list.label('cobol')).toBe('cobol');
  });

  it('gives the source file the compiler names, so only its lines become markers', () => {
    const output = '/opt/assay/harness.cpp:9:1: note: here\nmain.cpp:3:5: error: expected ;';
    expect(parseLineMarkers(output, list.sourceFile('cpp'), 10)).toEqual([{ line: 3, column: 5, message: expect.stringContaining('expected ;') }]);
  });
});
