// Launches Debian's Chromium with an unpacked build of the extension and drives the panel as a user would:
// keyboard into Monaco, clicks on buttons found by role and name, reading the console (role "log").
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env.PYROOM_CHROMIUM || '/usr/bin/chromium';
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launch({ dist = 'dist', headless = true, args = [] } = {}) {
  const ext = path.join(ROOT, dist);
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'pyroom-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 420, height: 760 },
    args: [...QUIET_FLAGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...args],
  });
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const id = new URL(sw.url()).host;
  return {
    context,
    id,
    url: (p) => `chrome-extension://${id}/${p}`,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export const status = (page) => page.getByRole('status');
export const consoleLog = (page) => page.getByRole('log', { name: 'Console' });

export async function waitStatus(page, text, timeout = 60_000) {
  await page.waitForFunction(
    (want) => document.querySelector('[role=status]')?.textContent === want,
    text,
    { timeout },
  );
}

// Opens the panel page in a tab (same origin, CSP and isolation as the side panel) and waits for Python.
export async function openPanel(browser, query = '') {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => console.error('[panel error]', e.message));
  await page.goto(browser.url(`panel.html${query}`));
  await page.waitForSelector('.pyroom[data-editor=ready]', { timeout: 30_000 });
  await waitStatus(page, 'Ready');
  return page;
}

// Replaces the editor's text the way a user pastes code: select all, then a paste of the text. (Typing line by
// line would let Monaco auto-indent each new line, as it does for a person typing.) Headless Chromium gives
// opaque-origin extension pages no clipboard permission, so the paste event carries the text itself.
export async function setCode(page, code) {
  await editorInput(page).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    document.activeElement.dispatchEvent(event);
  }, code);
  await page.waitForFunction((text) => document.querySelector('.view-lines') && true, code);
}

export function editorInput(page) {
  return page.locator('.monaco-editor textarea, .monaco-editor .native-edit-context').first();
}

// Types text into the editor key by key (for tests of typing itself).
export async function typeInEditor(page, text) {
  await editorInput(page).focus();
  await page.keyboard.type(text);
}

export async function consoleText(page) {
  return (await consoleLog(page).innerText()).replace(/\u00a0/g, ' ');
}

// Waits until the console contains `text` (string or RegExp).
export async function waitConsole(page, text, timeout = 30_000) {
  await page.waitForFunction(
    ([src, isRe]) => {
      const t = document.querySelector('[role=log]')?.innerText ?? '';
      return isRe ? new RegExp(src).test(t) : t.includes(src);
    },
    [text instanceof RegExp ? text.source : text, text instanceof RegExp],
    { timeout },
  );
}

export async function run(page) {
  await page.getByRole('button', { name: 'Run' }).click();
}

function originOf(url) {
  const u = new URL(url);
  return `${u.protocol}//${u.host}`;
}
