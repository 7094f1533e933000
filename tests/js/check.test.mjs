// worker/check.mjs: the protocol check the worker and the main-thread fallback apply to every message, against the
// generated protocol (worker/protocol.gen.mjs), and its agreement with the Python shims' check (bridge.check).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '../../worker/check.mjs';
import { PROTOCOL, LAYOUT } from '../../worker/protocol.gen.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// One value of each protocol type, another one, and JSON values of other types that must be refused in its place.
const GOOD = { string: 'text', number: 7, boolean: true, object: { a: 1 }, array: [1, 2] };
const ALSO_GOOD = { string: '', number: -2.5, boolean: false, object: {}, array: [] };
const BAD = {
  string: [1, true, null, [], {}],
  number: ['7', true, false, null, [], {}],
  boolean: [1, 0, 'true', null, [], {}],
  object: ['x', 1, true, null, []],
  array: ['x', 1, true, null, {}],
};
// Names every plain JS object inherits: never a variant or a field of the protocol.
const INHERITED = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

const channels = Object.entries(PROTOCOL.channels);
const variants = channels.flatMap(([channel, spec]) =>
  Object.entries(spec.variants).map(([variant, fields]) => ({ channel, tag: spec.tag, variant, fields })),
);

function valid({ tag, variant, fields }, values = GOOD) {
  const msg = { [tag]: variant };
  for (const [field, kind] of Object.entries(fields)) if (kind !== 'js') msg[field] = structuredClone(values[kind]);
  return msg;
}

const typedFields = (fields) => Object.entries(fields).filter(([, kind]) => kind !== 'js');

test('the protocol has the channels of the issue and only known field types', () => {
  for (const name of ['PanelToWorker', 'WorkerToPanel', 'BridgeRequest', 'BridgeReply', 'BridgeEvent', 'BridgeNote', 'Outcome']) {
    assert.ok(PROTOCOL.channels[name], name);
    assert.ok(Object.keys(PROTOCOL.channels[name].variants).length > 0, name);
  }
  for (const { channel, variant, fields } of variants) {
    for (const [field, kind] of Object.entries(fields)) {
      assert.ok(kind in GOOD || kind === 'js', `${channel}.${variant}.${field}: ${kind}`);
    }
  }
  assert.equal(LAYOUT, PROTOCOL.layout);
});

test('accepts every variant of every channel, returning the message', () => {
  for (const v of variants) {
    for (const values of [GOOD, ALSO_GOOD]) {
      const msg = valid(v, values);
      assert.equal(check(v.channel, msg), msg, JSON.stringify(msg));
    }
  }
});

test('accepts the messages the runtime really sends and receives', () => {
  const ok = [
    ['PanelToWorker', { type: 'Run', run: 1, code: 'print(1)' }],
    ['PanelToWorker', { type: 'Init', mode: 'Worker' }],
    ['WorkerToPanel', { type: 'Progress', stage: 'Loading Python…' }],
    ['WorkerToPanel', { type: 'Ready', python: '3.14.2', pyodide: '314.0.7', jspi: false }],
    ['WorkerToPanel', { type: 'Output', stream: 'stderr', text: 'x\n' }],
    ['WorkerToPanel', { type: 'Request', id: 3, request: { kind: 'Input', prompt: '? ' } }],
    ['WorkerToPanel', { type: 'Note', note: { kind: 'PreviewClear' } }],
    ['WorkerToPanel', { type: 'Finished', run: 2, outcome: { kind: 'Exit', code: 3 } }],
    ['WorkerToPanel', { type: 'Fatal', message: 'out of memory' }],
    ['Outcome', { kind: 'Interrupted', traceback: 'KeyboardInterrupt\n' }],
    ['Outcome', { kind: 'Ok' }],
    ['BridgeReply', { kind: 'Eof' }],
    ['BridgeEvent', { kind: 'PreviewResized', width: 320, height: 200.5 }],
  ];
  for (const [channel, msg] of ok) assert.equal(check(channel, msg), msg, JSON.stringify(msg));
});

test("js-attached fields ('js') are optional and may hold any JS value", () => {
  const js = variants.flatMap((v) => Object.entries(v.fields).filter(([, k]) => k === 'js').map(([f]) => [v, f]));
  assert.ok(js.some(([v, f]) => v.channel === 'PanelToWorker' && v.variant === 'Init' && f === 'control'));
  for (const [v, field] of js) {
    const msg = valid(v);
    assert.ok(!(field in msg));
    check(v.channel, msg);
    for (const value of [new SharedArrayBuffer(8), new Int32Array(2), null, undefined, 1, 'x', () => 1]) {
      check(v.channel, { ...msg, [field]: value });
    }
  }
});

test('rejects unknown, missing and inherited variant names', () => {
  for (const [channel, spec] of channels) {
    const bad = [{ [spec.tag]: 'NoSuchVariant' }, {}, { [spec.tag]: null }, { [spec.tag]: 1 }, { [spec.tag]: 'ok' }];
    for (const msg of bad) assert.throws(() => check(channel, msg), Error, `${channel} ${JSON.stringify(msg)}`);
    for (const name of INHERITED) {
      assert.throws(() => check(channel, { [spec.tag]: name }), Error, `${channel} accepted ${spec.tag}=${name}`);
    }
  }
});

test("rejects the other channel's tag", () => {
  assert.throws(() => check('BridgeReply', { type: 'Eof' }));
  assert.throws(() => check('PanelToWorker', { kind: 'Run', run: 1, code: '' }));
});

test('rejects non-objects and unknown channels', () => {
  for (const msg of [null, undefined, 'Eof', 1, true, ['Eof']]) {
    assert.throws(() => check('BridgeReply', msg), Error, String(msg));
  }
  assert.throws(() => check('NoSuchChannel', { kind: 'Ok' }), /unknown channel/);
});

test('rejects unknown fields, including inherited names', () => {
  for (const v of variants) {
    assert.throws(() => check(v.channel, { ...valid(v), surplus: 1 }), /surplus/, `${v.channel}.${v.variant}`);
    for (const name of INHERITED.filter((n) => n !== '__proto__')) {
      assert.throws(() => check(v.channel, { ...valid(v), [name]: 'x' }), Error, `${v.channel}.${v.variant}.${name}`);
    }
  }
  assert.throws(() => check('BridgeReply', { kind: 'Eof', text: 'a field of Line' }));
});

test('rejects fields of the wrong type', () => {
  let n = 0;
  for (const v of variants) {
    for (const [field, kind] of typedFields(v.fields)) {
      for (const bad of BAD[kind]) {
        const msg = { ...valid(v), [field]: bad };
        assert.throws(() => check(v.channel, msg), new RegExp(field), `${v.channel}.${v.variant}.${field} = ${JSON.stringify(bad)}`);
        n++;
      }
    }
  }
  assert.ok(n > 50, `${n} cases`);
});

test('a boolean is not a number and a number is not a boolean', () => {
  assert.throws(() => check('Outcome', { kind: 'Exit', code: true }));
  assert.throws(() => check('WorkerToPanel', { type: 'Ready', python: '', pyodide: '', jspi: 1 }));
});

test('object fields refuse null and arrays', () => {
  assert.throws(() => check('WorkerToPanel', { type: 'Finished', run: 1, outcome: null }));
  assert.throws(() => check('WorkerToPanel', { type: 'Note', note: [] }));
});

test('rejects missing fields', () => {
  let n = 0;
  for (const v of variants) {
    for (const [field] of typedFields(v.fields)) {
      const msg = valid(v);
      delete msg[field];
      assert.throws(() => check(v.channel, msg), new RegExp(`missing ${field}`), `${v.channel}.${v.variant}`);
      n++;
    }
  }
  assert.ok(n > 10);
});

test('the Python shims read the same protocol', () => {
  const py = readFileSync(path.join(ROOT, 'shims/pyroom/_protocol.py'), 'utf8');
  const m = py.match(/json\.loads\(r'''([\s\S]*?)'''\)/);
  assert.ok(m, 'shims/pyroom/_protocol.py holds the protocol as JSON');
  assert.deepEqual(JSON.parse(m[1]), PROTOCOL);
});

test('the JS check and the Python check (bridge.check) agree on every message', () => {
  const corpus = [];
  for (const v of variants) {
    corpus.push([v.channel, valid(v)], [v.channel, valid(v, ALSO_GOOD)], [v.channel, { ...valid(v), extra: 1 }]);
    for (const [field, kind] of typedFields(v.fields)) {
      const without = valid(v);
      delete without[field];
      corpus.push([v.channel, without]);
      for (const other of Object.keys(GOOD)) if (other !== kind) corpus.push([v.channel, { ...valid(v), [field]: GOOD[other] }]);
      corpus.push([v.channel, { ...valid(v), [field]: null }]);
    }
  }
  for (const [channel, spec] of channels) corpus.push([channel, { [spec.tag]: 'Nope' }], [channel, {}], [channel, 'x']);
  const js = corpus.map(([channel, msg]) => {
    try {
      check(channel, msg);
      return true;
    } catch {
      return false;
    }
  });
  const script = `
import json, sys
sys.path.insert(0, ${JSON.stringify(path.join(ROOT, 'shims'))})
from pyroom import bridge
out = []
for channel, msg in json.load(sys.stdin):
    try:
        bridge.check(channel, msg)
        out.append(True)
    except bridge.ProtocolError:
        out.append(False)
print(json.dumps(out))
`;
  const r = spawnSync('python3', ['-c', script], { input: JSON.stringify(corpus), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const python = JSON.parse(r.stdout);
  assert.equal(python.length, corpus.length);
  const disagree = corpus.filter((_, i) => js[i] !== python[i]).map(([c, m], i) => `${c} ${JSON.stringify(m)}`);
  assert.deepEqual(disagree, [], 'messages that one check accepts and the other refuses');
  assert.ok(js.filter(Boolean).length >= variants.length, 'the corpus holds valid messages');
  assert.ok(js.filter((x) => !x).length > corpus.length / 2, 'and invalid ones');
});
