// The main-thread fallback (no SharedArrayBuffer), forced in the test build by panel.html?fallback.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';

let browser;
let page;
before(async () => {
  browser = await h.launch({ dist: 'dist-test' });
  page = await h.openPanel(browser, '?fallback');
});
after(async () => browser?.close());
beforeEach(async () => h.settle(page));

const lines = (text) => text.trimEnd().split('\n');

test('fallback: Python runs on the panel thread and a banner says Stop cannot interrupt', async () => {
  const banner = page.getByRole('note');
  assert.ok(await banner.isVisible(), 'the banner is shown');
  assert.match(await banner.textContent(), /Stop cannot interrupt/);
  // On the panel's own thread, `js` is the page's window.
  assert.deepEqual(lines(await h.runProgram(page, 'import js\nprint(js.constructor.name)\n')), ['Window']);
});

test('fallback: output streams while the program runs, and Stop stays disabled', async () => {
  await h.setCode(page, "import time\nprint('tick')\ntime.sleep(1)\nprint('tock')\n");
  assert.ok(await page.getByRole('button', { name: 'Stop' }).isDisabled(), 'Stop is disabled before a run');
  await h.startRun(page);
  const seen = await h.whenConsoleShows(page, 'tick', 5_000);
  assert.equal(seen.status, 'Running…');
  assert.ok(!seen.text.includes('tock'), 'the first line shows before the sleep ends');
  assert.ok(await page.getByRole('button', { name: 'Stop' }).isDisabled(), 'Stop is disabled while running');
  assert.equal(await h.waitRunEnd(page), 'Ready');
  assert.deepEqual(lines(await h.consoleText(page)), ['tick', 'tock']);
});

test('fallback: input() works (JSPI)', async () => {
  await h.setCode(page, "n = int(input('How many? '))\nprint('twice is', 2 * n)\n");
  await h.startRun(page);
  const field = h.inputField(page);
  await field.waitFor({ timeout: 5_000 });
  await field.pressSequentially('21');
  await field.press('Enter');
  assert.equal(await h.waitRunEnd(page), 'Ready');
  assert.deepEqual(lines(await h.consoleText(page)), ['How many? 21', 'twice is 42']);
});
