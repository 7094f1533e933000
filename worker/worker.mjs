// The dedicated module worker that runs Python. The panel owns it; they talk by PanelToWorker / WorkerToPanel
// messages (src/protocol.rs) and through one SharedArrayBuffer (protocol LAYOUT): Pyodide's interrupt flag, a
// reply slot for blocking requests from Python, an event queue the panel fills, and the output ring the panel drains.
import { check, startPython } from './runtime.mjs';
import { LAYOUT as L } from './protocol.gen.mjs';

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

// Output ring: single producer (here), single consumer (the panel, once per animation frame). A full ring makes
// the program wait for the panel, as a slow terminal would; Stop while waiting drops the rest.
function write(stream, data) {
  let off = 0;
  while (off < data.length) {
    const n = Math.min(data.length - off, L.OUT_MAX_RECORD);
    const need = n + 5;
    for (;;) {
      const used = (Atomics.load(ctrl, L.OUT_HEAD) - Atomics.load(ctrl, L.OUT_TAIL)) >>> 0;
      if (L.OUT_CAP - used >= need) break;
      if (interrupted()) return data.length;
      Atomics.wait(ctrl, L.OUT_TAIL, Atomics.load(ctrl, L.OUT_TAIL), 50);
    }
    const head = Atomics.load(ctrl, L.OUT_HEAD) >>> 0;
    const header = [stream, n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];
    for (let i = 0; i < 5; i++) bytes[L.OUT_OFFSET + ((head + i) & (L.OUT_CAP - 1))] = header[i];
    const start = (head + 5) & (L.OUT_CAP - 1);
    const first = Math.min(n, L.OUT_CAP - start);
    bytes.set(data.subarray(off, off + first), L.OUT_OFFSET + start);
    if (first < n) bytes.set(data.subarray(off + first, off + n), L.OUT_OFFSET);
    Atomics.store(ctrl, L.OUT_HEAD, (head + need) | 0);
    off += n;
  }
  return data.length;
}

let requestId = 0;

// The module Python's bridge (shims/pyroom/bridge.py) calls. Strings in, strings out; null means "interrupted".
const python = {
  mode: 'Worker',
  request(json) {
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

function takeEvents() {
  if (Atomics.load(ctrl, L.EVENT_LEN) === 0) return [];
  while (Atomics.compareExchange(ctrl, L.EVENT_LOCK, 0, 1) !== 0) Atomics.wait(ctrl, L.EVENT_LOCK, 1, 1);
  const used = Atomics.load(ctrl, L.EVENT_LEN);
  const copy = bytes.slice(L.EVENT_OFFSET, L.EVENT_OFFSET + used);
  Atomics.store(ctrl, L.EVENT_LEN, 0);
  Atomics.store(ctrl, L.EVENT_LOCK, 0);
  const view = new DataView(copy.buffer);
  const out = [];
  for (let at = 0; at + 4 <= used; ) {
    const n = view.getUint32(at, true);
    out.push(decoder.decode(copy.subarray(at + 4, at + 4 + n)));
    at += 4 + n;
  }
  return out;
}

async function init(msg) {
  ctrl = new Int32Array(msg.control);
  bytes = new Uint8Array(msg.control);
  const host = {
    send,
    write,
    python,
    interruptBuffer: ctrl.subarray(L.INTERRUPT, L.INTERRUPT + 1),
  };
  runtime = await startPython(host);
}

async function handle(msg) {
  if (msg.type === 'Init') return init(msg);
  if (msg.type === 'Run') {
    if (!runtime) throw new Error('Run before Python was ready');
    Atomics.store(ctrl, L.INTERRUPT, 0);
    const outcome = await runtime.run(msg.code, false);
    send('Finished', { run: msg.run, outcome });
  }
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
