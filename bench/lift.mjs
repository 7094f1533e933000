// `node bench/lift.mjs`: "On this page" on a large reference page, in the real side panel of the test build.
// Generates a page in the markup of a big Sphinx reference page (2,000 code blocks, about 5 MB of HTML: Pygments
// spans, prompt spans, line-number tables, a long sidebar, prose with inline code; Python scripts, >>> and IPython
// sessions, and shell, JSON, YAML, INI, output and traceback blocks that are not Python), serves it on 127.0.0.1,
// and measures (median of BENCH_RUNS, default 7):
// - list: the panel reading the page and rendering its list, on switching to its tab. Timed in the panel with
//   performance.now(): the tab's activation (chrome.tabs.onActivated), the refresh starting (its first
//   chrome.tabs.query), the page read (chrome.scripting.executeScript(collectBlocks) sent and answered), and the
//   list in the DOM (a MutationObserver on the list, which runs right after the task that built it) and painted
//   (the next animation frame). The refresh is debounced by 250 ms after an activation, so activation -> list
//   includes that wait; refresh -> list is the panel's own work.
// - lift one block: a click on "Open block N in editor" (the click event's timeStamp) to Monaco showing the block's
//   first line (a MutationObserver on the editor's lines).
// - the parts alone: collectBlocks() in the page's main world, and the wasm lifter (liftPage) on its result.
// Prints a table, writes build/bench-lift.json. Env: BENCH_RUNS, PYROOM_LIFT_DIST (a copy of dist-test in the repo).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, openSidePanel, serveStatic, ROOT, CHROMIUM } from '../tests/e2e/harness.mjs';
import { printTable, stats } from './bench.mjs';

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS || 7));
const DIST = process.env.PYROOM_LIFT_DIST || 'dist-test';
const BLOCKS = 2000;
const TARGET_LIST_MS = 200;

// ---- the reference page ----

function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const KEYWORDS = new Set(('False None True and as assert async await break class continue def del elif else except finally for ' +
  'from global if import in is lambda nonlocal not or pass raise return try while with yield').split(' '));
const BUILTINS = new Set('print len range sorted sum min max isinstance dict list set tuple str int float open enumerate zip super'.split(' '));

// Pygments' HTML for one line of Python (close enough: the same span classes and density).
function pyHighlight(line) {
  let out = '';
  let prev = '';
  for (const m of line.matchAll(/(\s+)|(#.*$)|("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(\d+(?:\.\d+)?)|([A-Za-z_]\w*)|(.)/g)) {
    const [tok, space, comment, string, number, name] = m;
    let cls;
    if (space) { out += tok; continue; }
    if (comment) cls = 'c1';
    else if (string) cls = tok.startsWith('"') ? 's2' : 's1';
    else if (number) cls = tok.includes('.') ? 'mf' : 'mi';
    else if (name) cls = KEYWORDS.has(tok) ? (tok === 'import' || tok === 'from' ? 'kn' : 'k') : BUILTINS.has(tok) ? 'nb' : prev === 'def' ? 'nf' : prev === 'class' ? 'nc' : 'n';
    else cls = '=+-*/<>%!@'.includes(tok) ? 'o' : 'p';
    out += `<span class="${cls}">${esc(tok)}</span>`;
    prev = tok;
  }
  return out;
}

const sphinxBlock = (lang, inner) =>
  `<div class="highlight-${lang} notranslate"><div class="highlight"><pre><span></span>${inner}</pre></div></div>\n`;

function pythonScript(i, r) {
  const name = `transform_${i}`;
  const lines = [
    'import statistics',
    `from collections import Counter`,
    '',
    `def ${name}(values, scale=${(r() * 10).toFixed(1)}):`,
    `    """Scale the values of sample ${i} and count them."""`,
    '    scaled = [v * scale for v in values if v is not None]',
  ];
  const extra = 2 + Math.floor(r() * 10);
  for (let k = 0; k < extra; k++) {
    lines.push(k % 3 === 0 ? `    if len(scaled) > ${k}:  # keep the first ${k} aside` : k % 3 === 1 ? `        scaled[${k}] = round(scaled[${k}], ${k % 4})` : `    total_${k} = sum(scaled[:${k + 1}])`);
  }
  lines.push('    return Counter(scaled), statistics.mean(scaled)', '', `print(${name}([1, 2, 3, ${i}]))`);
  return lines;
}

function pythonClass(i, r) {
  const lines = [`class Record${i}:`, `    """A row of table ${i}."""`, '', '    def __init__(self, key, value=None):', '        self.key = key', '        self.value = value', ''];
  const methods = 1 + Math.floor(r() * 4);
  for (let k = 0; k < methods; k++) {
    lines.push(`    def field_${k}(self, default="${k}"):`, `        return getattr(self, "key", default) * ${k + 1}`, '');
  }
  lines.push(`r = Record${i}("k${i}")`, 'print(r.field_0())');
  return lines;
}

function pyconSession(i, r) {
  const lines = [];
  const n = 2 + Math.floor(r() * 4);
  for (let k = 0; k < n; k++) {
    const kind = Math.floor(r() * 3);
    if (kind === 0) lines.push(['>>> ', `data = {"id": ${i}, "n": ${k}}`]);
    else if (kind === 1) lines.push(['>>> ', `sorted([${k + 3}, ${i % 7}, 1])`], ['', `[1, ${Math.min(k + 3, i % 7)}, ${Math.max(k + 3, i % 7)}]`]);
    else lines.push(['>>> ', `for x in range(${k + 1}):`], ['... ', '    print(x)'], ...Array.from({ length: k + 1 }, (_, x) => ['', String(x)]));
  }
  return lines;
}

function pyconHtml(lines) {
  return lines
    .map(([prompt, text]) => (prompt ? `<span class="gp">${esc(prompt)}</span>${pyHighlight(text)}` : `<span class="go">${esc(text)}</span>`))
    .join('\n');
}

function ipythonHtml(i) {
  return [
    `<span class="gp">In [1]: </span>${pyHighlight(`values = list(range(${i % 10 + 3}))`)}`,
    '',
    `<span class="gp">In [2]: </span>${pyHighlight('sum(values)')}`,
    `<span class="gh">Out[2]: </span><span class="go">${((i % 10 + 3) * (i % 10 + 2)) / 2}</span>`,
  ].join('\n');
}

function lineNumbered(lines) {
  const numbers = lines.map((_, k) => `<span class="normal">${k + 1}</span>`).join('\n');
  return `<div class="highlight-python notranslate"><div class="highlight"><table class="highlighttable"><tr><td class="linenos"><div class="linenodiv"><pre>${numbers}</pre></div></td><td class="code"><div><pre><span></span>${lines.map(pyHighlight).join('\n')}\n</pre></div></td></tr></table></div></div>\n`;
}

function otherBlock(kind, i) {
  switch (kind) {
    case 'shell':
      return sphinxBlock('console', `<span class="gp">$ </span>pip install package-${i}\n<span class="go">Collecting package-${i}</span>\n<span class="go">Successfully installed package-${i}-1.${i % 10}</span>\n<span class="gp">$ </span>python -m package_${i} --verbose\n`);
    case 'json':
      return sphinxBlock('json', esc(`{\n  "name": "item-${i}",\n  "size": ${i * 3},\n  "tags": ["a", "b"],\n  "nested": {"ok": true, "ratio": 0.${i % 100}}\n}`) + '\n');
    case 'yaml':
      return sphinxBlock('yaml', esc(`service:\n  name: worker-${i}\n  replicas: ${i % 5 + 1}\n  env:\n    - DEBUG=false\n`));
    case 'ini':
      return sphinxBlock('ini', esc(`[section_${i}]\nenabled = true\nlevel = ${i % 9}\n`));
    case 'text':
      return sphinxBlock('text', esc(`result ${i}: ${(i * 0.37).toFixed(3)}\nelapsed: ${i % 60} s\n`));
    default: // pytb
      return sphinxBlock('pytb', esc(`Traceback (most recent call last):\n  File "example_${i}.py", line ${i % 90 + 1}, in <module>\n    main()\nValueError: bad value ${i}\n`));
  }
}

function prose(i, r) {
  const words = 'the value of each field is computed once and cached so that later calls return the same object unless the configuration changes between two runs of the process'.split(' ');
  const sentence = () => Array.from({ length: 12 + Math.floor(r() * 14) }, () => words[Math.floor(r() * words.length)]).join(' ');
  const inline = (t) => `<code class="docutils literal notranslate"><span class="pre">${esc(t)}</span></code>`;
  return `<p>${sentence()} ${inline(`transform_${i}()`)} ${sentence()}. See <a class="reference internal" href="#s${i}"><span class="std std-ref">section ${i}</span></a> and ${inline(`Record${i}.field_0`)}; ${sentence()}.</p>\n`;
}

// The autodoc entry the block illustrates (Sphinx's <dl class="py function">).
function signature(i) {
  const param = (name, def) => `<em class="sig-param"><span class="n"><span class="pre">${name}</span></span>${def ? `<span class="o"><span class="pre">=</span></span><span class="default_value"><span class="pre">${def}</span></span>` : ''}</em>`;
  return `<dl class="py function"><dt class="sig sig-object py" id="transforms.transform_${i}"><span class="sig-prename descclassname"><span class="pre">transforms.</span></span><span class="sig-name descname"><span class="pre">transform_${i}</span></span><span class="sig-paren">(</span>${param('values')}, ${param('scale', '1.0')}<span class="sig-paren">)</span><a class="headerlink" href="#transforms.transform_${i}" title="Link to this definition">¶</a></dt>
<dd><dl class="field-list simple"><dt class="field-odd">Parameters<span class="colon">:</span></dt><dd class="field-odd"><ul class="simple"><li><p><strong>values</strong> – the samples.</p></li><li><p><strong>scale</strong> – a factor.</p></li></ul></dd></dl></dd></dl>
`;
}

export function referencePage({ blocks = BLOCKS, seed = 20_260 } = {}) {
  const r = rng(seed);
  const counts = { python: 0, doctest: 0, ipython: 0, other: 0, lineNumbered: 0 };
  const sections = [];
  let body = '';
  for (let i = 0; i < blocks; i++) {
    if (i % 5 === 0) {
      const id = `s${i}`;
      sections.push(id);
      body += `${i ? '</section>\n' : ''}<section id="${id}"><h2>Section ${i / 5 + 1}: transforms ${i}–${i + 4}<a class="headerlink" href="#${id}" title="Link to this heading">¶</a></h2>\n`;
    }
    body += (i % 5 === 0 ? signature(i) : "") + prose(i, r);
    const x = r();
    if (x < 0.36) {
      const lines = r() < 0.5 ? pythonScript(i, r) : pythonClass(i, r);
      if (r() < 0.12) {
        body += lineNumbered(lines);
        counts.lineNumbered += 1;
      } else body += sphinxBlock(r() < 0.7 ? 'python' : 'default', lines.map(pyHighlight).join('\n') + '\n');
      counts.python += 1;
    } else if (x < 0.58) {
      body += sphinxBlock(r() < 0.8 ? 'pycon' : 'python', pyconHtml(pyconSession(i, r)) + '\n');
      counts.doctest += 1;
    } else if (x < 0.63) {
      body += sphinxBlock('ipython3', ipythonHtml(i) + '\n');
      counts.ipython += 1;
    } else {
      const kinds = ['shell', 'shell', 'json', 'yaml', 'ini', 'text', 'text', 'pytb'];
      body += otherBlock(kinds[Math.floor(r() * kinds.length)], i);
      counts.other += 1;
    }
  }
  body += '</section>\n';
  const toc = sections.map((id, k) => `<li class="toctree-l2"><a class="reference internal" href="#${id}">Section ${k + 1}</a></li>`).join('\n');
  const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>transforms — API reference (Pyroom benchmark page)</title>
<style>body{font:15px/1.5 sans-serif;margin:0;display:flex}.sphinxsidebar{width:260px;flex:none}.body{padding:1em;min-width:0}
pre{background:#f8f8f8;padding:6px;overflow:auto}.linenos{color:#999}.highlighttable{border-spacing:0}</style>
</head><body>
<div class="sphinxsidebar" role="navigation" aria-label="Main"><div class="sphinxsidebarwrapper"><h3>Table of contents</h3><ul>
${toc}
</ul></div></div>
<div class="document"><div class="documentwrapper"><div class="bodywrapper"><div class="body" role="main">
<h1>transforms — API reference</h1>
${body}</div></div></div></div>
</body></html>
`;
  return { html, counts, blocks, pythonBlocks: counts.python + counts.doctest + counts.ipython };
}

// ---- timing in the panel ----

// Runs in the panel: timestamps the refresh of the list (see the header comment). Idempotent.
function installProbe() {
  if (window.__liftBench) return;
  const marks = [];
  const mark = (what, extra) => marks.push({ what, t: performance.now(), ...extra });
  window.__liftBench = { marks, reset: () => (marks.length = 0) };
  chrome.tabs.onActivated.addListener(() => mark('activated'));
  const query = chrome.tabs.query.bind(chrome.tabs);
  chrome.tabs.query = (...a) => (mark('query'), query(...a));
  const exec = chrome.scripting.executeScript.bind(chrome.scripting);
  chrome.scripting.executeScript = (...a) => {
    mark('collect-start');
    return exec(...a).then((r) => (mark('collect-end'), r));
  };
  const list = document.querySelector('[role=region][aria-label="On this page"] ol');
  new MutationObserver(() => {
    const n = list.children.length;
    mark('list-dom', { n });
    requestAnimationFrame(() => mark('list-frame', { n }));
  }).observe(list, { childList: true });
  document.addEventListener('click', (e) => mark('click', { at: e.timeStamp }), true);
}

async function marks(panel) {
  return panel.evaluate(() => window.__liftBench.marks.slice());
}

// Switches to `small`, waits for its list, then to `big`, and returns the timings of the big page's listing.
async function listOnce(panel, small, big, want) {
  await small.bringToFront();
  await panel.waitForFunction(() => document.querySelectorAll('.page ol > li').length === 1, null, { timeout: 30_000 });
  await panel.evaluate(() => window.__liftBench.reset());
  await big.bringToFront();
  await panel.waitForFunction(
    (n) => window.__liftBench.marks.some((m) => m.what === 'list-frame' && m.n === n),
    want,
    { timeout: 60_000, polling: 50 },
  );
  const m = await marks(panel);
  const at = (what, after = -Infinity) => m.find((x) => x.what === what && x.t >= after)?.t;
  const activated = at('activated');
  const query = at('query', activated);
  const collectStart = at('collect-start', query);
  const collectEnd = at('collect-end', collectStart);
  const dom = m.find((x) => x.what === 'list-dom' && x.n === want && x.t >= collectEnd)?.t;
  const frame = m.find((x) => x.what === 'list-frame' && x.n === want && x.t >= dom)?.t;
  return {
    activationToList: dom - activated,
    refreshToList: dom - query,
    refreshToPaint: frame - query,
    collect: collectEnd - collectStart,
    liftRender: dom - collectEnd,
  };
}

// Clicks "Open block n in editor" and returns the ms from the click to Monaco showing the block's first line.
async function liftOnce(panel, n) {
  const first = await panel.evaluate((k) => {
    const code = document.querySelector(`.page li[aria-label="Block ${k}"] pre`).textContent;
    return code.split('\n')[0];
  }, n);
  await panel.evaluate((line) => {
    const lines = document.querySelector('.monaco-editor .view-lines');
    const shows = () => [...lines.querySelectorAll('.view-line')].some((l) => l.textContent.replace(/\u00a0/g, ' ') === line);
    window.__liftShown = null;
    const mo = new MutationObserver(() => {
      if (shows()) {
        window.__liftShown = performance.now();
        mo.disconnect();
      }
    });
    mo.observe(lines, { childList: true, subtree: true, characterData: true });
  }, first);
  await panel.evaluate(() => window.__liftBench.reset());
  await panel.getByRole('button', { name: `Open block ${n} in editor`, exact: true }).click();
  const shown = await (await panel.waitForFunction(() => window.__liftShown, null, { timeout: 30_000 })).jsonValue();
  const click = (await marks(panel)).find((m) => m.what === 'click').at;
  return shown - click;
}

// The parts alone: collectBlocks() in the page (main world, no transfer) and the wasm lifter in the panel.
async function partsOnce(panel, big) {
  const source = readFileSync(path.join(ROOT, 'extension/content/collect.js'), 'utf8').replace(/^export function/m, 'function');
  const { ms: collectMs, page } = await big.evaluate(`(() => { ${source}; const t0 = performance.now(); const page = collectBlocks(); return { ms: performance.now() - t0, page }; })()`);
  const lift = await panel.evaluate(async (p) => {
    const { liftPage } = await import('./pkg/pyroom.js');
    const t0 = performance.now();
    const json = typeof p === 'string' ? p : JSON.stringify(p);
    const lifted = JSON.parse(liftPage(json));
    return { ms: performance.now() - t0, n: lifted.length, bytes: json.length };
  }, page);
  const candidates = (typeof page === 'string' ? JSON.parse(page) : page).blocks.length;
  return { collectMs, candidates, liftMs: lift.ms, lifted: lift.n, jsonBytes: lift.bytes };
}

async function main() {
  const watchdog = setTimeout(() => { console.error('bench/lift: gave up after 10 minutes'); process.exit(2); }, 10 * 60_000);
  const ref = referencePage();
  const small = '<!doctype html><meta charset="utf-8"><title>small</title><pre><code class="language-python">print("small page")</code></pre>';
  const server = await serveStatic({}, (url, res) => {
    const body = { '/reference.html': ref.html, '/small.html': small }[url.pathname];
    if (body === undefined) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
    return true;
  });
  const browser = await launch({ dist: DIST, args: ['--remote-debugging-port=0'] });
  const offsite = [];
  browser.context.on('request', (r) => /^(chrome-extension|data|blob|about):|^https?:\/\/127\.0\.0\.1[:/]/.test(r.url()) || offsite.push(r.url()));
  let cdp;
  const runs = { list: [], lift: [], parts: [] };
  let listed = 0;
  try {
    let tab, panel;
    ({ tab, panel, cdp } = await openSidePanel(browser));
    await panel.evaluate(installProbe);
    await tab.goto(`${server.origin}/small.html`);
    const big = await browser.context.newPage();
    await big.goto(`${server.origin}/reference.html`);
    await panel.waitForFunction(() => document.querySelectorAll('.page ol > li').length > 1, null, { timeout: 60_000 });
    listed = await panel.evaluate(() => document.querySelectorAll('.page ol > li').length);
    if (listed !== ref.pythonBlocks) console.warn(`WARNING: the panel lists ${listed} blocks; the page has ${ref.pythonBlocks} Python blocks`);
    for (let i = 0; i < RUNS; i++) {
      runs.list.push(await listOnce(panel, tab, big, listed));
      const l = runs.list.at(-1);
      console.log(`list ${i + 1}/${RUNS}: refresh -> list ${l.refreshToList.toFixed(0)} ms (collect ${l.collect.toFixed(0)}, lift+render ${l.liftRender.toFixed(0)}), activation -> list ${l.activationToList.toFixed(0)} ms`);
    }
    const middle = Math.floor(listed / 2);
    for (let i = 0; i < RUNS; i++) {
      runs.lift.push(await liftOnce(panel, middle + (i % 2)));
      console.log(`lift ${i + 1}/${RUNS}: ${runs.lift.at(-1).toFixed(0)} ms`);
    }
    for (let i = 0; i < RUNS; i++) runs.parts.push(await partsOnce(panel, big));
  } finally {
    await cdp?.close();
    await browser.close();
    await server.close();
  }

  const col = (xs, key) => stats(xs.map((x) => x[key]));
  // JSON key, table label, samples.
  const rows = [
    ['refreshToList', 'list: refresh -> list in DOM', col(runs.list, 'refreshToList')],
    ['refreshToPaint', 'list: refresh -> list painted', col(runs.list, 'refreshToPaint')],
    ['collect', '  of which: read the page (executeScript)', col(runs.list, 'collect')],
    ['liftRender', '  of which: lift + render', col(runs.list, 'liftRender')],
    ['activationToList', 'list: tab activation -> list in DOM (250 ms debounce)', col(runs.list, 'activationToList')],
    ['liftOne', 'lift one block: click -> editor shows it', stats(runs.lift)],
    ['collectInPage', 'collectBlocks() alone, in the page', col(runs.parts, 'collectMs')],
    ['liftPageWasm', 'liftPage() alone, wasm in the panel', col(runs.parts, 'liftMs')],
  ];
  const metrics = Object.fromEntries(rows.map(([key, label, s]) => [key, { label: label.trim(), ...s }]));
  const verdict = metrics.refreshToList.median < TARGET_LIST_MS ? 'met' : 'MISSED';
  const result = {
    date: new Date().toISOString(),
    chromium: execFileSync(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(),
    build: DIST,
    runs: RUNS,
    unit: 'ms',
    page: { bytes: Buffer.byteLength(ref.html), codeBlocks: ref.blocks, ...ref.counts, pythonBlocks: ref.pythonBlocks,
      candidates: runs.parts[0]?.candidates, listed, collectJsonBytes: runs.parts[0]?.jsonBytes },
    target: { metric: 'refreshToList', ms: TARGET_LIST_MS, verdict },
    metrics,
    offsiteRequests: offsite,
  };
  const fmt = (s) => (s ? s.median.toFixed(1) : 'n/a');
  const range = (s) => (s ? `${s.min.toFixed(1)}-${s.max.toFixed(1)}` : '');
  console.log(`\n${result.chromium}; ${DIST}; reference page ${(result.page.bytes / 1e6).toFixed(2)} MB, ${ref.blocks} code blocks ` +
    `(${ref.pythonBlocks} Python: ${ref.counts.python} scripts, ${ref.counts.doctest} >>> sessions, ${ref.counts.ipython} IPython), ` +
    `${listed} listed; median of ${RUNS} runs\n`);
  printTable([['metric', 'median ms', 'min-max'], ...rows.map(([, label, s]) => [label, fmt(s), range(s)])]);
  console.log(`\ntarget: list under ${TARGET_LIST_MS} ms (refresh -> list in DOM): ${verdict}`);
  if (offsite.length) console.log(`\nWARNING: requests that left 127.0.0.1: ${[...new Set(offsite)].join(', ')}`);
  mkdirSync(path.join(ROOT, 'build'), { recursive: true });
  writeFileSync(path.join(ROOT, 'build/bench-lift.json'), JSON.stringify(result, null, 2) + '\n');
  console.log('\nwrote build/bench-lift.json');
  clearTimeout(watchdog);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => { console.error(e); process.exit(1); });
}
