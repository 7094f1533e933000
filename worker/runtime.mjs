// Starts Pyodide from the extension's own files and runs programs with the Python runner (shims/pyroom).
// Shared by the dedicated worker (worker.mjs) and the main-thread fallback (inline.mjs); each supplies a `host`:
//   host.send(type, fields)      post a WorkerToPanel message (checked against the protocol here)
//   host.write(stream, bytes)    program output, stream 0 = stdout, 1 = stderr
//   host.python                  the `_pyroom_host` module Python's bridge calls (request, note, sleep, wait_events)
//   host.interruptBuffer         an Int32Array for Pyodide's interrupt, or null where Stop cannot interrupt
import { loadPyodide } from '../pyodide/pyodide.mjs';
import { check } from './check.mjs';

// Starts loading Pyodide and the shims at once, before the panel has said anything: the worker calls this as it
// starts, so loading overlaps the panel's own start-up. `startPython` finishes the set-up once the host is known.
export function preload() {
  const indexURL = new URL('../pyodide/', import.meta.url).href;
  const py = loadPyodide({ indexURL, packageBaseUrl: indexURL });
  py.catch(() => {}); // reported by startPython
  return {
    t0: performance.now(),
    py,
    shims: fetch(new URL('../shims.zip', import.meta.url)).then((r) => r.arrayBuffer()),
  };
}

export async function startPython(host, loading = preload()) {
  const { t0, shims } = loading;
  host.send('Progress', { stage: 'Loading Python…' });
  const py = await loading.py;
  py.setStdout({ write: (b) => host.write(0, b), isatty: true });
  py.setStderr({ write: (b) => host.write(1, b), isatty: true });
  if (host.interruptBuffer) py.setInterruptBuffer(host.interruptBuffer);
  py.registerJsModule('_pyroom_host', host.python);
  const purelib = py.runPython("import sys; f'/lib/python{sys.version_info[0]}.{sys.version_info[1]}/site-packages'");
  py.unpackArchive(await shims, 'zip', { extractDir: purelib });
  const runner = py.pyimport('pyroom.runner');
  runner.install();
  const python = py.runPython("import sys; sys.version.split()[0]");
  const jspi = typeof WebAssembly.Suspending === 'function';
  host.send('Ready', { python, pyodide: py.version, jspi });
  console.debug(`pyroom: Python ${python} ready in ${Math.round(performance.now() - t0)} ms`);
  const modules = py.pyimport('sys').modules;
  const loads = py.pyimport('json').loads;
  return {
    // Calls a hook of the turtle shim (shims/turtle/_pyroom.py) if the program imported turtle: the main-thread
    // fallback delivers events and timer ticks this way after mainloop() returned. Errors are the program's.
    turtle(name, json) {
      if (!modules.has('turtle')) return;
      const hooks = py.pyimport('turtle._pyroom');
      const event = json === undefined ? undefined : loads(json);
      try {
        if (event === undefined) hooks[name]();
        else hooks[name](event);
      } catch (err) {
        console.error('pyroom: turtle hook', name, err);
      } finally {
        event?.destroy();
        hooks.destroy();
      }
    },
    // The main-thread fallback's tkinter events after mainloop() returned: the shim's dispatch runs the callbacks
    // (shims/tkinter/_loop.py). `json` is a BridgeEvent::Tk; errors in callbacks are printed by the shim.
    tk(json) {
      if (!modules.has('tkinter._loop')) return;
      const loop = py.pyimport('tkinter._loop');
      const dispatch = loop.dispatch;
      const event = JSON.stringify(JSON.parse(json).event);
      // Through JSPI where there is one, so callbacks may open dialogs (blocking calls suspend).
      const jspi = typeof WebAssembly.Suspending === 'function';
      return (async () => (jspi ? dispatch.callPromising(event) : dispatch(event)))()
        .catch((err) => console.error('pyroom: tkinter dispatch', err))
        .finally(() => {
          dispatch.destroy();
          loop.destroy();
        });
    },
    // Runs a Run, RunCell or Check message; resolves to a checked Outcome. A throw means the runtime broke.
    async run(msg, promising) {
      const [fn, args] = {
        Run: ['run', [msg.code]],
        RunCell: ['run_cell', [msg.code, msg.name, msg.fresh, msg.echo]],
        Check: ['check', [msg.code, msg.name]],
      }[msg.type];
      let json;
      try {
        json = promising ? await runner[fn].callPromising(...args) : runner[fn](...args);
      } catch (err) {
        // Stop pressed as the program ended: the interrupt landed in the runner itself.
        if (err?.type === 'KeyboardInterrupt') return { kind: 'Interrupted', traceback: 'KeyboardInterrupt\n' };
        throw err;
      }
      return check('Outcome', JSON.parse(json));
    },
  };
}
