"""``Misc``: what every widget and the root window can do (options, bindings, timers, focus, ``winfo_*``...),
and ``BaseWidget``: creating, naming and destroying widgets."""
import sys

from . import _events, _loop, _options, _tcl
from ._geometry import Master
from ._tcl import TclError
from ._winfo import Winfo

# Options the renderer never needs: they only concern Python.
PYTHON_ONLY = frozenset((
    "command", "textvariable", "variable", "validatecommand", "invalidcommand", "xscrollcommand", "yscrollcommand",
    "takefocus", "class", "colormap", "container", "screen", "use", "visual", "postcommand", "tearoffcommand",
    "listvariable", "validate", "exportselection", "onvalue", "offvalue", "tristatevalue", "menu",
    "repeatdelay", "repeatinterval"))

_default_root = [None]
_support_default_root = [True]


def default_root(what=None):
    if not _support_default_root[0]:
        raise RuntimeError("No master specified and tkinter is configured to not support default root")
    if _default_root[0] is None:
        if what:
            raise RuntimeError("Too early to %s: no default root window" % what)
        from . import _wm
        _wm.Tk()
    return _default_root[0]


def merge_cnf(cnf, kw):
    if kw:
        out = {}
        for c in (cnf, kw):
            if c:
                out.update(c)
        return out
    if cnf is None or isinstance(cnf, (dict, str)):
        return cnf
    out = {}
    for c in cnf:
        if c:
            out.update(c)
    return out


class Misc(Master, Winfo):
    """Methods shared by all widgets (``tkinter.Misc``)."""

    _last_child_ids = None
    _opts = None
    _table_key = None

    # ---- identity ----

    def __str__(self):
        return self._w

    def __repr__(self):
        return "<%s.%s object %s>" % (self.__class__.__module__, self.__class__.__qualname__, self._w)

    def _root(self):
        w = self
        while w.master is not None:
            w = w.master
        return w

    def _check_alive(self):
        if self._w not in self._app.widgets or self._app.widgets[self._w] is not self:
            raise TclError('invalid command name "%s"' % self._w)

    def nametowidget(self, name):
        name = str(name)
        if not name:
            raise KeyError(name)
        w = self
        if name.startswith("."):
            w = self._root()
            name = name[1:]
        for part in name.split("."):
            if not part:
                break
            w = w.children[part]
        return w

    _nametowidget = nametowidget

    # ---- commands ----

    def register(self, func, subst=None, needcleanup=1):
        name = self._app.register(func)
        if needcleanup:
            if self._tclCommands is None:
                self._tclCommands = []
            self._tclCommands.append(name)
        return name

    _register = register

    def deletecommand(self, name):
        self._app.commands.pop(name, None)
        try:
            self._tclCommands.remove(name)
        except (AttributeError, ValueError):
            pass

    def _loose(self, value):
        return _options.loose(value, self.register)

    def _loose_items(self, cnf):
        items = []
        for k, v in cnf.items():
            if v is None:
                continue
            k = str(k)
            if k.endswith("_"):
                k = k[:-1]
            items.append((k, self._loose(v)))
        return items

    # ---- options ----

    def configure(self, cnf=None, **kw):
        """Configure resources of a widget; with no arguments, every option's description."""
        cnf = merge_cnf(cnf, kw)
        self._check_alive()
        if cnf is None:
            return self._opts.describe_all()
        if isinstance(cnf, str):
            return self._opts.describe(cnf)
        self._apply(self._loose_items(cnf))
        return None

    config = configure

    def cget(self, key):
        """Return the resource value for a KEY given as string."""
        self._check_alive()
        return self._opts.cget(str(key))

    __getitem__ = cget

    def __setitem__(self, key, value):
        self.configure({key: value})

    def keys(self):
        self._check_alive()
        return self._opts.keys()

    def _apply(self, items, creating=False):
        changed = self._opts.set(items, creating=creating)
        if not creating:
            self._changed(changed)
            self._send_options(changed)
        return changed

    def _changed(self, changed):
        """Hook: widgets react to their own option changes (variables, states)."""

    def _render_names(self, names):
        return [n for n in names if n not in PYTHON_ONLY and n not in self._python_only]

    _python_only = frozenset()

    def _render_value(self, name):
        v = self._opts.strict(name)
        if v is None and self._opts.table.rows[name].kind.base == "font":
            return None
        if isinstance(v, _options._fonts.FontRef):
            return _options._fonts.strict(v, self._app.fonts)
        return v

    def _render_options(self, names=None):
        names = self._opts.table.rows if names is None else names
        return {n: self._render_value(n) for n in self._render_names(names)}

    def _send_options(self, changed):
        opts = self._render_options(list(changed))
        opts.update(self._extra_render(changed))
        if opts:
            _loop.send("configure", id=self._handle, options=opts)

    def _extra_render(self, changed):
        """Hook: render options that depend on more than one option (the displayed text)."""
        return {}

    def _font_changed(self, name):
        """A named font changed: resend the options that use it."""
        names = [n for n, r in self._opts.table.rows.items() if r.kind.base == "font"
                 and isinstance(self._opts.strict(n), _options._fonts.FontRef) and self._opts.strict(n).name == name]
        if names:
            self._send_options(dict.fromkeys(names))

    # ---- timers ----

    def after(self, ms, func=None, *args):
        """Call function once after given time (milliseconds); without a function, sleep."""
        if func is None:
            from . import _wm
            _wm.sleep_ms(self, ms)
            return None
        app = self._app

        def callit():
            try:
                func(*args)
            finally:
                self.deletecommand(name)
        callit.__name__ = getattr(func, "__name__", "")
        if ms == "idle":
            return self.after_idle(func, *args)
        try:
            ms = _tcl.parse_int(ms) if not isinstance(ms, float) else _tcl.parse_int(_tcl.float_str(ms))
        except TclError:
            raise TclError('bad argument "%s": must be cancel, idle, info, or an integer' % _tcl.tcl_str(ms)) \
                from None
        name = self._register(callit)
        return app.after(ms, lambda: app.call_command(name), name)

    def after_idle(self, func, *args):
        """Call FUNC once when Tk is idle."""
        app = self._app

        def callit():
            try:
                func(*args)
            finally:
                self.deletecommand(name)
        callit.__name__ = getattr(func, "__name__", "")
        name = self._register(callit)
        return app.after(None, lambda: app.call_command(name), name)

    def after_cancel(self, id):
        """Cancel scheduling of function identified with ID."""
        if not id:
            raise ValueError("id must be a valid identifier returned from after or after_idle")
        t = self._app.after_cancel(str(id))
        if t is not None:
            self.deletecommand(t.script)

    def after_info(self, id=None):
        if id is None:
            return tuple(reversed(list(self._app.timers)))
        t = self._app.timers.get(str(id))
        if t is None:
            raise TclError('event "%s" doesn\'t exist' % id)
        return (t.script, "idle" if t.idle else "timer")

    # ---- the loop ----

    def mainloop(self, n=0):
        """Call the mainloop of Tk."""
        _loop.mainloop()

    def quit(self):
        """Quit the Tcl interpreter. All widgets will be destroyed."""
        _loop.quit()

    def update(self):
        """Enter event loop until all pending events have been processed by Tcl."""
        _loop.update()

    def update_idletasks(self):
        """Enter event loop until all idle callbacks have been called."""
        _loop.update_idletasks()

    def wait_variable(self, name="PY_VAR"):
        """Wait until the variable is modified."""
        name = str(name)
        app = self._app
        done = []
        owner = object()
        app.watch(name, owner, lambda n, op: done.append(1))
        try:
            while not done and _loop.alive():
                if not _loop.process(block=True):
                    break
        finally:
            app.unwatch(owner, name)

    waitvar = wait_variable

    def wait_window(self, window=None):
        """Wait until a WIDGET is destroyed."""
        w = self if window is None else window
        while w._w in w._app.widgets and w._app.widgets[w._w] is w and _loop.alive():
            if not _loop.process(block=True):
                break

    def wait_visibility(self, window=None):
        _loop.update()

    # ---- misc ----

    def bell(self, displayof=0):
        _loop.send("bell")

    def clipboard_get(self, **kw):
        if self._app.clipboard is None:
            raise TclError('CLIPBOARD selection doesn\'t exist or form "%s" not defined' % kw.get("type", "STRING"))
        return self._app.clipboard

    def clipboard_clear(self, **kw):
        self._app.clipboard = ""

    def clipboard_append(self, string, **kw):
        self._app.clipboard = (self._app.clipboard or "") + str(string)
        _loop.send("clipboard", text=self._app.clipboard)

    def selection_get(self, **kw):
        if kw.get("selection") == "CLIPBOARD":
            return self.clipboard_get()
        w = self._app.focus
        text = getattr(w, "_selected_text", lambda: None)() if w is not None else None
        if not text:
            raise TclError('PRIMARY selection doesn\'t exist or form "STRING" not defined')
        return text

    def focus_set(self):
        """Direct input focus to this widget."""
        self._check_alive()
        self._app.focus = self
        _loop.send("focus", id=self._handle)

    focus = focus_set

    def focus_force(self):
        self.focus_set()

    def focus_get(self):
        return self._app.focus

    def focus_displayof(self):
        return self._app.focus

    def focus_lastfor(self):
        return self._app.focus or self._root()

    def tk_focusNext(self):
        order = [w for w in self._app.widgets.values() if w._takes_focus()]
        if self in order and len(order) > 1:
            return order[(order.index(self) + 1) % len(order)]
        return order[0] if order else None

    def tk_focusPrev(self):
        order = [w for w in self._app.widgets.values() if w._takes_focus()]
        if self in order and len(order) > 1:
            return order[order.index(self) - 1]
        return order[-1] if order else None

    def _takes_focus(self):
        return False

    def tk_focusFollowsMouse(self):
        pass

    def grab_set(self):
        self._app.grab = self

    grab_set_global = grab_set

    def grab_release(self):
        if getattr(self._app, "grab", None) is self:
            self._app.grab = None

    def grab_current(self):
        return getattr(self._app, "grab", None)

    def grab_status(self):
        return "local" if getattr(self._app, "grab", None) is self else None

    def lift(self, aboveThis=None):
        self._restack(True, aboveThis)

    tkraise = lift

    def lower(self, belowThis=None):
        self._restack(False, belowThis)

    def _restack(self, up, other):
        if self.master is None:
            return
        sibs = self.master._stack
        if self in sibs:
            sibs.remove(self)
        if other is None:
            pos = len(sibs) if up else 0
        else:
            pos = sibs.index(other) + (1 if up else 0) if other in sibs else len(sibs)
        sibs.insert(pos, self)
        above = sibs[pos - 1]._handle if pos > 0 else None
        _loop.send("restack", id=self._handle, above=above)

    def setvar(self, name="PY_VAR", value="1"):
        self._app.setvar(str(name), value)

    def getvar(self, name="PY_VAR"):
        return self._app.getvar(str(name))

    def getint(self, s):
        try:
            return _tcl.getint(s)
        except TclError as e:
            raise ValueError(str(e)) from None

    def getdouble(self, s):
        try:
            return _tcl.parse_double(s)
        except TclError as e:
            raise ValueError(str(e)) from None

    def getboolean(self, s):
        try:
            return _tcl.parse_bool(s)
        except TclError:
            raise ValueError("invalid literal for getboolean()") from None

    def _getboolean(self, s):
        return _tcl.parse_bool(s)

    def _windowingsystem(self):
        return "x11"

    _windowingsystem = property(_windowingsystem)

    def info_patchlevel(self):
        from . import _wm
        return _wm.PATCHLEVEL_INFO

    def image_names(self):
        from ._image import BUILTIN_IMAGES
        return BUILTIN_IMAGES + tuple(self._app.images)

    def image_types(self):
        return ("photo", "bitmap")

    def option_add(self, pattern, value, priority=None):
        self._app.option_db.append((str(pattern), self._loose(value)))

    def option_clear(self):
        self._app.option_db[:] = []

    def option_get(self, name, className):
        return self._app.option_lookup(self, str(name), str(className)) or ""

    def option_readfile(self, fileName, priority=None):
        with open(fileName) as fh:
            for line in fh:
                if ":" in line and not line.lstrip().startswith("!"):
                    k, v = line.split(":", 1)
                    self.option_add(k.strip(), v.strip())

    def tk_setPalette(self, *args, **kw):
        if len(args) == 1:
            kw = {"background": args[0]}
        elif args:
            kw = dict(zip(args[0::2], args[1::2]))
        for k, v in kw.items():
            self.option_add("*" + k, v)
        bg = kw.get("background")
        if bg is not None:
            for w in list(self._app.widgets.values()):
                try:
                    w.configure(background=bg)
                except TclError:
                    pass

    def tk_bisque(self):
        self.tk_setPalette("#ffe4c4")

    def tk_strictMotif(self, boolean=None):
        return 0

    def event_add(self, virtual, *sequences):
        name = _virtual_name(virtual)
        for s in sequences:
            pats = _events.parse_sequence(s)
            self._app.virtual_events.setdefault(name, []).append(pats)

    def event_delete(self, virtual, *sequences):
        name = _virtual_name(virtual)
        if not sequences:
            self._app.virtual_events.pop(name, None)
            return
        keep = [p for p in self._app.virtual_events.get(name, [])
                if "".join(x.text() for x in p) not in {_events.canonical(s) for s in sequences}]
        self._app.virtual_events[name] = keep

    def event_info(self, virtual=None):
        if virtual is None:
            return tuple("<<%s>>" % n for n in self._app.virtual_events)
        return tuple("".join(x.text() for x in p) for p in self._app.virtual_events.get(_virtual_name(virtual), []))

    def event_generate(self, sequence, **kw):
        """Generate an event SEQUENCE; options x, y, rootx, rooty, keysym, button, state, delta, width, height..."""
        from . import _wm
        _wm.generate(self, sequence, kw)

    # ---- bindings ----

    def bindtags(self, tagList=None):
        if tagList is None:
            if self._bindtags is not None:
                return self._bindtags
            top = self.winfo_toplevel()
            if top is self:
                return (self._w, self._class, "all")
            return (self._w, self._class, top._w, "all")
        self._bindtags = tuple(str(t) for t in (_tcl.split(tagList) if isinstance(tagList, str) else tagList))
        return None

    _bindtags = None

    def _bind_to(self, tag, sequence, func, add):
        app = self._app
        if isinstance(func, str):
            app.table(tag).bind(sequence, script=func, add=bool(add) and str(add) != "")
            app.update_listening()
            return None
        if func:
            funcid = self._register(func)
            app.table(tag).bind(sequence, funcid=funcid, add=bool(add))
            app.update_listening()
            return funcid
        table = app.table(tag, create=False)
        if sequence:
            return table.get(sequence) if table is not None else ("" if _events.canonical(sequence) else "")
        return table.sequences() if table is not None else ()

    def bind(self, sequence=None, func=None, add=None):
        """Bind to this widget at event SEQUENCE a call to function FUNC."""
        self._check_alive()
        return self._bind_to(self._w, sequence, func, add)

    def unbind(self, sequence, funcid=None):
        """Unbind for this widget the event SEQUENCE (only the callback FUNCID if given)."""
        self._unbind_from(self._w, sequence, funcid)

    def _unbind_from(self, tag, sequence, funcid):
        table = self._app.table(tag, create=False)
        if table is None:
            return
        try:
            names = table.unbind(sequence, funcid)
        except TclError:
            return
        for name in names:
            self.deletecommand(name)
        self._app.update_listening()

    def bind_all(self, sequence=None, func=None, add=None):
        return self._bind_to("all", sequence, func, add)

    def unbind_all(self, sequence):
        self._unbind_from("all", sequence, None)

    def bind_class(self, className, sequence=None, func=None, add=None):
        return self._bind_to(str(className), sequence, func, add)

    def unbind_class(self, className, sequence):
        self._unbind_from(str(className), sequence, None)

    # ---- internal ----

    def _report_exception(self):
        exc, val, tb = sys.exc_info()
        _loop.report(self._app, exc, val, tb)

    def _options(self, cnf, kw=None):
        cnf = merge_cnf(cnf, kw) or {}
        out = ()
        for k, v in self._loose_items(cnf):
            out += ("-" + k, v)
        return out


def _virtual_name(virtual):
    s = str(virtual)
    if not (s.startswith("<<") and s.endswith(">>")) or len(s) <= 4:
        raise TclError('virtual event "%s" is badly formed' % s)
    return s[2:-2]
