// The main-thread fallback, for pages that are not cross-origin isolated (no SharedArrayBuffer): the same
// runtime as the worker, on the panel's own thread, behind an object shaped like a Worker. Blocking calls from
// Python (input(), time.sleep) suspend through JSPI where the browser has it; Stop cannot interrupt.
import { check } from './check.mjs';
import { preload, startPython } from './runtime.mjs';
import { TkEngine } from '../pkg/pyroom.js';

export class InlineRuntime {
  constructor() {
    this.onmessage = null;
    this.runtime = null;
    this.queue = Promise.resolve();
    this.replies = new Map();
    this.events = [];
    this.wakeEvents = null;
    this.dead = false;
    this.busy = false;
    this.loading = preload();
    // After a run, turtle's ontimer callbacks keep firing, as its mainloop would on the desktop.
    this.ticker = setInterval(() => {
      if (!this.busy && this.runtime) this.runtime.turtle('tick');
    }, 20);
    this.jspi = typeof WebAssembly.Suspending === 'function';
    // tkinter's geometry answered here, synchronously (src/web/tk_engine.rs; the panel initialised the module).
    this.tk = new TkEngine();
    const decoders = [new TextDecoder(), new TextDecoder()];
    let nextId = 0;
    const send = (type, fields) => {
      const msg = check('WorkerToPanel', { type, ...fields });
      if (!this.dead && this.onmessage) this.onmessage({ data: msg });
    };
    const later = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    this.send = send;
    this.host = {
      send,
      write: (stream, bytes) => {
        const text = decoders[stream].decode(bytes, { stream: true });
        if (text) send('Output', { stream: stream ? 'stderr' : 'stdout', text });
        return bytes.length;
      },
      interruptBuffer: null,
      python: {
        mode: 'MainThread',
        jspi: this.jspi,
        // Promises: Python waits on them with pyodide.ffi.run_sync.
        request: (json) => {
          const local = this.tk?.request(json);
          if (local !== undefined) return local;
          const id = ++nextId;
          const reply = new Promise((resolve) => this.replies.set(id, resolve));
          send('Request', { id, request: JSON.parse(json) });
          return reply;
        },
        note: (json) => {
          this.tk?.note(json);
          send('Note', { note: JSON.parse(json) });
        },
        sleep: (seconds) => later(seconds * 1000).then(() => false),
        wait_events: async (timeout) => {
          if (!this.events.length && timeout !== 0) {
            const wake = new Promise((resolve) => (this.wakeEvents = resolve));
            await (timeout < 0 ? wake : Promise.race([wake, later(timeout * 1000)]));
          }
          const out = this.events.splice(0);
          return `[${out.join(',')}]`;
        },
      },
    };
  }

  postMessage(data) {
    const msg = check('PanelToWorker', data);
    this.queue = this.queue
      .then(async () => {
        if (msg.type === 'Init') this.runtime = await startPython(this.host, this.loading);
        else {
          this.busy = true;
          this.events.length = 0;
          this.tk?.free();
          this.tk = new TkEngine();
          let outcome;
          try {
            outcome = await this.runtime.run(msg, this.jspi);
          } finally {
            this.busy = false;
          }
          this.send('Finished', { run: msg.run, outcome });
        }
      })
      .catch((err) => this.send('Fatal', { message: String(err?.stack || err) }));
  }

  // The panel answers a Request (the worker reads the same reply from the control buffer).
  reply(id, json) {
    const resolve = this.replies.get(id);
    this.replies.delete(id);
    if (resolve) resolve(json);
  }

  pushEvent(json) {
    // Between runs (mainloop() returned at once here), events go straight to the program's callbacks.
    if (!this.busy && this.runtime) {
      if (json.includes('"kind":"Tk"')) return this.runtime.tk(json);
      return this.runtime.turtle('dispatch', json);
    }
    this.events.push(json);
    if (this.wakeEvents) this.wakeEvents();
    this.wakeEvents = null;
  }

  terminate() {
    this.dead = true;
    clearInterval(this.ticker);
  }
}
