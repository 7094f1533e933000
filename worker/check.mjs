// The protocol check shared by the worker (worker.mjs), the main-thread fallback (inline.mjs) and the runtime
// (runtime.mjs). It imports nothing but the generated protocol, so tests can load it in Node.
import { PROTOCOL } from './protocol.gen.mjs';

const TYPES = {
  string: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number',
  boolean: (v) => typeof v === 'boolean',
  object: (v) => v !== null && typeof v === 'object' && !Array.isArray(v),
  array: (v) => Array.isArray(v),
  js: () => true,
};

// Throws unless `msg` is exactly one of the channel's variants with fields of the right types.
export function check(channel, msg) {
  const spec = Object.hasOwn(PROTOCOL.channels, channel) ? PROTOCOL.channels[channel] : null;
  if (!spec) throw new Error(`unknown channel ${channel}`);
  if (msg === null || typeof msg !== 'object' || Array.isArray(msg)) throw new Error(`${channel}: not an object`);
  const tag = msg[spec.tag];
  const fields = typeof tag === 'string' && Object.hasOwn(spec.variants, tag) ? spec.variants[tag] : null;
  if (!fields) throw new Error(`${channel}: unknown ${spec.tag} ${JSON.stringify(tag)}`);
  for (const key of Object.keys(msg)) {
    if (key === spec.tag) continue;
    if (!Object.hasOwn(fields, key)) throw new Error(`${channel}.${tag}: unknown field ${key}`);
    if (!TYPES[fields[key]](msg[key])) throw new Error(`${channel}.${tag}.${key}: expected ${fields[key]}`);
  }
  for (const key of Object.keys(fields)) {
    if (fields[key] !== 'js' && !Object.hasOwn(msg, key)) throw new Error(`${channel}.${tag}: missing ${key}`);
  }
  return msg;
}
