"""``Listbox``: items, selection and the active item live in Python; the user's selections come back as
``listselect`` events (then ``<<ListboxSelect>>``)."""
from . import _loop, _options, _tcl
from ._tcl import TclError
from ._views import XView, YView
from ._widget import Widget


class Listbox(Widget, XView, YView):
    """Listbox widget which can display a list of strings."""

    _listvar = ""

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, "listbox", cnf, kw)

    def _init_widget(self):
        self._items = []
        self._item_opts = []
        self._sel = set()
        self._active = 0
        self._anchor = 0

    def _changed(self, changed):
        if "listvariable" in changed:
            app = self._app
            if self._listvar:
                app.unwatch(self, self._listvar)
            self._listvar = self._opts.strict("listvariable") or ""
            if self._listvar:
                if app.exists(self._listvar):
                    self._set_items(list(_tcl.split(_tcl.tcl_str(app.getvar_quiet(self._listvar)))), write=False)
                else:
                    app.setvar(self._listvar, tuple(self._items))
                app.watch(self._listvar, self, self._var_changed)

    def _var_changed(self, name, op):
        if op == "unset":
            self._app.vars[name] = tuple(self._items)
            return
        try:
            items = list(_tcl.split(_tcl.tcl_str(self._app.vars[name])))
        except TclError:
            return
        self._set_items(items, write=False)

    def _set_items(self, items, write=True):
        old = len(self._items)
        self._items = [_tcl.tcl_str(i) for i in items]
        self._item_opts = self._item_opts[:len(items)] + [None] * max(0, len(items) - len(self._item_opts))
        self._sel = {i for i in self._sel if i < len(items)}
        if self._handle in _loop.widgets:
            _loop.send("list_replace", id=self._handle, start=0, end=old, items=list(self._items))
            self._send_state()
        if write and self._listvar:
            self._app.setvar(self._listvar, tuple(self._items))

    def _state(self):
        return {"selection": sorted(self._sel), "active": self._active}

    def _after_create(self):
        if self._items:
            _loop.send("list_replace", id=self._handle, start=0, end=0, items=list(self._items))

    def _index(self, index, for_insert=False):
        n = len(self._items)
        if isinstance(index, int) and not isinstance(index, bool):
            return index
        s = _tcl.tcl_str(index)
        if s == "end":
            return n if for_insert else n
        if s == "active":
            return max(0, min(self._active, n - 1))
        if s == "anchor":
            return self._anchor
        if s.startswith("@"):
            return self.nearest(s[1:].split(",")[-1])
        try:
            return _tcl.parse_int(s)
        except TclError:
            raise TclError('bad listbox index "%s": must be active, anchor, end, @x,y, or a number' % s) from None

    def _range(self, first, last):
        a = self._index(first)
        b = a if last is None else self._index(last)
        if _tcl.tcl_str(last) == "end" if last is not None else False:
            b = len(self._items) - 1
        if _tcl.tcl_str(first) == "end":
            a = len(self._items) - 1
            if last is None:
                b = a
        return a, b

    def activate(self, index):
        """Activate item identified by INDEX."""
        i = self._index(index)
        self._active = max(0, min(i, len(self._items) - 1)) if self._items else 0
        self._send_state()

    def bbox(self, index):
        return None

    def curselection(self):
        """Return the indices of currently selected item."""
        return tuple(sorted(self._sel))

    def delete(self, first, last=None):
        """Delete items from FIRST to LAST (included)."""
        a, b = self._range(first, last)
        a = max(0, a)
        b = min(b, len(self._items) - 1)
        if b < a:
            return
        n = b - a + 1
        del self._items[a:b + 1]
        del self._item_opts[a:b + 1]
        self._sel = {i if i < a else i - n for i in self._sel if not a <= i <= b}
        if self._active > b:
            self._active -= n
        elif self._active >= a:
            self._active = a
        if self._anchor > b:
            self._anchor -= n
        elif self._anchor >= a:
            self._anchor = a
        _loop.send("list_replace", id=self._handle, start=a, end=b + 1, items=[])
        self._send_state()
        if self._listvar:
            self._app.setvar(self._listvar, tuple(self._items))

    def get(self, first, last=None):
        """Get list of items from FIRST to LAST (included)."""
        a, b = self._range(first, last)
        if last is None:
            return self._items[a] if 0 <= a < len(self._items) else ""
        a = max(0, a)
        return tuple(self._items[a:b + 1])

    def index(self, index):
        """Return index of item identified with INDEX."""
        i = self._index(index)
        return i

    def insert(self, index, *elements):
        """Insert ELEMENTS at INDEX."""
        i = self._index(index, for_insert=True)
        i = max(0, min(i, len(self._items)))
        items = [_tcl.tcl_str(e) for e in elements]
        if not items:
            return
        self._items[i:i] = items
        self._item_opts[i:i] = [None] * len(items)
        self._sel = {s if s < i else s + len(items) for s in self._sel}
        if self._active >= i:
            self._active += len(items)
        if self._anchor >= i:
            self._anchor += len(items)
        _loop.send("list_replace", id=self._handle, start=i, end=i, items=items)
        if self._sel:
            self._send_state()
        if self._listvar:
            self._app.setvar(self._listvar, tuple(self._items))

    def nearest(self, y):
        """Get index of item which is nearest to y coordinate Y."""
        y = _tcl.parse_int(y)
        font = self._render_value("font")
        line = self._app.metrics(font)["linespace"] + 1
        pad = self._opts.strict("borderwidth") + self._opts.strict("highlightthickness")
        first = int(self._view_state()["y"][0] * len(self._items))
        i = first + max(0, (y - pad)) // max(1, line)
        return max(0, min(i, len(self._items) - 1))

    def scan_mark(self, x, y):
        pass

    def scan_dragto(self, x, y):
        pass

    def see(self, index):
        """Scroll such that INDEX is visible."""
        _loop.send("see", id=self._handle, index=max(0, self._index(index)))

    def _view_index(self, axis, index):
        _loop.send("see", id=self._handle, index=max(0, self._index(index)))

    def selection_anchor(self, index):
        """Set the fixed end of the selection to INDEX."""
        self._anchor = max(0, self._index(index))

    select_anchor = selection_anchor

    def selection_clear(self, first, last=None):
        """Clear the selection from FIRST to LAST (included)."""
        a, b = self._range(first, last)
        self._sel = {i for i in self._sel if not min(a, b) <= i <= max(a, b)}
        self._send_state()

    select_clear = selection_clear

    def selection_includes(self, index):
        """Return True if INDEX is part of the selection."""
        return self._index(index) in self._sel

    select_includes = selection_includes

    def selection_set(self, first, last=None):
        """Set the selection from FIRST to LAST (included) without changing the currently selected elements."""
        a, b = self._range(first, last)
        a, b = min(a, b), max(a, b)
        self._sel |= {i for i in range(max(0, a), min(b, len(self._items) - 1) + 1)}
        self._send_state()

    select_set = selection_set

    def size(self):
        """Return the number of elements in the listbox."""
        return len(self._items)

    def _selected_text(self):
        if not self._sel or not self._opts.strict("exportselection"):
            return None
        return "\n".join(self._items[i] for i in sorted(self._sel))

    def _item_options(self, index):
        i = self._index(index)
        if not 0 <= i < len(self._items):
            raise TclError('item number "%s" out of range' % index)
        if self._item_opts[i] is None:
            self._item_opts[i] = _options.OptionSet(_options.table("lbitem"), self._app)
        return i, self._item_opts[i]

    def itemcget(self, index, option):
        """Return the resource value for an ITEM and an OPTION."""
        return self._item_options(index)[1].cget(str(option))

    def itemconfigure(self, index, cnf=None, **kw):
        """Configure resources of an ITEM (background, foreground, selectbackground, selectforeground)."""
        from ._misc import merge_cnf
        i, opts = self._item_options(index)
        cnf = merge_cnf(cnf, kw)
        if cnf is None:
            return opts.describe_all()
        if isinstance(cnf, str):
            return opts.describe(cnf)
        opts.set(self._loose_items(cnf))
        _loop.send("list_item", id=self._handle, index=i,
                   options={n: opts.strict(n) for n in opts.raw})
        return None

    itemconfig = itemconfigure

    def _user_listselect(self, e):
        sel = {i for i in e["selection"] if 0 <= i < len(self._items)}
        self._active = max(0, min(e["active"], len(self._items) - 1)) if self._items else 0
        if sel != self._sel:
            self._sel = sel
            from . import _wm
            _wm.virtual_event(self, "ListboxSelect")

    def _takes_focus(self):
        return True
