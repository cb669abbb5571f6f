import { screenshot } from './support/browser';
import { e2eSuite, expectAccessible } from './support/suite';

jest.setTimeout(240_000);

const suite = e2eSuite();

describe('the API docs at /api/docs', () => {
  it('list every route from the generated document, with examples, under the page’s CSP', async () => {
    const { page } = suite.browser;
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(`${suite.server.url}/api/docs`);
    await page.getByText('Not signed in').waitFor();
    const login = page.locator('#operations-auth-post_api_v1_auth_login');
    await login.getByText('/api/v1/auth/login').waitFor();
    await login.locator('button.opblock-summary-control').click();
    await login.getByText('"assay-admin-demo"').first().waitFor(); // the route's example body
    expect(refused).toEqual([]);
    await expectAccessible(page);
  });

  it('send "Try it out" with the signed-in session and its CSRF token, so a write succeeds', async () => {
    const { context, page } = suite.browser;
    // Signing in through the API sets the session cookie in this browser, as the app's login form does.
    const login = await context.request.post(`${suite.server.url}/api/v1/auth/login`, { data: { email: 'admin@assay.local', password: 'assay-admin-demo' } });
    expect(login.status()).toBe(200);
    await page.goto(`${suite.server.url}/api/docs`);
    await page.getByText('Signed in as admin@assay.local').waitFor();

    const mint = page.locator('#operations-auth-post_api_v1_tokens');
    await mint.locator('button.opblock-summary-control').click();
    await mint.getByRole('button', { name: 'Try it out' }).click();
    await mint.getByRole('button', { name: 'Execute' }).click();
    const status = mint.locator('.live-responses-table .response .response-col_status');
    await status.waitFor();
    expect((await status.innerText()).trim()).toBe('201');
    await expectAccessible(page);
    await screenshot(page, 'api-docs', '01-try-it-out');
  });
});
