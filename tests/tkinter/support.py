"""Shared helpers for the tkinter shim's tests: our tkinter first on the path, fresh state per test, a recording
backend, and a stand-in for the panel's host with the proposed protocol variants installed."""
import contextlib
import io
import json
import os
import sys
import unittest

SHIMS = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shims"))
if sys.path[:1] != [SHIMS]:
    if SHIMS in sys.path:
        sys.path.remove(SHIMS)
    sys.path.insert(0, SHIMS)
for _name in [m for m in sys.modules if m == "tkinter" or m.startswith("tkinter.")]:
    if not getattr(sys.modules[_name], "__file__", "").startswith(SHIMS):
        del sys.modules[_name]

import tkinter  # noqa: E402
from tkinter import _backend, _loop, _misc, _wire  # noqa: E402

assert tkinter.__file__.startswith(SHIMS), tkinter.__file__

from pyroom import bridge  # noqa: E402


def reset():
    """Destroys every interpreter and forgets timers, so each test starts from nothing."""
    for app in list(_loop.apps):
        try:
            if app.root is not None:
                app.root.destroy()
        except Exception:
            pass
    del _loop.apps[:]
    _loop.widgets.clear()
    del _loop._timers[:]
    del _loop._idle[:]
    _loop._quit[0] = False
    _loop.scheduler = None
    _misc._default_root[0] = None
    _misc._support_default_root[0] = True
    tkinter._default_root = None
    _backend.set_factory(None)


class TkTestCase(unittest.TestCase):
    """Each test gets a RecordingBackend (``self.backend``) and a root (``self.root``)."""

    backend_args = {}

    def setUp(self):
        reset()
        self.backend = _backend.RecordingBackend(**self.backend_args)
        _backend.set_factory(lambda: self.backend)
        self.root = tkinter.Tk()
        self.addCleanup(reset)

    def ops(self, kind=None, **match):
        """The recorded ops (of one kind, and whose fields equal ``match``)."""
        return [op for op in self.backend.ops if (kind is None or op["op"] == kind)
                and all(op.get(k) == v for k, v in match.items())]

    def event(self, type, widget, **fields):
        """A panel event with sensible defaults for the fields a test does not care about."""
        base = {"widget": widget._handle}
        spec = _wire.EVENTS[type]
        for key, ftype in spec.items():
            if key in fields or key == "widget":
                continue
            base[key] = None if ftype.endswith("?") else "" if ftype == "str" else [] if ftype in (
                "ints", "strs", "nums") else False if ftype == "bool" else 0
        base.update(fields)
        base["type"] = type
        return _wire.check_event(base)

    def dispatch(self, type, widget, **fields):
        _loop.handle_event(self.event(type, widget, **fields))


@contextlib.contextmanager
def captured_stderr():
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        yield sys.stderr
    finally:
        sys.stderr = old


# ---- the panel's host, with the tkinter variants of the protocol proposed in _wire ----

@contextlib.contextmanager
def proposed_protocol():
    """Adds the Tk variants (``_wire.PROTOCOL_PROPOSAL``) to the generated protocol while the block runs, unless
    the protocol already has them (then they must agree)."""
    channels = bridge.PROTOCOL["channels"]
    added = []
    for channel, variants in _wire.PROTOCOL_PROPOSAL.items():
        for name, fields in variants.items():
            have = channels[channel]["variants"].get(name)
            if have is None:
                channels[channel]["variants"][name] = dict(fields)
                added.append((channel, name))
            elif have != fields:
                raise AssertionError("%s.%s in src/protocol.rs is %r, the shim expects %r" % (
                    channel, name, have, fields))
    try:
        yield
    finally:
        for channel, name in added:
            del channels[channel]["variants"][name]


class PanelHost:
    """What the worker registers as ``_pyroom_host``, playing the panel's part for tkinter.

    ``answer(query)`` answers Tk queries (default: the recording backend's defaults); ``events`` is a list of
    batches, each a list of Tk event dicts (or None: the user pressed Stop) served to successive
    ``wait_events`` calls; when it runs out, waits with a timeout time out at once and a wait without one
    answers Stop (nothing could ever wake it).
    """

    mode = "Worker"

    def __init__(self, events=(), answer=None):
        self.events = list(events)
        self.answer = answer
        self.notes = []
        self.requests = []
        self.waits = []
        self.sleeps = []

    def ops(self):
        return [op for n in self.notes if n["kind"] == "Tk" for op in n["ops"]]

    def request(self, text):
        msg = json.loads(text)
        self.requests.append(msg)
        if msg["kind"] != "Tk":
            raise AssertionError("unexpected request %r" % msg)
        q = msg["query"]
        a = self.answer(q) if self.answer else None
        if a is None:
            a = _backend.default_answer(q, list(_loop.widgets))
        if isinstance(a, dict) and a.get("kind") == "Refused":
            return json.dumps(a)
        return json.dumps({"kind": "Tk", "answer": a})

    def note(self, text):
        self.notes.append(json.loads(text))

    def sleep(self, secs):
        self.sleeps.append(secs)
        return False

    def wait_events(self, timeout):
        self.waits.append(timeout)
        if not self.events:
            if timeout >= 0 and len(self.waits) < 100000:
                return "[]"
            return None
        batch = self.events.pop(0)
        if batch is None:
            return None
        return json.dumps([{"kind": "Tk", "event": e} for e in batch])
