"""Backends: where a turtle screen's ops go, how it waits, and where its input comes from.

A screen talks to exactly one :class:`Backend`. The base class keeps the :class:`~turtle._scene.Scene` (so every
backend knows what is on the canvas) and defines the interface:

- ``send(op)``: one strict op (built by ``_ops.make``); ``flush()``: make everything sent so far reach the renderer.
- ``sleep(secs)`` and ``now()``: the animation clock.
- ``poll_events(timeout)``: input events (``_events`` forms), waiting up to ``timeout`` seconds (None: until one
  comes) for the first.
- ``ask(request)``: a text dialog (``textinput``/``numinput``); returns the text, or None if cancelled.
- ``screen_size``: the display ``setup()`` fractions refer to.

:class:`RecordingBackend` keeps the ops and runs on a virtual clock with scripted events (tests, and plain CPython
outside Pyroom); :class:`BridgeBackend` sends the ops to the panel in batches through ``pyroom.bridge``.
"""
import time

from . import _events
from ._ops import Queue
from ._scene import Scene

SCREEN_SIZE = (1280, 1024)


class Backend:
    screen_size = SCREEN_SIZE

    def __init__(self):
        self.scene = Scene()

    def send(self, op):
        self.scene.apply(op)
        self.emit(op)

    def emit(self, op):
        raise NotImplementedError

    def flush(self):
        pass

    def sleep(self, secs):
        raise NotImplementedError

    def now(self):
        raise NotImplementedError

    def poll_events(self, timeout=0.0):
        raise NotImplementedError

    def ask(self, request):
        raise NotImplementedError


class Idle(KeyboardInterrupt):
    """A recording backend has no more events to give and would wait forever (ends ``mainloop`` like Stop)."""


class RecordingBackend(Backend):
    """Records ops, sleeps and frames on a virtual clock; events and dialog answers come from scripts.

    ``events``: ``(time, event)`` pairs (``time`` in virtual seconds, event in panel form, see ``_events``);
    ``answers``: the texts the dialogs return, in order (None cancels); ``stop_at``: the virtual time after which
    waiting raises :class:`Idle`; ``keep_ops=False`` keeps only the scene.
    """

    def __init__(self, events=(), answers=(), stop_at=None, keep_ops=True, screen_size=SCREEN_SIZE):
        super().__init__()
        self.ops = []
        self.keep_ops = keep_ops
        self.sleeps = []
        self.clock = 0.0
        self.events = sorted(events, key=lambda e: e[0])
        self.answers = list(answers)
        self.asked = []
        self.stop_at = stop_at
        self.screen_size = screen_size

    def emit(self, op):
        if self.keep_ops:
            self.ops.append(op)

    def sleep(self, secs):
        self.sleeps.append(secs)
        self.clock += secs

    def now(self):
        return self.clock

    def inject(self, event, delay=0.0):
        """Queues a panel event for ``delay`` virtual seconds from now."""
        self.events.append((self.clock + delay, event))
        self.events.sort(key=lambda e: e[0])

    def poll_events(self, timeout=0.0):
        due = self.events[0][0] if self.events else None
        if due is None or due > self.clock:  # nothing yet: wait for the next event or the timeout
            limit = None if timeout is None else self.clock + timeout
            wake = due if limit is None else limit if due is None else min(due, limit)
            if wake is None:
                raise Idle
            if wake > self.clock and self.stop_at is not None and wake > self.stop_at:
                self.clock = max(self.clock, self.stop_at)
                raise Idle
            self.clock = max(self.clock, wake)
        out = []
        while self.events and self.events[0][0] <= self.clock:
            parsed = _events.parse(self.events.pop(0)[1])
            if parsed is not None:
                out.append(parsed)
        return out

    def ask(self, request):
        self.asked.append(request)
        if not self.answers:
            return None
        return self.answers.pop(0)


# ---- the panel ----

BATCH = 4000


def _send_ops(ops):
    """The one place ops leave Python: the BridgeNote ``{"kind": "Turtle", "ops": [op, ...]}``."""
    from pyroom import bridge
    bridge.note("Turtle", ops=ops)


def _send_request(request):
    """The one place a dialog request leaves Python (the BridgeRequest ``TurtleInput``: title, prompt, number,
    default, error); returns the BridgeReply: ``Line {text}`` (OK) or ``Eof`` (Cancel)."""
    from pyroom import bridge
    return bridge.request("TurtleInput", **request)


class BridgeBackend(Backend):
    """Draws in the Preview: ops go in batches (a note at each frame, or every BATCH ops), time and events go
    through ``pyroom.bridge`` (``sleep`` and ``wait_events`` are interrupted by Stop).

    In the main-thread fallback (no SharedArrayBuffer) Python must not block the page: animation delays are
    skipped, ``mainloop()`` returns at once, and input arrives through ``turtle._pyroom.dispatch``."""

    def __init__(self):
        from pyroom import bridge
        super().__init__()
        self.queue = Queue()
        self.can_wait = bridge.mode() != "MainThread"

    def emit(self, op):
        self.queue.push(op)
        if len(self.queue) >= BATCH:
            self.flush()

    def flush(self):
        if len(self.queue):
            _send_ops(self.queue.take())

    def sleep(self, secs):
        from pyroom import bridge
        self.flush()
        if self.can_wait:
            bridge.sleep(secs)

    def now(self):
        return time.monotonic()

    def poll_events(self, timeout=0.0):
        from pyroom import bridge
        self.flush()
        if not self.can_wait:
            return []
        out = []
        for event in bridge.wait_events(timeout):
            parsed = _events.parse(event)
            if parsed is not None:
                out.append(parsed)
        return out

    def ask(self, request):
        self.flush()
        reply = _send_request(request)
        if reply["kind"] == "Line":
            return reply["text"]
        if reply["kind"] == "Refused":
            raise OSError(reply["message"])
        return None


def available_bridge():
    """True when running inside Pyroom (the panel's host module is there)."""
    try:
        from pyroom import bridge
    except ImportError:
        return False
    return getattr(bridge, "_host", None) is not None


_factory = None


def set_factory(factory):
    """Makes ``factory()`` the backend of the next screen created (tests); None restores the default."""
    global _factory
    _factory = factory


def make():
    if _factory is not None:
        return _factory()
    if available_bridge():
        return BridgeBackend()
    return RecordingBackend(keep_ops=False)
