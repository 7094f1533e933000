"""Font descriptions, named fonts and measurement.

A font option accepts what Tk accepts: the name of a named font (``TkDefaultFont``, or one made with
``tkinter.font.Font``), a Tcl list ``family ?size? ?style ...?`` (``("Arial", 12, "bold")`` or ``"Arial 12 bold"``)
or an option list ``-family Arial -size 12``. Sizes follow Tk: positive is points, negative is pixels, 0 is the
default size (12 points).

:func:`parse` turns such a description into a :class:`FontRef` (a named font, or anonymous attributes) and
:func:`strict` into the form the renderer gets: ``{"family", "px", "weight", "slant", "underline", "overstrike"}``
with the size in CSS pixels. Named fonts can change after widgets use them; widgets keep the reference and the
strict form is computed when ops are sent.

Measuring needs the renderer (``measure``/``metrics`` requests, cached per font); :data:`FALLBACK` is the
deterministic metric table the recording backend uses.
"""
from . import _tcl
from ._tcl import TclError

PX_PER_PT = 96 / 72
DEFAULT_POINTS = 12
ATTRS = ("family", "size", "weight", "slant", "underline", "overstrike")

STANDARD = {
    "TkDefaultFont": ("sans-serif", 10, "normal"),
    "TkTextFont": ("sans-serif", 10, "normal"),
    "TkFixedFont": ("monospace", 10, "normal"),
    "TkMenuFont": ("sans-serif", 10, "normal"),
    "TkHeadingFont": ("sans-serif", 10, "bold"),
    "TkCaptionFont": ("sans-serif", 12, "bold"),
    "TkSmallCaptionFont": ("sans-serif", 9, "normal"),
    "TkIconFont": ("sans-serif", 10, "normal"),
    "TkTooltipFont": ("sans-serif", 9, "normal"),
}


def default_attrs():
    return {"family": "", "size": 0, "weight": "normal", "slant": "roman", "underline": 0, "overstrike": 0}


class FontRef:
    """What a font option refers to: a named font (``name``) or anonymous attributes (``attrs``)."""

    __slots__ = ("name", "attrs")

    def __init__(self, name=None, attrs=None):
        self.name = name
        self.attrs = attrs


class Registry:
    """The named fonts of one interpreter."""

    def __init__(self):
        self.fonts = {}
        self.counter = 0
        for name, (family, size, weight) in STANDARD.items():
            a = default_attrs()
            a.update(family=family, size=size, weight=weight)
            self.fonts[name] = a

    def new_name(self):
        self.counter += 1
        return "font%d" % self.counter


def _style(attrs, word):
    w = word.lower()
    if w in ("normal", "bold"):
        attrs["weight"] = w
    elif w in ("roman", "italic"):
        attrs["slant"] = w
    elif w == "underline":
        attrs["underline"] = 1
    elif w == "overstrike":
        attrs["overstrike"] = 1
    else:
        raise TclError('unknown font style "%s"' % word)


def set_attr(attrs, key, value):
    """Sets one attribute given as an option (``-size 12``); raises TclError like ``font configure``."""
    if key == "family":
        attrs["family"] = _tcl.tcl_str(value)
    elif key == "size":
        attrs["size"] = _tcl.parse_int(value)
    elif key == "weight":
        v = _tcl.tcl_str(value)
        if v not in ("normal", "bold"):
            raise TclError('bad -weight value "%s": must be normal, or bold' % v)
        attrs["weight"] = v
    elif key == "slant":
        v = _tcl.tcl_str(value)
        if v not in ("roman", "italic"):
            raise TclError('bad -slant value "%s": must be roman, or italic' % v)
        attrs["slant"] = v
    elif key in ("underline", "overstrike"):
        attrs[key] = int(_tcl.parse_bool(value))
    else:
        raise TclError('bad option "-%s": must be -family, -size, -weight, -slant, -underline, or -overstrike' % key)


def parse_attrs(desc):
    """Attributes from a description that is not a font name; raises TclError."""
    s = _tcl.tcl_str(desc)
    try:
        parts = _tcl.split(desc) if isinstance(desc, (tuple, list)) else _tcl.split(s)
    except TclError:
        raise TclError('font "%s" doesn\'t exist' % s) from None
    if not parts:
        raise TclError('font "%s" doesn\'t exist' % s)
    attrs = default_attrs()
    first = _tcl.tcl_str(parts[0])
    if first.startswith("-"):
        for i in range(0, len(parts), 2):
            key = _tcl.tcl_str(parts[i])
            if i + 1 >= len(parts):
                set_attr(default_attrs(), key[1:], "")
                raise TclError('value for "%s" missing' % key)
            set_attr(attrs, key[1:], parts[i + 1])
        return attrs
    attrs["family"] = first
    if len(parts) > 1:
        attrs["size"] = _tcl.parse_int(parts[1])
    for extra in parts[2:]:
        for word in _tcl.split(extra):
            _style(attrs, _tcl.tcl_str(word))
    return attrs


def parse(desc, registry):
    """A :class:`FontRef` for a font option value; raises TclError with Tk's message."""
    s = _tcl.tcl_str(desc)
    if isinstance(desc, str) and s in registry.fonts:
        return FontRef(name=s)
    return FontRef(attrs=parse_attrs(desc))


def attrs_of(ref, registry):
    if ref.name is not None:
        return registry.fonts.get(ref.name) or default_attrs()
    return ref.attrs


def px_size(size):
    if size == 0:
        size = DEFAULT_POINTS
    return float(-size) if size < 0 else round(size * PX_PER_PT, 3)


def strict_attrs(a):
    return {"family": a["family"], "px": px_size(a["size"]), "weight": a["weight"], "slant": a["slant"],
            "underline": bool(a["underline"]), "overstrike": bool(a["overstrike"])}


def strict(ref, registry):
    """The renderer's form of a font reference."""
    return strict_attrs(attrs_of(ref, registry))


# ---- measuring ----

MONO_FAMILIES = ("courier", "courier new", "monospace", "fixed", "consolas", "menlo", "monaco", "dejavu sans mono",
                 "liberation mono", "lucida console", "terminal")
NARROW = set("iljtfI.,:;'|!()[]{} `\"r")
WIDE = set("mwMW@%")


def is_fixed(font):
    return font["family"].lower() in MONO_FAMILIES


def fallback_measure(font, text):
    """A deterministic width in pixels (not a real font's): what the recording backend answers."""
    px = font["px"]
    if is_fixed(font):
        return int(round(0.6 * px * len(text)))
    total = 0.0
    for ch in text:
        total += 0.3 if ch in NARROW else 0.85 if ch in WIDE else 0.55
    if font["weight"] == "bold":
        total *= 1.1
    return int(round(total * px))


def fallback_metrics(font):
    px = font["px"]
    ascent = int(round(px * 0.93))
    descent = int(round(px * 0.24))
    return {"ascent": ascent, "descent": descent, "linespace": ascent + descent, "fixed": is_fixed(font)}
