// Runs extension/content/collect.js on every fixture page (tests/fixtures/lift/<generator>/index.html) in headless
// Chromium and writes what it returns to <generator>/raw.json, which the native tests (tests/lift_fixtures.rs) read.
// Usage: node tools/lift-fixtures/capture.mjs [--check] [generator ...]
//   --check: write nothing, fail if a page no longer gives its committed raw.json (collect.js changed).
import { chromium } from 'playwright-core';
import { readdir, readFile, writeFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, CHROMIUM, QUIET_FLAGS } from '../../tests/e2e/harness.mjs';
import { collectBlocks } from '../../extension/content/collect.js';

const FIX = path.join(ROOT, 'tests/fixtures/lift');
const check = process.argv.includes('--check');
const only = process.argv.slice(2).filter((a) => a !== '--check');
const stale = [];
const dirs = [];
for (const name of (await readdir(FIX)).sort()) {
  const page = path.join(FIX, name, 'index.html');
  if ((only.length === 0 || only.includes(name)) && (await stat(page).catch(() => null))) dirs.push(name);
}

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: QUIET_FLAGS });
try {
  const page = await browser.newPage();
  // The fixtures are single HTML files: nothing else is fetched (theme assets were not kept, fonts are remote).
  await page.route((url) => url.protocol !== 'file:', (route) => route.abort());
  // The fixtures show `<script>alert(...)` and `onerror=alert(1)` as code: a dialog means the markup is broken.
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  for (const name of dirs) {
    await page.goto(pathToFileURL(path.join(FIX, name, 'index.html')).href, { waitUntil: 'load' });
    const result = JSON.parse(await page.evaluate(collectBlocks));
    result.url = `${name}/index.html`;
    // Each locator must find exactly its block again (the Run buttons go beside them).
    const lost = await page.evaluate(
      (locators) => locators.filter((l) => document.querySelectorAll(l).length !== 1),
      result.blocks.map((b) => b.locator),
    );
    if (lost.length) throw new Error(`${name}: locators that do not find one element: ${lost.join(' | ')}`);
    if (dialogs.length) throw new Error(`${name} ran page code: ${dialogs}`);
    // One block a line, so that a change shows as a readable diff.
    const json = JSON.stringify(result, null, 1).replace(/\n {3,}/g, ' ').replace(/\n {2}([\]}])/g, ' $1');
    const file = path.join(FIX, name, 'raw.json');
    if (check) {
      if ((await readFile(file, 'utf8').catch(() => '')) !== `${json}\n`) stale.push(name);
    } else {
      await writeFile(file, `${json}\n`);
    }
    console.log(`[lift-fixtures] ${name}: ${result.blocks.length} blocks`);
  }
} finally {
  await browser.close();
}
if (stale.length) {
  console.error(`[lift-fixtures] raw.json is stale for: ${stale.join(', ')} (run tools/lift-fixtures/generate.sh --capture-only)`);
  process.exit(1);
}
