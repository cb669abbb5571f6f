import { ApiClient, apiClientFor } from './api-client';
import { CliError } from './cli-error';

/** A client whose server answers every request with `status` and `body`; records the requests. */
function clientAnswering(status: number, body: string, server = 'https://assay.example.test/assay') {
  const requests: { url: string; init: RequestInit }[] = [];
  const fakeFetch = (async (url: URL, init: RequestInit) => {
    requests.push({ url: url.href, init });
    return new Response(body, { status });
  }) as typeof fetch;
  return { client: new ApiClient(server, 'assay_t0ken', fakeFetch), requests };
}

/** The CliError a call fails with (exit code and message). */
async function failure(call: Promise<unknown>): Promise<{ exitCode: number; message: string }> {
  const error: unknown = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof CliError)) throw new Error(`expected a CliError, got ${String(error)}`);
  return { exitCode: error.exitCode, message: error.message };
}

describe('ApiClient', () => {
  it('sends the token as a bearer header to routes under the server path', async () => {
    const { client, requests } = clientAnswering(
      200,
      '[{"id":"two-sum","title":"Two Sum","kind":"implement","version":3,"languages":["python"],"mode":"function","archived":false,"updatedAt":"2026-12-02T00:00:00.000Z"}]',
    );
    expect(await client.list()).toEqual([{ id: 'two-sum', version: 3 }]);
    expect(requests[0]!.url).toBe('https://assay.example.test/assay/api/v1/challenges');
    expect(requests[0]!.init.headers).toMatchObject({ authorization: 'Bearer assay_t0ken' });
  });

  it('refuses files whose paths would leave the challenge folder (exit 3)', async () => {
    for (const bad of ['../escape.md', 'tests/../../escape.md', '/etc/passwd', '.hidden']) {
      const { client } = clientAnswering(200, JSON.stringify({ id: 'two-sum', version: 1, files: { [bad]: 'x' } }));
      const { exitCode, message } = await failure(client.files('two-sum'));
      expect(exitCode).toBe(3);
      expect(message).toContain('unexpected answer at files.');
    }
  });

  it("shows the start of a page that is not an API error (a proxy's)", async () => {
    const { client } = clientAnswering(502, '<html><body>\n<h1>502 Bad Gateway</h1>\n</body></html>');
    const { exitCode, message } = await failure(client.create({ 'challenge.yaml': 'id: x\n' }));
    expect(exitCode).toBe(3);
    expect(message).toBe('POST https://assay.example.test/assay/api/v1/challenges: the server answered 502: <html><body> <h1>502 Bad Gateway</h1> </body></html>');
  });

  it('says when a success is not JSON (a URL that is not an Assay server)', async () => {
    const { client } = clientAnswering(200, '<!doctype html><title>Welcome</title>');
    expect((await failure(client.list())).message).toBe(
      'GET https://assay.example.test/assay/api/v1/challenges: the answer is not JSON; is https://assay.example.test/assay/ an Assay server?',
    );
  });
});

describe('apiClientFor', () => {
  it.each([
    [{ server: 'assay.example.test', token: 't' }, '--server: not a URL: "assay.example.test"'],
    [{ server: 'ftp://assay.example.test', token: 't' }, '--server: expected an http:// or https:// URL, got "ftp://assay.example.test/"'],
    [{ server: 'https://ci:secret@assay.example.test', token: 't' }, '--server: give the URL without a user name or password'],
    [{ server: 'https://assay.example.test', token: 'two words' }, '--token: has characters an API token cannot have (spaces, line breaks, non-ASCII)'],
  ])('refuses %j as bad input (exit 2)', (options, message) => {
    expect(() => apiClientFor(options, {})).toThrow(new CliError(message));
  });
});
