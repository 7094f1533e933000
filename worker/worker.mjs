// The dedicated module worker that runs Python. The panel owns it; they talk by PanelToWorker / WorkerToPanel
// messages (src/protocol.rs) and through one SharedArrayBuffer (protocol LAYOUT): Pyodide's interrupt flag, a
// reply slot for blocking requests from Python, an event queue the panel fills, and the output ring the panel drains.
import { check } from './check.mjs';
import { preload, startPython } from './runtime.mjs';
import { LAYOUT as L } from './protocol.gen.mjs';
import { takeEvents as drainEvents, writeOutput } from './ring.mjs';

const loading = preload(); // at once: the panel's Init comes later
let ctrl = null; // Int32Array over the control buffer
let bytes = null; // Uint8Array over the same buffer
let runtime = null;
const decoder = new TextDecoder();

function send(type, fields) {
  postMessage(check('WorkerToPanel', { type, ...fields }));
}

const interrupted = () => Atomics.load(ctrl, L.INTERRUPT) !== 0;

// Waits until the panel bumps WAKE (or `ms` pass). Returns false once the user pressed Stop, clearing the flag so
// that the Python caller raises KeyboardInterrupt exactly once.
function waitWake(seq, ms) {
  if (interrupted()) {
    Atomics.store(ctrl, L.INTERRUPT, 0);
    return false;
  }
  Atomics.wait(ctrl, L.WAKE, seq, ms);
  return true;
}

// Output ring and event queue: see ring.mjs.
const write = (stream, data) => writeOutput(ctrl, bytes, stream, data);
const takeEvents = () => drainEvents(ctrl, bytes);

let requestId = 0;

// tkinter's geometry computed here (src/web/tk_engine.rs), so winfo_* and font measures need no round trip to the
// panel. Loaded once Python is up; until then (and for dialogs) requests go to the panel.
let tk = null;
let tkGlue = null;
async function loadTk() {
  try {
    const glue = await import('../pkg/pyroom.js');
    await glue.default();
    tkGlue = glue;
    tk = new glue.TkEngine();
  } catch (err) {
    console.warn('pyroom worker: tkinter geometry stays in the panel:', err);
  }
}

// The module Python's bridge (shims/pyroom/bridge.py) calls. Strings in, strings out; null means "interrupted".
const python = {
  mode: 'Worker',
  request(json) {
    const local = tk?.request(json);
    if (local !== undefined) return local;
    const id = ++requestId;
    Atomics.store(ctrl, L.REPLY_STATE, 0);
    send('Request', { id, request: JSON.parse(json) });
    for (;;) {
      const seq = Atomics.load(ctrl, L.WAKE);
      if (Atomics.load(ctrl, L.REPLY_STATE) === 1 && Atomics.load(ctrl, L.REPLY_ID) === id) break;
      if (!waitWake(seq, 1000)) return null;
    }
    const len = Atomics.load(ctrl, L.REPLY_LEN);
    const text = decoder.decode(bytes.slice(L.REPLY_OFFSET, L.REPLY_OFFSET + len));
    Atomics.store(ctrl, L.REPLY_STATE, 0);
    return text;
  },
  note(json) {
    tk?.note(json);
    send('Note', { note: JSON.parse(json) });
  },
  // Returns true when the user pressed Stop during the sleep.
  sleep(seconds) {
    const deadline = performance.now() + seconds * 1000;
    for (;;) {
      const seq = Atomics.load(ctrl, L.WAKE);
      const left = deadline - performance.now();
      if (!waitWake(seq, Math.max(left, 0))) return true;
      if (left <= 0) return false;
    }
  },
  // Drains the event queue, waiting up to `timeout` seconds (negative: forever) for the first event.
  // Returns a JSON array of events, or null when interrupted.
  wait_events(timeout) {
    const deadline = timeout < 0 ? Infinity : performance.now() + timeout * 1000;
    for (;;) {
      const seq = Atomics.load(ctrl, L.WAKE);
      const events = takeEvents();
      if (events.length) return `[${events.join(',')}]`;
      const left = deadline - performance.now();
      if (left <= 0) return '[]';
      if (!waitWake(seq, Math.min(left, 1000))) return null;
    }
  },
};

async function init(msg) {
  ctrl = new Int32Array(msg.control);
  bytes = new Uint8Array(msg.control);
  const host = {
    send,
    write,
    python,
    interruptBuffer: ctrl.subarray(L.INTERRUPT, L.INTERRUPT + 1),
  };
  runtime = await startPython(host, loading);
  loadTk();
}

async function handle(msg) {
  if (msg.type === 'Init') return init(msg);
  if (!runtime) throw new Error(`${msg.type} before Python was ready`);
  Atomics.store(ctrl, L.INTERRUPT, 0);
  // Each run starts with no windows (the panel cleared its Preview too).
  if (tkGlue) {
    tk?.free();
    tk = new tkGlue.TkEngine();
  }
  const outcome = await runtime.run(msg, false);
  send('Finished', { run: msg.run, outcome });
}

// Messages are handled one at a time, in order.
let queue = Promise.resolve();
self.onmessage = (event) => {
  let msg;
  try {
    msg = check('PanelToWorker', event.data);
  } catch (err) {
    console.error('pyroom worker: rejected message:', err.message);
    return;
  }
  queue = queue.then(() => handle(msg)).catch((err) => send('Fatal', { message: String(err?.stack || err) }));
};
self.addEventListener('unhandledrejection', (e) => send('Fatal', { message: String(e.reason?.stack || e.reason) }));
