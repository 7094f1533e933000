"""Options: the one place where tkinter's loose option values become strict ones.

Every configurable thing (a widget, a canvas item, a menu entry, a text tag, a listbox item, a pane) has an
:class:`OptionSet` built on a table from ``_optiondata`` (recorded from the real Tk). It keeps the value each option
was given (so ``cget`` answers what Tk answers, down to the Python type), checks new values the way Tk does (raising
:class:`TclError` with Tk's messages) and gives each option's strict value for the renderer:

========== ==================================================================================================
kind       strict value
========== ==================================================================================================
color      ``"#rrggbb"``, or None where "" is allowed (``color?``)
pixels     a number of pixels (int for widgets, float for canvas items); None where "" is allowed
int        int                           double     float                    boolean     bool
enum       the full name (abbreviations expanded), or None for ""
string     the Tcl string                var        the variable name (Python-side only)
font       ``{"family", "px", "weight", "slant", "underline", "overstrike"}`` (see ``_fonts``)
image      the image handle (int) or None                 bitmap     the bitmap name or None
cursor     the cursor name or None       window     the widget handle or None
scrollregion ``[x1, y1, x2, y2]`` or None arrowshape ``[a, b, c]``        dash     a list of dash lengths
sticky     a string of the letters n, s, e, w in that order
========== ==================================================================================================
"""
from . import _colors, _fonts, _tcl
from ._optiondata import TABLES
from ._tcl import TclError, Tcl_Obj

# ---- screen distances ----

# Tk converts through the screen's size in whole millimetres: a 1280-pixel screen at 96 dpi is 339 mm wide.
PIXELS_PER_MM = 1280 / round(1280 * 25.4 / 96)
_UNITS = {"c": 10.0, "i": 25.4, "m": 1.0, "p": 25.4 / 72}


def fpixels(v):
    """A screen distance (``5``, ``"2m"``, ``"1.5i"``) in pixels, as a float; TclError if it is not one."""
    if isinstance(v, bool):
        return float(v)
    if isinstance(v, (int, float)):
        return float(v)
    s = _tcl.tcl_str(v)
    t = s.strip()
    factor = 1.0
    if t and t[-1] in _UNITS:
        factor = _UNITS[t[-1]] * PIXELS_PER_MM
        t = t[:-1].rstrip()
    try:
        num = _tcl.parse_double(t)
    except TclError:
        raise TclError('bad screen distance "%s"' % s) from None
    return num * factor


def _is_distance(v):
    try:
        fpixels(v)
        return True
    except TclError:
        return False


def pixels(v):
    """A screen distance rounded to whole pixels the way Tk rounds it."""
    d = fpixels(v)
    return int(d - 0.5) if d < 0 else int(d + 0.5)


# ---- value kinds ----

CURSORS = frozenset("""X_cursor arrow based_arrow_down based_arrow_up boat bogosity bottom_left_corner
bottom_right_corner bottom_side bottom_tee box_spiral center_ptr circle clock coffee_mug cross cross_reverse crosshair
diamond_cross dot dotbox double_arrow draft_large draft_small draped_box exchange fleur gobbler gumby hand1 hand2 heart
icon iron_cross left_ptr left_side left_tee leftbutton ll_angle lr_angle man middlebutton mouse pencil pirate plus
question_arrow right_ptr right_side right_tee rightbutton rtl_logo sailboat sb_down_arrow sb_h_double_arrow
sb_left_arrow sb_right_arrow sb_up_arrow sb_v_double_arrow shuttle sizing spider spraycan star target tcross
top_left_arrow top_left_corner top_right_corner top_side top_tee trek ul_angle umbrella ur_angle watch xterm
none""".split())
BITMAPS = frozenset("error gray75 gray50 gray25 gray12 hourglass info questhead question warning".split())


def _color(v, ctx, null):
    s = _tcl.tcl_str(v)
    if null and s == "":
        return None
    return _colors.parse(s)


def _pixels(v, ctx, null, whole):
    if null and _tcl.tcl_str(v) == "":
        return None
    return pixels(v) if whole else fpixels(v)


def _strict_bool(v):
    """Old-style options read booleans from strings: 0, 1 and the words, but no other numbers."""
    s = _tcl.tcl_str(v).strip()
    if s in ("0", "1") or (s and not s.lstrip("+-").replace(".", "").isdigit()):
        return _tcl.parse_bool(s)
    raise TclError('expected boolean value but got "%s"' % _tcl.tcl_str(v))


def _enum(v, word, values, abbrev, null, listed_empty, old_style=False):
    s = _tcl.tcl_str(v)
    if s == "" and null:
        return None
    if s in values:
        return s
    hits = [x for x in values if x.startswith(s)] if abbrev and (s or not old_style) else []
    if len(hits) == 1:
        return hits[0]
    listed = values + ([""] if listed_empty else [])
    must = listed[0] if len(listed) == 1 else ", ".join(listed[:-1]) + (", or " if len(listed) > 2 else " or ") + listed[-1]
    lead = "ambiguous" if len(hits) > 1 else "bad"
    raise TclError('%s %s "%s": must be %s' % (lead, word, s, must))


def _image(v, ctx, null):
    s = _tcl.tcl_str(v)
    if s == "":
        return None
    img = ctx.images.get(s) if ctx is not None else None
    if img is None:
        raise TclError('image "%s" doesn\'t exist' % s)
    return img._handle


def _bitmap(v, ctx, null):
    s = _tcl.tcl_str(v)
    if s == "":
        return None
    if s in BITMAPS or (s.startswith("@") and len(s) > 1):
        return s
    raise TclError('bitmap "%s" not defined' % s)


def _cursor(v, ctx, null):
    s = _tcl.tcl_str(v)
    if s == "":
        return None
    try:
        parts = _tcl.split(s)
    except TclError:
        parts = ()
    if parts and (parts[0] in CURSORS or parts[0].startswith("@")) and len(parts) <= 3:
        for c in parts[1:]:
            _colors.parse(c)
        return parts[0]
    raise TclError('bad cursor spec "%s"' % s)


def _window(v, ctx, null):
    s = _tcl.tcl_str(v)
    if s == "":
        return None
    w = ctx.widgets.get(s) if ctx is not None else None
    if w is None:
        raise TclError('bad window path name "%s"' % s)
    return w._handle


def _scrollregion(v, ctx, null):
    s = _tcl.tcl_str(v)
    if s == "":
        return None
    try:
        parts = _tcl.split(v if isinstance(v, tuple) else s)
        if len(parts) != 4:
            raise TclError
        return [fpixels(p) for p in parts]
    except TclError:
        raise TclError('bad scrollRegion "%s"' % s) from None


def _arrowshape(v, ctx, null):
    s = _tcl.tcl_str(v)
    try:
        parts = _tcl.split(v if isinstance(v, tuple) else s)
        if len(parts) != 3:
            raise TclError
        return [fpixels(p) for p in parts]
    except TclError:
        raise TclError('bad arrow shape "%s": must be list with three numbers' % s) from None


_DASH_CHARS = {".": [2, 4], "-": [6, 4], ",": [4, 4], "_": [8, 4]}


def _dash(v, ctx, null):
    s = _tcl.tcl_str(v)
    if s.strip() == "":
        return []
    if all(c in ".-,_ " for c in s):
        out = []
        for c in s:
            if c == " ":
                if out:
                    out[-1] += 4
            else:
                out.extend(_DASH_CHARS[c])
        return out
    try:
        parts = [_tcl.parse_int(p) for p in _tcl.split(v if isinstance(v, tuple) else s)]
    except TclError:
        parts = None
    if not parts or any(not 1 <= p <= 255 for p in parts):
        bad = s if parts is None else next((str(p) for p in parts or [s] if not 1 <= int(p) <= 255), s)
        raise TclError('expected integer in the range 1..255 but got "%s"' % bad)
    return parts


def _sticky(v, ctx, null):
    s = _tcl.tcl_str(v)
    letters = set()
    for c in s:
        if c in "nsewNSEW":
            letters.add(c.lower())
        elif c not in " ,":
            raise TclError('bad stickyness value "%s": must be a string containing zero or more of n, e, s, and w'
                           % s)
    return "".join(c for c in "nsew" if c in letters)


_OFFSET_RE = __import__("re").compile(r"^#?-?\d+,-?\d+$")
_ANCHORS = ("n", "ne", "e", "se", "s", "sw", "w", "nw", "center")


def _offset(v, ctx, null, item=False):
    s = _tcl.tcl_str(v)
    if s in _ANCHORS or _OFFSET_RE.match(s) or (item and s.lstrip("-").isdigit()):
        return s
    raise TclError('bad offset "%s": expected "x,y", "#x,y", %sn, ne, e, se, s, sw, w, nw, or center'
                   % (s, "<index>, " if item else ""))


_LABEL_ANCHORS = ("n", "ne", "nw", "s", "se", "sw", "e", "en", "es", "w", "wn", "ws")


def _padding(v, ctx):
    """ttk's -padding: one to four distances (left, top, right, bottom)."""
    parts = _tcl.split(v) if isinstance(v, (str, tuple)) else [v]
    if len(parts) > 4:
        raise TclError("Wrong number of elements in padding spec")
    return [pixels(p) for p in parts] if parts else None


def _labelanchor(v, ctx, null):
    s = _tcl.tcl_str(v)
    if s not in _LABEL_ANCHORS:
        raise TclError("Bad label anchor specification %s" % s)
    return s


def _format(v, ctx, null):
    s = _tcl.tcl_str(v)
    if s and not (s.startswith("%") and s[-1] in "feEgG"):
        raise TclError('bad spinbox format specifier "%s"' % s)
    return s


def _font(v, ctx, null):
    if null and _tcl.tcl_str(v) == "":
        return None
    return _fonts.parse(v, ctx.fonts if ctx is not None else _DEFAULT_FONTS)


_DEFAULT_FONTS = _fonts.Registry()


class Kind:
    """One kind of option value: ``check(value, ctx)`` returns the strict value or raises TclError."""

    def __init__(self, spec, whole_pixels, old_style=False):
        self.spec = spec
        base, _, rest = spec.partition(":")
        self.null = base.endswith("?")
        self.base = base.rstrip("?")
        self.values = None
        n = self.null
        if self.base == "enum":
            word, values, flags = rest.split(":")
            self.values = values.split(",")
            abbrev = "a" in flags
            self.check = lambda v, ctx: _enum(v, word, self.values, abbrev, n, "e" in flags, old_style)
        elif self.base == "pixels":
            self.check = lambda v, ctx: _pixels(v, ctx, n, whole_pixels)
        elif self.base == "int":
            self.check = lambda v, ctx: None if n and _tcl.tcl_str(v) == "" else _tcl.parse_int(v)
        elif self.base == "double":
            self.check = lambda v, ctx: _tcl.parse_double(v)
        elif self.base == "boolean" and old_style:
            self.check = lambda v, ctx: None if n and _tcl.tcl_str(v) == "" else _strict_bool(v)
        elif self.base == "boolean":
            self.check = lambda v, ctx: None if n and _tcl.tcl_str(v) == "" else _tcl.parse_bool(v)
        elif self.base == "offset" and not whole_pixels:
            self.check = lambda v, ctx: _offset(v, ctx, n, item=True)
        elif self.base in ("string", "var", "createonly", "readonly", "style", "displaycolumns"):
            self.check = lambda v, ctx: _tcl.tcl_str(v)
        else:
            fn = {"color": _color, "image": _image, "bitmap": _bitmap, "cursor": _cursor, "window": _window,
                  "scrollregion": _scrollregion, "arrowshape": _arrowshape, "dash": _dash, "sticky": _sticky,
                  "offset": _offset, "format": _format, "font": _font, "labelanchor": _labelanchor}[self.base]
            self.check = lambda v, ctx: fn(v, ctx, n)


# ---- tables ----

class Row:
    __slots__ = ("name", "db", "cls", "default", "default_type", "current_type", "kind", "clamp", "current",
                 "style")

    def __init__(self, row, whole_pixels, old_style=False):
        (self.name, self.db, self.cls, self.default, self.default_type, self.current_type, spec, self.clamp,
         self.current, style) = row
        self.kind = Kind(spec, whole_pixels, old_style)
        toks, i = [], 0
        while i < len(style):
            if style[i] == "(":
                j = style.index(")", i)
                toks.append(style[i:j + 1])
                i = j + 1
            else:
                toks.append(style[i])
                i += 1
        self.style = toks


def _typed(value, tag):
    """A value of the type a table names ('s', 'i', 'f', 't' or a Tcl_Obj type)."""
    if tag == "s":
        return _tcl.tcl_str(value)
    if tag == "i":
        return value if isinstance(value, int) else _tcl.parse_int(value)
    if tag == "f":
        return float(value)
    if tag == "t":
        return tuple(_tcl.split(_tcl.tcl_str(value)))
    return Tcl_Obj(tag, _tcl.tcl_str(value))


class Table:
    """The options of one class of configurable thing."""

    def __init__(self, key, extra=()):
        rows = TABLES[key] + tuple(extra)
        whole = not key.startswith("item.")
        self.key = key
        self.rows = {}
        self.aliases = {}
        self.order = []
        self.old_style = (any(len(r) == 2 and not r[1].startswith("-") for r in rows)
                          or key.startswith(("item.", "tag")))
        for r in rows:
            self.order.append(r[0])
            if len(r) == 2:
                self.aliases[r[0]] = r[1]
            else:
                row = self.rows[r[0]] = Row(r, whole, self.old_style)
                if row.name == "padding" and row.kind.base == "pixels":
                    row.kind.check = _padding
        self.exact = key.startswith("ttk.")
        self._defaults = None

    def resolve(self, name):
        """The row an option name (or alias, or unique abbreviation) means; TclError if none."""
        row = self.rows.get(name)
        if row is not None:
            return row
        target = self.aliases.get(name)
        if target is not None:
            if target.startswith("-"):
                return self.rows[target[1:]]
            return next(r for r in self.rows.values() if r.db == target)
        if name and not self.exact:
            hits = [n for n in self.order if n.startswith(name)]
            if len(hits) == 1:
                return self.resolve(hits[0])
            if len(hits) > 1 and self.old_style:
                raise TclError('ambiguous option "-%s"' % name)
        raise TclError('unknown option "-%s"' % name)

    def default_strict(self, name, ctx):
        if self._defaults is None:
            self._defaults = {}
            for r in self.rows.values():
                try:
                    self._defaults[r.name] = r.kind.check(r.default if r.current is None else r.current, None)
                except TclError:
                    self._defaults[r.name] = None
        if self.rows[name].kind.base == "font":
            if self.rows[name].default == "":
                return None
            return _fonts.parse(self.rows[name].default, ctx.fonts if ctx is not None else _DEFAULT_FONTS)
        return self._defaults[name]


_TABLES = {}


def table(key):
    t = _TABLES.get(key)
    if t is None:
        t = _TABLES[key] = Table(key)
    return t


# ---- values as tkinter passes them ----

def loose(value, register):
    """What tkinter's option conversion makes of a Python value before Tk sees it: callables become command
    names (through ``register``), lists and tuples of ints and strings become Tcl list strings."""
    if callable(value) and not isinstance(value, type):
        return register(value)
    if isinstance(value, (tuple, list)):
        if all(isinstance(x, (int, str)) for x in value):
            return " ".join(str(x) if isinstance(x, int) else _stringify(x) for x in value)
        return tuple(_tcl.tcl_value(x) for x in value)
    if hasattr(value, "_tcl_name"):
        return value._tcl_name()
    return _tcl.tcl_value(value)


def _stringify(s):
    """One string as an element of a Tcl list (as tkinter writes it)."""
    return _tcl.quote(s)


class OptionSet:
    """The options of one configurable thing: values as given (for ``cget``) and strict (for the renderer)."""

    def __init__(self, tbl, ctx):
        self.table = tbl
        self.ctx = ctx
        self.raw = {}
        self.strict_values = {}

    def set(self, items, creating=False):
        """Sets ``[(name, loose value), ...]`` in order; returns ``{name: strict}`` of what changed.

        On an error Tk undoes the whole call (old-style tables keep what was set before the bad option)."""
        saved = (dict(self.raw), dict(self.strict_values))
        changed = {}
        try:
            for name, value in items:
                row = self.table.resolve(name)
                base = row.kind.base
                if not creating and base == "createonly":
                    raise TclError("can't modify -%s option after widget is created" % row.name)
                if not creating and base == "readonly":
                    raise TclError("attempt to change read-only option")
                strict = row.kind.check(value, self.ctx)
                if (row.clamp is not None and isinstance(strict, (int, float)) and not isinstance(strict, bool)
                        and strict < 0):
                    value = row.clamp
                    strict = row.kind.check(value, self.ctx) if value != "" else None
                self.raw[row.name] = value
                self.strict_values[row.name] = strict
                changed[row.name] = strict
        except TclError:
            if not self.table.old_style:
                self.raw, self.strict_values = saved
            raise
        return changed

    def strict(self, name):
        if name in self.strict_values:
            return self.strict_values[name]
        return self.table.default_strict(name, self.ctx)

    def is_set(self, name):
        return name in self.raw

    def cget(self, name):
        row = self.table.resolve(name)
        if row.name not in self.raw:
            if row.current_type in ("i", "f") and not isinstance(row.default, (int, float)):
                strict = self.strict(row.name)
                if isinstance(strict, (int, float)):
                    return int(strict) if row.current_type == "i" else float(strict)
            if (self.table.old_style and row.kind.base == "pixels" and row.default != ""
                    and not self.table.key.startswith("item.")):
                return str(self.strict(row.name))
            if self.table.old_style and row.kind.base == "double":
                return _tcl.float_str(self.strict(row.name))
            return _typed(row.default if row.current is None else row.current, row.current_type)
        return self._value(row)

    def _value(self, row):
        raw = self.raw[row.name]
        if isinstance(raw, Tcl_Obj) and row.style[1] not in ("i", "f"):
            return raw
        if row.style == ["t", "t", "t"]:
            text = _tcl.tcl_str(raw)
            if text == "":
                return ""
            parts = _tcl.split(text)
            if row.kind.base == "pixels" or row.name == "padding":
                return tuple(Tcl_Obj("pixel", p) if _is_distance(p) else p for p in parts)
            return tuple(parts)
        if isinstance(raw, tuple):
            if row.style[1] == "s" and row.style[0] == "i":
                return raw
            raw = _tcl.tcl_str(raw)
        idx = 0 if isinstance(raw, int) else 2 if isinstance(raw, float) else 1
        tok = row.style[idx]
        strict = self.strict_values[row.name]
        base = row.kind.base
        if base == "enum":
            text = strict if strict is not None else ""
            if tok.startswith("(") and text:
                return Tcl_Obj(tok[1:-1], _tcl.tcl_str(raw))
            return text
        if tok.startswith("(") and _tcl.tcl_str(raw) == "":
            return ""
        if tok == "-":
            if base == "double" and isinstance(raw, (int, float)):
                return float(raw)
            return _tcl.tcl_str(raw)
        if tok == "i" and base == "boolean" and strict is not None:
            return int(strict)
        if (tok == "i" and idx == 1 and base == "pixels" and not self.table.old_style
                and row.style[0] == "i" and row.style[2] == "f"):
            if _tcl.tcl_str(raw) == "":
                return ""
            try:
                return _tcl.parse_int(raw)
            except TclError:
                return Tcl_Obj("pixel", _tcl.tcl_str(raw))
        if tok == "s":
            if self.table.old_style and strict is not None:
                if base == "pixels" and isinstance(strict, int):
                    return str(strict)
                if base == "pixels" and self.table.key.startswith("item."):
                    return _tcl.float_str(float(strict))
                if base == "double":
                    return _tcl.float_str(strict)
                if base in ("boolean", "int"):
                    return str(int(strict))
            return _tcl.tcl_str(raw)
        if tok == "i":
            if isinstance(raw, int):
                return raw
            if isinstance(strict, (int, float)) and not isinstance(strict, bool):
                return int(strict) if float(strict).is_integer() else strict
            if isinstance(strict, bool):
                return int(strict)
            try:
                return _tcl.parse_int(raw)
            except TclError:
                return _tcl.tcl_str(raw)
        if tok == "f":
            return float(raw) if isinstance(raw, (int, float)) else float(_tcl.parse_double(raw))
        if tok == "t":
            return tuple(_tcl.split(_tcl.tcl_str(raw)))
        return Tcl_Obj(tok[1:-1], _tcl.tcl_str(raw))

    def describe(self, name):
        """``configure(name)``: the 5-tuple of an option."""
        row = self.table.resolve(name)
        return (row.name, row.db, row.cls, _typed(row.default, row.default_type), self.cget(row.name))

    def describe_all(self):
        """``configure()``: every option's 5-tuple, aliases as ``(alias, target)``."""
        out = {}
        for name in self.table.order:
            if name in self.table.aliases:
                out[name] = (name, self.table.aliases[name])
            else:
                out[name] = self.describe(name)
        return out

    def keys(self):
        return list(self.table.order)
