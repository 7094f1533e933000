"""Variables: ``StringVar``, ``IntVar``, ``DoubleVar``, ``BooleanVar`` over the interpreter's Tcl variables.

A variable holds a Tcl value (what the Python value becomes after a trip through Tcl); ``get`` converts it the way
tkinter does, so an ``IntVar`` holding "abc" raises TclError. Traces run in reverse order of creation with the
arguments Tcl gives (``name, "", "write"``); widgets linked through ``textvariable``/``variable`` follow writes.
"""
from . import _misc, _tcl
from ._tcl import TclError

_varnum = [0]


class Variable:
    """Class to define value holders for e.g. buttons."""

    _default = ""
    _app = None
    _tclCommands = None

    def __init__(self, master=None, value=None, name=None):
        if name is not None and not isinstance(name, str):
            raise TypeError("name must be a string")
        if master is None:
            master = _misc.default_root("create variable")
        self._root = master._root()
        self._app = master._app
        self._tk = master.tk
        if name:
            self._name = name
        else:
            self._name = "PY_VAR" + repr(_varnum[0])
            _varnum[0] += 1
        if value is not None:
            self.initialize(value)
        elif not self._app.exists(self._name):
            self.initialize(self._default)

    def __del__(self):
        if self._app is None:
            return
        try:
            if self._app.exists(self._name):
                self._app.unsetvar(self._name)
            if self._tclCommands is not None:
                for name in self._tclCommands:
                    self._app.commands.pop(name, None)
                self._tclCommands = None
        except Exception:
            pass

    def __str__(self):
        """Return the name of the variable in Tcl."""
        return self._name

    def _tcl_name(self):
        return self._name

    def set(self, value):
        """Set the variable to VALUE."""
        self._app.setvar(self._name, value)

    initialize = set

    def get(self):
        """Return value of variable."""
        return self._app.getvar(self._name)

    def _register(self, callback):
        f = callback

        def call(*args):
            return f(*args)
        cbname = repr(id(call))
        cbname += getattr(getattr(callback, "__func__", callback), "__name__", "")
        self._app.commands[cbname] = call
        if self._tclCommands is None:
            self._tclCommands = []
        self._tclCommands.append(cbname)
        return cbname

    def _modes(self, mode):
        modes = _tcl.split(mode) if isinstance(mode, str) else tuple(str(m) for m in mode)
        for m in modes:
            if m not in ("array", "read", "write", "unset"):
                raise TclError('bad operation "%s": must be array, read, unset, or write' % m)
        return modes

    def trace_add(self, mode, callback):
        """Define a trace callback for the variable (mode "read", "write", "unset" or a list of them); returns
        the callback's name."""
        modes = self._modes(mode)
        cbname = self._register(callback)
        self._app.trace_add(self._name, modes, cbname)
        return cbname

    def trace_remove(self, mode, cbname):
        """Delete the trace callback for a variable."""
        modes = self._modes(mode)
        self._app.trace_remove(self._name, modes, cbname)
        if not any(c == cbname for _, c in self.trace_info()):
            self._app.commands.pop(cbname, None)
            try:
                self._tclCommands.remove(cbname)
            except (AttributeError, ValueError):
                pass

    def trace_info(self):
        """Return all trace callback information."""
        return [(ops, cmd) for ops, cmd in self._app.trace_info(self._name)]

    _LEGACY = {"r": "read", "w": "write", "u": "unset"}

    def trace_variable(self, mode, callback):
        """Define a trace callback (deprecated form: mode "r", "w" or "u")."""
        cbname = self._register(callback)
        ops = tuple(self._LEGACY[c] for c in str(mode) if c in self._LEGACY)
        self._app.trace_add(self._name, ops, cbname, legacy=True)
        return cbname

    trace = trace_variable

    def trace_vdelete(self, mode, cbname):
        ops = tuple(self._LEGACY[c] for c in str(mode) if c in self._LEGACY)
        self._app.trace_remove(self._name, ops, cbname)
        if not any(c == cbname for _, c in self.trace_info()):
            self._app.commands.pop(cbname, None)

    def trace_vinfo(self):
        out = []
        for ops, cmd in self._app.trace_info(self._name):
            out.append(("".join(o[0] for o in ops), cmd))
        return out

    def __eq__(self, other):
        if not isinstance(other, Variable):
            return NotImplemented
        return (self._name == other._name and self.__class__.__name__ == other.__class__.__name__
                and self._app is other._app)

    __hash__ = object.__hash__


class StringVar(Variable):
    """Value holder for strings variables."""

    _default = ""

    def get(self):
        """Return value of variable as string."""
        value = self._app.getvar(self._name)
        if isinstance(value, str):
            return value
        return str(value)


class IntVar(Variable):
    """Value holder for integer variables."""

    _default = 0

    def get(self):
        """Return the value of the variable as an integer."""
        value = self._app.getvar(self._name)
        try:
            return _tcl.getint(value)
        except (TypeError, TclError):
            return int(_tcl.parse_double(value))


class DoubleVar(Variable):
    """Value holder for float variables."""

    _default = 0.0

    def get(self):
        """Return the value of the variable as a float."""
        return _tcl.parse_double(self._app.getvar(self._name))


class BooleanVar(Variable):
    """Value holder for boolean variables."""

    _default = False

    def set(self, value):
        """Set the variable to VALUE."""
        try:
            b = _tcl.parse_bool(value)
        except TclError:
            raise
        self._app.setvar(self._name, b)

    initialize = set

    def get(self):
        """Return the value of the variable as a bool."""
        try:
            return _tcl.parse_bool(self._app.getvar(self._name))
        except TclError:
            raise ValueError("invalid literal for getboolean()") from None
