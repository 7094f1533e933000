"""Ttk widgets (themed Tk): the ttk API over Pyroom's widgets.

Each widget keeps the ttk state flags (``state()``/``instate()``) and sends them to the renderer as the
``states`` render option; ``style`` names a ``Style`` configured in ``_ttkstyle``.
"""
import tkinter
from tkinter import _buttons, _entry, _loop, _tcl, _wm
from tkinter._tcl import TclError
from tkinter._ttkstyle import STATE_NAMES, Style, layout_exists

__all__ = ["Button", "Checkbutton", "Combobox", "Entry", "Frame", "Label", "Labelframe", "LabelFrame",
           "Menubutton", "Notebook", "Panedwindow", "PanedWindow", "Progressbar", "Radiobutton", "Scale",
           "Scrollbar", "Separator", "Sizegrip", "Spinbox", "Style", "Treeview", "LabeledScale", "OptionMenu",
           "tclobjs_to_py", "setup_master"]
__version__ = "0.3.1"


def setup_master(master=None):
    """If master is not None, itself is returned. If master is None, the default master is returned if there is
    one, otherwise a new master is created and returned."""
    if master is None:
        master = tkinter._misc.default_root()
    return master


def tclobjs_to_py(adict):
    """Returns adict with its values converted from Tcl objects to Python objects."""
    for opt, val in adict.items():
        if isinstance(val, tkinter.Tcl_Obj):
            val = str(val)
        adict[opt] = val
    return adict


_ORIENTED = {"ttk::progressbar": "Horizontal", "ttk::scale": "Horizontal", "ttk::scrollbar": "Vertical"}


class Widget(tkinter.Widget):
    """Base class for Tk themed widgets."""

    _flags = frozenset()

    def __init__(self, master, widgetname, kw=None):
        self._check_style(master, widgetname, kw or {})
        tkinter.Widget.__init__(self, master, widgetname, kw=kw or {})

    def _check_style(self, master, widgetname, cnf):
        style = cnf.get("style")
        if style:
            app = (master or tkinter._misc.default_root())._app
            orient = cnf.get("orient", _ORIENTED.get(widgetname, ""))
            name = str(style)
            if orient and not name.startswith(("Horizontal.", "Vertical.")):
                name = str(orient).capitalize() + "." + name
            if not layout_exists(app, name):
                raise TclError("Layout %s not found" % name)

    def configure(self, cnf=None, **kw):
        if isinstance(cnf, dict) or kw:
            merged = dict(cnf or {}, **kw)
            if "style" in merged:
                self._check_style(self.master, self.widgetName, dict(merged, orient=merged.get(
                    "orient", self._opts.cget("orient") if "orient" in self._opts.table.rows else "")))
        return tkinter.Widget.configure(self, cnf, **kw)

    config = configure

    def _changed(self, changed):
        super()._changed(changed)
        self._state_option(changed)

    def _state_option(self, changed):
        """The -state option sets the matching state flags."""
        if "state" in changed:
            s = _tcl.tcl_str(changed["state"])
            flags = set(self._flags) - {"disabled", "readonly"}
            if s in ("disabled", "readonly"):
                flags.add(s)
            self._set_flags(flags)

    def _set_flags(self, flags):
        flags = frozenset(flags)
        if flags != self._flags:
            self._flags = flags
            if self._handle in _loop.widgets:
                _loop.send("configure", id=self._handle, options={"states": self._state_list()})

    def _state_list(self):
        return [s for s in STATE_NAMES if s in self._flags]

    def _extra_render(self, changed):
        out = super()._extra_render(changed)
        if changed is None:
            out["states"] = self._state_list()
        return out

    def identify(self, x, y):
        """Returns the name of the element at position x, y, or the empty string if the point does not lie
        within any element."""
        return ""

    def instate(self, statespec, callback=None, *args, **kw):
        """Test the widget's state."""
        specs = _tcl.split(statespec) if isinstance(statespec, str) else list(statespec)
        ok = True
        for s in specs:
            name = s[1:] if s.startswith("!") else s
            if name not in STATE_NAMES:
                raise TclError("Invalid state name %s" % name)
            if (name in self._flags) == s.startswith("!"):
                ok = False
        if ok and callback:
            return callback(*args, **kw)
        return ok

    def state(self, statespec=None):
        """Modify or inquire widget state."""
        if statespec is None:
            return tuple(self._state_list())
        specs = _tcl.split(statespec) if isinstance(statespec, str) else list(statespec)
        flags = set(self._flags)
        undo = []
        for s in specs:
            name = s[1:] if s.startswith("!") else s
            if name not in STATE_NAMES:
                raise TclError("Invalid state name %s" % name)
            on = not s.startswith("!")
            if (name in flags) != on:
                undo.append(("!" if on else "") + name)
                (flags.add if on else flags.discard)(name)
        self._set_flags(flags)
        return tuple(undo)

    def _disabled(self):
        return "disabled" in self._flags


class Button(Widget, _buttons.TextVarMixin):
    """Ttk Button widget, displays a textual label and/or image, and evaluates a command when pressed."""

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::button", kw)

    def invoke(self):
        """Invokes the command associated with the button."""
        if self._disabled():
            return ""
        r = self._app.run_script(self._opts.strict("command"))
        return "" if r is None else r

    def _user_invoke(self, e):
        self.invoke()


class Checkbutton(Widget, _buttons.Checkbutton):
    """Ttk Checkbutton widget which is either in on- or off-state."""

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::checkbutton", kw)

    def _init_widget(self):
        if not self._opts.is_set("variable"):
            self._opts.set([("variable", self._w)], creating=True)
            self._changed_default = True

    def _changed(self, changed):
        if getattr(self, "_changed_default", False):
            changed = dict(changed, variable=self._w)
            self._changed_default = False
        _buttons._Selectable._changed(self, changed)
        Widget._changed(self, {k: v for k, v in changed.items() if k == "state"}) if "state" in changed else None

    def _send_state(self):
        flags = set(self._flags)
        (flags.add if self._is_selected() else flags.discard)("selected")
        self._set_flags(flags)
        tkinter.Widget._send_state(self)

    def invoke(self):
        """Toggles between the selected and deselected states and invokes the associated command."""
        if self._disabled():
            return ""
        return _buttons.Checkbutton.invoke(self)


class Radiobutton(Widget, _buttons.Radiobutton):
    """Ttk Radiobutton widgets are used in groups to show or change a set of mutually-exclusive options."""

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::radiobutton", kw)

    def _send_state(self):
        flags = set(self._flags)
        (flags.add if self._is_selected() else flags.discard)("selected")
        self._set_flags(flags)
        tkinter.Widget._send_state(self)

    def invoke(self):
        """Sets the option variable to the option value, selects the widget, and invokes the associated
        command."""
        if self._disabled():
            return ""
        return _buttons.Radiobutton.invoke(self)


class Entry(Widget, _entry.Entry):
    """Ttk Entry widget displays a one-line text string and allows that string to be edited by the user."""

    _widget_name = "ttk::entry"

    def __init__(self, master=None, widget=None, **kw):
        Widget.__init__(self, master, widget or self._widget_name, kw)

    def _changed(self, changed):
        _entry.Entry._changed(self, changed)
        if "state" in changed:
            Widget._changed(self, {"state": changed["state"]})

    def _editable(self):
        return not ({"disabled", "readonly"} & self._flags)

    def bbox(self, index):
        """Return a tuple of (x, y, width, height) which describes the bounding box of the character given by
        index."""
        i = self._index(index)
        font = self._render_value("font")
        x = self._app.measure(font, self._text[:i]) if i else 0
        w = self._app.measure(font, self._text[i:i + 1]) if i < len(self._text) else 0
        return (x + 3, 3, w, self._app.metrics(font)["linespace"])

    def identify(self, x, y):
        return "textarea"

    def validate(self):
        """Force revalidation, independent of the conditions specified by the validate option."""
        return bool(_entry.Entry._revalidate(self))


class Combobox(Entry):
    """Ttk Combobox widget combines a text field with a pop-down list of values."""

    _widget_name = "ttk::combobox"

    def __init__(self, master=None, **kw):
        Entry.__init__(self, master, "ttk::combobox", **kw)

    def _values(self):
        v = self._opts.cget("values")
        if isinstance(v, tuple):
            return [_tcl.tcl_str(x) for x in v]
        return list(_tcl.split(_tcl.tcl_str(v))) if v else []

    def _extra_render(self, changed):
        out = Entry._extra_render(self, changed)
        if changed is None or "values" in changed:
            out["values"] = self._values()
        return out

    def current(self, newindex=None):
        """If newindex is supplied, sets the combobox value to the element at position newindex in the list of
        values. Otherwise, returns the index of the current value in the list of values or -1 if the current
        value does not appear in the list."""
        values = self._values()
        if newindex is None:
            return values.index(self._text) if self._text in values else -1
        i = _tcl.parse_int(newindex)
        if not 0 <= i < len(values):
            raise TclError("Index %s out of range" % newindex)
        self._store(values[i])
        return ""

    def set(self, value):
        """Sets the value of the combobox to value."""
        self._store(_tcl.tcl_str(value))

    def _user_menu(self, e):
        values = self._values()
        if 0 <= e["index"] < len(values):
            self._store(values[e["index"]])
            _wm.virtual_event(self, "ComboboxSelected")


class Spinbox(Entry):
    """Ttk Spinbox is an Entry with increment and decrement arrows."""

    _widget_name = "ttk::spinbox"

    def __init__(self, master=None, **kw):
        Entry.__init__(self, master, "ttk::spinbox", **kw)

    _values = _entry.Spinbox._values
    _decimals = _entry.Spinbox._decimals
    _format = _entry.Spinbox._format

    def set(self, value):
        """Sets the value of the Spinbox to value."""
        self._store(_tcl.tcl_str(value))

    def _user_spin(self, e):
        up = e["direction"] == "up"
        _wm.virtual_event(self, "Increment" if up else "Decrement")
        _entry.Spinbox._spin(self, up)


class Frame(Widget):
    """Ttk Frame widget is a container, used to group other widgets together."""

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::frame", kw)


class Label(Widget, _buttons.TextVarMixin):
    """Ttk Label widget displays a textual label and/or image."""

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::label", kw)


class Labelframe(Widget):
    """Ttk Labelframe widget is a container used to group other widgets together. It has an optional label."""

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::labelframe", kw)


LabelFrame = Labelframe


class Menubutton(Widget, _buttons.TextVarMixin):
    """Ttk Menubutton widget displays a textual label and/or image, and displays a menu when pressed."""

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::menubutton", kw)

    def _extra_render(self, changed):
        out = Widget._extra_render(self, changed)
        if changed is None or "menu" in changed:
            menu = self._opts.strict("menu")
            w = self._app.widgets.get(menu) if menu else None
            out["menu"] = w._handle if w is not None else None
        return out


class Separator(Widget):
    """Ttk Separator widget displays a horizontal or vertical separator bar."""

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::separator", kw)


class Sizegrip(Widget):
    """Ttk Sizegrip allows the user to resize the containing toplevel window by pressing and dragging the
    grip."""

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::sizegrip", kw)


class Scrollbar(Widget, tkinter.Scrollbar):
    """Ttk Scrollbar controls the viewport of a scrollable widget."""

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::scrollbar", kw)


from tkinter._ttkmore import LabeledScale, Notebook, OptionMenu, Panedwindow, PanedWindow, Progressbar, Scale  # noqa: E402,F401
from tkinter._treeview import Treeview  # noqa: E402,F401


