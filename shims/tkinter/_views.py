"""Scrolling: ``xview``/``yview`` of listboxes, texts, canvases and entries.

Only the renderer knows what is visible. Python asks it to scroll (``view``, ``scroll`` and ``see`` ops) and keeps
the visible fractions it reports back (``view`` events), calling the widget's ``xscrollcommand`` or
``yscrollcommand`` with them, as Tk does whenever the view changes.
"""
from . import _loop, _tcl
from ._tcl import TclError


class _View:
    _views = None

    def _view_state(self):
        if self._views is None:
            self._views = {"x": (0.0, 1.0), "y": (0.0, 1.0)}
        return self._views

    def _view(self, axis, args):
        if not args:
            return self._view_state()[axis]
        if len(args) == 1 and not isinstance(args[0], str) or (len(args) == 1 and args[0] not in ("moveto",
                                                                                                  "scroll")):
            self._view_index(axis, args[0])
            return None
        what = str(args[0])
        if what == "moveto":
            if len(args) != 2:
                raise TclError('wrong # args: should be "%s %sview moveto fraction"' % (self._w, axis))
            f = _tcl.parse_double(args[1])
            _loop.send("view", id=self._handle, axis=axis, fraction=min(1.0, max(0.0, f)))
            return None
        if what == "scroll":
            if len(args) != 3:
                raise TclError('wrong # args: should be "%s %sview scroll number pages|units"' % (self._w, axis))
            n = int(_tcl.parse_double(args[1]))
            unit = str(args[2])
            hits = [u for u in ("pages", "units") if u.startswith(unit)] if unit else []
            if len(hits) != 1:
                raise TclError('bad argument "%s": must be pages or units' % unit)
            _loop.send("scroll", id=self._handle, axis=axis, amount=n, unit=hits[0])
            return None
        raise TclError('unknown option "%s": must be moveto or scroll' % what)

    def _view_index(self, axis, index):
        raise TclError('unknown option "%s": must be moveto or scroll' % index)

    def _user_view(self, e):
        views = self._view_state()
        axis = e["axis"]
        views[axis] = (float(e["first"]), float(e["last"]))
        self._report_view(axis)

    def _report_view(self, axis):
        name = "xscrollcommand" if axis == "x" else "yscrollcommand"
        if name not in self._opts.table.rows:
            return
        cmd = self._opts.strict(name)
        if cmd:
            first, last = self._view_state()[axis]
            self._app.run_script(cmd, repr(first), repr(last))


class XView(_View):
    """Mix-in class for querying and changing the horizontal position of a widget's window."""

    def xview(self, *args):
        """Query and change the horizontal position of the view."""
        return self._view("x", args)

    def xview_moveto(self, fraction):
        """Adjusts the view in the window so that FRACTION of the total width of the canvas is off-screen to
        the left."""
        return self._view("x", ("moveto", fraction))

    def xview_scroll(self, number, what):
        """Shift the x-view according to NUMBER which is measured in "units" or "pages" (WHAT)."""
        return self._view("x", ("scroll", number, what))


class YView(_View):
    """Mix-in class for querying and changing the vertical position of a widget's window."""

    def yview(self, *args):
        """Query and change the vertical position of the view."""
        return self._view("y", args)

    def yview_moveto(self, fraction):
        """Adjusts the view in the window so that FRACTION of the total height of the canvas is off-screen to
        the top."""
        return self._view("y", ("moveto", fraction))

    def yview_scroll(self, number, what):
        """Shift the y-view according to NUMBER which is measured in "units" or "pages" (WHAT)."""
        return self._view("y", ("scroll", number, what))
