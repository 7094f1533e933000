// Running programs: streaming output, Run button and Ctrl+Enter, input(), errors, exit status, isolation.
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

const lines = (text) => text.trimEnd().split('\n');
// Every `File "..."` line of a traceback names the user's main.py: no frame of Pyroom's runner or of Pyodide.
const onlyUserFrames = (text) => text.match(/File "[^"]*"/g)?.every((f) => f === 'File "main.py"') ?? false;

test('output streams into the console while the program runs', async () => {
  await h.setCode(page, "import time\nprint('before the sleep')\ntime.sleep(1)\nprint('after the sleep')\n");
  await h.startRun(page);
  const seen = await h.whenConsoleShows(page, 'before the sleep', 5_000);
  const started = (await h.statusHistory(page)).find((e) => e.what === 'Running…').t;
  assert.equal(seen.status, 'Running…', 'the line must appear while the program still runs');
  assert.ok(!seen.text.includes('after the sleep'), 'the line must appear before the sleep ends');
  assert.ok(seen.at - started < 900, `the line appeared ${Math.round(seen.at - started)} ms after Run, not before the 1 s sleep ended`);
  assert.equal(await h.waitRunEnd(page), 'Ready');
  assert.deepEqual(lines(await h.consoleText(page)), ['before the sleep', 'after the sleep']);
});

test('stdout and stderr look different in the console', async () => {
  await h.runProgram(page, "import sys\nprint('to stdout')\nprint('to stderr', file=sys.stderr)\n");
  const log = h.consoleLog(page);
  const color = (text) => log.getByText(text, { exact: true }).evaluate((el) => getComputedStyle(el).color);
  assert.notEqual(await color('to stdout'), await color('to stderr'));
});

test('the Run button and Ctrl+Enter in the editor both run the program', async () => {
  assert.deepEqual(lines(await h.runProgram(page, "print('by button', 6 * 7)\n")), ['by button 42']);
  const code = "print('by keyboard', 6 * 7)\n";
  assert.deepEqual(lines(await h.runProgram(page, code, { keys: true })), ['by keyboard 42']);
  assert.equal(await h.editorText(page), code, 'Ctrl+Enter must run, not edit the code');
});

test('input() shows its prompt with an inline field; the typed line is echoed and used', async () => {
  await h.setCode(page, "name = input('Your name? ')\nprint(f'Hello, {name}!')\n");
  await h.startRun(page);
  const field = h.inputField(page);
  await field.waitFor({ timeout: 5_000 });
  assert.equal(await h.consoleText(page), 'Your name? ', 'the prompt is shown before the user types');
  assert.ok(await field.evaluate((el) => el === document.activeElement), 'the input field has the focus');
  await page.keyboard.type('Ada Lovelace');
  await page.keyboard.press('Enter');
  assert.equal(await h.waitRunEnd(page), 'Ready');
  assert.deepEqual(lines(await h.consoleText(page)), ['Your name? Ada Lovelace', 'Hello, Ada Lovelace!']);
  assert.equal(await field.count(), 0, 'the field goes away once the line is sent');
});

test('Ctrl+D in the input field gives the program EOFError', async () => {
  await h.setCode(page, "line = input('more? ')\nprint('got', repr(line))\n");
  await h.startRun(page);
  const field = h.inputField(page);
  await field.waitFor({ timeout: 5_000 });
  await field.press('Control+d');
  await h.waitRunEnd(page);
  const text = await h.consoleText(page);
  assert.match(text, /File "main\.py", line 1/);
  assert.match(text, /^EOFError: EOF when reading a line$/m);
  assert.ok(!text.includes('got'), text);
});

test('a syntax error shows a clean traceback and marks its line in the editor', async () => {
  const text = await h.runProgram(page, 'x = 1\ny = 2\nprint(x +)\n');
  assert.match(text, /File "main\.py", line 3/);
  assert.match(text, /^SyntaxError: invalid syntax$/m);
  assert.ok(onlyUserFrames(text), `Pyroom's own frames leak into the traceback:\n${text}`);
  assert.deepEqual(await h.errorLines(page), [3]);
});

test('a runtime error marks the failing line; editing clears the mark', async () => {
  const text = await h.runProgram(page, "print('ok')\nvalue = 1 / 0\nprint('not reached')\n");
  assert.match(text, /^Traceback \(most recent call last\):\n {2}File "main\.py", line 2, in <module>/m);
  assert.match(text, /^ZeroDivisionError: division by zero$/m);
  assert.ok(onlyUserFrames(text), `Pyroom's own frames leak into the traceback:\n${text}`);
  assert.ok(!text.includes('not reached'));
  assert.deepEqual(await h.errorLines(page), [2]);
  await h.typeInEditor(page, '#');
  await page.waitForFunction(() => !document.querySelector('.monaco-editor .error-line'), null, { timeout: 2_000 });
});

test('sys.exit(3) ends the run and shows the exit status', async () => {
  const text = await h.runProgram(page, "import sys\nprint('bye')\nsys.exit(3)\nprint('not reached')\n");
  assert.deepEqual(lines(text), ['bye', 'Program exited with status 3.']);
  assert.equal(await h.status(page).textContent(), 'Ready');
});

test('RecursionError is reported as a traceback, not as a crash', async () => {
  const text = await h.runProgram(page, 'def f():\n    return f()\n\nf()\n');
  assert.match(text, /^RecursionError: maximum recursion depth exceeded/m);
  assert.ok(onlyUserFrames(text), text);
  assert.deepEqual(await h.statesSeen(page), ['Ready', 'Running…', 'Ready'], 'the runtime must not crash or restart');
  assert.deepEqual(lines(await h.runProgram(page, "print('still warm')\n")), ['still warm']);
});

test('the panel and its Python worker are cross-origin isolated', async () => {
  assert.equal(await page.evaluate(() => crossOriginIsolated), true);
  // In the worker, `js` is the worker's global scope.
  const text = await h.runProgram(page, 'import js\nprint(js.constructor.name, js.crossOriginIsolated)\n');
  assert.deepEqual(lines(text), ['DedicatedWorkerGlobalScope True']);
});

test('the shipped build ignores the test-only ?fallback switch', async () => {
  const other = await h.openPanel(browser, '?fallback');
  try {
    const text = await h.runProgram(other, 'import js\nprint(js.constructor.name)\n');
    assert.deepEqual(lines(text), ['DedicatedWorkerGlobalScope']);
    assert.equal(await other.getByRole('note').count(), 0, 'no fallback banner');
  } finally {
    await other.close();
  }
});
