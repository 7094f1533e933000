// worker/ring.mjs against a real SharedArrayBuffer laid out as protocol LAYOUT: the output ring the worker writes
// (the panel reads it in src/web/channel.rs, Control::take_output, and decodes it with src/output.rs) and the event
// queue the panel fills (Control::push_event) and the worker drains. This file plays the panel's part, written
// from the layout's description in src/protocol.rs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { LAYOUT as L } from '../../worker/protocol.gen.mjs';
import { takeEvents, writeOutput } from '../../worker/ring.mjs';

const enc = new TextEncoder();
const dec = new TextDecoder();

function control() {
  const sab = new SharedArrayBuffer(L.TOTAL_BYTES);
  return { sab, ctrl: new Int32Array(sab), bytes: new Uint8Array(sab) };
}

// The panel's reader: everything between tail and head (free-running u32 counters), wrapping at OUT_CAP.
function takeOutput({ ctrl, bytes }) {
  const head = Atomics.load(ctrl, L.OUT_HEAD) >>> 0;
  const tail = Atomics.load(ctrl, L.OUT_TAIL) >>> 0;
  const n = (head - tail) >>> 0;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = bytes[L.OUT_OFFSET + ((tail + i) & (L.OUT_CAP - 1))];
  Atomics.store(ctrl, L.OUT_TAIL, head | 0);
  Atomics.notify(ctrl, L.OUT_TAIL);
  return out;
}

// Records: one stream byte, a u32 little-endian length, the payload.
function records(buf) {
  const out = [];
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let at = 0;
  while (at < buf.length) {
    assert.ok(at + 5 <= buf.length, 'a whole record header');
    const stream = buf[at];
    const n = view.getUint32(at + 1, true);
    assert.ok(at + 5 + n <= buf.length, 'a whole record payload');
    out.push({ stream, data: buf.slice(at + 5, at + 5 + n) });
    at += 5 + n;
  }
  return out;
}

function setPositions({ ctrl }, pos) {
  Atomics.store(ctrl, L.OUT_HEAD, pos | 0);
  Atomics.store(ctrl, L.OUT_TAIL, pos | 0);
}

test('a write is one record at the ring start: stream byte, little-endian length, bytes', () => {
  const c = control();
  const data = enc.encode('hello\n');
  assert.equal(writeOutput(c.ctrl, c.bytes, 0, data), data.length);
  assert.equal(Atomics.load(c.ctrl, L.OUT_HEAD), 5 + data.length);
  assert.equal(Atomics.load(c.ctrl, L.OUT_TAIL), 0, 'the writer never moves the tail');
  assert.deepEqual([...c.bytes.subarray(L.OUT_OFFSET, L.OUT_OFFSET + 5)], [0, data.length, 0, 0, 0]);
  assert.equal(dec.decode(c.bytes.slice(L.OUT_OFFSET + 5, L.OUT_OFFSET + 5 + data.length)), 'hello\n');
  assert.equal(c.bytes[L.OUT_OFFSET - 1], 0, 'nothing before the ring');
  assert.equal(c.bytes[L.OUT_OFFSET + 5 + data.length], 0, 'nothing after the record');
});

test('streams are told apart and records keep their order', () => {
  const c = control();
  writeOutput(c.ctrl, c.bytes, 0, enc.encode('out 1\n'));
  writeOutput(c.ctrl, c.bytes, 1, enc.encode('err\n'));
  writeOutput(c.ctrl, c.bytes, 0, enc.encode('out 2 – ünïcødé\n'));
  const got = records(takeOutput(c)).map((r) => [r.stream, dec.decode(r.data)]);
  assert.deepEqual(got, [[0, 'out 1\n'], [1, 'err\n'], [0, 'out 2 – ünïcødé\n']]);
  assert.equal(takeOutput(c).length, 0, 'read once');
});

test('an empty write writes nothing', () => {
  const c = control();
  assert.equal(writeOutput(c.ctrl, c.bytes, 0, new Uint8Array(0)), 0);
  assert.equal(Atomics.load(c.ctrl, L.OUT_HEAD), 0);
});

test('a large write is cut into records of at most OUT_MAX_RECORD bytes', () => {
  const c = control();
  const data = new Uint8Array(L.OUT_MAX_RECORD * 2 + 123).map((_, i) => i * 7);
  assert.equal(writeOutput(c.ctrl, c.bytes, 1, data), data.length);
  const rs = records(takeOutput(c));
  assert.deepEqual(rs.map((r) => r.data.length), [L.OUT_MAX_RECORD, L.OUT_MAX_RECORD, 123]);
  assert.ok(rs.every((r) => r.stream === 1));
  assert.deepEqual(Buffer.concat(rs.map((r) => r.data)), Buffer.from(data));
});

test('records wrap around the end of the ring (header and payload split)', () => {
  for (const before of [1, 2, 3, 4, 5, 6, 9]) {
    const c = control();
    setPositions(c, L.OUT_CAP - before);
    const data = enc.encode(`wrapped ${before} ✓`);
    writeOutput(c.ctrl, c.bytes, 1, data);
    assert.equal(Atomics.load(c.ctrl, L.OUT_HEAD), L.OUT_CAP - before + 5 + data.length);
    assert.equal(c.bytes[L.OUT_OFFSET + L.OUT_CAP - before], 1, 'the stream byte sits where the head was');
    assert.ok(c.bytes.subarray(L.REPLY_OFFSET, L.OUT_OFFSET).every((b) => b === 0), 'never writes below the ring');
    assert.equal(c.bytes.length, L.OUT_OFFSET + L.OUT_CAP, 'the ring ends the buffer');
    const [r] = records(takeOutput(c));
    assert.equal(r.stream, 1);
    assert.equal(dec.decode(r.data), `wrapped ${before} ✓`, `${before} bytes before the end`);
  }
});

test('the free-running positions survive passing 2^31 and 2^32', () => {
  for (const start of [0x7ffffffd, 0xfffffffd]) {
    const c = control();
    setPositions(c, start);
    writeOutput(c.ctrl, c.bytes, 0, enc.encode('across'));
    assert.equal((Atomics.load(c.ctrl, L.OUT_HEAD) - start) >>> 0, 11);
    const [r] = records(takeOutput(c));
    assert.equal(dec.decode(r.data), 'across');
  }
});

test('the ring is never overfilled: a full ring waits for the panel to read', async () => {
  const c = control();
  const chunk = new Uint8Array(L.OUT_MAX_RECORD).fill(65);
  const perRing = Math.floor(L.OUT_CAP / (L.OUT_MAX_RECORD + 5));
  for (let i = 0; i < perRing; i++) writeOutput(c.ctrl, c.bytes, 0, chunk);
  const used = Atomics.load(c.ctrl, L.OUT_HEAD);
  assert.ok(L.OUT_CAP - used < L.OUT_MAX_RECORD + 5, 'the ring is full for one more record');
  // The panel reads after ~150 ms, from another thread; the writer blocks until then.
  const panel = new Worker(
    `const { workerData: { sab, L } } = require('node:worker_threads');
     const ctrl = new Int32Array(sab);
     Atomics.wait(ctrl, L.HEADER_INTS - 1, 0, 150);
     Atomics.store(ctrl, L.OUT_TAIL, Atomics.load(ctrl, L.OUT_HEAD));
     Atomics.notify(ctrl, L.OUT_TAIL);`,
    { eval: true, workerData: { sab: c.sab, L } },
  );
  const exited = new Promise((resolve) => panel.on('exit', resolve));
  const t0 = performance.now();
  assert.equal(writeOutput(c.ctrl, c.bytes, 1, chunk), chunk.length);
  const waited = performance.now() - t0;
  await exited;
  assert.ok(waited >= 100, `waited ${waited} ms for the panel`);
  assert.equal(Atomics.load(c.ctrl, L.OUT_HEAD), used + L.OUT_MAX_RECORD + 5);
  const [r] = records(takeOutput(c));
  assert.equal(r.stream, 1);
  assert.equal(r.data.length, L.OUT_MAX_RECORD);
});

test('Stop while the ring is full drops the output instead of waiting', async () => {
  const c = control();
  setPositions(c, 0);
  Atomics.store(c.ctrl, L.OUT_HEAD, L.OUT_CAP - 10); // the panel has not read anything
  const panel = new Worker(
    `const { workerData: { sab, L } } = require('node:worker_threads');
     const ctrl = new Int32Array(sab);
     Atomics.wait(ctrl, L.HEADER_INTS - 1, 0, 100);
     Atomics.store(ctrl, L.INTERRUPT, 2);
     // Watchdog: should the writer ignore Stop, free the ring after 2 s so that the test fails instead of hanging.
     if (Atomics.wait(ctrl, L.HEADER_INTS - 1, 0, 2000) === 'timed-out') {
       Atomics.store(ctrl, L.OUT_TAIL, Atomics.load(ctrl, L.OUT_HEAD));
       Atomics.notify(ctrl, L.OUT_TAIL);
     }`,
    { eval: true, workerData: { sab: c.sab, L } },
  );
  const exited = new Promise((resolve) => panel.on('exit', resolve));
  const data = enc.encode('x'.repeat(100));
  const t0 = performance.now();
  assert.equal(writeOutput(c.ctrl, c.bytes, 0, data), data.length, 'reports everything written, as a dropped write');
  const waited = performance.now() - t0;
  Atomics.store(c.ctrl, L.HEADER_INTS - 1, 1); // the watchdog may go
  Atomics.notify(c.ctrl, L.HEADER_INTS - 1);
  await exited;
  assert.ok(waited < 1500, `returned ${waited} ms after Stop was set at 100 ms`);
  assert.equal(Atomics.load(c.ctrl, L.OUT_HEAD), L.OUT_CAP - 10, 'nothing was written');
  assert.equal(Atomics.load(c.ctrl, L.INTERRUPT), 2, 'the interrupt is left for Python to raise');
});

// The panel's side of the event queue, as Control::push_event does it: under EVENT_LOCK, a u32 little-endian
// length and the UTF-8 JSON, appended at EVENT_OFFSET + EVENT_LEN.
function pushEvent({ ctrl, bytes }, json) {
  assert.equal(Atomics.compareExchange(ctrl, L.EVENT_LOCK, 0, 1), 0);
  const data = enc.encode(json);
  const used = Atomics.load(ctrl, L.EVENT_LEN);
  new DataView(bytes.buffer).setUint32(L.EVENT_OFFSET + used, data.length, true);
  bytes.set(data, L.EVENT_OFFSET + used + 4);
  Atomics.store(ctrl, L.EVENT_LEN, used + 4 + data.length);
  Atomics.store(ctrl, L.EVENT_LOCK, 0);
}

test('an empty event queue gives no events', () => {
  const c = control();
  assert.deepEqual(takeEvents(c.ctrl, c.bytes), []);
  assert.equal(Atomics.load(c.ctrl, L.EVENT_LOCK), 0);
});

test('queued events come out in order, once, and the queue is emptied', () => {
  const c = control();
  const events = [
    '{"kind":"PreviewResized","width":320,"height":200}',
    '{"kind":"PreviewResized","width":321,"height":201}',
    '{"kind":"Key","text":"é€😀"}',
  ];
  for (const e of events) pushEvent(c, e);
  assert.deepEqual(takeEvents(c.ctrl, c.bytes), events);
  assert.equal(Atomics.load(c.ctrl, L.EVENT_LEN), 0);
  assert.equal(Atomics.load(c.ctrl, L.EVENT_LOCK), 0, 'the lock is released');
  assert.deepEqual(takeEvents(c.ctrl, c.bytes), []);
  pushEvent(c, events[1]);
  assert.deepEqual(takeEvents(c.ctrl, c.bytes), [events[1]], 'the queue starts over at its beginning');
});

test('a full event area is read whole', () => {
  const c = control();
  const json = JSON.stringify({ kind: 'PreviewResized', width: 1, height: 2, pad: 'x'.repeat(1000) });
  const count = Math.floor(L.EVENT_CAP / (4 + json.length));
  for (let i = 0; i < count; i++) pushEvent(c, json);
  const got = takeEvents(c.ctrl, c.bytes);
  assert.equal(got.length, count);
  assert.ok(got.every((e) => e === json));
});

test('draining waits while the panel holds the lock', async () => {
  const c = control();
  pushEvent(c, '{"kind":"A"}');
  Atomics.store(c.ctrl, L.EVENT_LOCK, 1); // the panel is appending
  const panel = new Worker(
    `const { workerData: { sab, L } } = require('node:worker_threads');
     const ctrl = new Int32Array(sab);
     const bytes = new Uint8Array(sab);
     Atomics.wait(ctrl, L.HEADER_INTS - 1, 0, 100);
     const data = new TextEncoder().encode('{"kind":"B"}');
     const used = Atomics.load(ctrl, L.EVENT_LEN);
     new DataView(sab).setUint32(L.EVENT_OFFSET + used, data.length, true);
     bytes.set(data, L.EVENT_OFFSET + used + 4);
     Atomics.store(ctrl, L.EVENT_LEN, used + 4 + data.length);
     Atomics.store(ctrl, L.EVENT_LOCK, 0);
     Atomics.notify(ctrl, L.EVENT_LOCK);`,
    { eval: true, workerData: { sab: c.sab, L } },
  );
  const exited = new Promise((resolve) => panel.on('exit', resolve));
  const t0 = performance.now();
  const got = takeEvents(c.ctrl, c.bytes);
  const waited = performance.now() - t0;
  await exited;
  assert.deepEqual(got, ['{"kind":"A"}', '{"kind":"B"}'], 'the event appended under the lock is not lost or torn');
  assert.ok(waited >= 50, `waited ${waited} ms`);
  assert.equal(Atomics.load(c.ctrl, L.EVENT_LOCK), 0);
});
