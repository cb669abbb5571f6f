import { screenshot } from './support/browser';
import { e2eSuite, expectAccessible } from './support/suite';

jest.setTimeout(240_000);

const suite = e2eSuite();

describe('one live session per attempt, in the browser', () => {
  it('tells the first browser, in words, that the attempt continued in another one', async () => {
    const { page } = suite.browser;
    await page.goto(suite.server.invite);
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.waitForURL(/\/attempt\/[^/]+$/);

    // The same link started again elsewhere (another machine).
    const token = new URL(suite.server.invite).pathname.split('/').pop()!;
    const res = await fetch(`${suite.server.url}/api/v1/invites/${token}/start`, { method: 'POST', headers: { 'User-Agent': 'Second machine' } });
    expect(res.status).toBe(200);

    // The page re-syncs when the tab regains focus: the next request is refused and the page says why.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.getByRole('heading', { name: 'Your assessment continued in another browser' }).waitFor();
    await page.getByText(/continued in another browser or window at/).waitFor();
    await screenshot(page, 'session', '01-continued-elsewhere');
    await expectAccessible(page);
  });
});
