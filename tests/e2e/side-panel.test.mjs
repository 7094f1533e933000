// The real side panel: opened by chrome.sidePanel.open() from a user gesture (a click on the test build's
// test/open-panel.html), found over CDP, and Python runs there.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';

let browser;
let cdp;
after(async () => {
  await cdp?.close();
  await browser?.close();
});

test('the real side panel opens from a click and runs Python', async (t) => {
  browser = await h.launch({ dist: 'dist-test', args: ['--remote-debugging-port=0'] });
  const tab = await browser.context.newPage();
  await tab.goto(browser.url('test/open-panel.html'));
  await tab.getByRole('button', { name: 'Open side panel' }).click();
  await tab.waitForFunction(() => document.body.dataset.opened, null, { timeout: 10_000 });
  assert.equal(await tab.evaluate(() => document.body.dataset.opened), 'yes');

  let panel;
  ({ page: panel, cdp } = await h.pageOverCDP(browser, browser.url('panel.html')));
  // A side panel is not a tab.
  assert.equal(await panel.evaluate(async () => (await chrome.tabs.getCurrent()) === undefined), true);
  t.diagnostic(`side panel is ${await panel.evaluate(() => `${innerWidth}x${innerHeight}`)} px`);
  await h.panelReady(panel);
  assert.equal(await panel.evaluate(() => crossOriginIsolated), true);
  const text = await h.runProgram(panel, "import js\nprint('in the side panel', js.crossOriginIsolated, 6 * 7)\n");
  assert.equal(text.trim(), 'in the side panel True 42');
});
