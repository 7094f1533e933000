"""Font wrapper: named fonts (``Font``) and the ``families``/``names``/``nametofont`` helpers.

Sizes and attributes follow Tk; measuring (``measure``, ``metrics``) asks the renderer, which knows the browser's
fonts (answers are cached per font). Changing a named font updates every widget that uses it.
"""
import itertools

import tkinter
from tkinter import _fonts, _misc, _tcl
from tkinter._tcl import TclError

__version__ = "0.9"
__all__ = ["NORMAL", "ROMAN", "BOLD", "ITALIC", "nametofont", "Font", "families", "names"]

NORMAL = "normal"
ROMAN = "roman"
BOLD = "bold"
ITALIC = "italic"


def nametofont(name, root=None):
    """Given the name of a tk named font, returns a Font representation."""
    return Font(name=name, exists=True, root=root)


def _app_of(root, what):
    if root is None:
        root = _misc.default_root(what)
    return root._app if hasattr(root, "_app") else root.tk._app


class Font:
    """Represents a named font."""

    counter = itertools.count(1)

    def __init__(self, root=None, font=None, name=None, exists=False, **options):
        app = _app_of(root, "use font")
        self._app = app
        self._tk = getattr(root, "tk", None)
        reg = app.fonts
        if font:
            ref = _fonts.parse(font, reg)
            attrs = dict(_fonts.attrs_of(ref, reg))
        else:
            attrs = _fonts.default_attrs()
            for k, v in options.items():
                _fonts.set_attr(attrs, k, v)
        if not name:
            name = "font" + str(next(self.counter))
        self.name = str(name)
        if exists:
            self.delete_font = False
            if self.name not in reg.fonts:
                raise TclError("named font %s does not already exist" % (self.name,))
            if font:
                self._set(attrs)
            elif options:
                self.configure(**options)
        else:
            if self.name in reg.fonts:
                raise TclError('named font "%s" already exists' % self.name)
            reg.fonts[self.name] = attrs
            self.delete_font = True

    def __str__(self):
        return self.name

    def __repr__(self):
        return "<%s.%s object %r>" % (self.__class__.__module__, self.__class__.__qualname__, self.name)

    def __eq__(self, other):
        if not isinstance(other, Font):
            return NotImplemented
        return self.name == other.name and self._app is other._app

    def __hash__(self):
        return hash(self.name)

    def __getitem__(self, key):
        return self.cget(key)

    def __setitem__(self, key, value):
        self.configure(**{key: value})

    def __del__(self):
        try:
            if self.delete_font and self._app.fonts.fonts.get(self.name) is not None:
                del self._app.fonts.fonts[self.name]
        except Exception:
            pass

    def _attrs(self):
        a = self._app.fonts.fonts.get(self.name)
        if a is None:
            raise TclError('named font "%s" doesn\'t exist' % self.name)
        return a

    def _set(self, attrs):
        self._app.fonts.fonts[self.name] = attrs
        for w in list(self._app.widgets.values()):
            w._font_changed(self.name)
        self._app.metrics_cache.clear()

    def copy(self):
        """Return a distinct copy of the current font."""
        return Font(self._tk and self._app.root, **self.actual())

    def actual(self, option=None, displayof=None):
        """Return actual font attributes."""
        a = dict(self._attrs())
        if not a["family"]:
            a["family"] = "sans-serif"
        if a["size"] == 0:
            a["size"] = _fonts.DEFAULT_POINTS
        elif a["size"] < 0:
            a["size"] = int(round(-a["size"] / _fonts.PX_PER_PT))
        if option:
            return a[option.lstrip("-")]
        return a

    def cget(self, option):
        """Get font attribute."""
        key = option.lstrip("-")
        a = self._attrs()
        if key not in a:
            raise TclError('bad option "-%s": must be -family, -size, -weight, -slant, -underline, or '
                           '-overstrike' % key)
        return a[key]

    def config(self, **options):
        """Modify font attributes."""
        if options:
            a = dict(self._attrs())
            for k, v in options.items():
                _fonts.set_attr(a, k, v)
            self._set(a)
            return None
        return dict(self._attrs())

    configure = config

    def _strict(self):
        return _fonts.strict_attrs(self._attrs())

    def measure(self, text, displayof=None):
        """Return text width."""
        return self._app.measure(self._strict(), _tcl.tcl_str(text))

    def metrics(self, *options, **kw):
        """Return font metrics (ascent, descent, linespace, fixed); one value if one option is named."""
        m = self._app.metrics(self._strict())
        m = {"ascent": m["ascent"], "descent": m["descent"], "linespace": m["linespace"], "fixed": int(m["fixed"])}
        if options:
            key = options[0].lstrip("-")
            if key not in m:
                raise TclError('bad metric "-%s": must be -ascent, -descent, -linespace, or -fixed' % key)
            return m[key]
        return m


FAMILIES = ("sans-serif", "serif", "monospace", "cursive", "fantasy", "Arial", "Helvetica", "Times",
            "Times New Roman", "Courier", "Courier New", "Verdana", "Georgia", "Trebuchet MS", "Comic Sans MS",
            "Impact", "DejaVu Sans", "DejaVu Sans Mono", "DejaVu Serif", "Liberation Sans", "Liberation Serif",
            "Liberation Mono")


def families(root=None, displayof=None):
    """Get font families (as a tuple)."""
    _app_of(root, "use font.families()")
    return FAMILIES


def names(root=None):
    """Get names of defined fonts (as a tuple)."""
    return tuple(_app_of(root, "use font.names()").fonts.fonts)


del tkinter
