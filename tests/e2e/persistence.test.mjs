// The editor's code and the font size are kept in chrome.storage.local: across a reload, a renderer crash (only
// the debounced save can have kept the code then) and a restart of the browser with the same profile.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as h from './harness.mjs';

const profile = await mkdtemp(path.join(tmpdir(), 'pyroom-e2e-profile-'));
let browser;
after(async () => {
  await browser?.close();
  await rm(profile, { recursive: true, force: true });
});

const fontSize = (page) => page.getByRole('combobox', { name: 'Font size' });
const editorFontPx = (page) => page.locator('.monaco-editor .view-lines').evaluate((el) => getComputedStyle(el).fontSize);

// What the user typed must be there, at 18 px, and be what runs.
async function assertKept(page, code, why) {
  await h.waitEditorShows(page, code).catch((e) => assert.fail(`the code is not kept after ${why}: ${e.message}`));
  assert.equal(await fontSize(page).inputValue(), '18', `the font size setting is kept after ${why}`);
  assert.equal(await editorFontPx(page), '18px', `the editor uses the kept font size after ${why}`);
  assert.equal(await h.runProgram(page, code).then((t) => t.trim()), `${why} 42`);
}

async function typeProgram(page, word) {
  await h.editorInput(page).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await h.typeInEditor(page, `print("${word}", 6 * 7)`);
  const code = `print("${word}", 6 * 7)`;
  await h.waitEditorShows(page, code);
  return code;
}

test('code and font size survive a reload, a crash of the panel and a browser restart', async () => {
  browser = await h.launch({ userDataDir: profile });
  let page = await h.openPanel(browser);

  let code = await typeProgram(page, 'a reload');
  await fontSize(page).selectOption('18');
  assert.equal(await editorFontPx(page), '18px', 'the font size applies to the editor at once');
  await page.waitForTimeout(1000);
  await page.reload();
  await h.panelReady(page);
  await assertKept(page, code, 'a reload');

  // A crashed renderer gets no chance to save on the way out: only the save made within 1 s of typing counts.
  code = await typeProgram(page, 'a crash');
  await page.waitForTimeout(1000);
  await h.crashRenderer(browser, page);
  await page.close();
  page = await h.openPanel(browser);
  await assertKept(page, code, 'a crash');

  code = await typeProgram(page, 'a restart');
  await page.waitForTimeout(1000);
  await browser.close();
  browser = await h.launch({ userDataDir: profile });
  page = await h.openPanel(browser);
  await assertKept(page, code, 'a restart');
});
