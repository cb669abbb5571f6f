import { EngineError, ImageMissingError, InvalidJobError, isRetryable } from './errors';

describe('engine faults', () => {
  it.each([
    ['an unreachable engine or a container that died', new EngineError('gone'), true],
    ['a missing image', new ImageMissingError('assay/go:latest', 'go'), false],
    ['a refused job', new InvalidJobError('code: too large', 'code'), false],
    ['anything else', new Error('boom'), false],
  ])('%s is retryable: %s', (_what, error, retryable) => {
    expect(isRetryable(error)).toBe(retryable);
    if ('retryable' in error) expect(error.retryable).toBe(retryable);
  });
});
