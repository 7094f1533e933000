"""The event loop shared by every interpreter: handles, ops out, events in, timers, callbacks.

In the worker, ``mainloop`` blocks here: it runs due ``after`` timers, runs idle callbacks, sends the ops, then
waits for the panel's events (``pyroom.bridge.wait_events``, which Stop interrupts with KeyboardInterrupt) until
the next timer is due, and dispatches the events in order. It returns when ``quit()`` is called or no root window
is left.

In the main-thread fallback nothing may block: ``mainloop`` returns at once, timers are scheduled on the
browser's event loop (Pyodide's asyncio loop), and the panel calls :func:`dispatch` with each event (the same JSON
object as ``BridgeEvent::Tk.event``); ``dispatch`` runs the callbacks and sends the resulting ops.

Callbacks run through :func:`call`: an exception prints "Exception in Tkinter callback" and the traceback (through
the root's ``report_callback_exception``) and the loop goes on; KeyboardInterrupt and SystemExit propagate.
"""
import heapq
import itertools
import json

from . import _backend, _wire
from ._ops import make

_handles = itertools.count(1)
widgets = {}
"""Every live widget by handle (all interpreters)."""
apps = []
"""Live interpreters."""

_timers = []
_timer_seq = itertools.count()
_idle = []
_quit = [False]
_depth = [0]
scheduler = None
"""Main-thread mode: ``scheduler(delay_secs, fn)`` runs ``fn`` later on the browser's loop (tests replace it)."""


def new_handle():
    return next(_handles)


def backend():
    return _backend.current()


def send(op_name, **fields):
    """Builds one op and sends it; any change invalidates the cached layout."""
    op = make(op_name, **fields)
    for app in apps:
        app.layout_cache = None
    backend().send(op)


def flush():
    backend().flush()


# ---- callbacks ----

def call(app, fn, *args):
    """Runs a callback the way Tk runs one: errors are reported, the loop goes on."""
    try:
        return fn(*args)
    except (KeyboardInterrupt, SystemExit):
        raise
    except _backend.Idle:
        raise
    except BaseException:
        import sys
        exc, val, tb = sys.exc_info()
        report(app, exc, val, tb)
        return None


def report(app, exc, val, tb):
    root = getattr(app, "root", None)
    if root is not None:
        try:
            root.report_callback_exception(exc, val, tb)
            return
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException:
            pass
    default_report(exc, val, tb)


def default_report(exc, val, tb):
    import sys
    import traceback
    print("Exception in Tkinter callback", file=sys.stderr)
    sys.last_exc = val
    sys.last_type, sys.last_value, sys.last_traceback = exc, val, tb
    traceback.print_exception(exc, val, tb)
    try:
        sys.stderr.flush()
    except Exception:
        pass


# ---- timers ----

class Timer:
    __slots__ = ("app", "name", "fn", "due", "idle", "cancelled", "script")

    def __init__(self, app, name, fn, due, idle, script):
        self.app = app
        self.name = name
        self.fn = fn
        self.due = due
        self.idle = idle
        self.cancelled = False
        self.script = script


def add_timer(app, name, fn, delay_ms, script):
    b = backend()
    if delay_ms is None:
        t = Timer(app, name, fn, None, True, script)
        _idle.append(t)
        if b.mode == "MainThread":
            _schedule(0.0, run_idle)
        return t
    t = Timer(app, name, fn, b.now() + max(0, delay_ms) / 1000.0, False, script)
    heapq.heappush(_timers, (t.due, next(_timer_seq), t))
    if b.mode == "MainThread":
        _schedule(max(0, delay_ms) / 1000.0, run_due_timers)
    return t


def _schedule(delay, fn):
    if scheduler is not None:
        scheduler(delay, fn)
        return
    import asyncio
    asyncio.get_event_loop().call_later(delay, lambda: main_thread_step(fn))


def main_thread_step(fn):
    fn()
    run_idle()
    flush()


def pending_timers(app=None):
    out = [t for _, _, t in _timers if not t.cancelled] + [t for t in _idle if not t.cancelled]
    return [t for t in out if app is None or t.app is app]


def run_due_timers():
    """Runs the timers due now, in order; a timer added meanwhile waits for the next round."""
    now = backend().now()
    due = []
    while _timers and _timers[0][0] <= now:
        due.append(heapq.heappop(_timers)[2])
    for t in due:
        if not t.cancelled and t.app.alive:
            t.cancelled = True
            t.app.timers.pop(t.name, None)
            call(t.app, t.fn)
    return bool(due)


def run_idle():
    """Runs the idle callbacks queued so far (those they queue run next time)."""
    batch = list(_idle)
    del _idle[:]
    for t in batch:
        if not t.cancelled and t.app.alive:
            t.cancelled = True
            t.app.timers.pop(t.name, None)
            call(t.app, t.fn)
    for app in list(apps):
        app.idle_work()
    return bool(batch)


def next_due():
    while _timers and _timers[0][2].cancelled:
        heapq.heappop(_timers)
    return _timers[0][0] if _timers else None


# ---- events ----

def dispatch(event):
    """Handles one panel event (a dict or its JSON text): the main-thread fallback's entry point."""
    if isinstance(event, str):
        event = json.loads(event)
    _wire.check_event(event)
    handle_event(event)
    if backend().mode == "MainThread":
        run_idle()
        flush()


def handle_event(event):
    w = widgets.get(event["widget"])
    if w is None:
        return
    app = w._app
    if not app.alive:
        return
    app.layout_cache = None
    app.handle_event(w, event)


def alive():
    return any(a.alive for a in apps)


def quit():
    _quit[0] = True


def process(block):
    """One round, as Tcl_DoOneEvent: due timers, else idle callbacks, else ops out and events in (waiting if
    ``block``). Returns False when the backend has nothing more to give (a recording backend at its end)."""
    b = backend()
    # Input first, as Tcl_DoOneEvent takes window events before timers: an after(0) loop must not starve clicks
    # and keys. The panel's queue is read at most every few milliseconds (reading it costs a call into JS).
    if b.poll_due():
        b.flush()
        try:
            polled = b.wait_events(0.0)
        except _backend.Idle:
            polled = []
        for e in polled:
            handle_event(e)
    if run_due_timers() or run_idle():
        return True
    if _quit[0] or not alive():
        return True
    b.flush()
    timeout = 0.0
    if block:
        due = next_due()
        timeout = None if due is None else max(0.0, due - b.now())
    try:
        events = b.wait_events(timeout)
    except _backend.Idle:
        return False
    for e in events:
        handle_event(e)
    return True


def mainloop():
    b = backend()
    if b.mode == "MainThread":
        b.flush()
        return
    _quit[0] = False
    _depth[0] += 1
    try:
        while alive() and not _quit[0]:
            if not process(block=True):
                break
    finally:
        _depth[0] -= 1
        _quit[0] = False
        b.flush()


def update():
    """Handles everything pending (events, due timers, idle callbacks) without waiting."""
    b = backend()
    for _ in range(100000):
        b.flush()
        try:
            events = b.wait_events(0.0) if b.mode != "MainThread" else []
        except _backend.Idle:
            events = []
        for e in events:
            handle_event(e)
        if events or run_due_timers() or run_idle():
            continue
        break
    b.flush()


def update_idletasks():
    run_idle()
    flush()


def finish():
    """The program ended: sends what is still queued. The runner should call this after a program that imported
    tkinter returns, so a window built without ``mainloop()`` still appears (and stays, as in IDLE)."""
    if _backend._current is not None:
        _backend._current.flush()


def app_gone(app):
    """An interpreter was destroyed: forget its timers; with none left, the backend starts afresh."""
    for t in pending_timers(app):
        t.cancelled = True
    if app in apps:
        apps.remove(app)
    if not apps:
        del _timers[:]
        del _idle[:]


def new_run():
    """A new program starts (Pyroom's runner calls this): the previous program's windows left the Preview with it,
    so its interpreters, widgets and timers are forgotten, as if its windows had been closed."""
    for app in list(apps):
        app.alive = False
    del apps[:]
    widgets.clear()
    del _timers[:]
    del _idle[:]
    _quit[0] = False
    from . import _misc
    _misc._default_root[0] = None
    import tkinter
    if getattr(tkinter, "_default_root", None) is not None:
        tkinter._default_root = None
    _backend.reset()
