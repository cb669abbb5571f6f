import { describe, expect, it } from '@jest/globals';
import { parsePreferences } from './editor-preferences';

describe('the editor preferences kept in local storage', () => {
  it('reads the stored key bindings and theme', () => {
    expect(parsePreferences(JSON.stringify({ keys: 'vim', theme: 'dark' }))).toEqual({ keys: 'vim', theme: 'dark' });
    expect(parsePreferences(JSON.stringify({ keys: 'emacs', theme: 'light' }))).toEqual({ keys: 'emacs', theme: 'light' });
  });

  it('falls back to standard keys and the light theme when nothing is stored or the entry is not JSON', () => {
    expect(parsePreferences(null)).toEqual({ keys: 'standard', theme: 'light' });
    expect(parsePreferences('{not json')).toEqual({ keys: 'standard', theme: 'light' });
    expect(parsePreferences('"vim"')).toEqual({ keys: 'standard', theme: 'light' });
  });

  it('keeps the readable half of an entry with an unknown value', () => {
    expect(parsePreferences(JSON.stringify({ keys: 'nano', theme: 'dark' }))).toEqual({ keys: 'standard', theme: 'dark' });
    expect(parsePreferences(JSON.stringify({ keys: 'vim' }))).toEqual({ keys: 'vim', theme: 'light' });
  });
});
