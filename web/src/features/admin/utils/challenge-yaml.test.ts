import { describe, expect, it } from '@jest/globals';
import { declaresSignature } from './challenge-yaml';

describe('declaresSignature', () => {
  it('is true when challenge.yaml declares a signature, so the form offers Java, C++ and Go in function mode', () => {
    expect(declaresSignature('mode: function\nentry: twoSum\nsignature:\n  params: []\n  returns: int\n')).toBe(true);
  });

  it('is false without one, or when the file does not parse', () => {
    expect(declaresSignature('mode: function\nentry: twoSum\n# signature: later\n')).toBe(false);
    expect(declaresSignature('signature: [unclosed\n')).toBe(false);
  });
});
