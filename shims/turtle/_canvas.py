"""The canvas layer: what Tk's canvas does for CPython's turtle, done with ops sent to a backend.

:class:`ScrolledCanvas` is the drawing area (its size, scroll region, background, item ids and backend).
:class:`TurtleScreenBase` gives the turtle code Tk-canvas-like primitives (create and configure lines and polygons,
text, images, delete, raise) in world coordinates, and sends each change as the smallest op that makes it (a
line that grows by one point costs one ``extend``; an unchanged item costs nothing).
"""
import itertools
import math

from . import _backend, _colors, _ops, _text
from ._errors import TurtleGraphicsError
from ._ops import make
from ._shapes import Image, load_image
from ._loop import EventLoop


_item_ids = itertools.count(1)  # item ids are unique for the whole session, across screens and runs


class ScrolledCanvas:
    """The canvas turtles draw on: ``canvwidth`` x ``canvheight`` pixels, shown in a window of ``width`` x
    ``height`` pixels (scrollable where the canvas is larger). Stands in for CPython's Tk-based class."""

    def __init__(self, master=None, width=500, height=350, canvwidth=600, canvheight=500):
        self.master = master
        self.width, self.height = width, height
        self.canvwidth, self.canvheight = canvwidth, canvheight
        self.bg = "white"
        self.scrollregion = (-canvwidth // 2, -canvheight // 2, canvwidth // 2, canvheight // 2)
        self.backend = _backend.make()
        self._sent_images = set()
        self._changed = False

    def send(self, op):
        """Sends one strict op to the backend."""
        self.backend.send(op)
        self._changed = True

    def frame(self):
        """Marks a frame if anything changed since the last one, and makes the backend send what it holds."""
        if self._changed:
            self.backend.send(make("frame"))
            self._changed = False
        self.backend.flush()

    def new_id(self):
        return next(_item_ids)

    def reset(self, canvwidth=None, canvheight=None, bg=None):
        """Adjust canvas and scrollbars according to given canvas size."""
        if canvwidth:
            self.canvwidth = canvwidth
        if canvheight:
            self.canvheight = canvheight
        if bg:
            self.bg = bg
        self.scrollregion = (-self.canvwidth // 2, -self.canvheight // 2, self.canvwidth // 2, self.canvheight // 2)

    def winfo_width(self):
        return int(self.width)

    def winfo_height(self):
        return int(self.height)

    def postscript(self, file=None, **options):
        """The drawing as Encapsulated PostScript, like Tk's ``canvas.postscript``; written to ``file`` if given."""
        from ._export import postscript
        text = postscript(self.backend.scene)
        if file is not None:
            with open(file, "w") as f:
                f.write(text)
        return text


Canvas = ScrolledCanvas


def _digits(scale):
    """Decimals that keep world coordinates to a thousandth of a canvas pixel (and the ops short)."""
    return max(0, 3 + math.ceil(math.log10(scale))) if scale > 0 else 3


class TurtleScreenBase(EventLoop):
    """Provide the basic graphics functionality.
       Interface between the canvas (ops to a backend) and turtle.py.
    """

    def _blankimage(self):
        """return a blank image object
        """
        return Image(b"", "gif", 1, 1, "blank")

    def _image(self, filename):
        """return an image object containing the
        imagedata from an image file named filename.
        """
        return load_image(filename)

    def __init__(self, cv):
        self.cv = cv
        self.canvwidth = cv.canvwidth
        self.canvheight = cv.canvheight
        self.xscale = self.yscale = 1.0
        EventLoop.__init__(self)
        self._send_canvas()

    # ---- ops ----

    def _send(self, kind, **fields):
        try:
            op = make(kind, **fields)
        except _ops.OpError as e:  # a value from the program that Tk would refuse (a font, a colour...)
            raise TurtleGraphicsError(str(e)) from None
        self.cv.send(op)

    @property
    def _scene(self):
        return self.cv.backend.scene

    def _pts(self, coordlist):
        dx, dy = self._round
        return [[round(float(x), dx), round(float(y), dy)] for x, y in coordlist]

    def _send_canvas(self):
        self._round = (_digits(abs(self.xscale)), _digits(abs(self.yscale)))
        self._send("canvas", width=self.cv.canvwidth, height=self.cv.canvheight, xscale=self.xscale,
                   yscale=self.yscale, region=self.cv.scrollregion)

    def _image_id(self, image):
        """The id of an image for the ops (sending the image first if needed); None for no image."""
        if not isinstance(image, Image) or image.blank:
            return None
        if image.id not in self.cv._sent_images:
            self.cv.send(_ops.image_op(image.id, image.format, image.width(), image.height(), image.data))
            self.cv._sent_images.add(image.id)
        return image.id

    def _raise(self, item):
        if self._scene.top() != item:
            self._send("raise", id=item)

    # ---- Tk canvas primitives ----

    def _createpoly(self):
        """Create an invisible polygon item on canvas self.cv)
        """
        item = self.cv.new_id()
        self._send("poly", id=item, points=[[0.0, 0.0]] * 3, fill=None, outline=None, width=1.0)
        return item

    def _drawpoly(self, polyitem, coordlist, fill=None, outline=None, width=None, top=False):
        """Configure polygonitem polyitem according to provided
        arguments:
        coordlist is sequence of coordinates
        fill is filling color
        outline is outline color
        top is a boolean value, which specifies if polyitem
        will be put on top of the canvas' displaylist so it
        will not be covered by other items.
        """
        cur = self._scene.items.get(polyitem)
        if cur is not None:
            new = {
                "points": self._pts(coordlist),
                "fill": cur["fill"] if fill is None else _ops._opt_color(fill),
                "outline": cur["outline"] if outline is None else _ops._opt_color(outline),
                "width": cur["width"] if width is None else float(width),
            }
            if any(cur[k] != v for k, v in new.items()):
                self._send("poly", id=polyitem, **new)
            if top:
                self._raise(polyitem)

    def _createline(self):
        """Create an invisible line item on canvas self.cv)
        """
        item = self.cv.new_id()
        self._send("line", id=item, points=[], color=None, width=2.0)
        return item

    def _drawline(self, lineitem, coordlist=None, fill=None, width=None, top=False):
        """Configure lineitem according to provided arguments:
        coordlist is sequence of coordinates
        fill is drawing color
        width is width of drawn line.
        top is a boolean value, which specifies if polyitem
        will be put on top of the canvas' displaylist so it
        will not be covered by other items.
        """
        cur = self._scene.items.get(lineitem)
        if cur is None:
            return
        color = _ops._opt_color(fill) if fill is not None else cur["color"]
        w = float(width) if width is not None else cur["width"] if cur["kind"] == "line" else cur["size"]
        if coordlist is not None and cur["kind"] == "line" and cur["color"] == color and cur["width"] == w:
            # the common cases, without converting the whole list: the line grew, or did not change
            old = cur["points"]
            n, m = len(old), len(coordlist)
            if m > n >= 2 and self._pts(coordlist[n - 1:n]) == old[-1:]:
                self._send("extend", id=lineitem, points=self._pts(coordlist[n:]))
                coordlist = None
            elif m == n >= 2 and self._pts((coordlist[0], coordlist[-1])) == [old[0], old[-1]]:
                coordlist = None
            if coordlist is None:
                if top:
                    self._raise(lineitem)
                return
        if coordlist is None:
            pts = cur["points"] if cur["kind"] == "line" else [[cur["x"], cur["y"]]] * 2
        else:
            pts = self._pts(coordlist)
        self._set_line(lineitem, cur, pts, color, w)
        if top:
            self._raise(lineitem)

    def _set_line(self, item, cur, pts, color, width):
        if len(pts) >= 2 and all(p == pts[0] for p in pts):
            x, y = pts[0]
            if cur["kind"] != "dot" or (cur["x"], cur["y"], cur["size"], cur["color"]) != (x, y, width, color):
                self._send("dot", id=item, x=x, y=y, size=width, color=color)
            return
        if cur["kind"] == "line" and cur["color"] == color and cur["width"] == width:
            old = cur["points"]
            n, m = len(old), len(pts)
            if m > n and (n == 0 or pts[n - 1] == old[-1]) and n >= 2:
                self._send("extend", id=item, points=pts[n:])
                return
            if m < n and m >= 2 and pts[-1] == old[m - 1]:
                self._send("truncate", id=item, length=m)
                return
            if m == n and (n == 0 or pts[-1] == old[-1]) and (n < 2 or pts[0] == old[0]):
                return
        self._send("line", id=item, points=pts, color=color, width=width)

    def _delete(self, item):
        """Delete graphics item from canvas.
        If item is"all" delete all graphics items.
        """
        if item == "all":
            self._send("clear")
        elif item in self._scene.items:
            self._send("delete", ids=[item])

    def _iscolorstring(self, color):
        """Check if the string color is a legal Tk color string.
        """
        return _colors.is_color(color)

    def _bgcolor(self, color=None):
        """Set canvas' backgroundcolor if color is not None,
        else return backgroundcolor."""
        if color is not None:
            self.cv.bg = color
            self._send("bgcolor", color=color)
            self._update()
        else:
            return self.cv.bg

    def _write(self, pos, txt, align, font, pencolor):
        """Write txt at pos in canvas with specified font
        and color.
        Return text item and x-coord of right bottom corner
        of text's bounding box."""
        x, y = pos
        anchor = {"left": "sw", "center": "s", "right": "se"}[align]
        try:
            strict = _ops.font_from_tk(font)
        except _ops.OpError as e:
            raise TurtleGraphicsError(str(e)) from None
        item = self.cv.new_id()
        cx = x * self.xscale - 1  # Tk places the text one pixel left of the turtle
        (tx, ty), = self._pts([(cx / self.xscale, y)])
        self._send("text", id=item, x=tx, y=ty, text=txt, color=pencolor, anchor=anchor, font=strict)
        width, _ = _text.extent(txt, strict)
        left = {"sw": cx, "s": cx - width // 2, "se": cx - width}[anchor]
        return item, left + width

    def _createimage(self, image):
        """Create and return image item on canvas.
        """
        item = self.cv.new_id()
        self._send("picture", id=item, x=0.0, y=0.0, image=self._image_id(image))
        return item

    def _drawimage(self, item, pos, image):
        """Configure image item as to draw image object
        at position (x,y) on canvas)
        """
        (x, y), = self._pts([pos])
        cur = self._scene.items.get(item)
        image_id = self._image_id(image)
        if cur is not None and (cur["x"], cur["y"], cur["image"]) != (x, y, image_id):
            self._send("picture", id=item, x=x, y=y, image=image_id)

    def _setbgpic(self, image):
        """Set the background picture (drawn at the centre of the canvas, below everything)."""
        self._send("bgpic", image=self._image_id(image))

    def _type(self, item):
        """Return 'line' or 'polygon' or 'image' depending on
        type of item.
        """
        cur = self._scene.items.get(item)
        if cur is None:
            return None
        return {"line": "line", "dot": "line", "poly": "polygon", "picture": "image", "text": "text"}[cur["kind"]]

    def _pointlist(self, item):
        """returns list of coordinate-pairs of points of item
        """
        cur = self._scene.items[item]
        if cur["kind"] == "dot":
            return [(cur["x"], cur["y"])] * 2
        if cur["kind"] == "line" and not cur["points"]:
            return [(0, 0), (0, 0)]
        return [tuple(p) for p in cur["points"]]

    def _setscrollregion(self, srx1, sry1, srx2, sry2):
        self.cv.scrollregion = (srx1, sry1, srx2, sry2)

    def _rescale(self, xscalefactor, yscalefactor):
        """Items keep their world coordinates; the new scales go out with the canvas op."""
        self._send_canvas()

    def _resize(self, canvwidth=None, canvheight=None, bg=None):
        """Resize the canvas the turtles are drawing on. Does
        not alter the drawing window.
        """
        if canvwidth is canvheight is bg is None:
            return self.cv.canvwidth, self.cv.canvheight
        if bg and not (isinstance(bg, str) and _colors.is_color(bg)):
            raise TurtleGraphicsError('unknown color name "%s"' % (bg,))
        if canvwidth is not None:
            self.canvwidth = canvwidth
        if canvheight is not None:
            self.canvheight = canvheight
        self.cv.reset(canvwidth, canvheight, bg)
        if bg:
            self._send("bgcolor", color=bg)
        self._send_canvas()

    def _window_size(self):
        """ Return the width and height of the turtle window.
        """
        return self.cv.winfo_width(), self.cv.winfo_height()

    # ---- the frame clock ----

    def _update(self):
        """Show the canvas now (a frame) and handle the input that came meanwhile, as Tk's ``update()``."""
        self.cv.frame()
        self._process(0.0)

    def _delay(self, delay):
        """Delay subsequent canvas actions for delay ms."""
        if delay > 0:
            self.cv.backend.sleep(delay / 1000)
