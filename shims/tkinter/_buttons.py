"""Frames, labels, buttons, check and radio buttons, scales and scrollbars."""
import math

from . import _loop, _tcl
from ._tcl import TclError
from ._widget import Widget


class TextVarMixin:
    """Widgets that show ``text`` or, with ``textvariable``, the variable's value."""

    _textvar = ""

    def _link_textvar(self, changed):
        if "textvariable" not in changed:
            return
        app = self._app
        if self._textvar:
            app.unwatch(self, self._textvar)
        self._textvar = self._opts.strict("textvariable") or ""
        if self._textvar:
            if not app.exists(self._textvar):
                app.setvar(self._textvar, self._opts.cget("text") if "text" in self._opts.table.rows else "")
            else:
                self._mirror_text()
            app.watch(self._textvar, self, self._textvar_changed)

    def _mirror_text(self):
        """Tk keeps a widget's -text equal to its -textvariable's value."""
        if "text" in self._opts.table.rows and self._app.exists(self._textvar):
            self._opts.set([("text", _tcl.tcl_str(self._app.getvar_quiet(self._textvar)))])

    def _textvar_changed(self, name, op):
        if op == "unset":
            self._app.vars[name] = self._shown_text_cache
            return
        self._mirror_text()
        self._send_text()

    _shown_text_cache = ""

    def _shown_text(self):
        if self._textvar and self._app.exists(self._textvar):
            text = _tcl.tcl_str(self._app.getvar_quiet(self._textvar))
        else:
            text = _tcl.tcl_str(self._opts.strict("text")) if "text" in self._opts.table.rows else ""
        self._shown_text_cache = text
        return text

    def _send_text(self):
        if self._handle in _loop.widgets:
            _loop.send("configure", id=self._handle, options={"text": self._shown_text()})

    def _extra_render(self, changed):
        if changed is None or "text" in changed or "textvariable" in changed:
            return {"text": self._shown_text()}
        return {}

    def _changed(self, changed):
        self._link_textvar(changed)


class Frame(Widget):
    """Frame widget which may contain other widgets and can have a 3D border."""

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, "frame", cnf, kw)


class Label(TextVarMixin, Widget):
    """Label widget which can display text and bitmaps."""

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, "label", cnf, kw)


class Message(TextVarMixin, Widget):
    """Message widget to display multiline text."""

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, "message", cnf, kw)


class LabelFrame(Widget):
    """labelframe widget."""

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, "labelframe", cnf, kw)


class Button(TextVarMixin, Widget):
    """Button widget."""

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, "button", cnf, kw)

    def _takes_focus(self):
        return self._opts.strict("state") != "disabled"

    def invoke(self):
        """Invoke the command associated with the button (unless it is disabled); returns its result."""
        if self._opts.strict("state") == "disabled":
            return ""
        result = self._app.run_script(self._opts.strict("command"))
        return "" if result is None else result

    def flash(self):
        """Flash the button (does nothing visible in Pyroom)."""

    def _user_invoke(self, e):
        self.invoke()


class Menubutton(TextVarMixin, Widget):
    """Menubutton widget, obsolete since Tk8.0."""

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, "menubutton", cnf, kw)

    def _changed(self, changed):
        TextVarMixin._changed(self, changed)

    def _render_value(self, name):
        return Widget._render_value(self, name)

    def _extra_render(self, changed):
        out = TextVarMixin._extra_render(self, changed)
        if changed is None or "menu" in changed:
            menu = self._opts.strict("menu")
            w = self._app.widgets.get(menu) if menu else None
            out["menu"] = w._handle if w is not None else None
        return out


class _Selectable(TextVarMixin, Widget):
    """Check and radio buttons: selected when their variable holds their on-value."""

    _var = ""

    def _changed(self, changed):
        TextVarMixin._changed(self, changed)
        if "variable" in changed:
            app = self._app
            if self._var:
                app.unwatch(self, self._var)
            self._var = self._opts.strict("variable") or ""
            if self._var:
                self._init_var()
                app.watch(self._var, self, self._var_changed)
        if {"variable", "onvalue", "value", "offvalue"} & set(changed) and self._handle in _loop.widgets:
            self._send_state()

    def _var_changed(self, name, op):
        if op == "unset":
            return
        self._send_state()

    def _init_var(self):
        pass

    def _on_value(self):
        raise NotImplementedError

    def _is_selected(self):
        if not self._var or not self._app.exists(self._var):
            return False
        return _tcl.tcl_str(self._app.getvar_quiet(self._var)) == _tcl.tcl_str(self._on_value())

    def _state(self):
        return {"selected": self._is_selected()}

    def _takes_focus(self):
        return self._opts.strict("state") != "disabled"

    def _user_invoke(self, e):
        self.invoke()

    def flash(self):
        """Flash the button (does nothing visible in Pyroom)."""


class Checkbutton(_Selectable):
    """Checkbutton widget which is either in on- or off-state."""

    def __init__(self, master=None, cnf={}, **kw):
        cnf = dict(cnf or {}, **kw)
        if not cnf.get("name"):
            _count[0] += 1
            cnf["name"] = "!%s-%d" % (self.__class__.__name__.lower(), _count[0])
        Widget.__init__(self, master, "checkbutton", cnf, {})

    def _init_widget(self):
        if not self._opts.is_set("variable"):
            self._opts.set([("variable", self._name)], creating=True)
            self._changed_default = True

    def _changed(self, changed):
        if getattr(self, "_changed_default", False):
            changed = dict(changed, variable=self._name)
            self._changed_default = False
        _Selectable._changed(self, changed)

    def _init_var(self):
        if not self._app.exists(self._var):
            self._app.setvar(self._var, self._opts.strict("offvalue"))

    def _on_value(self):
        return self._opts.strict("onvalue")

    def select(self):
        """Put the button in on-state."""
        self._app.setvar(self._var, self._opts.cget("onvalue"))

    def deselect(self):
        """Put the button in off-state."""
        self._app.setvar(self._var, self._opts.cget("offvalue"))

    def toggle(self):
        """Toggle the button."""
        if self._is_selected():
            self.deselect()
        else:
            self.select()

    def invoke(self):
        """Toggle the button and invoke a command if given as resource."""
        if self._opts.strict("state") == "disabled":
            return ""
        self.toggle()
        result = self._app.run_script(self._opts.strict("command"))
        return "" if result is None else result


_count = [0]


class Radiobutton(_Selectable):
    """Radiobutton widget which shows only one of several buttons in on-state."""

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, "radiobutton", cnf, kw)

    def _init_widget(self):
        if not self._opts.is_set("variable"):
            self._opts.set([("variable", "selectedButton")], creating=True)
            self._changed_default = True

    def _changed(self, changed):
        if getattr(self, "_changed_default", False):
            changed = dict(changed, variable="selectedButton")
            self._changed_default = False
        _Selectable._changed(self, changed)

    def _on_value(self):
        return self._opts.strict("value")

    def select(self):
        """Put the button in on-state."""
        self._app.setvar(self._var, self._opts.cget("value"))

    def deselect(self):
        """Put the button in off-state."""
        if self._is_selected():
            self._app.setvar(self._var, "")

    def invoke(self):
        """Select the button and invoke a command if given as resource."""
        if self._opts.strict("state") == "disabled":
            return ""
        self.select()
        result = self._app.run_script(self._opts.strict("command"))
        return "" if result is None else result


class Scale(Widget):
    """Scale widget which can display a numerical scale."""

    _var = ""
    _value = 0.0

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, "scale", cnf, kw)

    def _init_widget(self):
        self._value = self._opts.strict("from")

    def _decimals(self):
        digits = self._opts.strict("digits")
        res = self._opts.strict("resolution")
        if digits > 0:
            lead = max(abs(self._opts.strict("from")), abs(self._opts.strict("to")), 1e-12)
            return max(0, digits - 1 - int(math.floor(math.log10(lead))))
        if res <= 0:
            return 6
        return max(0, -int(math.floor(math.log10(res) + 1e-9)))

    def _round(self, v):
        res = self._opts.strict("resolution")
        lo, hi = self._opts.strict("from"), self._opts.strict("to")
        if res > 0:
            v = math.floor(v / res + 0.5) * res
        a, b = min(lo, hi), max(lo, hi)
        return min(max(v, a), b)

    def _format(self, v):
        return "%.*f" % (self._decimals(), v)

    def _changed(self, changed):
        if {"from", "to", "resolution"} & set(changed):
            self._value = self._round(self._value)
        if "variable" in changed:
            app = self._app
            if self._var:
                app.unwatch(self, self._var)
            self._var = self._opts.strict("variable") or ""
            if self._var:
                if app.exists(self._var):
                    try:
                        self._value = self._round(_tcl.parse_double(app.getvar_quiet(self._var)))
                    except TclError:
                        pass
                else:
                    app.setvar(self._var, self._format(self._value))
                app.watch(self._var, self, self._var_changed)
        if self._handle in _loop.widgets:
            self._send_state()

    def _var_changed(self, name, op):
        if op == "unset":
            self._app.vars[name] = self._format(self._value)
            return
        try:
            v = _tcl.parse_double(self._app.vars[name])
        except TclError:
            return
        self._set_value(v, from_var=True)

    def _state(self):
        return {"value": float(self._value)}

    def _set_value(self, v, from_var=False):
        v = self._round(v)
        if v == self._value:
            return
        self._value = v
        self._send_state()
        if self._var and not from_var:
            self._app.setvar(self._var, self._format(v) if self._decimals() else int(round(v)))
        cmd = self._opts.strict("command")
        if cmd:
            text = self._format(v)
            self.after_idle(lambda: self._app.run_script(cmd, text))

    def get(self):
        """Get the current value as integer or float."""
        text = self._format(self._value)
        try:
            return _tcl.parse_int(text)
        except TclError:
            return _tcl.parse_double(text)

    def set(self, value):
        """Set the value to VALUE."""
        if self._opts.strict("state") == "disabled":
            return
        self._set_value(_tcl.parse_double(value))

    def coords(self, value=None):
        return (0, 0)

    def identify(self, x, y):
        return ""

    def _user_scale(self, e):
        self._set_value(e["value"])


class Scrollbar(Widget):
    """Scrollbar widget which displays a slider at a certain position."""

    _first, _last = 0.0, 0.0

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, "scrollbar", cnf, kw)

    def activate(self, index=None):
        if index is None:
            return getattr(self, "_active", None) or None
        self._active = str(index)

    def delta(self, deltax, deltay):
        return 0.0

    def fraction(self, x, y):
        return 0.0

    def identify(self, x, y):
        return ""

    _never_set = True

    def get(self):
        """Return the current fractional values (upper and lower end) of the slider position."""
        if self._never_set:
            return (0.0, 0.0, 0.0, 0.0)
        return (self._first, self._last)

    def set(self, first, last):
        """Set the fractional values of the slider position (upper and lower ends as value between 0 and 1)."""
        self._first = _tcl.parse_double(first)
        self._last = _tcl.parse_double(last)
        self._never_set = False
        self._send_state()

    def _state(self):
        return {"first": self._first, "last": self._last}

    def _user_scrollbar(self, e):
        cmd = self._opts.strict("command")
        if not cmd:
            return
        if e["action"] == "moveto":
            self._app.run_script(cmd, "moveto", repr(float(e["fraction"])))
        else:
            self._app.run_script(cmd, "scroll", str(e["amount"]), e["unit"])
