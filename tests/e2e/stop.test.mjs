// Stop (interrupt, and the 2 s fallback that replaces Python) and recovery from a crashed runtime.
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

const REPLACED = 'replaced by a fresh one';
const lines = (text) => text.trimEnd().split('\n');

// Time from the click on Stop to the first status `state` after it, from the page's own record.
async function afterStop(state) {
  const history = await h.statusHistory(page);
  const click = history.findIndex((e) => e.what === 'click:Stop');
  assert.ok(click >= 0, 'Stop was clicked');
  const next = history.slice(click).find((e) => e.what === state);
  return { ms: next ? next.t - history[click].t : Infinity, states: history.slice(click + 1).map((e) => e.what) };
}

// Runs `code` (which imports `module` and defines `leftover`, prints `marker`, then never ends by itself), stops it
// and checks the interrupt path: KeyboardInterrupt, "Stopped" at once, no restart. Then the next run must find the
// interpreter warm (`module` still imported) with a fresh __main__ (`leftover` gone).
async function stopsWithKeyboardInterrupt(t, module, code) {
  const probe = `import sys\nprint(${JSON.stringify(module)} in sys.modules)\n`;
  assert.deepEqual(lines(await h.runProgram(page, probe)), ['False'], `${module} must not be imported before`);

  await h.setCode(page, code);
  await h.startRun(page);
  await h.whenConsoleShows(page, 'started', 5_000);
  await h.clickStop(page);
  assert.equal(await h.waitRunEnd(page, 10_000), 'Stopped');
  const { ms, states } = await afterStop('Stopped');
  assert.ok(!states.includes('Loading Python…'), `Python was restarted instead of interrupted: ${states}`);
  t.diagnostic(`Stop -> Stopped in ${Math.round(ms)} ms`);
  assert.ok(ms < 300, `Stop took ${Math.round(ms)} ms (the interrupt should land within 100 ms)`);
  const text = await h.consoleText(page);
  assert.match(text, /^Traceback \(most recent call last\):\n {2}File "main\.py", line \d+, in <module>/m);
  assert.match(text, /^KeyboardInterrupt$/m);
  assert.ok(!text.includes(REPLACED), text);

  const check = `import sys\nprint(${JSON.stringify(module)} in sys.modules)\ntry:\n    leftover\nexcept NameError:\n    print('leftover is gone')\n`;
  assert.deepEqual(lines(await h.runProgram(page, check)), ['True', 'leftover is gone']);
}

test('Stop interrupts `while True: pass`; the next run is warm with a fresh __main__', async (t) => {
  await stopsWithKeyboardInterrupt(t, 'colorsys', "import colorsys\nleftover = 1\nprint('started')\nwhile True: pass\n");
});

test('Stop interrupts `time.sleep(100)`; the next run is warm with a fresh __main__', async (t) => {
  await stopsWithKeyboardInterrupt(t, 'wave', "import time, wave\nleftover = 1\nprint('started')\ntime.sleep(100)\n");
});

test('Stop on Python blocked where the interrupt cannot reach: replaced by a fresh Python after 2 s', async () => {
  const code = "import js\nprint('started')\njs.Atomics.wait(js.Int32Array.new(js.SharedArrayBuffer.new(4)), 0, 0)\n";
  await h.setCode(page, code);
  await h.startRun(page);
  await h.whenConsoleShows(page, 'started', 5_000);
  await h.clickStop(page);
  await h.waitConsole(page, REPLACED, 10_000);
  await h.waitStatus(page, 'Ready');
  const { ms, states } = await afterStop('Loading Python…');
  assert.equal(states[0], 'Stopping…');
  assert.ok(ms >= 1900 && ms < 4000, `Python was replaced ${Math.round(ms)} ms after Stop (expected after the 2 s grace)`);
  assert.equal(await h.editorText(page), code, 'the editor keeps the code');
  assert.deepEqual(lines(await h.runProgram(page, "print('the fresh Python runs')\n")), ['the fresh Python runs']);
});

test('a crashed runtime is reported and replaced; the editor keeps the code; the next run works', async () => {
  const code = "import os\nos.abort()\n";
  await h.setCode(page, code);
  await h.startRun(page);
  assert.equal(await h.waitRunEnd(page), 'Ready');
  const states = await h.statesSeen(page);
  assert.ok(
    states.some((s) => s.startsWith('Crashed')) && states.at(-1) === 'Ready',
    `the crash must show and a fresh Python must have been started: ${states}`,
  );
  const text = await h.consoleText(page);
  assert.match(text, /The Python runtime crashed/);
  assert.match(text, /Your code in the editor is kept/);
  assert.equal(await h.editorText(page), code, 'the editor keeps the code');
  assert.deepEqual(lines(await h.runProgram(page, "print('after the crash')\n")), ['after the crash']);
});

test('what a program printed just before it crashed is still shown', async () => {
  // A burst of output first, so that the last lines are still on their way to the console when Python dies.
  await h.setCode(page, "import os\nfor i in range(20000):\n    print(i)\nprint('last words')\nos.abort()\n");
  await h.startRun(page);
  await h.waitRunEnd(page);
  const text = await h.consoleText(page);
  // Between the last line and Pyroom's note stands what CPython prints when it aborts (Fatal Python error: ...).
  assert.match(text, /\n19999\nlast words\n(.*\n)*The Python runtime crashed/, `the end of the output is lost:\n…${text.slice(-300)}`);
});
