// tkinter benchmark: the same three programs (bench/tk_programs/*.py) in the extension's Preview and under desktop
// CPython 3.13 with real Tk under Xvfb, interleaved in one run. Prints a table with ours/desktop ratios, writes
// build/bench-tkinter.json.
// Env: BENCH_TK_RUNS (timed runs per program and side, default 5), BENCH_TK_PYTHON (the desktop Python),
// BENCH_TK_ONLY (comma-separated program keys, default all), BENCH_TK_DESKTOP_ONLY=1 (skip the extension: no dist/
// or Chromium needed).
//
//   grid:      1,000 widgets (40 x 25 Labels and Buttons) gridded, then update() and winfo_width();
//   labels:    a Label's text set 10,000 times from an after(0, ...) loop, then root.destroy() ends mainloop();
//   roundtrip: configure(width=...), update_idletasks(), winfo_width(), 200 times: the median per call.
//
// Both sides: each program times itself with time.perf_counter() and prints one JSON line ({"bench": key, ...}); the
// table compares those figures, so interpreter and Xvfb start-up are not counted on either side. Ours also reports
// Run -> Ready (the trusted click on Run to the status saying Ready, from the harness's status history), which adds
// the run's start and end in the panel. The interpreter is warm (a discarded first run imported tkinter), as it is
// for a user's second Run; the desktop's discarded first run warms the disk cache.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { launch, openPanel, runProgram, statusHistory, consoleText, ROOT, CHROMIUM } from '../tests/e2e/harness.mjs';
import { stats, printTable } from './bench.mjs';

const RUNS = Number(process.env.BENCH_TK_RUNS || 5);
const PYTHON = process.env.BENCH_TK_PYTHON || '/root/.pyenv/versions/3.13.0/bin/python3';
const DESKTOP_ONLY = process.env.BENCH_TK_DESKTOP_ONLY === '1';
const STEP_MS = 180_000;
const HERE = path.dirname(fileURLToPath(import.meta.url));
const run$ = promisify(execFile);

// metric: the field of the program's JSON line that the table compares (ms).
const ALL_PROGRAMS = {
  grid: { file: 'grid.py', metric: 'total_ms', label: '1,000 widgets gridded + update()' },
  labels: { file: 'labels.py', metric: 'total_ms', label: '10,000 Label texts from after(0) loop' },
  roundtrip: { file: 'roundtrip.py', metric: 'median_ms', label: 'configure(width) + winfo_width(), per call' },
};

const only = process.env.BENCH_TK_ONLY?.split(',').map((k) => k.trim()).filter(Boolean);
export const PROGRAMS = Object.fromEntries(Object.entries(ALL_PROGRAMS).filter(([k]) => !only || only.includes(k)));

// The last JSON line the program printed for `key`, or null.
export function reportOf(text, key) {
  let found = null;
  for (const line of text.split('\n')) {
    const s = line.trim();
    if (!s.startsWith('{"bench"')) continue;
    try {
      const r = JSON.parse(s);
      if (r.bench === key) found = r;
    } catch { /* a line cut short: not a report */ }
  }
  return found;
}

// The program as the panel's editor gets it: two lines (the harness checks the editor by its visible lines, which a
// longer program would scroll out of view); exec() at module level runs it with the module's globals, as a file.
// A JSON string is a Python string literal.
export const panelCode = (code, file) => `import tkinter\nexec(compile(${JSON.stringify(code)}, ${JSON.stringify(file)}, "exec"))\n`;

// One timed run in the panel. Returns the program's report, plus wall: Run -> Ready in ms.
async function oursOnce(page, key, code) {
  const text = await runProgram(page, panelCode(code, PROGRAMS[key].file), { timeout: STEP_MS });
  const report = reportOf(text, key);
  if (!report) throw new Error(`${key}: no report in the panel's console:\n${text.slice(-2000)}`);
  const history = await statusHistory(page);
  const click = history.find((e) => e.what === 'click:Run');
  const ready = history.findLast((e) => e.what === 'Ready');
  report.wall = click && ready && ready.t > click.t ? ready.t - click.t : null;
  return report;
}

// One run under desktop CPython + Tk (Xvfb). Returns the program's report, plus wall: process start -> exit in ms.
async function desktopOnce(key, file) {
  const t0 = performance.now();
  const { stdout } = await run$('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24 -dpi 96', PYTHON, file], { timeout: STEP_MS });
  const report = reportOf(stdout, key);
  if (!report) throw new Error(`${key}: no report from ${file}: ${stdout}`);
  report.wall = performance.now() - t0;
  return report;
}

const ms = (v) => (v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(1) : v.toFixed(3));
const fmt = (s) => (s ? `${ms(s.median)} ms (${ms(s.min)}-${ms(s.max)})` : 'n/a');

async function main() {
  const watchdog = setTimeout(() => { console.error('bench/tkinter: gave up after 30 minutes'); process.exit(2); }, 30 * 60_000);
  // Private copies: of dist/ (a rebuild meanwhile cannot pull files from under the bench) and of the programs.
  const tmp = mkdtempSync(path.join(tmpdir(), 'pyroom-bench-tkinter-'));
  const snap = path.join(tmp, 'dist');
  const files = {};
  const codes = {};
  const ours = Object.fromEntries(Object.keys(PROGRAMS).map((k) => [k, []]));
  const desktop = Object.fromEntries(Object.keys(PROGRAMS).map((k) => [k, []]));
  let browser;
  let python;
  let chromium = null;
  try {
    python = (await run$(PYTHON, ['-c', 'import sys, tkinter; print(sys.version.split()[0], f"(Tk {tkinter.TkVersion})")'])).stdout.trim();
    for (const [key, prog] of Object.entries(PROGRAMS)) {
      codes[key] = readFileSync(path.join(HERE, 'tk_programs', prog.file), 'utf8');
      files[key] = path.join(tmp, prog.file);
      writeFileSync(files[key], codes[key]);
    }
    let page = null;
    if (!DESKTOP_ONLY) {
      cpSync(path.join(ROOT, 'dist'), snap, { recursive: true, dereference: true });
      if (!existsSync(path.join(snap, 'manifest.json'))) throw new Error('dist/ is missing or being rebuilt; run make dist');
      browser = await launch({ dist: path.relative(ROOT, snap) });
      page = await openPanel(browser);
      page.setDefaultTimeout(STEP_MS);
      chromium = (await run$(CHROMIUM, ['--version'])).stdout.trim();
    }
    for (const [key] of Object.entries(PROGRAMS)) {
      if (page) await oursOnce(page, key, codes[key]); // warm-up: imports tkinter; not counted
      await desktopOnce(key, files[key]);
      for (let i = 0; i < RUNS; i++) { // interleaved, so drift in the machine hits both alike
        const metric = PROGRAMS[key].metric;
        let line = `${key} ${i + 1}/${RUNS}:`;
        if (page) {
          ours[key].push(await oursOnce(page, key, codes[key]));
          const o = ours[key].at(-1);
          line += ` ours ${ms(o[metric])} ms (Run -> Ready ${o.wall === null ? 'n/a' : ms(o.wall)} ms),`;
        }
        desktop[key].push(await desktopOnce(key, files[key]));
        console.log(`${line} desktop ${ms(desktop[key].at(-1)[metric])} ms`);
      }
    }
  } catch (e) {
    if (browser) {
      const page = browser.context.pages().at(-1);
      if (page) console.error('console at failure:\n' + (await consoleText(page).catch(() => '?')).slice(-2000));
    }
    throw e;
  } finally {
    await browser?.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  const result = { date: new Date().toISOString(), chromium, desktop: `CPython ${python} with Tk under Xvfb`, runs: RUNS, unit: 'ms',
    metrics: {} };
  const rows = [['metric', 'ours (in Python)', 'desktop (in Python)', 'ours/desktop', 'ours Run -> Ready']];
  for (const [key, prog] of Object.entries(PROGRAMS)) {
    const o = stats(ours[key].map((r) => r[prog.metric]));
    const d = stats(desktop[key].map((r) => r[prog.metric]));
    const wall = stats(ours[key].map((r) => r.wall));
    const ratio = o && d ? o.median / d.median : null;
    result.metrics[key] = { label: prog.label, field: prog.metric, ours: o, oursWall: wall, desktop: d,
      desktopWall: stats(desktop[key].map((r) => r.wall)), oursReports: ours[key], desktopReports: desktop[key], ratio };
    rows.push([prog.label, fmt(o), fmt(d), ratio === null ? 'n/a' : ratio.toFixed(2), fmt(wall)]);
  }
  console.log(`\n${chromium ?? 'extension skipped (BENCH_TK_DESKTOP_ONLY=1)'}; desktop: CPython ${python} under Xvfb; median (min-max) of ${RUNS} runs each\n`);
  printTable(rows);
  mkdirSync(path.join(ROOT, 'build'), { recursive: true });
  writeFileSync(path.join(ROOT, 'build/bench-tkinter.json'), JSON.stringify(result, null, 2) + '\n');
  console.log('wrote build/bench-tkinter.json');
  clearTimeout(watchdog);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => { console.error(e); process.exit(1); });
}
