import { describe, expect, it } from '@jest/globals';
import { indentFrom, positionAt } from './plain-text';

describe('the plain editor handing its caret to Monaco', () => {
  const code = 'def f():\n    return 1\n';

  it('finds the line and column of an offset, 1-based as Monaco counts', () => {
    expect(positionAt(code, 0)).toEqual({ lineNumber: 1, column: 1 });
    expect(positionAt(code, 8)).toEqual({ lineNumber: 1, column: 9 });
    expect(positionAt(code, 9)).toEqual({ lineNumber: 2, column: 1 });
    expect(positionAt(code, 13)).toEqual({ lineNumber: 2, column: 5 });
    expect(positionAt(code, code.length)).toEqual({ lineNumber: 3, column: 1 });
  });

  it('keeps an offset outside the text at its start or end', () => {
    expect(positionAt(code, -3)).toEqual({ lineNumber: 1, column: 1 });
    expect(positionAt(code, 999)).toEqual({ lineNumber: 3, column: 1 });
    expect(positionAt('', 0)).toEqual({ lineNumber: 1, column: 1 });
  });

  it('indents to the next tab stop, as Tab does in Monaco', () => {
    expect(indentFrom(1, 4)).toBe('    ');
    expect(indentFrom(3, 4)).toBe('  ');
    expect(indentFrom(5, 4)).toBe('    ');
  });
});
