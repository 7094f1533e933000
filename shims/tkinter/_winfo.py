"""``winfo_*``: what Tk knows about windows. Names and the tree are Python's; sizes and positions are the
renderer's, asked for once after each change (``App.layout``); screen distances and colours are computed here."""
from . import _options, _tcl
from ._tcl import TclError


class Winfo:
    """The ``winfo_*`` methods of ``Misc``."""

    def _geo(self):
        return self._app.geometry_of(self)

    def winfo_children(self):
        return [c for c in self.children.values() if c._w in self._app.widgets]

    def winfo_class(self):
        return self._class

    def winfo_exists(self):
        return int(self._w in self._app.widgets)

    def winfo_width(self):
        return self._geo()[2]

    def winfo_height(self):
        return self._geo()[3]

    def winfo_x(self):
        return self._geo()[0]

    def winfo_y(self):
        return self._geo()[1]

    def winfo_reqwidth(self):
        return self._geo()[4]

    def winfo_reqheight(self):
        return self._geo()[5]

    def winfo_rootx(self):
        return self._geo()[6]

    def winfo_rooty(self):
        return self._geo()[7]

    def winfo_ismapped(self):
        return int(bool(self._geo()[8]))

    def winfo_viewable(self):
        w = self
        while w is not None:
            if not w.winfo_ismapped():
                return 0
            w = w.master
        return 1

    def winfo_geometry(self):
        x, y, w, h = self._geo()[:4]
        return "%dx%d+%d+%d" % (w, h, x, y)

    def winfo_manager(self):
        return self._manager or ""

    _manager = None

    def winfo_name(self):
        return self._name

    def winfo_parent(self):
        return self.master._w if self.master is not None else ""

    def winfo_pathname(self, id, displayof=0):
        for w in self._app.widgets.values():
            if w._handle == _tcl.getint(id):
                return w._w
        raise TclError('window id "%s" doesn\'t exist in this application' % id)

    def winfo_id(self):
        return self._handle

    def winfo_toplevel(self):
        w = self
        while w.master is not None and not w._is_toplevel:
            w = w.master
        return w

    _is_toplevel = False

    def winfo_screenwidth(self):
        return self._app.layout()[1][0]

    def winfo_screenheight(self):
        return self._app.layout()[1][1]

    def winfo_screenmmwidth(self):
        return int(round(self.winfo_screenwidth() / _options.PIXELS_PER_MM))

    def winfo_screenmmheight(self):
        return int(round(self.winfo_screenheight() / _options.PIXELS_PER_MM))

    def winfo_pointerxy(self):
        return self._app.layout()[2]

    def winfo_pointerx(self):
        return self.winfo_pointerxy()[0]

    def winfo_pointery(self):
        return self.winfo_pointerxy()[1]

    def winfo_containing(self, rootX, rootY, displayof=0):
        best = None
        for w in self._app.widgets.values():
            x, y, wd, ht, _, _, rx, ry, mapped = w._geo()
            if mapped and rx <= rootX < rx + wd and ry <= rootY < ry + ht:
                best = w
        return best

    def winfo_pixels(self, number):
        return _options.pixels(number)

    def winfo_fpixels(self, number):
        return _options.fpixels(number)

    def winfo_rgb(self, color):
        return _options._colors.rgb16(color)

    def winfo_depth(self):
        return 24

    def winfo_screendepth(self):
        return 24

    def winfo_cells(self):
        return 256

    def winfo_screencells(self):
        return 256

    def winfo_visual(self):
        return "truecolor"

    winfo_screenvisual = winfo_visual

    def winfo_server(self):
        return "Pyroom"

    def winfo_screen(self):
        return ":0.0"

    def winfo_interps(self, displayof=0):
        return ("tk",)

    def winfo_atom(self, name, displayof=0):
        return abs(hash(name)) % 100000

    def winfo_vrootwidth(self):
        return self.winfo_screenwidth()

    def winfo_vrootheight(self):
        return self.winfo_screenheight()

    def winfo_vrootx(self):
        return 0

    def winfo_vrooty(self):
        return 0
