import { screenshot } from './support/browser';
import { editorAssets } from './support/server';
import { e2eSuite, editorValue, expectAccessible } from './support/suite';

jest.setTimeout(180_000);

const SUITE = 'editor';
const suite = e2eSuite();

/** Types into the focused editor one key at a time (Monaco drops keys typed faster on this machine). */
const type = (keys: string) => suite.browser.page.keyboard.type(keys, { delay: 40 });

describe('a candidate who prefers Vim keys and a dark editor', () => {
  it('switches keys and theme from the keyboard, hears each change, and finds both again after a reload', async () => {
    const { page } = suite.browser;
    await page.goto(suite.server.invite);
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.waitForURL(/\/attempt\/mean-and-stddev$/);
    await page.waitForFunction(() => Boolean(window.__assayEditor));

    // Both settings are native selects: focus and arrow keys change them, and a live region says what changed.
    const keys = page.getByLabel('Keys', { exact: true });
    const theme = page.getByLabel('Theme', { exact: true });
    expect(await keys.inputValue()).toBe('standard');
    await keys.focus();
    await page.keyboard.press('ArrowDown');
    expect(await keys.inputValue()).toBe('vim');
    await page.getByRole('status').filter({ hasText: 'Vim key bindings on' }).waitFor({ state: 'attached' });
    await theme.focus();
    await page.keyboard.press('ArrowDown');
    expect(await theme.inputValue()).toBe('dark');
    await page.getByRole('status').filter({ hasText: 'Dark editor theme on' }).waitFor({ state: 'attached' });

    // Vim: normal mode clears the buffer (ggdG), `i` inserts, Escape leaves insert mode, and `x` then deletes instead of typing.
    await page.locator('.monaco-editor .view-lines').click();
    await page.waitForFunction(() => document.querySelector('.keys-status')?.textContent?.includes('NORMAL'));
    await type('ggdG');
    await type('ihello');
    await page.keyboard.press('Escape');
    expect(await editorValue(page)).toBe('hello');
    await type('x');
    expect(await editorValue(page)).toBe('hell');
    await expectDark(page);
    await page.getByText(/^Saved \d/).waitFor();
    await screenshot(page, SUITE, '01-vim-dark');
    await expectAccessible(page);

    // Reload: both choices come back from local storage, and Vim is on again (`x` deletes the first letter).
    await page.reload();
    await page.waitForFunction(() => window.__assayEditor?.getModel()?.getValue() === 'hell');
    expect(await page.getByLabel('Keys', { exact: true }).inputValue()).toBe('vim');
    expect(await page.getByLabel('Theme', { exact: true }).inputValue()).toBe('dark');
    await expectDark(page);
    await page.locator('.monaco-editor .view-lines').click();
    await page.waitForFunction(() => document.querySelector('.keys-status')?.textContent?.includes('NORMAL'));
    await page.keyboard.press('Control+Home');
    await type('x');
    expect(await editorValue(page)).toBe('ell');

    // Emacs: C-e goes to the end of the line and C-a to its start (standard keys would select everything).
    await page.getByLabel('Keys', { exact: true }).selectOption('emacs');
    await page.getByRole('status').filter({ hasText: 'Emacs key bindings on' }).waitFor({ state: 'attached' });
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+e');
    await type('!');
    await page.keyboard.press('Control+a');
    await type('>');
    expect(await editorValue(page)).toBe('>ell!');
    await screenshot(page, SUITE, '02-emacs');
  });
});

describe('a candidate who types before Monaco has loaded', () => {
  it('types into the plain editor at once, and Monaco takes over the text, the caret and the focus without losing a key', async () => {
    const { page } = suite.browser;
    // Standard keys and the light theme again (the test above leaves Emacs and dark).
    await page.evaluate(() => localStorage.removeItem('assay.editor-preferences'));

    // Monaco's chunk is held back until the candidate has started typing, so the swap comes mid-typing however fast this machine is.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const [editorChunk] = editorAssets();
    await page.route(`**${editorChunk}`, async (route) => {
      await held;
      await route.continue();
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await page.reload();

    // The code is there and takes typing before Monaco is: a labelled textarea, accessible like the rest of the page.
    const plain = page.getByRole('textbox', { name: /^Code editor, Python/ });
    await plain.waitFor();
    expect(await page.evaluate(() => Boolean(window.__assayEditor))).toBe(false);
    expect(await plain.getAttribute('data-plain-editor')).toBe('');
    const before = await plain.inputValue();
    await expectAccessible(page);
    await screenshot(page, SUITE, '03-plain-editor');
    await plain.focus();
    await page.keyboard.press('Control+End');
    await type('\n# one');

    // Monaco arrives while the candidate keeps typing: every key lands, in order, and the caret and focus carry over.
    release();
    await type(' two three four five six');
    await page.waitForFunction(() => Boolean(window.__assayEditor));
    await page.locator('[data-plain-editor]').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.monaco-editor')))).toBe(true);
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/draft') && (r.request().postData() ?? '').includes('six seven'));
    await type(' seven');
    expect(await editorValue(page)).toBe(`${before}\n# one two three four five six seven`);
    await saved;
    await page.unroute(`**${editorChunk}`);

    // The saved draft has it all: after a reload the same text comes back.
    await page.reload();
    await page.waitForFunction((text) => window.__assayEditor?.getModel()?.getValue() === text, `${before}\n# one two three four five six seven`);
  });
});

/** The editor is drawn with the dark theme (Monaco's dark base and the app's dark background). */
async function expectDark(page: typeof suite.browser.page): Promise<void> {
  const drawn = await page.evaluate(() => {
    const editor = document.querySelector('.monaco-editor');
    const background = document.querySelector('.monaco-editor-background');
    return { dark: editor?.classList.contains('vs-dark'), background: background && getComputedStyle(background).backgroundColor };
  });
  expect(drawn).toEqual({ dark: true, background: 'rgb(27, 31, 39)' });
}
