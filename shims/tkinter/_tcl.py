"""The bits of Tcl that tkinter programs can see: errors, value conversion, lists and number parsing.

Real tkinter hands Python values to a Tcl interpreter and gets Tcl values back. Pyroom has no Tcl, so this module
reproduces what that round trip does to values (:func:`tcl_value`, :func:`tcl_str`), how Tcl writes and reads lists
(:func:`merge`, :func:`split`), how Tcl parses integers, doubles and booleans (with Tcl's error messages), and the
``Tcl_Obj`` wrapper that ``_tkinter`` returns for values of Tk-specific types (a pixel distance, a font...).
"""
import re


class TclError(Exception):
    """The error Tk raises (``_tkinter.TclError``)."""


class Tcl_Obj:
    """What ``_tkinter`` returns for a Tcl value of a type it does not convert (``<pixel object: '2m'>``).

    Like the real one it compares equal only to another ``Tcl_Obj`` with the same string, never to a ``str``."""

    __slots__ = ("typename", "string")

    def __init__(self, typename, string):
        self.typename = typename
        self.string = string

    def __str__(self):
        return self.string

    def __repr__(self):
        return "<%s object: %r>" % (self.typename, self.string)

    def _cmp(self, other, op):
        if not isinstance(other, Tcl_Obj):
            return NotImplemented
        return op(self.string, other.string)

    def __eq__(self, other):
        return self._cmp(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._cmp(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)

    __hash__ = None


# ---- values ----

def tcl_value(v):
    """What a Python value becomes after a trip through Tcl (``_tkinter``'s AsObj then FromObj)."""
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float, str, Tcl_Obj)):
        return v
    if isinstance(v, (tuple, list)):
        return tuple(tcl_value(x) for x in v)
    if isinstance(v, bytes):
        return v.decode("latin-1")
    return str(v)


def tcl_str(v):
    """The string form Tcl gives a Python value."""
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return float_str(v)
    if isinstance(v, (tuple, list)):
        return merge([tcl_str(x) for x in v])
    if isinstance(v, bytes):
        return v.decode("latin-1")
    return str(v)


def float_str(f):
    """Tcl's shortest round-tripping form of a double (``1.0``, ``1e+20``, ``Inf``)."""
    if f != f:
        return "NaN"
    if f in (float("inf"), float("-inf")):
        return "Inf" if f > 0 else "-Inf"
    s = repr(f)
    if "e" in s:
        mant, exp = s.split("e")
        sign = "-" if exp.startswith("-") else "+"
        exp = exp.lstrip("+-").rjust(2, "0")
        return "%se%s%s" % (mant, sign, exp)
    return s


# ---- lists ----

_SPECIAL = set(' \t\n\r\v\f{}[]$;\\"')


def quote(s):
    """One list element, quoted the way Tcl's list writer does."""
    if s == "":
        return "{}"
    if not any(c in _SPECIAL for c in s) and not s.startswith("#"):
        return s
    depth = 0
    ok = not s.endswith("\\")
    for c in s:
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth < 0:
                ok = False
                break
    if ok and depth == 0 and "\\\n" not in s:
        return "{" + s + "}"
    out = []
    for c in s:
        if c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif c in _SPECIAL:
            out.append("\\" + c)
        else:
            out.append(c)
    return "".join(out)


def merge(items):
    """A Tcl list from strings."""
    return " ".join(quote(s) for s in items)


_BACKSLASH = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}


def split(s):
    """The elements of a Tcl list (a string); raises TclError for a malformed list."""
    if isinstance(s, (tuple, list)):
        return tuple(s)
    if not isinstance(s, str):
        return (s,)
    out = []
    i, n = 0, len(s)
    while True:
        while i < n and s[i] in " \t\n\r\v\f":
            i += 1
        if i >= n:
            return tuple(out)
        if s[i] == "{":
            depth, j = 1, i + 1
            while j < n and depth:
                if s[j] == "\\":
                    j += 1
                elif s[j] == "{":
                    depth += 1
                elif s[j] == "}":
                    depth -= 1
                j += 1
            if depth:
                raise TclError("unmatched open brace in list")
            if j < n and s[j] not in " \t\n\r\v\f":
                raise TclError("list element in braces followed by \"%s\" instead of space" % s[j])
            out.append(s[i + 1:j - 1])
            i = j
        elif s[i] == '"':
            j, buf = i + 1, []
            while j < n and s[j] != '"':
                if s[j] == "\\" and j + 1 < n:
                    buf.append(_BACKSLASH.get(s[j + 1], s[j + 1]))
                    j += 2
                else:
                    buf.append(s[j])
                    j += 1
            if j >= n:
                raise TclError("unmatched open quote in list")
            if j + 1 < n and s[j + 1] not in " \t\n\r\v\f":
                raise TclError("list element in quotes followed by \"%s\" instead of space" % s[j + 1])
            out.append("".join(buf))
            i = j + 1
        else:
            buf = []
            while i < n and s[i] not in " \t\n\r\v\f":
                if s[i] == "\\" and i + 1 < n:
                    buf.append(_BACKSLASH.get(s[i + 1], s[i + 1]))
                    i += 2
                else:
                    buf.append(s[i])
                    i += 1
            out.append("".join(buf))


# ---- numbers ----

_INT_RE = re.compile(r"\s*([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)\s*\Z")
_DOUBLE_RE = re.compile(
    r"\s*[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|0[xX][0-9a-fA-F]+|inf(?:inity)?|nan)\s*\Z",
    re.IGNORECASE)


def parse_int(v, what="integer"):
    """Tcl_GetIntFromObj: Python ints pass, strings are parsed the way Tcl does."""
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, int):
        return v
    s = tcl_str(v)
    m = _INT_RE.match(s)
    if not m:
        raise TclError('expected %s but got "%s"' % (what, s))
    body = m.group(2)
    if body[:2] in ("0x", "0X"):
        n = int(body[2:], 16)
    elif body[:2] in ("0o", "0O"):
        n = int(body[2:], 8)
    elif body[:2] in ("0b", "0B"):
        n = int(body[2:], 2)
    elif body.startswith("0") and len(body) > 1:
        n = int(body, 8)
    else:
        n = int(body)
    if n >= 1 << 32:
        raise TclError("integer value too large to represent")
    return -n if m.group(1) == "-" else n


def parse_double(v):
    """Tcl_GetDoubleFromObj."""
    if isinstance(v, (int, float)):
        return float(v)
    s = tcl_str(v)
    if not _DOUBLE_RE.match(s):
        raise TclError('expected floating-point number but got "%s"' % s)
    t = s.strip()
    if t.lower().lstrip("+-") == "nan":
        raise TclError("floating point value is Not a Number")
    if t.lstrip("+-")[:2] in ("0x", "0X"):
        return float(int(t.replace("0x", "").replace("0X", ""), 16)) * (-1 if t.startswith("-") else 1)
    return float(t)


_TRUE = ("true", "yes", "on")
_FALSE = ("false", "no", "off")


def parse_bool(v):
    """Tcl_GetBoolean: numbers (non-zero is true), and unique prefixes of true/false/yes/no/on/off."""
    if isinstance(v, (bool, int)):
        return bool(v)
    if isinstance(v, float):
        return v != 0
    s = tcl_str(v)
    low = s.lower()
    if low:
        hits = [w for w in _TRUE + _FALSE if w.startswith(low)]
        if len(hits) == 1 or (hits and all(h in _TRUE for h in hits)) or (hits and all(h in _FALSE for h in hits)):
            return hits[0] in _TRUE
    try:
        return parse_double(s) != 0
    except TclError:
        raise TclError('expected boolean value but got "%s"' % s) from None


def getint(v):
    """``tk.getint``: like Tcl_GetInt, but a TypeError for things that are not numbers or strings."""
    if isinstance(v, float):
        raise TclError('expected integer but got "%s"' % float_str(v))
    return parse_int(v)
