import { escapeForJsonb, fromJsonbValue, toJsonbText, unescapeFromJsonb } from './json-column';

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

  // Typed as text, a backslash-u looks like an escape to the quick check: it must still be stored as written.
  const TEXT_LOOKALIKES = ['\\u0000', '\\ud800', '\\\u0000', 'C:\\udata'];

  it.each([...NASTY, ...TEXT_LOOKALIKES])('writes %j as the full escaping walk does', (s) => {
    const value = { [s]: [s, { nested: s }], n: 1 };
    expect(toJsonbText(value)).toBe(JSON.stringify(escapeForJsonb(value)));
    expect(fromJsonbValue(JSON.parse(toJsonbText(value)))).toEqual(value);
  });

  it('reads a value with nothing escaped as it came, without copying it', () => {
    const value = { cases: [{ stdout: 'héllo \ud83d\ude00', valueJson: '"\\u0000"' }], n: 1 };
    expect(fromJsonbValue(value)).toBe(value);
  });

  it('restores an escaped key or value found anywhere', () => {
    const value = { deep: [{ ['k\u0000']: ['a\u0000b'] }] };
    expect(fromJsonbValue(escapeForJsonb(value))).toEqual(value);
  });
});
