// The worker's side of two areas of the shared control buffer (protocol LAYOUT), free of worker globals so that
// tests can drive them against a SharedArrayBuffer in Node (tests/js/ring.test.mjs):
// - writeOutput: the output ring the worker fills and the panel drains (src/web/channel.rs, Control::take_output);
// - takeEvents: the event queue the panel fills (Control::push_event) and the worker drains.
// `ctrl` is an Int32Array and `bytes` a Uint8Array over the same SharedArrayBuffer.
import { LAYOUT as L } from './protocol.gen.mjs';

const decoder = new TextDecoder();

// Output ring: single producer (here), single consumer (the panel, once per animation frame). A full ring makes
// the program wait for the panel, as a slow terminal would; Stop while waiting drops the rest.
export function writeOutput(ctrl, bytes, stream, data) {
  const interrupted = () => Atomics.load(ctrl, L.INTERRUPT) !== 0;
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

export function takeEvents(ctrl, bytes) {
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
