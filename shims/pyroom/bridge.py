"""The channel between Python and the panel.

Blocking requests (``request``) wait for the panel's reply; notes (``note``) are fire-and-forget; ``wait_events``
drains the queue of events the panel sends to a running program; ``sleep`` is an interruptible ``time.sleep``.
Every message is checked against the generated protocol before it leaves, so a shim cannot send what the panel
does not understand.

The JS side is the ``_pyroom_host`` module that the worker (``worker/worker.mjs``) or the main-thread fallback
(``worker/inline.mjs``) registers. Tests outside Pyroom install a stand-in with :func:`set_host`.
"""
import json
import sys

from ._protocol import PROTOCOL

try:
    import _pyroom_host as _host
except ImportError:  # plain CPython: tests call set_host()
    _host = None

_PY_TYPES = {
    "string": (str,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
}


class ProtocolError(ValueError):
    """A message that the protocol does not define."""


def set_host(host):
    """Installs the JS side (or a stand-in with the same methods) and returns the previous one."""
    global _host
    old, _host = _host, host
    return old


def check(channel, msg):
    """Returns ``msg`` if it is exactly one variant of ``channel`` with fields of the right types."""
    spec = PROTOCOL["channels"][channel]
    tag = spec["tag"]
    if not isinstance(msg, dict):
        raise ProtocolError(f"{channel}: not an object")
    name = msg.get(tag)
    fields = spec["variants"].get(name) if isinstance(name, str) else None
    if fields is None:
        raise ProtocolError(f"{channel}: unknown {tag} {msg.get(tag)!r}")
    for key, value in msg.items():
        if key == tag:
            continue
        want = fields.get(key)
        if want is None:
            raise ProtocolError(f"{channel}.{msg[tag]}: unknown field {key!r}")
        if want == "js":
            continue
        ok = isinstance(value, _PY_TYPES[want]) and not (want == "number" and isinstance(value, bool))
        if not ok:
            raise ProtocolError(f"{channel}.{msg[tag]}.{key}: expected {want}, got {type(value).__name__}")
    missing = [k for k, t in fields.items() if t != "js" and k not in msg]
    if missing:
        raise ProtocolError(f"{channel}.{msg[tag]}: missing {', '.join(missing)}")
    return msg


def mode():
    """``"Worker"`` (blocking calls really block) or ``"MainThread"`` (they suspend through JSPI)."""
    return getattr(_host, "mode", "Worker")


def _settle(value):
    """In the main-thread fallback the host returns promises; wait for them with JSPI."""
    if mode() != "MainThread" or isinstance(value, str):
        return value
    from pyodide.ffi import can_run_sync, run_sync

    if not can_run_sync():
        raise RuntimeError("this browser cannot pause Python here (no JSPI); blocking calls are unavailable")
    return run_sync(value)


def flush_streams():
    """Flushes stdout and stderr, whatever the program did to them."""
    for name in ("stdout", "stderr"):
        try:
            getattr(sys, name).flush()
        except Exception:  # the program may have replaced or deleted the stream
            pass


def request(kind, **fields):
    """Sends a BridgeRequest and blocks until the panel's BridgeReply; Stop raises KeyboardInterrupt."""
    msg = check("BridgeRequest", {"kind": kind, **fields})
    flush_streams()
    raw = _settle(_host.request(json.dumps(msg, allow_nan=False)))
    if not isinstance(raw, str):  # None, or JS null (pyodide.ffi.jsnull): the user pressed Stop
        raise KeyboardInterrupt
    return check("BridgeReply", json.loads(raw))


def note(kind, **fields):
    """Sends a BridgeNote without waiting."""
    _host.note(json.dumps(check("BridgeNote", {"kind": kind, **fields}), allow_nan=False))


def sleep(secs):
    """``time.sleep`` that the Stop button interrupts."""
    if isinstance(secs, bool) or not isinstance(secs, (int, float)):
        if not hasattr(secs, "__float__"):
            raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer or float")
        secs = float(secs)
    if secs != secs:
        raise ValueError("Invalid value NaN (not a number)")
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    if secs > 9.2e9:
        raise OverflowError("timestamp too large to convert to C _PyTime_t")
    flush_streams()
    if _settle(_host.sleep(float(secs))):
        raise KeyboardInterrupt


def wait_events(timeout=None):
    """Returns the queued BridgeEvents, waiting up to ``timeout`` seconds (None: until one comes) for the first."""
    flush_streams()
    raw = _settle(_host.wait_events(-1.0 if timeout is None else float(timeout)))
    if not isinstance(raw, str):  # None, or JS null (pyodide.ffi.jsnull): the user pressed Stop
        raise KeyboardInterrupt
    return [check("BridgeEvent", e) for e in json.loads(raw)]
