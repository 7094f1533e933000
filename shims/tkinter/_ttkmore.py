"""The bigger ttk widgets: Progressbar, Scale, Notebook, Panedwindow, LabeledScale and OptionMenu (exported by
``tkinter.ttk``)."""
import tkinter
from tkinter import _loop, _panes, _tcl, _wm
from tkinter._tcl import TclError
from tkinter.ttk import Frame, Label, Menubutton, Widget

class Progressbar(Widget):
    """Ttk Progressbar widget shows the status of a long-running operation."""

    _var = ""
    _timer = None

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::progressbar", kw)

    def _changed(self, changed):
        Widget._changed(self, changed)
        if "variable" in changed:
            if self._var:
                self._app.unwatch(self, self._var)
            self._var = self._opts.strict("variable") or ""
            if self._var:
                if self._app.exists(self._var):
                    self._take_var()
                self._app.watch(self._var, self, lambda n, op: op == "write" and self._take_var())

    def _take_var(self):
        raw = self._app.getvar_quiet(self._var)
        try:
            v = _tcl.parse_double(raw)
        except TclError:
            return
        self._opts.set([("value", raw)])
        _loop.send("configure", id=self._handle, options={"value": v}) if self._handle in _loop.widgets else None

    def step(self, amount=None):
        """Increments the value option by amount (default 1.0)."""
        amount = 1.0 if amount is None else _tcl.parse_double(amount)
        value = float(_tcl.parse_double(self._opts.cget("value"))) + amount
        maximum = _tcl.parse_double(self._opts.cget("maximum"))
        if self._opts.strict("mode") == "determinate" and maximum > 0 and value > maximum:
            value -= maximum
        self._set(value)

    def _set(self, value):
        self.configure(value=value)
        if self._var:
            self._app.setvar(self._var, value)

    def start(self, interval=None):
        """Begin autoincrement mode: schedules a recurring timer event that calls method step every interval
        milliseconds."""
        interval = 50 if interval is None else _tcl.parse_int(interval)
        self.stop()

        def tick():
            self.step()
            self._timer = self.after(interval, tick)
        self._timer = self.after(interval, tick)

    def stop(self):
        """Stop autoincrement mode."""
        if self._timer is not None:
            self.after_cancel(self._timer)
            self._timer = None


class Scale(Widget, tkinter.Scale):
    """Ttk Scale widget is typically used to control the numeric value of a linked variable that varies
    uniformly over some range."""

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::scale", kw)

    def _init_widget(self):
        pass

    def _changed(self, changed):
        self._state_option(changed)
        if "variable" in changed:
            if self._var:
                self._app.unwatch(self, self._var)
            self._var = self._opts.strict("variable") or ""
            if self._var:
                if self._app.exists(self._var):
                    self._from_var()
                else:
                    self._app.setvar(self._var, self._opts.cget("value"))
                self._app.watch(self._var, self, lambda n, op: op == "write" and self._from_var())

    def _from_var(self):
        raw = self._app.getvar_quiet(self._var)
        try:
            v = _tcl.parse_double(raw)
        except TclError:
            return
        self._opts.set([("value", raw)])
        if self._handle in _loop.widgets:
            _loop.send("configure", id=self._handle, options={"value": v})

    def configure(self, cnf=None, **kw):
        """Modify or query scale options."""
        retval = Widget.configure(self, cnf, **kw)
        if not isinstance(cnf, (type(None), str)):
            kw.update(cnf)
        if any(k in kw for k in ("from", "from_", "to")):
            _wm.virtual_event(self, "RangeChanged")
        return retval

    config = configure

    def get(self, x=None, y=None):
        """Get the current value of the value option, or the value corresponding to the coordinates x, y if
        they are specified."""
        return self._opts.cget("value")

    def set(self, value):
        self._set_value(_tcl.parse_double(value))

    def _set_value(self, v, from_var=False):
        lo, hi = _tcl.parse_double(self._opts.cget("from")), _tcl.parse_double(self._opts.cget("to"))
        v = min(max(v, min(lo, hi)), max(lo, hi))
        self._opts.set([("value", v)])
        _loop.send("configure", id=self._handle, options={"value": v})
        if self._var:
            self._app.setvar(self._var, v)
        cmd = self._opts.strict("command")
        if cmd:
            self._app.run_script(cmd, _tcl.float_str(v))

    def _state(self):
        return None


class Notebook(Widget):
    """Ttk Notebook widget manages a collection of windows and displays a single one at a time."""

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::notebook", kw)

    def _init_widget(self):
        self._tabs = []
        self._tab_opts = {}
        self._current = None

    def _child(self, w):
        if hasattr(w, "_w"):
            return w
        return self.nametowidget(str(w))

    def _tab_index(self, tab_id):
        if hasattr(tab_id, "_w"):
            if tab_id not in self._tabs:
                raise TclError("%s is not managed by %s" % (tab_id._w, self._w))
            return self._tabs.index(tab_id)
        s = _tcl.tcl_str(tab_id)
        if s == "end":
            return len(self._tabs)
        if s == "current":
            if self._current is None:
                raise TclError("Invalid tab specification current")
            return self._tabs.index(self._current)
        if s.startswith("."):
            return self._tab_index(self.nametowidget(s))
        try:
            i = _tcl.parse_int(s)
        except TclError:
            raise TclError("Invalid slave specification %s" % s) from None
        if not 0 <= i < len(self._tabs):
            raise TclError("Slave index %d out of bounds" % i)
        return i

    def _send_tab(self, w):
        o = self._tab_opts[w._w]
        i = self._tabs.index(w)
        before = self._tabs[i + 1]._handle if i + 1 < len(self._tabs) else None
        image = self._app.images.get(_tcl.tcl_str(o["image"])) if o["image"] else None
        pad = [float(tkinter._options.pixels(p)) for p in _tcl.split(_tcl.tcl_str(o["padding"]))] if o[
            "padding"] else [0.0]
        w._manager = "notebook"
        _loop.send("manage", id=w._handle, manager="tab", master=self._handle, before=before, options={
            "text": _tcl.tcl_str(o["text"]), "image": image._handle if image else None,
            "compound": _tcl.tcl_str(o["compound"]), "underline": _tcl.parse_int(o["underline"]),
            "state": _tcl.tcl_str(o["state"]), "sticky": _tcl.tcl_str(o["sticky"]), "padding": pad})

    def _set_tab(self, w, kw):
        o = self._tab_opts.setdefault(w._w, {"padding": [0], "sticky": "nsew", "state": "normal", "text": "",
                                             "image": "", "compound": "", "underline": -1})
        for k, v in kw.items():
            k = k.rstrip("_")
            if k not in o:
                raise TclError('unknown option "-%s"' % k)
            if k == "state" and _tcl.tcl_str(v) not in ("normal", "disabled", "hidden"):
                raise TclError('bad state "%s": must be disabled, hidden, or normal' % v)
            o[k] = v
        self._send_tab(w)

    def add(self, child, **kw):
        """Adds a new tab to the notebook."""
        w = self._child(child)
        if w not in self._tabs:
            self._tabs.append(w)
        self._set_tab(w, kw)
        if self._current is None:
            self._select(w, notify=False)

    def insert(self, pos, child, **kw):
        """Inserts a pane at the specified position."""
        w = self._child(child)
        if w in self._tabs:
            self._tabs.remove(w)
        i = self._tab_index(pos)
        self._tabs.insert(i, w)
        self._set_tab(w, kw)
        if self._current is None:
            self._select(w, notify=False)

    def forget(self, tab_id):
        """Removes the tab specified by tab_id, unmaps and unmanages the associated window."""
        w = self._tabs.pop(self._tab_index(tab_id))
        self._tab_opts.pop(w._w, None)
        w._manager = None
        _loop.send("forget", id=w._handle)
        if self._current is w:
            self._current = None
            if self._tabs:
                self._select(self._tabs[0])

    def hide(self, tab_id):
        """Hides the tab specified by tab_id."""
        w = self._tabs[self._tab_index(tab_id)]
        self._set_tab(w, {"state": "hidden"})

    def index(self, tab_id):
        """Returns the numeric index of the tab specified by tab_id, or the total number of tabs if tab_id is
        the string "end"."""
        return self._tab_index(tab_id)

    def _select(self, w, notify=True):
        self._current = w
        self._send_state()
        if notify:
            _wm.virtual_event(self, "NotebookTabChanged")

    def _state(self):
        return {"current": self._current._handle if self._current is not None else None}

    def select(self, tab_id=None):
        """Selects the specified tab; without an argument, returns the widget name of the selected pane."""
        if tab_id is None:
            return self._current._w if self._current is not None else ""
        w = self._tabs[self._tab_index(tab_id)]
        if w is not self._current:
            self._select(w)
        return None

    def tab(self, tab_id, option=None, **kw):
        """Query or modify the options of the specific tab_id."""
        w = self._tabs[self._tab_index(tab_id)]
        o = self._tab_opts[w._w]
        if kw:
            self._set_tab(w, kw)
            return None
        if option is not None:
            if option not in o:
                raise TclError('unknown option "-%s"' % option)
            return o[option]
        return dict(o)

    def tabs(self):
        """Returns a list of windows managed by the notebook."""
        return tuple(w._w for w in self._tabs)

    def enable_traversal(self):
        pass

    def identify(self, x, y):
        return ""

    def _user_tab(self, e):
        w = tkinter._loop.widgets.get(e["tab"])
        if w in self._tabs and w is not self._current:
            self._select(w)


class Panedwindow(Widget, _panes.PanedWindow):
    """Ttk Panedwindow widget displays a number of subwindows, stacked either vertically or horizontally."""

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::panedwindow", kw)

    def _send_pane(self, w):
        o = self._weights.get(w._w, 0)
        i = self._panes.index(w)
        before = self._panes[i + 1]._handle if i + 1 < len(self._panes) else None
        w._manager = "panedwindow"
        _loop.send("manage", id=w._handle, manager="pane", master=self._handle, before=before, options={
            "minsize": 0, "padx": 0, "pady": 0, "sticky": "nesw", "width": None, "height": None, "hide": False,
            "stretch": "always" if o else "never", "weight": o})

    @property
    def _weights(self):
        if not hasattr(self, "_weight_store"):
            self._weight_store = {}
        return self._weight_store

    def add(self, child, **kw):
        w = self._child(child)
        if w not in self._panes:
            self._panes.append(w)
        self.pane(w, **kw)

    def insert(self, pos, child, **kw):
        """Inserts a pane at the specified positions."""
        w = self._child(child)
        if w in self._panes:
            self._panes.remove(w)
        i = len(self._panes) if _tcl.tcl_str(pos) == "end" else (
            self._panes.index(self._child(pos)) if hasattr(pos, "_w") or str(pos).startswith(".")
            else _tcl.parse_int(pos))
        self._panes.insert(i, w)
        self.pane(w, **kw)

    def forget(self, pane):
        w = self._panes[_tcl.parse_int(pane)] if isinstance(pane, int) else self._child(pane)
        self.remove(w)

    def pane(self, pane, option=None, **kw):
        """Query or modify the options of the specified pane."""
        w = self._panes[_tcl.parse_int(pane)] if isinstance(pane, int) else self._child(pane)
        for k, v in kw.items():
            if k != "weight":
                raise TclError('unknown option "-%s"' % k)
            self._weights[w._w] = _tcl.parse_int(v)
        if kw or w._manager is None:
            self._send_pane(w)
            return None
        if option is not None:
            if option != "weight":
                raise TclError('unknown option "-%s"' % option)
            return self._weights.get(w._w, 0)
        return {"weight": self._weights.get(w._w, 0)}

    def sashpos(self, index, newpos=None):
        """If newpos is specified, sets the position of sash number index; returns the new position of sash
        number index."""
        i = _tcl.parse_int(index)
        if newpos is not None:
            self.sash_place(i, newpos, newpos)
        if not 0 <= i < len(self._sashes):
            return 0
        return self._sashes[i]


PanedWindow = Panedwindow


class LabeledScale(Frame):
    """A Ttk Scale widget with a Ttk Label widget indicating its current value."""

    def __init__(self, master=None, variable=None, from_=0, to=10, **kw):
        self._label_top = kw.pop("compound", "top") == "top"
        Frame.__init__(self, master, **kw)
        self._variable = variable or tkinter.IntVar(master)
        self._variable.set(from_)
        self._last_valid = from_
        self.label = Label(self)
        self.scale = Scale(self, variable=self._variable, from_=from_, to=to)
        self.scale.bind("<<RangeChanged>>", self._adjust)
        self.scale.pack(side="bottom" if self._label_top else "top", fill="x")
        self.label.place(anchor="n" if self._label_top else "s")
        self.__tracecb = self._variable.trace_add("write", self._adjust)
        self._adjust()

    def destroy(self):
        try:
            self._variable.trace_remove("write", self.__tracecb)
        except AttributeError:
            pass
        else:
            del self._variable
        super().destroy()
        self.label = None
        self.scale = None

    def _adjust(self, *args):
        try:
            newval = self._variable.get()
        except (TclError, ValueError):
            newval = self._last_valid
        self._last_valid = newval
        self.label["text"] = newval

    @property
    def value(self):
        """Return current scale value."""
        return self._variable.get()

    @value.setter
    def value(self, val):
        """Set new scale value."""
        self._variable.set(val)


class OptionMenu(Menubutton):
    """Themed OptionMenu, based after tkinter's OptionMenu, which allows the user to select a value from a
    menu."""

    def __init__(self, master, variable, default=None, *values, **kwargs):
        kw = {"textvariable": variable, "style": kwargs.pop("style", None),
              "direction": kwargs.pop("direction", None)}
        Menubutton.__init__(self, master, **{k: v for k, v in kw.items() if v is not None})
        self["menu"] = tkinter.Menu(self, tearoff=False)
        self._variable = variable
        self._callback = kwargs.pop("command", None)
        if kwargs:
            raise TclError("unknown option -%s" % next(iter(kwargs)))
        self.set_menu(default, *values)

    def __getitem__(self, item):
        if item == "menu":
            return self.nametowidget(Menubutton.__getitem__(self, item))
        return Menubutton.__getitem__(self, item)

    def set_menu(self, default=None, *values):
        """Build a new menu of radiobuttons with *values and optionally a default value."""
        menu = self["menu"]
        menu.delete(0, "end")
        for val in values:
            menu.add_radiobutton(label=val, command=(
                None if self._callback is None else lambda val=val: self._callback(val)), variable=self._variable)
        if default:
            self._variable.set(default)

    def destroy(self):
        """Destroy this widget and its associated variable."""
        try:
            del self._variable
        except AttributeError:
            pass
        super().destroy()


for _cls in (Progressbar, Scale, Notebook, Panedwindow, LabeledScale, OptionMenu):
    _cls.__module__ = "tkinter.ttk"
del _cls
