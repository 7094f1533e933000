// The protocol check shared by the worker (worker.mjs), the main-thread fallback (inline.mjs) and the runtime
// (runtime.mjs). It imports nothing but the generated protocol, so tests can load it in Node.
import { PROTOCOL } from './protocol.gen.mjs';

const TYPES = { string: 'string', number: 'number', boolean: 'boolean', object: 'object', array: 'object' };

// Throws unless `msg` is exactly one of the channel's variants with fields of the right types.
export function check(channel, msg) {
  const spec = PROTOCOL.channels[channel];
  if (!spec) throw new Error(`unknown channel ${channel}`);
  if (msg === null || typeof msg !== 'object') throw new Error(`${channel}: not an object`);
  const fields = spec.variants[msg[spec.tag]];
  if (!fields) throw new Error(`${channel}: unknown ${spec.tag} ${JSON.stringify(msg[spec.tag])}`);
  for (const key of Object.keys(msg)) {
    if (key === spec.tag) continue;
    const want = fields[key];
    if (!want) throw new Error(`${channel}.${msg[spec.tag]}: unknown field ${key}`);
    if (want !== 'js' && typeof msg[key] !== TYPES[want]) {
      throw new Error(`${channel}.${msg[spec.tag]}.${key}: expected ${want}`);
    }
  }
  for (const key of Object.keys(fields)) {
    if (fields[key] !== 'js' && !(key in msg)) throw new Error(`${channel}.${msg[spec.tag]}: missing ${key}`);
  }
  return msg;
}
