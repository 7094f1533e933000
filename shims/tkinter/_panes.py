"""``PanedWindow``: panes are managed by the renderer like any geometry manager (``manage`` with ``pane``)."""
from . import _loop, _options, _tcl
from ._tcl import TclError
from ._widget import Widget


class PanedWindow(Widget):
    """panedwindow widget."""

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, "panedwindow", cnf, kw)

    def _init_widget(self):
        self._panes = []
        self._pane_opts = {}
        self._sashes = []

    def _child(self, child):
        if hasattr(child, "_w"):
            return child
        try:
            return self.nametowidget(str(child))
        except KeyError:
            raise TclError('bad window path name "%s"' % child) from None

    def _send_pane(self, w):
        opts = self._pane_opts[w._w]
        strict = {}
        for name in ("minsize", "padx", "pady", "width", "height"):
            v = opts.strict(name)
            strict[name] = v if v is not None or name in ("width", "height") else 0
        strict["sticky"] = opts.strict("sticky") or "nesw"
        strict["hide"] = bool(opts.strict("hide"))
        strict["stretch"] = opts.strict("stretch") or "last"
        strict["weight"] = 0
        i = self._panes.index(w)
        before = self._panes[i + 1]._handle if i + 1 < len(self._panes) else None
        w._manager = "panedwindow"
        _loop.send("manage", id=w._handle, manager="pane", master=self._handle, before=before, options=strict)

    def add(self, child, **kw):
        """Add a child widget to the panedwindow in a new pane."""
        w = self._child(child)
        if w not in self._panes:
            self._panes.append(w)
            self._pane_opts[w._w] = _options.OptionSet(_options.table("pane"), self._app)
        if kw:
            self.paneconfigure(w, **kw)
        else:
            self._send_pane(w)  # paneconfigure without options only describes them

    def remove(self, child):
        """Remove the pane containing child from the panedwindow."""
        w = self._child(child)
        if w in self._panes:
            self._panes.remove(w)
            self._pane_opts.pop(w._w, None)
            w._manager = None
            _loop.send("forget", id=w._handle)

    forget = remove

    def identify(self, x, y):
        return ""

    def proxy(self, *args):
        return ()

    def proxy_coord(self):
        return ()

    def proxy_forget(self):
        pass

    def proxy_place(self, x, y):
        pass

    def sash(self, *args):
        return ()

    def sash_coord(self, index):
        i = _tcl.parse_int(index)
        if not 0 <= i < len(self._sashes):
            raise TclError('invalid sash index')
        horizontal = self._opts.strict("orient") == "horizontal"
        return (self._sashes[i], 0) if horizontal else (0, self._sashes[i])

    def sash_mark(self, index):
        return ()

    def sash_place(self, index, x, y):
        i = _tcl.parse_int(index)
        while len(self._sashes) <= i:
            self._sashes.append(0)
        horizontal = self._opts.strict("orient") == "horizontal"
        self._sashes[i] = _options.pixels(x if horizontal else y)
        self._send_state()

    def _state(self):
        return {"sashes": [float(s) for s in self._sashes]}

    def _user_sash(self, e):
        self._sashes = [int(s) for s in e["sashes"]]
        # Echoed as state, so the worker's copy of the layout (winfo_*) sees the panes' new sizes too.
        _loop.send("state", id=self._handle, state={"sashes": [float(s) for s in self._sashes]})

    def panecget(self, child, option):
        """Query a management option for window."""
        w = self._child(child)
        if w._w not in self._pane_opts:
            raise TclError("not managed by this window")
        return self._pane_opts[w._w].cget(str(option))

    def paneconfigure(self, tagOrId, cnf=None, **kw):
        """Query or modify the management options for window."""
        from ._misc import merge_cnf
        w = self._child(tagOrId)
        if w._w not in self._pane_opts:
            raise TclError("not managed by this window")
        opts = self._pane_opts[w._w]
        cnf = merge_cnf(cnf, kw)
        if cnf is None:
            return opts.describe_all()
        if isinstance(cnf, str):
            return opts.describe(cnf)
        items = self._loose_items(cnf)
        for name in ("after", "before"):
            for k, v in items:
                if k == name:
                    other = self._child(v)
                    self._panes.remove(w)
                    pos = self._panes.index(other) + (1 if name == "after" else 0)
                    self._panes.insert(pos, w)
        opts.set([(k, v) for k, v in items if k not in ("after", "before")])
        self._send_pane(w)
        return None

    paneconfig = paneconfigure

    def panes(self):
        """Returns an ordered list of the child panes."""
        return tuple(w._w for w in self._panes)
