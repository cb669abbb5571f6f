import { InvalidJobError } from '../errors';
import { DEFAULT_LIMITS, MAX_LIMITS, resolveLimits, type Limits } from './limits';

describe('resolveLimits', () => {
  it('returns the defaults when the job asks for nothing', () => {
    expect(resolveLimits(undefined)).toEqual(DEFAULT_LIMITS);
  });

  it('lays overrides over the defaults', () => {
    expect(resolveLimits({ timeMs: 500, memoryMb: 128 })).toEqual({ ...DEFAULT_LIMITS, timeMs: 500, memoryMb: 128 });
  });

  it('keeps the default for an override that is present but undefined', () => {
    expect(resolveLimits({ timeMs: undefined, memoryMb: 128 })).toEqual({ ...DEFAULT_LIMITS, memoryMb: 128 });
  });

  it('accepts a value exactly at the maximum', () => {
    expect(resolveLimits({ timeMs: MAX_LIMITS.timeMs }).timeMs).toBe(MAX_LIMITS.timeMs);
  });

  it.each(Object.keys(MAX_LIMITS) as (keyof Limits)[])('refuses %s above the maximum with an error naming the field', (key) => {
    const error = thrown(() => resolveLimits({ [key]: MAX_LIMITS[key] * 2 }));
    expect(error).toBeInstanceOf(InvalidJobError);
    expect(error).toMatchObject({
      field: `limits.${key}`,
      message: `limits.${key} is ${MAX_LIMITS[key] * 2}, above the server maximum of ${MAX_LIMITS[key]}`,
    });
  });

  it('checks against the maxima it is given, not only the built-in ones', () => {
    expect(() => resolveLimits({ timeMs: 1_001 }, DEFAULT_LIMITS, { ...MAX_LIMITS, timeMs: 1_000 })).toThrow('limits.timeMs');
  });
});

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
