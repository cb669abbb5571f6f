import { DOCKER_TIMEOUT_MS, only, realRunner } from '../test-support/real-runner';
import { runStub } from '../test-support/typed-function';
import { describeNodeTyped, NODE_ECHO } from '../test-support/typed-node-suite';

jest.setTimeout(DOCKER_TIMEOUT_MS);
const { runner } = realRunner();
afterAll(() => runner.close());

describe('javascript typed function mode', () => {
  describeNodeTyped('javascript', () => runner, NODE_ECHO);

  it('runs the generated stub as it is: it loads, and its empty body is refused for a list', async () => {
    const c = only(await runStub(runner, 'javascript', 'mergeIntervals', 'Interval[]'));
    expect(c).toMatchObject({ status: 'runtime_error', stderr: 'assay: returned value: expected Interval[], got undefined (the function returned nothing)\n' });
  });
});
