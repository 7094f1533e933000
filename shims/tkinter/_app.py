"""One interpreter: what a ``Tk()`` owns in real Tk (its Tcl interpreter and main window).

It keeps the widgets by path name, the Tcl commands (callables registered by name, like tkinter's
``_register``), the Tcl global variables with their traces, named fonts, images, binding tables, ``after``
timers, the focus and the clipboard. Events from the panel arrive in :meth:`App.handle_event`, which runs the
bindings (through each widget's bind tags) and the widgets' own behaviour.
"""
import itertools

from . import _backend, _events, _fonts, _loop, _tcl, _wire
from ._tcl import TclError

DOUBLE_CLICK_MS = 500


class Trace:
    __slots__ = ("ops", "cmd", "fn", "owner", "legacy")

    def __init__(self, ops, cmd=None, fn=None, owner=None, legacy=False):
        self.ops = ops
        self.cmd = cmd
        self.fn = fn
        self.owner = owner
        self.legacy = legacy


class App:
    def __init__(self):
        self.backend = _backend.current()
        self.alive = True
        self.root = None
        self.widgets = {}
        self.commands = {}
        self.vars = {}
        self.traces = {}
        self._tracing = set()
        self.fonts = _fonts.Registry()
        self.images = {}
        self.image_counter = itertools.count(1)
        self.bind_tables = {}
        self.virtual_events = {}
        self.timers = {}
        self.after_counter = itertools.count(0)
        self.focus = None
        self.clipboard = None
        self.layout_cache = None
        self.history = []
        self.last_press = None
        self.pointer = (0, 0)
        self.listening = frozenset()
        self.scaling = 96 / 72
        self.idle_hooks = []
        self.measure_cache = {}
        self.metrics_cache = {}
        self.save_watch = {}
        self.option_db = []
        all_tag = self.table("all")
        all_tag.builtin("<Alt-Key>", "\n    tk::TraverseToMenu %W %A\n")
        all_tag.builtin("<Key-F10>", "\n    tk::FirstMenu %W\n")
        all_tag.builtin("<<NextWindow>>", "tk::TabToWindow [tk_focusNext %W]")
        all_tag.builtin("<<PrevWindow>>", "tk::TabToWindow [tk_focusPrev %W]")
        _loop.apps.append(self)
        self.backend.handles = lambda: list(_loop.widgets)

    # ---- commands ----

    def register(self, fn, name=None):
        if name is None:
            name = repr(id(fn))
            f = getattr(fn, "__func__", fn)
            name += getattr(f, "__name__", "")
        self.commands[name] = fn
        return name

    def call_command(self, name, *args):
        """Runs a Tcl command by name: a registered callable, or TclError as Tcl would."""
        fn = self.commands.get(name)
        if fn is None:
            word = _tcl.split(name)[0] if name.strip() else name
            raise TclError('invalid command name "%s"' % word)
        return fn(*args)

    def run_script(self, script, *args):
        """Runs an option's command value (``command=``): a registered name, or a script we cannot run."""
        s = _tcl.tcl_str(script)
        if not s.strip():
            return ""
        words = _tcl.split(s)
        if words and words[0] in self.commands:
            return self.commands[words[0]](*(list(words[1:]) + list(args)))
        raise TclError('invalid command name "%s"' % (words[0] if words else s))

    # ---- variables ----

    def exists(self, name):
        return _norm(name) in self.vars

    def setvar(self, name, value):
        name = _norm(name)
        value = _tcl.tcl_value(value)
        self.vars[name] = value
        self._fire(name, "write")
        return value

    def getvar(self, name):
        name = _norm(name)
        self._fire(name, "read")
        if name not in self.vars:
            raise TclError('can\'t read "%s": no such variable' % name)
        return self.vars[name]

    def getvar_quiet(self, name):
        """A variable's value without firing read traces (what widgets read)."""
        return self.vars[_norm(name)]

    def unsetvar(self, name):
        name = _norm(name)
        if name not in self.vars:
            raise TclError('can\'t unset "%s": no such variable' % name)
        del self.vars[name]
        self._fire(name, "unset")
        kept = [t for t in self.traces.get(name, []) if t.fn is not None and t.owner is not None]
        self.traces[name] = kept

    def _fire(self, name, op):
        traces = self.traces.get(name)
        if not traces or name in self._tracing:
            return
        self._tracing.add(name)
        try:
            for t in list(reversed(traces)):
                if op not in t.ops or t not in self.traces.get(name, ()):
                    continue
                if t.fn is not None:
                    t.fn(name, op)
                else:
                    word = op[0] if t.legacy else op
                    self.call_command(t.cmd, name, "", word)
        finally:
            self._tracing.discard(name)

    def trace_add(self, name, ops, cmd, legacy=False):
        self.traces.setdefault(_norm(name), []).append(Trace(tuple(ops), cmd=cmd, legacy=legacy))

    def trace_remove(self, name, ops, cmd):
        traces = self.traces.get(_norm(name), [])
        for t in reversed(traces):
            if t.cmd == cmd and set(t.ops) == set(ops):
                traces.remove(t)
                return True
        return False

    def trace_info(self, name, legacy=False):
        order = ("array", "read", "write", "unset")
        return [(tuple(o for o in order if o in t.ops), t.cmd) for t in reversed(self.traces.get(_norm(name), []))
                if t.cmd is not None]

    def watch(self, name, owner, fn):
        """A widget's link to a variable: ``fn(name, op)`` runs on writes and unsets, like Tk's own traces."""
        name = _norm(name)
        self.traces.setdefault(name, []).append(Trace(("write", "unset"), fn=fn, owner=owner))

    def unwatch(self, owner, name=None):
        name = None if name is None else _norm(name)
        for key, traces in self.traces.items():
            if name is None or key == name:
                traces[:] = [t for t in traces if t.owner is not owner]

    # ---- timers ----

    def after(self, ms, fn, script):
        name = "after#%d" % next(self.after_counter)
        t = _loop.add_timer(self, name, fn, ms, script)
        self.timers[name] = t
        return name

    def after_cancel(self, name):
        t = self.timers.pop(name, None)
        if t is not None:
            t.cancelled = True
            return t
        return None

    def idle_work(self):
        for hook in list(self.idle_hooks):
            hook()

    # ---- layout ----

    def layout(self):
        """``{handle: (x, y, width, height, reqwidth, reqheight, rootx, rooty, mapped)}`` after the renderer's
        layout, asked for once per change."""
        if self.layout_cache is None:
            answer = self.backend.query({"query": "layout"})
            table = {}
            for row in answer["widgets"]:
                table[row[0]] = tuple(row[1:])
            grids = {row[0]: (list(row[1]), list(row[2])) for row in answer["grids"]}
            self.layout_cache = (table, tuple(answer["screen"]), tuple(answer["pointer"]), grids)
        return self.layout_cache

    def layout_grids(self):
        return self.layout()[3]

    def geometry_of(self, widget):
        table = self.layout()[0]
        return table.get(widget._handle, (0, 0, 1, 1, 1, 1, 0, 0, 0))

    # ---- the option database ----

    def option_defaults(self, widget):
        """``(option, value)`` pairs the option database gives a new widget (``option_add("*Font", ...)``)."""
        if not self.option_db:
            return []
        out = []
        for name, row in widget._opts.table.rows.items():
            v = self.option_lookup(widget, row.db, row.cls)
            if v is not None:
                out.append((name, v))
        return out

    def option_lookup(self, widget, name, cls):
        """The newest matching pattern's value: ``*Name``, ``*Class``, ``*WidgetClass.name``, ``*Class*name``."""
        for pattern, value in reversed(self.option_db):
            parts = [p for p in pattern.replace("*", ".").split(".") if p]
            if not parts or parts[-1] not in (name, cls):
                continue
            rest = parts[:-1]
            if rest and rest[-1] not in (widget._class, widget._name) and rest[-1] not in (
                    w for w in (self.root and self.root._class,)):
                continue
            return value
        return None

    # ---- fonts ----

    def measure(self, strict_font, text):
        key = (tuple(sorted(strict_font.items())), text)
        hit = self.measure_cache.get(key)
        if hit is None:
            answer = self.backend.query({"query": "measure", "font": strict_font, "texts": [text]})
            hit = self.measure_cache[key] = answer["widths"][0]
            if len(self.measure_cache) > 5000:
                self.measure_cache.clear()
        return hit

    def metrics(self, strict_font):
        key = tuple(sorted(strict_font.items()))
        hit = self.metrics_cache.get(key)
        if hit is None:
            answer = self.backend.query({"query": "metrics", "font": strict_font})
            hit = self.metrics_cache[key] = {k: answer[k] for k in ("ascent", "descent", "linespace", "fixed")}
        return hit

    # ---- bindings ----

    def table(self, tag, create=True):
        t = self.bind_tables.get(tag)
        if t is None and create:
            t = self.bind_tables[tag] = _events.BindTable()
        return t

    def update_listening(self):
        """Tells the renderer which event types some binding wants (the chatty ones are sent only then)."""
        types = set()
        for t in self.bind_tables.values():
            types |= t.event_types()
        for w in self.widgets.values():
            types |= getattr(w, "_listen_extra", set())
        types &= _wire.LISTENED
        new = frozenset(types)
        if new != self.listening:
            self.listening = new
            _loop.send("listen", events=sorted(new))

    def run_binding(self, binding, event):
        """Runs a binding's callbacks; returns "break" if one of them did."""
        for entry in list(binding.entries):
            if entry.startswith("\1"):
                continue
            if entry.startswith("\0"):
                fn = self.commands.get(entry[1:])
                if fn is None:
                    continue
                result = _loop.call(self, fn, event)
            else:
                result = _loop.call(self, self.run_script, entry)
            if result == "break":
                return "break"
        return None

    def virtuals_for(self, history):
        hits = {}
        for name, seqs in self.virtual_events.items():
            for pats in seqs:
                if len(pats) <= len(history) and all(
                        _events._matches(p, o) for p, o in zip(pats, history[-len(pats):])):
                    score = (len(pats), pats[-1].specificity())
                    hits[name] = max(hits.get(name, score), score)
        return hits

    def dispatch_bindings(self, widget, occurrence, event, tags=None):
        history = self.history if occurrence.type in ("Key", "KeyRelease", "Button", "ButtonRelease") else [
            occurrence]
        virtuals = self.virtuals_for(history)
        for tag in (tags if tags is not None else widget.bindtags()):
            table = self.bind_tables.get(tag)
            if table is None:
                continue
            b = table.match(history, virtuals)
            if b is not None and self.run_binding(b, event) == "break":
                return "break"
        return None

    # ---- events from the panel ----

    def handle_event(self, widget, e):
        kind = e["type"]
        if kind in _events.TYPES:
            self.handle_x_event(widget, e)
            return
        handler = getattr(widget, "_user_" + kind, None)
        if handler is not None:
            _loop.call(self, handler, e)

    def occurrence(self, widget, e):
        kind = e["type"]
        tkname = _events.TYPES[kind]
        detail, count = None, 1
        if kind in ("ButtonPress", "ButtonRelease"):
            detail = e["num"]
        elif kind in ("KeyPress", "KeyRelease"):
            detail = e["keysym"]
        if kind in ("ButtonPress", "KeyPress"):
            last = self.last_press
            key = (kind, detail, widget._handle)
            t = e["time"]
            near = kind == "KeyPress" or (abs(e["x"] - last[3]) < 5 and abs(e["y"] - last[4]) < 5) if last else False
            if last and last[0] == key and 0 <= t - last[1] <= DOUBLE_CLICK_MS and near:
                count = last[2] + 1
            x, y = (e["x"], e["y"]) if kind == "ButtonPress" else (0, 0)
            self.last_press = (key, t, count, x, y)
        elif kind in ("ButtonRelease", "KeyRelease") and self.last_press:
            count = self.last_press[2]
        occ = _events.Occurrence(tkname, detail, e.get("state", 0), count)
        if tkname in ("Key", "KeyRelease", "Button", "ButtonRelease"):
            self.history.append(occ)
            del self.history[:-10]
        return occ

    def make_event(self, widget, e, etype=None):
        ev = _events.Event()
        kind = etype or e["type"]
        q = "??"
        ev.serial = next(_serial)
        ev.num = e.get("num", q)
        if kind in ("Enter", "Leave"):
            ev.focus = self.focus is not None
        ev.height = e.get("height", q)
        ev.keycode = e.get("keycode", q)
        ev.state = e.get("state", q)
        ev.time = e.get("time", q)
        ev.width = e.get("width", q)
        if "x" in e:
            ev.x, ev.y = e["x"], e["y"]
        elif kind in ("KeyPress", "KeyRelease"):
            ev.x, ev.y = self.pointer
        else:
            ev.x = ev.y = q
        ev.char = e.get("char", q)
        ev.send_event = False
        ev.keysym = e.get("keysym", q)
        ev.keysym_num = _events.keysym_num(e["keysym"]) if "keysym" in e else q
        ev.type = getattr(_events.EventType, kind, kind)
        ev.widget = widget
        ev.x_root = e.get("x_root", q)
        ev.y_root = e.get("y_root", q)
        ev.delta = e.get("delta", 0)
        return ev

    def handle_x_event(self, widget, e):
        kind = e["type"]
        if kind == "FocusIn":
            self.focus = widget
        elif kind == "FocusOut" and self.focus is widget:
            self.focus = None
        if "x" in e and kind != "Configure":
            self.pointer = (e["x"], e["y"])
        occ = self.occurrence(widget, e)
        event = self.make_event(widget, e)
        pre = getattr(widget, "_before_bindings", None)
        if pre is not None and _loop.call(self, pre, e, occ, event) == "break":
            return
        self.dispatch_bindings(widget, occ, event)
        post = getattr(widget, "_after_bindings", None)
        if post is not None:
            _loop.call(self, post, e, occ, event)


_serial = itertools.count(1)


def _norm(name):
    """Variables are global: ``::x`` is ``x``."""
    name = str(name)
    return name[2:] if name.startswith("::") else name
