// Floods of output: the console stays bounded, says what it dropped, and the panel stays responsive.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';

let browser;
let page;
before(async () => {
  browser = await h.launch();
  page = await h.openPanel(browser);
});
after(async () => browser?.close());
beforeEach(async () => h.settle(page));

// The longest the panel took to answer while a program ran: round trips to the page every 50 ms until the status
// leaves "Running…" (a frozen panel answers late). `during` runs once, after the first probes.
const RESPONSIVE_MS = 500;
async function slowestAnswerWhileRunning(during = async () => {}, timeout = 120_000) {
  const deadline = Date.now() + timeout;
  let slowest = 0;
  for (let i = 0; Date.now() < deadline; i++) {
    const sent = Date.now();
    const state = await page.evaluate(() => document.querySelector('.toolbar [role=status]').textContent);
    slowest = Math.max(slowest, Date.now() - sent);
    if (state !== 'Running…' && state !== 'Stopping…') return slowest;
    if (i === 5) await during();
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the program did not end in time');
}

test('a million printed lines: the run ends, the last line and a note of dropped lines show, the panel stays responsive', async (t) => {
  await h.setCode(page, 'for i in range(10**6): print(i)\n');
  const began = Date.now();
  await h.startRun(page);
  const slowest = await slowestAnswerWhileRunning();
  t.diagnostic(`flood ran ${Date.now() - began} ms; slowest answer from the panel ${slowest} ms`);
  assert.equal(await h.status(page).textContent(), 'Ready');
  const lines = (await h.consoleText(page)).trimEnd().split('\n');
  assert.deepEqual(lines.slice(-3), ['999997', '999998', '999999']);
  const note = h.consoleLog(page).getByText(/earlier lines not shown/);
  assert.ok(await note.isVisible(), 'a visible note says that earlier lines were dropped');
  assert.ok(lines.length < 50_000, `the console keeps a bounded number of lines, not ${lines.length}`);
  assert.ok(slowest < RESPONSIVE_MS, `the panel froze for ${slowest} ms during the flood`);
});

test('Stop works during a flood of output', async (t) => {
  await h.setCode(page, 'i = 0\nwhile True:\n    print(i)\n    i += 1\n');
  await h.startRun(page);
  let clicked = 0;
  const slowest = await slowestAnswerWhileRunning(async () => {
    clicked = Date.now();
    await h.clickStop(page);
  }, 30_000);
  const took = Date.now() - clicked;
  t.diagnostic(`Stop during the flood: ${took} ms to end; slowest answer ${slowest} ms`);
  assert.equal(await h.status(page).textContent(), 'Stopped');
  const text = await h.consoleText(page);
  assert.match(text, /^KeyboardInterrupt$/m);
  assert.ok(!text.includes('replaced by a fresh one'), 'the interrupt stopped it, not a restart');
  assert.ok(took < 1500, `Stop took ${took} ms to end the flood`);
});

test('one 50 MB line: the panel stays responsive and the console says how much it did not show', async (t) => {
  await h.setCode(page, "print('x' * 50_000_000)\nprint('done')\n");
  const began = Date.now();
  await h.startRun(page);
  const slowest = await slowestAnswerWhileRunning();
  t.diagnostic(`50 MB line: ran ${Date.now() - began} ms; slowest answer ${slowest} ms`);
  assert.equal(await h.status(page).textContent(), 'Ready');
  const note = h.consoleLog(page).getByText(/\([\d,]+ more characters not shown\)/);
  assert.ok(await note.isVisible(), 'a visible note says that characters were not shown');
  const [, hidden] = (await note.textContent()).match(/\(([\d,]+) more characters/);
  const shown = (await h.consoleText(page)).split('\n')[0].replace(/ … \(.*$/, '').length;
  assert.equal(shown + Number(hidden.replace(/,/g, '')), 50_000_000, 'shown + not shown = the whole line');
  assert.match(await h.consoleText(page), /\ndone$/);
  assert.ok(slowest < RESPONSIVE_MS, `the panel froze for ${slowest} ms`);
});
