"""``Entry`` and ``Spinbox``: one line of text, kept in Python so ``get()`` is right the moment it is called.

The renderer edits natively and reports each change (``edit`` events, sent after the KeyPress that caused them);
Python applies it as Tk's class bindings would (validation, the ``textvariable``), and programmatic changes go
to the renderer as ``state`` ops. Indices follow Tk: an integer, ``end``, ``insert``, ``anchor``, ``sel.first``,
``sel.last`` or ``@x``.
"""
from . import _loop, _tcl
from ._tcl import TclError
from ._views import XView
from ._widget import Widget


class Entry(Widget, XView):
    """Entry widget which allows displaying simple text."""

    _widget_name = "entry"
    _text = ""
    _insert = 0
    _sel = None
    _anchor = 0
    _textvar = ""
    _validating = False

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, self._widget_name, cnf, kw)

    # ---- state ----

    def _changed(self, changed):
        if "textvariable" in changed:
            app = self._app
            if self._textvar:
                app.unwatch(self, self._textvar)
            self._textvar = self._opts.strict("textvariable") or ""
            if self._textvar:
                if app.exists(self._textvar):
                    self._text = _tcl.tcl_str(app.getvar_quiet(self._textvar))
                else:
                    app.setvar(self._textvar, self._text)
                app.watch(self._textvar, self, self._var_changed)
                self._clamp()
                if self._handle in _loop.widgets:
                    self._send_state()

    def _var_changed(self, name, op):
        if op == "unset":
            self._app.vars[name] = self._text
            return
        text = _tcl.tcl_str(self._app.vars[name])
        if text != self._text:
            self._text = text
            self._clamp()
            self._send_state()

    def _clamp(self):
        n = len(self._text)
        self._insert = min(self._insert, n)
        self._anchor = min(self._anchor, n)
        if self._sel is not None:
            a, b = min(self._sel[0], n), min(self._sel[1], n)
            self._sel = (a, b) if a < b else None

    def _state(self):
        return {"text": self._text, "cursor": self._insert, "selection": list(self._sel) if self._sel else None}

    def _store(self, text, validate_args=None):
        """Sets the content (after validation), updating the variable; returns False if validation refused."""
        if validate_args is not None and not self._validate("key", *validate_args, new=text):
            return False
        self._text = text
        self._clamp()
        if self._textvar:
            self._app.setvar(self._textvar, text)
        self._send_state()
        return True

    def _takes_focus(self):
        return self._opts.strict("state") == "normal"

    def _selected_text(self):
        if self._sel is None or self._opts.strict("exportselection") is False:
            return None
        return self._text[self._sel[0]:self._sel[1]]

    # ---- validation ----

    def _validate(self, reason, action, index, chars, new):
        mode = self._opts.strict("validate")
        if self._validating or mode == "none":
            return True
        if mode != "all" and mode != reason and not (mode == "focus" and reason in ("focusin", "focusout")):
            return True
        cmd = self._opts.strict("validatecommand")
        if not cmd:
            return True
        subst = {"%d": str(action), "%i": str(index), "%P": new, "%s": self._text, "%S": chars,
                 "%v": mode, "%V": reason, "%W": self._w, "%%": "%"}
        self._validating = True
        try:
            words = [subst.get(w, w) for w in _tcl.split(cmd)]
            result = self._app.call_command(words[0], *words[1:])
            try:
                ok = _tcl.parse_bool(result)
            except TclError:
                ok = None
        finally:
            self._validating = False
        if ok is None:
            self._opts.set([("validate", "none")])
            return False
        if not ok:
            inv = self._opts.strict("invalidcommand")
            if inv:
                words = [subst.get(w, w) for w in _tcl.split(inv)]
                self._app.call_command(words[0], *words[1:])
        return ok

    def _revalidate(self):
        """Force revalidation (``ttk.Entry.validate``; tkinter's Entry has no such method)."""
        mode = self._opts.strict("validate")
        if mode == "none":
            return True
        return self._validate(mode, -1, -1, "", self._text)

    # ---- indices ----

    def _index(self, index, for_insert=False):
        n = len(self._text)
        if isinstance(index, int) and not isinstance(index, bool):
            return max(0, min(n, index))
        s = _tcl.tcl_str(index)
        if s == "end":
            return n
        if s == "insert":
            return self._insert
        if s == "anchor":
            return self._anchor
        if s in ("sel.first", "sel.last"):
            if self._sel is None:
                raise TclError("selection isn't in widget %s" % self._w)
            return self._sel[0] if s == "sel.first" else self._sel[1]
        if s.startswith("@"):
            try:
                x = _tcl.parse_int(s[1:])
            except TclError:
                raise TclError('bad entry index "%s"' % s) from None
            return self._index_at(x)
        try:
            return max(0, min(n, _tcl.parse_int(s)))
        except TclError:
            raise TclError('bad entry index "%s"' % s) from None

    def _index_at(self, x):
        if x <= 0 or not self._text:
            return 0
        font = self._render_value("font")
        widths = self._app.backend.query({"query": "measure", "font": font,
                                          "texts": [self._text[:i + 1] for i in range(len(self._text))]})["widths"]
        for i, w in enumerate(widths):
            if w > x:
                return i
        return len(self._text)

    def index(self, index):
        """Return position of cursor."""
        return self._index(index)

    # ---- editing ----

    def _editable(self):
        return self._opts.strict("state") == "normal"

    def insert(self, index, string):
        """Insert STRING at INDEX."""
        i = self._index(index)
        s = _tcl.tcl_str(string)
        if not self._editable() or not s:
            return
        new = self._text[:i] + s + self._text[i:]
        old_insert = self._insert
        if not self._store(new, (1, i, s)):
            return
        if old_insert >= i:
            self._insert = old_insert + len(s)
        if self._sel is not None:
            a, b = self._sel
            self._sel = (a + len(s) if a >= i else a, b + len(s) if b > i else b)
        self._send_state()

    def delete(self, first, last=None):
        """Delete text from FIRST to LAST (not included)."""
        a = self._index(first)
        b = a + 1 if last is None else self._index(last)
        b = min(b, len(self._text))
        if not self._editable() or b <= a:
            return
        new = self._text[:a] + self._text[b:]
        if not self._store(new, (0, a, self._text[a:b])):
            return
        n = b - a

        def shift(p):
            return p - n if p >= b else a if p > a else p
        self._insert = shift(self._insert)
        if self._sel is not None:
            s0, s1 = shift(self._sel[0]), shift(self._sel[1])
            self._sel = (s0, s1) if s0 < s1 else None
        self._send_state()

    def get(self):
        """Return the text."""
        return self._text

    def icursor(self, index):
        """Insert cursor at INDEX."""
        self._insert = self._index(index)
        self._send_state()

    def scan_mark(self, x):
        pass

    def scan_dragto(self, x):
        pass

    def selection_adjust(self, index):
        i = self._index(index)
        if self._sel is None:
            self.selection_range(self._anchor, i)
        else:
            a, b = self._sel
            self._anchor = b if abs(i - a) < abs(i - b) else a
            self.selection_range(min(self._anchor, i), max(self._anchor, i))

    select_adjust = selection_adjust

    def selection_clear(self):
        """Clear the selection if it is in this widget."""
        self._sel = None
        self._send_state()

    select_clear = selection_clear

    def selection_from(self, index):
        """Set the fixed end of a selection to INDEX."""
        self._anchor = self._index(index)

    select_from = selection_from

    def selection_present(self):
        """Return True if there are characters selected in the entry, False otherwise."""
        return self._sel is not None

    select_present = selection_present

    def selection_range(self, start, end):
        """Set the selection from START to END (not included)."""
        a, b = self._index(start), self._index(end)
        self._sel = (a, b) if a < b else None
        if self._sel:
            self._anchor = a
        self._send_state()

    select_range = selection_range

    def selection_to(self, index):
        """Set the variable end of a selection to INDEX."""
        i = self._index(index)
        a, b = sorted((self._anchor, i))
        self._sel = (a, b) if a < b else None
        self._send_state()

    select_to = selection_to

    def bbox(self, index):
        i = self._index(index)
        font = self._render_value("font")
        x = self._app.measure(font, self._text[:i]) if i else 0
        w = self._app.measure(font, self._text[i:i + 1]) if i < len(self._text) else 0
        m = self._app.metrics(font)
        bd = self._opts.strict("borderwidth") + self._opts.strict("highlightthickness")
        return (bd + x, bd, w, m["linespace"])

    def _view_index(self, axis, index):
        _loop.send("see", id=self._handle, index=self._index(index))

    # ---- the user ----

    def _user_edit(self, e):
        if not self._editable():
            self._send_state()
            return
        start, end, text = e["start"], e["end"], e["text"]
        n = len(self._text)
        start, end = max(0, min(start, n)), max(0, min(end, n))
        new = self._text[:start] + text + self._text[end:]
        if end > start and not self._validate("key", 0, start, self._text[start:end], new):
            self._send_state()
            return
        if text and not self._validate("key", 1, start, text, new):
            self._send_state()
            return
        self._text = new
        self._insert = start + len(text)
        self._sel = None
        if self._textvar:
            self._app.setvar(self._textvar, new)
        if self._opts.strict("validate") not in (None, "none"):
            # A refused edit reset the panel's text; later keys the user typed meanwhile were measured against
            # the refused text: say what the entry holds now, so panel and Python agree.
            self._send_state()

    def _user_cursor(self, e):
        self._insert = max(0, min(e["index"], len(self._text)))
        sel = e["selection"]
        self._sel = (sel[0], sel[1]) if sel and sel[0] < sel[1] else None

    def _after_bindings(self, e, occ, event):
        if e["type"] in ("FocusIn", "FocusOut"):
            self._validate(e["type"].lower(), -1, -1, "", self._text)


class Spinbox(Entry):
    """spinbox widget."""

    _widget_name = "spinbox"

    def _apply(self, items, creating=False):
        saved = (dict(self._opts.raw), dict(self._opts.strict_values))
        changed = self._opts.set(items, creating=creating)
        try:
            self._check_options()
        except TclError:
            self._opts.raw, self._opts.strict_values = saved
            raise
        if not creating:
            self._changed(changed)
            self._send_options(changed)
        return changed

    def _check_options(self):
        if self._opts.strict("from") > self._opts.strict("to"):
            raise TclError("-to value must be greater than -from value")

    def _init_widget(self):
        self._text = ""

    def _changed(self, changed):
        if self._handle not in _loop.widgets and not self._opts.is_set("textvariable"):
            self._text = self._initial_text()
        elif {"values", "from", "to"} & set(changed) and not self._textvar:
            self._text = self._initial_text()
        Entry._changed(self, changed)
        if self._handle in _loop.widgets and {"values", "from", "to"} & set(changed):
            self._send_state()

    def _initial_text(self):
        values = self._values()
        if values:
            return values[0]
        return self._format(self._opts.strict("from"))

    def _values(self):
        v = self._opts.strict("values")
        return list(_tcl.split(v)) if v else []

    def _decimals(self):
        """As Tk: as many decimals as the increment's most significant digit needs."""
        import math
        inc = abs(self._opts.strict("increment"))
        if inc == 0:
            return 0
        return max(0, -int(math.floor(math.log10(inc))))

    def _format(self, v):
        fmt = self._opts.strict("format")
        if fmt:
            try:
                return fmt % v
            except (TypeError, ValueError):
                pass
        return "%.*f" % (self._decimals(), v)

    def _spin(self, up):
        values = self._values()
        wrap = self._opts.strict("wrap")
        if values:
            try:
                i = values.index(self._text)
                i = i + (1 if up else -1)
            except ValueError:
                i = 0
            if i >= len(values):
                i = 0 if wrap else len(values) - 1
            elif i < 0:
                i = len(values) - 1 if wrap else 0
            text = values[i]
        else:
            lo, hi, inc = self._opts.strict("from"), self._opts.strict("to"), self._opts.strict("increment")
            try:
                v = _tcl.parse_double(self._text)
            except TclError:
                v = lo
            v = v + inc if up else v - inc
            if v > hi:
                v = lo if wrap else hi
            elif v < lo:
                v = hi if wrap else lo
            text = self._format(v)
        self._store(text)
        cmd = self._opts.strict("command")
        if cmd:
            self._app.run_script(cmd)

    def invoke(self, element):
        """Causes the specified element ("buttonup" or "buttondown") to be invoked."""
        el = _tcl.tcl_str(element)
        if el not in ("buttonup", "buttondown", "none"):
            raise TclError('bad element "%s": must be none, buttondown, or buttonup' % el)
        if el != "none" and self._opts.strict("state") == "normal":
            self._spin(el == "buttonup")
        return ""

    def _user_spin(self, e):
        self.invoke("buttonup" if e["direction"] == "up" else "buttondown")

    def identify(self, x, y):
        return "entry"

    def scan(self, *args):
        return ""

    def selection(self, *args):
        return ""

    def selection_element(self, element=None):
        return "none"


