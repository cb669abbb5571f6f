import { escapeForJsonb, unescapeFromJsonb } from './json-column';

const NASTY = ['a\u0000b', '\u0000', '\ud800', 'x\udc00y', '\ud83d\ude00 ok', '\uE000', '\uE0000', '\uE000e', '\uE000u0041', 'plain', ''];

describe('jsonb escaping', () => {
  it.each(NASTY)('round-trips %j exactly, in values, arrays and keys', (s) => {
    const value = { [s]: [s, { nested: s }], n: 1, b: true, z: null };
    const escaped = escapeForJsonb(value);
    expect(unescapeFromJsonb(escaped)).toEqual(value);
  });

  it('leaves nothing PostgreSQL refuses: no NUL, no lone surrogate', () => {
    const text = JSON.stringify(escapeForJsonb(NASTY));
    expect(text).not.toMatch(/\\u0000/);
    expect(text).not.toMatch(/\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])/i);
    expect(JSON.parse(text).join('')).not.toContain('\u0000');
  });

  it('keeps ordinary text and valid surrogate pairs as they are', () => {
    expect(escapeForJsonb({ s: 'héllo \ud83d\ude00' })).toEqual({ s: 'héllo \ud83d\ude00' });
  });

  it('keeps a key named __proto__ as an own key', () => {
    const value = JSON.parse('{"__proto__": {"x": "\\u0000"}}');
    const back = unescapeFromJsonb(escapeForJsonb(value)) as Record<string, unknown>;
    expect(Object.keys(back)).toEqual(['__proto__']);
    expect(back.__proto__).toEqual({ x: '\u0000' });
  });
});
