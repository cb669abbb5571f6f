import { BoundedCache, deepFreeze } from './bounded-cache';

describe('BoundedCache', () => {
  it('keeps at most its capacity, dropping the least recently used entry', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // now b is the least recently used
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('replaces a value set twice without growing', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('a', 2);
    expect(cache.get('a')).toBe(2);
    expect(cache.size).toBe(1);
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new BoundedCache(0)).toThrow(/capacity/);
  });
});

describe('deepFreeze', () => {
  it('freezes nested objects and arrays, so a shared value cannot be changed', () => {
    const value = deepFreeze({ meta: { languages: ['python'] }, tests: [{ name: 'a' }] });
    expect(() => {
      (value.meta.languages as string[]).push('go');
    }).toThrow(TypeError);
    expect(() => {
      (value.tests[0] as { name: string }).name = 'b';
    }).toThrow(TypeError);
  });
});
