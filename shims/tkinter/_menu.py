"""``Menu`` (menu bars, pull-down and pop-up menus) and ``OptionMenu``.

Entries live in Python (``entrycget``/``index``/``invoke`` answer at once); the renderer shows them and sends a
``menu`` event when the user picks one. Check and radio entries show the state of their variables (the
``selected`` render option).
"""
import fnmatch

from . import _loop, _options, _tcl
from ._buttons import Menubutton
from ._tcl import TclError
from ._widget import Widget


class _Entry:
    __slots__ = ("type", "opts", "var")

    def __init__(self, type, opts):
        self.type = type
        self.opts = opts
        self.var = ""


class Menu(Widget):
    """Menu widget which allows displaying menu bars, pull-down menus and pop-up menus."""

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, "menu", cnf, kw)

    def _init_widget(self):
        self._entries = []
        self._active = None
        if self._opts.strict("tearoff"):
            self._entries.append(_Entry("tearoff", _options.OptionSet(_options.table("entry.tearoff"), self._app)))

    def _changed(self, changed):
        if "tearoff" in changed:
            has = bool(self._entries) and self._entries[0].type == "tearoff"
            want = bool(self._opts.strict("tearoff"))
            if want and not has:
                self._entries.insert(0, _Entry("tearoff", _options.OptionSet(_options.table("entry.tearoff"),
                                                                               self._app)))
                if self._handle in _loop.widgets:
                    _loop.send("menu_insert", id=self._handle, index=0, type="tearoff", options={})
            elif has and not want:
                del self._entries[0]
                if self._handle in _loop.widgets:
                    _loop.send("menu_delete", id=self._handle, start=0, end=1)

    def _on_destroy(self):
        for e in self._entries:
            if e.var:
                self._app.unwatch(e, e.var)

    def _after_create(self):
        if self._entries and self._entries[0].type == "tearoff":
            _loop.send("menu_insert", id=self._handle, index=0, type="tearoff", options={})

    # ---- indices ----

    def _index(self, index, allow_end=True):
        n = len(self._entries)
        if isinstance(index, int) and not isinstance(index, bool):
            return index
        s = _tcl.tcl_str(index)
        if s in ("end", "last"):
            return n - 1 if n else None
        if s == "active":
            return self._active
        if s == "none":
            return None
        if s.startswith("@"):
            try:
                y = _tcl.parse_int(s[1:])
            except TclError:
                raise TclError('bad menu entry index "%s"' % s) from None
            return max(0, min(n - 1, y // 20)) if n else None
        try:
            return _tcl.parse_int(s)
        except TclError:
            pass
        for i, e in enumerate(self._entries):
            if "label" in e.opts.table.rows and fnmatch.fnmatchcase(_tcl.tcl_str(e.opts.strict("label")), s):
                return i
        raise TclError('bad menu entry index "%s"' % s)

    def _entry(self, index):
        i = self._index(index)
        if i is None or not self._entries:
            return None, None
        i = max(0, min(i, len(self._entries) - 1))
        return i, self._entries[i]

    def index(self, index):
        """Return the index of a menu item identified by INDEX."""
        i = self._index(index)
        if i is None:
            return None
        return max(0, min(i, len(self._entries) - 1)) if self._entries else None

    # ---- entries ----

    def _render_entry(self, e, names=None):
        out = {}
        for name in (e.opts.raw if names is None else names):
            if name in ("command", "variable", "onvalue", "offvalue", "value"):
                continue
            v = e.opts.strict(name)
            if isinstance(v, _options._fonts.FontRef):
                v = _options._fonts.strict(v, self._app.fonts)
            if name == "menu":
                w = self._app.widgets.get(v) if v else None
                v = w._handle if w is not None else None
            out[name] = v
        if e.type in ("checkbutton", "radiobutton"):
            out["selected"] = self._selected(e)
        return out

    def _selected(self, e):
        if not e.var or not self._app.exists(e.var):
            return False
        on = e.opts.strict("onvalue") if e.type == "checkbutton" else e.opts.strict("value")
        return _tcl.tcl_str(self._app.getvar_quiet(e.var)) == _tcl.tcl_str(on)

    def _link(self, e):
        if e.var:
            self._app.unwatch(e, e.var)
        if e.type == "checkbutton":
            e.var = e.opts.strict("variable") or _tcl.tcl_str(e.opts.strict("label"))
        elif e.type == "radiobutton":
            e.var = e.opts.strict("variable") or "selectedButton"
        if e.var:
            self._app.watch(e.var, e, lambda name, op, e=e: self._var_changed(e))

    def _var_changed(self, e):
        if e in self._entries and self._handle in _loop.widgets:
            _loop.send("menu_configure", id=self._handle, index=self._entries.index(e),
                       options={"selected": self._selected(e)})

    def insert(self, index, itemType, cnf={}, **kw):
        """Internal function."""
        from ._misc import merge_cnf
        itemType = _tcl.tcl_str(itemType)
        if itemType not in ("command", "cascade", "checkbutton", "radiobutton", "separator"):
            raise TclError('bad menu entry type "%s": must be cascade, checkbutton, command, radiobutton, or '
                           'separator' % itemType)
        i = len(self._entries) if _tcl.tcl_str(index) in ("end", "last") else self._index(index)
        i = max(0, min(len(self._entries), i if i is not None else len(self._entries)))
        if self._entries and self._entries[0].type == "tearoff" and i == 0:
            i = 1
        opts = _options.OptionSet(_options.table("entry." + itemType), self._app)
        opts.set(self._loose_items(merge_cnf(cnf, kw) or {}))
        e = _Entry(itemType, opts)
        self._entries.insert(i, e)
        if itemType in ("checkbutton", "radiobutton"):
            self._link(e)
        _loop.send("menu_insert", id=self._handle, index=i, type=itemType, options=self._render_entry(e))

    def add(self, itemType, cnf={}, **kw):
        """Internal function."""
        self.insert("end", itemType, cnf, **kw)

    def add_cascade(self, cnf={}, **kw):
        """Add hierarchical menu item."""
        self.add("cascade", cnf or kw)

    def add_checkbutton(self, cnf={}, **kw):
        """Add checkbutton menu item."""
        self.add("checkbutton", cnf or kw)

    def add_command(self, cnf={}, **kw):
        """Add command menu item."""
        self.add("command", cnf or kw)

    def add_radiobutton(self, cnf={}, **kw):
        """Add radio menu item."""
        self.add("radiobutton", cnf or kw)

    def add_separator(self, cnf={}, **kw):
        """Add separator."""
        self.add("separator", cnf or kw)

    def insert_cascade(self, index, cnf={}, **kw):
        self.insert(index, "cascade", cnf or kw)

    def insert_checkbutton(self, index, cnf={}, **kw):
        self.insert(index, "checkbutton", cnf or kw)

    def insert_command(self, index, cnf={}, **kw):
        self.insert(index, "command", cnf or kw)

    def insert_radiobutton(self, index, cnf={}, **kw):
        self.insert(index, "radiobutton", cnf or kw)

    def insert_separator(self, index, cnf={}, **kw):
        self.insert(index, "separator", cnf or kw)

    def delete(self, index1, index2=None):
        """Delete menu items between INDEX1 and INDEX2 (included)."""
        a = self._index(index1)
        b = a if index2 is None else self._index(index2)
        if a is None or b is None:
            return
        a = max(0, a)
        b = min(b, len(self._entries) - 1)
        if b < a:
            return
        for e in self._entries[a:b + 1]:
            if "command" in e.opts.table.rows:
                cmd = e.opts.strict("command")
                if cmd:
                    self.deletecommand(cmd)
            if e.var:
                self._app.unwatch(e, e.var)
        del self._entries[a:b + 1]
        _loop.send("menu_delete", id=self._handle, start=a, end=b + 1)

    def entrycget(self, index, option):
        """Return the resource value of a menu item for OPTION at INDEX."""
        i, e = self._entry(index)
        if e is None:
            raise TclError('index "%s" out of range' % index if i is not None else
                           'bad menu entry index "%s"' % index)
        return e.opts.cget(str(option))

    def entryconfigure(self, index, cnf=None, **kw):
        """Configure a menu item at INDEX."""
        from ._misc import merge_cnf
        i, e = self._entry(index)
        if e is None:
            return None
        cnf = merge_cnf(cnf, kw)
        if cnf is None:
            return e.opts.describe_all()
        if isinstance(cnf, str):
            return e.opts.describe(cnf)
        changed = e.opts.set(self._loose_items(cnf))
        if {"variable", "label"} & set(changed) and e.type in ("checkbutton", "radiobutton"):
            self._link(e)
        _loop.send("menu_configure", id=self._handle, index=i, options=self._render_entry(e, changed))
        return None

    entryconfig = entryconfigure

    def type(self, index):
        """Return the type of the menu item at INDEX."""
        i, e = self._entry(index)
        return e.type if e is not None else ""

    def invoke(self, index):
        """Invoke a menu item identified by INDEX and execute the associated command."""
        i, e = self._entry(index)
        if e is None or e.type in ("separator", "tearoff", "cascade"):
            return ""
        if e.opts.strict("state") == "disabled":
            return ""
        if e.type == "checkbutton":
            value = e.opts.cget("offvalue") if self._selected(e) else e.opts.cget("onvalue")
            self._app.setvar(e.var, value)
        elif e.type == "radiobutton":
            self._app.setvar(e.var, e.opts.cget("value"))
        result = self._app.run_script(e.opts.strict("command"))
        return "" if result is None else result

    def activate(self, index):
        """Activate entry at INDEX."""
        self._active = self._index(index)

    def post(self, x, y):
        """Display a menu at position X,Y."""
        cmd = self._opts.strict("postcommand")
        if cmd:
            self._app.run_script(cmd)
        _loop.send("menu_post", id=self._handle, x=_tcl.parse_double(x), y=_tcl.parse_double(y))

    def tk_popup(self, x, y, entry=""):
        """Post the menu at position X,Y with entry ENTRY."""
        self.post(x, y)

    def unpost(self):
        """Unmap a menu."""
        _loop.send("menu_unpost", id=self._handle)

    def xposition(self, index):
        return 0

    def yposition(self, index):
        i = self._index(index) or 0
        return 20 * i

    def _user_menu(self, e):
        self.invoke(e["index"])


class _setit:
    """Internal class. It wraps the command in the widget OptionMenu."""

    def __init__(self, var, value, callback=None):
        self.__value = value
        self.__var = var
        self.__callback = callback

    def __call__(self, *args):
        self.__var.set(self.__value)
        if self.__callback is not None:
            self.__callback(self.__value, *args)


class OptionMenu(Menubutton):
    """OptionMenu which allows the user to select a value from a menu."""

    def __init__(self, master, variable, value, *values, **kwargs):
        kw = {"borderwidth": 2, "textvariable": variable, "indicatoron": 1, "relief": "raised", "anchor": "c",
              "highlightthickness": 2}
        Widget.__init__(self, master, "menubutton", kw)
        self.widgetName = "tk_optionMenu"
        menu = self.__menu = Menu(self, name="menu", tearoff=0)
        self.menuname = menu._w
        callback = kwargs.pop("command", None)
        if kwargs:
            raise TclError("unknown option -" + next(iter(kwargs)))
        menu.add_command(label=value, command=_setit(variable, value, callback))
        for v in values:
            menu.add_command(label=v, command=_setit(variable, v, callback))
        self["menu"] = menu

    def __getitem__(self, name):
        if name == "menu":
            return self.__menu
        return Widget.__getitem__(self, name)

    def destroy(self):
        """Destroy this widget and the associated menu."""
        Menubutton.destroy(self)
        self.__menu = None
