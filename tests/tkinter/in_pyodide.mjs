// Runs the tkinter shim's unittest suite (tests/tkinter/test_*.py) inside Pyodide, in Node, with the Pyodide the
// extension ships (node_modules/pyodide). shims/ and tests/tkinter/ are copied into Pyodide's file system under the same
// relative layout, so the tests find the shims exactly as they do under CPython. Exits non-zero on any failure.
//   node tests/tkinter/in_pyodide.mjs
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PYODIDE_DIR = path.join(ROOT, 'node_modules/pyodide');
const HOME = '/pyroom'; // the repository's root inside Pyodide

const t0 = performance.now();
const { loadPyodide } = await import(pathToFileURL(path.join(PYODIDE_DIR, 'pyodide.mjs')).href);
const py = await loadPyodide({ indexURL: PYODIDE_DIR + path.sep });
py.setStdout({ batched: (s) => console.log(s) });
py.setStderr({ batched: (s) => console.error(s) });

function copyTree(rel) {
  const from = path.join(ROOT, rel);
  py.FS.mkdirTree(path.posix.join(HOME, rel));
  for (const name of readdirSync(from)) {
    if (name === '__pycache__' || name.startsWith('.')) continue;
    const relChild = path.posix.join(rel, name);
    if (statSync(path.join(from, name)).isDirectory()) copyTree(relChild);
    else if (name.endsWith('.py')) py.FS.writeFile(path.posix.join(HOME, relChild), readFileSync(path.join(from, name)));
  }
}
copyTree('shims');
copyTree("tests/tkinter");
// The renderer's copy of the op schema, which test_ops checks is current.
py.FS.mkdirTree(path.posix.join(HOME, 'src/tk'));
py.FS.writeFile(path.posix.join(HOME, 'src/tk/schema.json'), readFileSync(path.join(ROOT, 'src/tk/schema.json')));

const summary = py.runPython(`
import os, sys, unittest
os.chdir(${JSON.stringify(HOME)})
suite = unittest.TestLoader().discover("tests/tkinter", top_level_dir=".")
result = unittest.TextTestRunner(stream=sys.stderr, verbosity=1).run(suite)
failed = {getattr(t, "test_case", t).id() for t, _ in result.failures + result.errors}
failed |= {t.id() for t in result.unexpectedSuccesses}
sys.stderr.flush()
(result.testsRun, len(failed), len(result.skipped), sys.version.split()[0])
`).toJs();
const [run, failed, skipped, version] = summary;
const passed = run - failed - skipped;
const secs = ((performance.now() - t0) / 1000).toFixed(1);
console.log(`pyodide tkinter: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} (Python ${version}, ${secs} s)`);
process.exitCode = failed || skipped || run === 0 ? 1 : 0;
