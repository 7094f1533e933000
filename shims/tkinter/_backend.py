"""Backends: where the shim's ops go, where events and answers come from, and what time it is.

The interface (``Backend``):

- ``send(op)``: one op built by ``_ops.make``; ``flush()``: make everything sent reach the renderer.
- ``query(q)``: a blocking question (``_wire.QUERIES``); returns the answer dict.
- ``wait_events(timeout)``: the user's events (``_wire.EVENTS`` dicts), waiting up to ``timeout`` seconds (None:
  until one comes) for the first; ``now()``: the clock timers run on.
- ``mode``: ``"Worker"`` (``mainloop`` blocks) or ``"MainThread"`` (the panel calls ``dispatch`` per event).

:class:`RecordingBackend` keeps the ops and runs on a virtual clock with scripted events and answers (tests, and
plain CPython outside Pyroom); :class:`BridgeBackend` talks to the panel through ``pyroom.bridge``: these two
functions, :func:`_send_ops` and :func:`_send_query`, are the only places the shim's messages leave Python.
"""
import time

from . import _fonts, _wire
from ._ops import Queue
from ._tcl import TclError


class Idle(Exception):
    """A recording backend has no more events to give and would wait forever: ``mainloop`` returns."""


class Backend:
    mode = "Worker"

    def send(self, op):
        raise NotImplementedError

    def flush(self):
        pass

    def query(self, q):
        raise NotImplementedError

    def wait_events(self, timeout=0.0):
        raise NotImplementedError

    def now(self):
        return time.monotonic()

    def sleep(self, secs):
        time.sleep(secs)

    def poll_due(self):
        """Whether the event loop should look for input before running due timers (see ``_loop.process``)."""
        return False


def default_answer(q, widgets=()):
    """What the recording backend answers when a test scripted nothing: unmapped 1x1 widgets, the fallback
    font metrics, the default button of a message box, and "cancelled" for every other dialog."""
    kind = q["query"]
    if kind == "layout":
        return {"answer": "layout", "widgets": [[h, 0, 0, 1, 1, 1, 1, 0, 0, 0] for h in widgets], "grids": [],
                "screen": [1280, 1024], "pointer": [0, 0]}
    if kind == "measure":
        return {"answer": "measure", "widths": [_fonts.fallback_measure(q["font"], t) for t in q["texts"]]}
    if kind == "metrics":
        return dict(_fonts.fallback_metrics(q["font"]), answer="metrics")
    if kind == "message":
        return {"answer": "button", "button": q["default"]}
    if kind in ("askstring", "save"):
        return {"answer": "text", "text": None}
    if kind == "open":
        return {"answer": "files", "files": []}
    return {"answer": "color", "color": None}


class RecordingBackend(Backend):
    """Records ops; events come from a script on a virtual clock, answers from a script.

    ``events``: ``(time, event)`` pairs (virtual seconds, an ``_wire.EVENTS`` dict); ``answers``: in order, each
    an answer dict or a callable ``(query) -> answer`` (an empty list: :func:`default_answer`); ``layout``: a
    callable ``(query) -> answer`` for layout queries; ``stop_at``: the virtual time after which waiting raises
    :class:`Idle` (so an endless ``after`` loop ends); ``mode``: "Worker" or "MainThread"; ``keep_ops=False`` drops
    the ops.
    """

    def __init__(self, events=(), answers=(), layout=None, stop_at=None, mode="Worker", keep_ops=True):
        self.stop_at = stop_at
        self.mode = mode
        self.ops = []
        self.keep_ops = keep_ops
        self.clock = 0.0
        self.events = sorted(events, key=lambda e: e[0])
        self.answers = list(answers)
        self.queries = []
        self.layout = layout
        self.flushes = 0
        self.handles = None

    def send(self, op):
        if self.keep_ops:
            self.ops.append(op)

    def flush(self):
        self.flushes += 1

    def take_ops(self):
        ops, self.ops = self.ops, []
        return ops

    def now(self):
        return self.clock

    def sleep(self, secs):
        self.clock += secs

    def inject(self, event, delay=0.0):
        """Queues a panel event for ``delay`` virtual seconds from now."""
        self.events.append((self.clock + delay, _wire.check_event(event)))
        self.events.sort(key=lambda e: e[0])

    def wait_events(self, timeout=0.0):
        due = self.events[0][0] if self.events else None
        if due is None or due > self.clock:
            limit = None if timeout is None else self.clock + timeout
            wake = due if limit is None else limit if due is None else min(due, limit)
            if wake is None:
                raise Idle
            if self.stop_at is not None and wake > self.stop_at:
                self.clock = max(self.clock, self.stop_at)
                raise Idle
            self.clock = max(self.clock, wake)
        out = []
        while self.events and self.events[0][0] <= self.clock:
            out.append(_wire.check_event(self.events.pop(0)[1]))
        return out

    def query(self, q):
        _wire.check_query(q)
        self.queries.append(q)
        if q["query"] == "layout" and self.layout is not None:
            return _wire.check_answer(q, self.layout(q))
        if self.answers and q["query"] != "layout":
            a = self.answers.pop(0)
            a = a(q) if callable(a) else a
        else:
            a = default_answer(q, self.handles() if self.handles else ())
        return _wire.check_answer(q, a)


# ---- the panel ----

NOTE_KIND = "Tk"
"""The BridgeNote variant that carries ops: ``{"kind": "Tk", "ops": [op, ...]}`` (to add to src/protocol.rs)."""
REQUEST_KIND = "Tk"
"""The BridgeRequest variant of queries (``{"kind": "Tk", "query": {...}}``), answered by the BridgeReply
``{"kind": "Tk", "answer": {...}}`` (or ``Refused``); the BridgeEvent ``{"kind": "Tk", "event": {...}}``."""
BATCH = 4000


def _send_ops(ops):
    """The one place ops leave Python."""
    from pyroom import bridge
    bridge.note(NOTE_KIND, ops=ops)


def _send_query(q):
    """The one place a query leaves Python; returns the BridgeReply."""
    from pyroom import bridge
    return bridge.request(REQUEST_KIND, query=q)


class BridgeBackend(Backend):
    """Renders in the Preview: ops go in batches (at every wait and query, or every BATCH ops)."""

    POLL_SECS = 0.004

    def __init__(self):
        from pyroom import bridge
        self.queue = Queue()
        self.mode = bridge.mode()
        self.screen = None
        self.polled = time.monotonic()

    def poll_due(self):
        now = time.monotonic()
        if now - self.polled < self.POLL_SECS:
            return False
        self.polled = now
        return self.mode != "MainThread"

    def send(self, op):
        self.queue.push(op)
        if len(self.queue) >= BATCH:
            self.flush()

    def flush(self):
        if len(self.queue):
            _send_ops(self.queue.take())

    def query(self, q):
        _wire.check_query(q)
        self.flush()
        reply = _send_query(q)
        if reply["kind"] == "Refused":
            raise TclError(reply["message"])
        if reply["kind"] != REQUEST_KIND:
            raise TclError("the panel answered %s to a tkinter query" % reply["kind"])
        return _wire.check_answer(q, reply["answer"])

    def sleep(self, secs):
        from pyroom import bridge
        self.flush()
        bridge.sleep(secs)

    def wait_events(self, timeout=0.0):
        from pyroom import bridge
        self.flush()
        self.polled = time.monotonic()
        out = []
        for e in bridge.wait_events(timeout):
            if e["kind"] == "Tk":
                out.append(_wire.check_event(e["event"]))
            elif e["kind"] == "PreviewResized":
                self.screen = (e["width"], e["height"])
        return out


def available_bridge():
    """True when running inside Pyroom (the panel's host module is there)."""
    try:
        from pyroom import bridge
    except ImportError:
        return False
    return getattr(bridge, "_host", None) is not None


_factory = None
_current = None


def set_factory(factory):
    """Makes ``factory()`` the backend of the next ``Tk()`` when none is running (tests); None: the default."""
    global _factory, _current
    _factory = factory
    _current = None


def current():
    """The process's backend (all interpreters share the one Preview), made on first use."""
    global _current
    if _current is None:
        if _factory is not None:
            _current = _factory()
        elif available_bridge():
            _current = BridgeBackend()
        else:
            _current = RecordingBackend(keep_ops=False)
    return _current


def reset():
    """Forgets the backend (the last interpreter was destroyed)."""
    global _current
    _current = None
