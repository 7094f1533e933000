// `make bench`: start-up and output benchmarks of the panel (ours) against Pyodide's own console.html (the peer), in
// one headless Chromium. Prints a table, writes build/bench-spine.json. Env: BENCH_LOADS (default 5).
//
// Timing is taken inside the page: performance.now() counts from the start of the navigation, and a MutationObserver
// (installed before any page script, see probe) stamps the first moment the DOM shows a watched state. User actions
// are stamped by their own event's timeStamp (the trusted click or Enter keydown), so Playwright's round trips are only
// included where a user's reaction would be (typing into the peer once its prompt shows).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, setCode, run, ROOT, CHROMIUM } from '../tests/e2e/harness.mjs';
import { startPeerServer } from './peer-server.mjs';

const LOADS = Number(process.env.BENCH_LOADS || 5);
const STEP_MS = 60_000;
const FLOOD = 100_000; // ours only: the peer's terminal slows down superlinearly (1,000 lines ~7 s, 2,000 ~33 s)
const SMALL_FLOOD = 1_000; // both
const OURS = { status: '.toolbar [role=status]', last: '[role=log][aria-label=Console] .lines > :last-child' };
const PEER = { prompt: '.cmd-prompt', output: '.terminal-output', last: '.terminal-output > :last-child' };

// Runs in the page before its own scripts. A watch is a list of checks {sel, is} (trimmed text equals) or {sel, has}
// (text contains), all of which must hold; its mark is the performance.now() of the first DOM change after which they
// do. A text that is set and replaced within one task (status "Ready" then at once "Running…") still counts.
function probe(initial) {
  const norm = (s) => (s ?? '').replace(/\u00a0/g, ' ').trim();
  const ok = ({ sel, is, has }, t) => (is !== undefined ? norm(t) === is : norm(t).includes(has));
  const watches = new Map(Object.entries(initial));
  const marks = {};
  const events = {};
  const check = (records = []) => {
    for (const [name, checks] of watches) {
      const held = checks.every((c) => ok(c, document.querySelector(c.sel)?.textContent) || records.some((r) =>
        r.target.nodeType === 1 && r.target.matches(c.sel) && [...r.addedNodes].some((n) => ok(c, n.textContent))));
      if (held) {
        marks[name] = performance.now();
        watches.delete(name);
      }
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  addEventListener('click', (e) => (events.click = e.timeStamp), true);
  addEventListener('keydown', (e) => e.key === 'Enter' && (events.Enter = e.timeStamp), true);
  window.__bench = { marks, events, watch: (name, checks) => (watches.set(name, checks), check()) };
}

// A new tab with the probe; records requests that leave 127.0.0.1 and the extension.
export async function probedPage(browser, watches, offsite) {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(STEP_MS);
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  page.on('request', (r) => /^(chrome-extension|data|blob):|^https?:\/\/127\.0\.0\.1[:/]/.test(r.url()) || offsite.push(r.url()));
  await page.addInitScript(probe, watches);
  return page;
}
export const watch = (page, name, checks) => page.evaluate(([n, c]) => window.__bench.watch(n, c), [name, checks]);
export const waitMark = async (page, name, timeout = STEP_MS) =>
  (await page.waitForFunction((n) => window.__bench.marks[n], name, { timeout, polling: 'raf' })).jsonValue();
export const eventTime = (page, type) => page.evaluate((t) => window.__bench.events[t], type);

// Ours, one fresh load: the code is pasted as soon as the editor takes input and Run is clicked at once (the panel
// queues it while Python loads), so nav->output is the best a quick user gets. Then warm runs, each timed from the click.
export async function oursOnce(browser, offsite) {
  const page = await probedPage(browser, { ready: [{ sel: OURS.status, is: 'Ready' }], out: [{ sel: OURS.last, is: '1' }] }, offsite);
  try {
    await page.goto(browser.url('panel.html'), { waitUntil: 'commit' });
    await page.waitForSelector('.pyroom[data-editor=ready]');
    await setCode(page, 'print(1)');
    await run(page);
    const r = { ready: await waitMark(page, 'ready'), first: await waitMark(page, 'out') };
    const timed = async (name, code, last, timeout = STEP_MS) => {
      await setCode(page, code);
      await watch(page, name, [{ sel: OURS.last, is: last }, { sel: OURS.status, is: 'Ready' }]);
      await run(page);
      r[name] = (await waitMark(page, name, timeout)) - (await eventTime(page, 'click'));
    };
    await timed('rerun', 'print(2)', '2');
    await timed('small', `for i in range(${SMALL_FLOOD}): print(i)`, String(SMALL_FLOOD - 1));
    await timed('flood', `for i in range(${FLOOD}): print(i)`, String(FLOOD - 1), 3 * STEP_MS);
    return r;
  } finally {
    await page.close();
  }
}

// The peer, one fresh load: type as soon as its prompt shows (typing time is included in nav->output).
export async function peerOnce(browser, origin, offsite) {
  const ready = [{ sel: PEER.prompt, has: '>>>' }, { sel: PEER.output, has: 'Welcome to the Pyodide' }];
  const page = await probedPage(browser, { ready, out: [{ sel: PEER.last, is: '1' }] }, offsite);
  try {
    await page.goto(`${origin}/console.html`, { waitUntil: 'commit' });
    const r = { ready: await waitMark(page, 'ready') };
    await page.keyboard.type('print(1)');
    await page.keyboard.press('Enter');
    r.first = await waitMark(page, 'out');
    r.rerun = r.first - (await eventTime(page, 'Enter'));
    // A compound statement: Enter, wait for the continuation prompt, Enter again on the empty line.
    await page.waitForFunction((s) => document.querySelector(s)?.textContent.includes('>>>'), PEER.prompt);
    await page.keyboard.type(`for i in range(${SMALL_FLOOD}): print(i)`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((s) => document.querySelector(s)?.textContent.includes('...'), PEER.prompt);
    await watch(page, 'small', [{ sel: PEER.last, is: String(SMALL_FLOOD - 1) }, { sel: PEER.prompt, has: '>>>' }]);
    await page.keyboard.press('Enter');
    r.small = (await waitMark(page, 'small', 3 * STEP_MS)) - (await eventTime(page, 'Enter'));
    return r;
  } finally {
    await page.close();
  }
}

export function stats(xs) {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return { median: s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2, min: s[0], max: s.at(-1), n: s.length, samples: xs };
}

// rows: arrays of cells; the first row is the header. Columns are padded; numbers align right.
export function printTable(rows) {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const [k, r] of rows.entries()) {
    console.log(r.map((c, i) => (i ? String(c).padStart(w[i]) : String(c).padEnd(w[i]))).join('  '));
    if (k === 0) console.log(w.map((n) => '-'.repeat(n)).join('  '));
  }
}

const fmt = (s) => (s ? `${(s.median / 1000).toFixed(3)} s (${(s.min / 1000).toFixed(2)}-${(s.max / 1000).toFixed(2)})` : 'n/a');

function bytes(p) {
  const st = statSync(p, { throwIfNoEntry: false });
  if (!st) return null;
  return st.isDirectory() ? readdirSync(p).reduce((n, f) => n + bytes(path.join(p, f)), 0) : st.size;
}
export function sizes() {
  const rel = { 'dist/ total': 'dist', 'panel wasm (dist/pkg/pyroom_bg.wasm)': 'dist/pkg/pyroom_bg.wasm',
    'editor bundle (dist/editor)': 'dist/editor', 'Pyodide (dist/pyodide)': 'dist/pyodide', 'build/pyroom.zip': 'build/pyroom.zip' };
  return Object.fromEntries(Object.entries(rel).map(([k, p]) => [k, bytes(path.join(ROOT, p))]));
}

async function main() {
  const watchdog = setTimeout(() => { console.error('bench: gave up after 20 minutes'); process.exit(2); }, 20 * 60_000);
  // A private copy of dist/, so that a rebuild running meanwhile (make test) cannot pull files from under the bench.
  const snap = mkdtempSync(path.join(tmpdir(), 'pyroom-bench-'));
  const offsite = [];
  const ours = [], peer = [];
  let server, browser;
  try {
    cpSync(path.join(ROOT, 'dist'), snap, { recursive: true });
    if (!existsSync(path.join(snap, 'manifest.json'))) throw new Error('dist/ is missing or being rebuilt; run make dist');
    server = await startPeerServer(path.join(ROOT, 'node_modules'));
    browser = await launch({ dist: path.relative(ROOT, snap) });
    for (let i = 0; i < LOADS; i++) { // interleaved, so drift in the machine hits both alike
      ours.push(await oursOnce(browser, offsite));
      peer.push(await peerOnce(browser, server.origin, offsite));
      console.log(`load ${i + 1}/${LOADS}: ours ready ${ours.at(-1).ready.toFixed(0)} ms, peer ready ${peer.at(-1).ready.toFixed(0)} ms`);
    }
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(snap, { recursive: true, force: true });
  }
  const metrics = {
    'nav -> ready': 'ready',
    'nav -> print(1) output': 'first',
    'print(1): Run/Enter -> output, warm': 'rerun',
    [`${SMALL_FLOOD} lines: Run/Enter -> last line`]: 'small',
    [`${FLOOD} lines: Run -> last line + Ready`]: 'flood',
  };
  const result = { date: new Date().toISOString(), chromium: execFileSync(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(),
    loads: LOADS, unit: 'ms', metrics: {}, sizes: sizes(), offsiteRequests: offsite };
  const rows = [['metric', 'ours median (min-max)', 'peer median (min-max)', 'ours/peer']];
  for (const [label, key] of Object.entries(metrics)) {
    const o = stats(ours.map((r) => r[key])), p = stats(peer.map((r) => r[key]));
    result.metrics[label] = { ours: o, peer: p };
    rows.push([label, fmt(o), fmt(p), o && p ? (o.median / p.median).toFixed(2) : 'n/a']);
  }
  console.log(`\n${result.chromium}, ${LOADS} fresh loads each; peer = Pyodide console.html on 127.0.0.1\n`);
  printTable(rows);
  console.log('');
  printTable([['size', 'MB'], ...Object.entries(result.sizes).map(([k, v]) => [k, v == null ? 'missing' : (v / 1e6).toFixed(2)])]);
  if (offsite.length) console.log(`\nWARNING: requests that left 127.0.0.1: ${[...new Set(offsite)].join(', ')}`);
  mkdirSync(path.join(ROOT, 'build'), { recursive: true });
  writeFileSync(path.join(ROOT, 'build/bench-spine.json'), JSON.stringify(result, null, 2) + '\n');
  console.log('\nwrote build/bench-spine.json');
  clearTimeout(watchdog);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => { console.error(e); process.exit(1); });
}
