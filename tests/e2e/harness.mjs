// Launches Debian's Chromium with an unpacked build of the extension and drives the panel as a user would:
// keyboard into Monaco, clicks on buttons found by role and name, reading the console (role "log").
import { chromium } from 'playwright-core';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
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

// `userDataDir`: reuse a profile (a browser restart); it is then kept on close.
export async function launch({ dist = 'dist', headless = true, args = [], userDataDir = null } = {}) {
  const ext = path.join(ROOT, dist);
  const keep = Boolean(userDataDir);
  userDataDir ??= await mkdtemp(path.join(tmpdir(), 'pyroom-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 420, height: 760 },
    args: [...QUIET_FLAGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...args],
  });
  // Chrome names an unpacked extension after its folder; its service worker starting says it is loaded (a
  // restarted profile may not start it at once, so a missing worker is not an error by itself).
  const id = extensionId(ext);
  let [sw] = context.serviceWorkers();
  sw ??= await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => null);
  if (sw && new URL(sw.url()).host !== id) throw new Error(`unexpected extension ${sw.url()}`);
  return {
    context,
    id,
    userDataDir,
    url: (p) => `chrome-extension://${id}/${p}`,
    async close() {
      await context.close();
      if (!keep) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

// The id Chrome gives an unpacked extension: the SHA-256 of its absolute path, first 32 hex digits mapped to a-p.
export function extensionId(dir) {
  const hex = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

export const status = (page) => page.getByRole('toolbar', { name: 'Program' }).getByRole('status');
export const consoleLog = (page) => page.getByRole('log', { name: 'Console' });
// The inline field input() shows in the console.
export const inputField = (page) => consoleLog(page).getByRole('textbox', { name: 'Input for the program' });

export async function waitStatus(page, text, timeout = 60_000) {
  await page.waitForFunction(
    (want) => document.querySelector('.toolbar [role=status]')?.textContent === want,
    text,
    { timeout },
  );
}

// Opens the panel page in a tab (same origin, CSP and isolation as the side panel) and waits for Python.
export async function openPanel(browser, query = '') {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => console.error('[panel error]', e.message));
  await page.goto(browser.url(`panel.html${query}`));
  await panelReady(page);
  return page;
}

// Waits for the editor and for Python after a navigation or reload, and starts recording status changes.
export async function panelReady(page) {
  await page.waitForSelector('.pyroom[data-editor=ready]', { timeout: 30_000 });
  await waitStatus(page, 'Ready');
  await watchStatus(page);
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
  await waitEditorShows(page, code);
}

// Waits until the editor shows exactly `code` (it paints a frame after a change); throws with what it shows.
export async function waitEditorShows(page, code, timeout = 5_000) {
  try {
    await page.waitForFunction(shownCode, code, { timeout });
  } catch {
    throw new Error(`the editor shows ${JSON.stringify(await editorText(page))}, not ${JSON.stringify(code)}`);
  }
}

// The editor's text as rendered on screen (enough for the short programs of these tests): the visible lines in
// the order of their position. Given `want`, tells whether the editor shows exactly that.
function shownCode(want) {
  const lines = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')];
  lines.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
  const text = lines.map((l) => l.textContent.replace(/\u00a0/g, ' ')).join('\n');
  return want === undefined ? text : text === want;
}

export async function editorText(page) {
  return page.evaluate(shownCode, undefined);
}

// Line numbers (from the editor's gutter) of the lines Pyroom marked as failing.
export async function errorLines(page, timeout = 5_000) {
  // The marks are drawn a moment after the traceback arrives: wait for the first (an empty list after `timeout`).
  await page.waitForSelector('.monaco-editor .error-line', { timeout }).catch(() => {});
  return page.evaluate(() => {
    const numbers = [...document.querySelectorAll('.monaco-editor .margin .line-numbers')];
    return [...document.querySelectorAll('.monaco-editor .error-line')].map((mark) => {
      const top = mark.getBoundingClientRect().top;
      const n = numbers.find((el) => Math.abs(el.getBoundingClientRect().top - top) < 2);
      return n ? Number(n.textContent) : null;
    });
  });
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
      const t = document.querySelector('[role=log][aria-label=Console]')?.innerText ?? '';
      return isRe ? new RegExp(src).test(t) : t.includes(src);
    },
    [text instanceof RegExp ? text.source : text, text instanceof RegExp],
    { timeout },
  );
}

export async function run(page) {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
}

export async function clickStop(page) {
  await page.getByRole('button', { name: 'Stop' }).click();
}

// Waits until the console contains `text` and returns what the user saw at that moment: the console's text and the
// status (read in the same turn of the page's event loop, so the two belong together).
export async function whenConsoleShows(page, text, timeout = 30_000) {
  const handle = await page.waitForFunction(
    (want) => {
      const log = document.querySelector('[role=log][aria-label=Console]')?.innerText ?? '';
      if (!log.includes(want)) return false;
      return { text: log.replace(/\u00a0/g, ' '), status: document.querySelector('.toolbar [role=status]').textContent, at: performance.now() };
    },
    text,
    { timeout, polling: 10 },
  );
  return handle.jsonValue();
}

// Records, in the page, every change of the status text and every click on a button, each with its time
// (performance.now()). Tests read it to tell which states a run went through and how long a transition took.
export async function watchStatus(page) {
  await page.evaluate(() => {
    if (window.__pyroomWatch) return;
    const history = (window.__pyroomWatch = []);
    const status = document.querySelector('.toolbar [role=status]');
    const note = (what) => history.push({ what, t: performance.now() });
    note(status.textContent);
    new MutationObserver(() => {
      if (history.at(-1)?.what !== status.textContent) note(status.textContent);
    }).observe(status, { childList: true, characterData: true, subtree: true });
    document.addEventListener(
      'click',
      (e) => {
        const button = e.target.closest?.('button');
        if (button) note(`click:${button.innerText.replace(/[^\w ]/g, '').trim()}`);
      },
      true,
    );
  });
}

// Forgets the recorded history (it restarts with the current status).
export async function resetHistory(page) {
  await watchStatus(page);
  await page.evaluate(() => {
    window.__pyroomWatch.length = 0;
    window.__pyroomWatch.push({ what: document.querySelector('.toolbar [role=status]').textContent, t: performance.now() });
  });
}

export async function statusHistory(page) {
  return page.evaluate(() => window.__pyroomWatch.slice());
}

// The status texts recorded since the last resetHistory, in order (clicks left out).
export async function statesSeen(page) {
  return (await statusHistory(page)).map((e) => e.what).filter((w) => !w.startsWith('click:'));
}

// Starts the editor's program as a user does: the Run button, or Ctrl+Enter with the focus in the editor.
// Resolves once the status said "Running…".
export async function startRun(page, { keys = false } = {}) {
  await resetHistory(page);
  if (keys) {
    await editorInput(page).focus();
    await page.keyboard.press('Control+Enter');
  } else {
    await run(page);
  }
  await page.waitForFunction(() => window.__pyroomWatch.some((e) => e.what === 'Running…'), null, { timeout: 15_000 });
}

// Waits until the run started by startRun has ended; returns the final status text ("Ready" or "Stopped").
export async function waitRunEnd(page, timeout = 60_000) {
  await page.waitForFunction(
    () =>
      window.__pyroomWatch.some((e) => e.what === 'Running…') &&
      ['Ready', 'Stopped'].includes(document.querySelector('.toolbar [role=status]').textContent),
    null,
    { timeout },
  );
  return status(page).textContent();
}

// Pastes `code`, runs it and waits for the end. Returns the console's text.
export async function runProgram(page, code, { keys = false, timeout = 60_000 } = {}) {
  await setCode(page, code);
  await startRun(page, { keys });
  await waitRunEnd(page, timeout);
  return consoleText(page);
}

// Brings the panel back to an idle state after a test that may have failed half-way: stops a running program and
// waits for Python to be ready.
export async function settle(page) {
  const now = await status(page).textContent();
  if (now === 'Running…' && (await page.getByRole('button', { name: 'Stop' }).isEnabled())) await clickStop(page);
  await page.waitForFunction(
    () => ['Ready', 'Stopped'].includes(document.querySelector('.toolbar [role=status]')?.textContent),
    null,
    { timeout: 60_000 },
  );
}

// Kills the page's renderer the hard way (no pagehide, no unload): as a crash of the panel would.
export async function crashRenderer(browser, page) {
  const cdp = await browser.context.newCDPSession(page);
  const crashed = page.waitForEvent('crash', { timeout: 10_000 });
  cdp.send('Page.crash').catch(() => {}); // never answers: the renderer is gone
  await crashed;
}

// The port of a browser launched with --remote-debugging-port=0.
export async function devtoolsPort(browser) {
  const file = await readFile(path.join(browser.userDataDir, 'DevToolsActivePort'), 'utf8');
  return Number(file.split('\n')[0]);
}

// Connects over CDP to a browser launched with --remote-debugging-port=0 and finds the page at `url` (waiting for it
// to appear). Returns the page and the connection (close it before the browser).
export async function pageOverCDP(browser, url, timeout = 15_000) {
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${await devtoolsPort(browser)}`);
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const page = cdp.contexts().flatMap((c) => c.pages()).find((p) => p.url() === url);
    if (page) return { page, cdp };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await cdp.close();
  throw new Error(`no page at ${url} within ${timeout} ms`);
}

// Opens the real side panel of a dist-test build (launched with args ['--remote-debugging-port=0']): a click, a
// real user gesture, on test/open-panel.html in a new tab, then the panel found over CDP and waited for. Returns the
// tab (still on open-panel.html, in the panel's window), the panel page, and the CDP connection (close it before the
// browser).
export async function openSidePanel(browser) {
  const tab = await browser.context.newPage();
  await tab.goto(browser.url('test/open-panel.html'));
  await tab.getByRole('button', { name: 'Open side panel' }).click();
  await tab.waitForFunction(() => document.body.dataset.opened, null, { timeout: 10_000 });
  const opened = await tab.evaluate(() => document.body.dataset.opened);
  if (opened !== 'yes') throw new Error(`the side panel did not open: ${opened}`);
  const { page: panel, cdp } = await pageOverCDP(browser, browser.url('panel.html'));
  panel.on('pageerror', (e) => console.error('[panel error]', e.message));
  await panelReady(panel);
  return { tab, panel, cdp };
}

// Serves folders over HTTP on 127.0.0.1 (a free port). `routes` maps URL prefixes ('/lift/') to folders;
// `answer(url, res)`, if given, may answer a request itself (it returns true when it did). Returns { origin, close }.
export async function serveStatic(routes, answer = null) {
  const { createServer } = await import('node:http');
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
    '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml' };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    try {
      if (answer && (await answer(url, res))) return;
      for (const [prefix, dir] of Object.entries(routes)) {
        if (!url.pathname.startsWith(prefix)) continue;
        const file = path.resolve(dir, decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html');
        if (!file.startsWith(path.resolve(dir) + path.sep)) break;
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(body);
        return;
      }
      res.writeHead(404).end();
    } catch {
      if (!res.headersSent) res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}
