"""Turtle shapes: polygons, compound shapes and images, and the built-in ones."""
import itertools
import math
import os
import struct

from ._errors import TurtleGraphicsError

_image_ids = itertools.count(1)


class Image:
    """An image read from Python's file system (GIF or PNG), sent to the panel once as an ``image`` op.

    Plays the part of Tk's PhotoImage: ``width()`` and ``height()`` answer as Tk's do.
    """

    def __init__(self, data=b"", fmt="gif", width=0, height=0, name=None):
        self.id = next(_image_ids)
        self.data = data
        self.format = fmt
        self._width = width
        self._height = height
        self.name = name
        self.blank = not data

    def width(self):
        return self._width

    def height(self):
        return self._height

    def __repr__(self):
        return f"<turtle image {self.name or self.id} {self._width}x{self._height}>"


def blank_image():
    return Image(b"", "gif", 1, 1, "blank")


def _size(data):
    """``(format, width, height)`` of GIF or PNG file bytes; None for anything else."""
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        w, h = struct.unpack("<HH", data[6:10])
        return "gif", w, h
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24 and data[12:16] == b"IHDR":
        w, h = struct.unpack(">II", data[16:24])
        return "png", w, h
    return None


def load_image(filename):
    """Reads an image file as Tk's PhotoImage(file=...) would; TurtleGraphicsError with Tk's message if it can't."""
    name = os.fspath(filename)
    try:
        with open(name, "rb") as f:
            data = f.read()
    except OSError:
        raise TurtleGraphicsError(f'couldn\'t open "{name}": no such file or directory') from None
    info = _size(data)
    if info is None:
        raise TurtleGraphicsError(f'couldn\'t recognize data in image file "{name}"')
    fmt, w, h = info
    return Image(data, fmt, w, h, name)


class Shape(object):
    """Data structure modeling shapes.

    attribute _type is one of "polygon", "image", "compound"
    attribute _data is - depending on _type a poygon-tuple,
    an image or a list constructed using the addcomponent method.
    """

    def __init__(self, type_, data=None):
        self._type = type_
        if type_ == "polygon":
            if isinstance(data, list):
                data = tuple(data)
        elif type_ == "image":
            if isinstance(data, (str, os.PathLike)):
                data = load_image(data)
        elif type_ == "compound":
            data = []
        else:
            raise TurtleGraphicsError("There is no shape type %s" % type_)
        self._data = data

    def addcomponent(self, poly, fill, outline=None):
        """Add component to a shape of type compound.

        Arguments: poly is a polygon, i. e. a tuple of number pairs.
        fill is the fillcolor of the component,
        outline is the outline color of the component.

        call (for a Shapeobject namend s):
        --   s.addcomponent(((0,0), (10,10), (-10,10)), "red", "blue")

        Example:
        >>> poly = ((0,0),(10,-5),(0,10),(-10,-5))
        >>> s = Shape("compound")
        >>> s.addcomponent(poly, "red", "blue")
        >>> # .. add more components and then use register_shape()
        """
        if self._type != "compound":
            raise TurtleGraphicsError("Cannot add component to %s Shape" % self._type)
        if outline is None:
            outline = fill
        self._data.append([poly, fill, outline])


def builtin_shapes():
    """The shapes every screen starts with (the same polygons as CPython's)."""
    circle = ((10, 0), (9.51, 3.09), (8.09, 5.88), (5.88, 8.09), (3.09, 9.51), (0, 10), (-3.09, 9.51),
              (-5.88, 8.09), (-8.09, 5.88), (-9.51, 3.09), (-10, 0), (-9.51, -3.09), (-8.09, -5.88),
              (-5.88, -8.09), (-3.09, -9.51), (-0.00, -10.00), (3.09, -9.51), (5.88, -8.09), (8.09, -5.88),
              (9.51, -3.09))
    turtle = ((0, 16), (-2, 14), (-1, 10), (-4, 7), (-7, 9), (-9, 8), (-6, 5), (-7, 1), (-5, -3), (-8, -6),
              (-6, -8), (-4, -5), (0, -7), (4, -5), (6, -8), (8, -6), (5, -3), (7, 1), (6, 5), (9, 8), (7, 9),
              (4, 7), (1, 10), (2, 14))
    return {
        "arrow": Shape("polygon", ((-10, 0), (10, 0), (0, 10))),
        "turtle": Shape("polygon", turtle),
        "circle": Shape("polygon", circle),
        "square": Shape("polygon", ((10, -10), (10, 10), (-10, 10), (-10, -10))),
        "triangle": Shape("polygon", ((10, -5.77), (0, 11.55), (-10, -5.77))),
        "classic": Shape("polygon", ((0, 0), (-5, -9), (0, -7), (5, -9))),
        "blank": Shape("image", blank_image()),
    }


# ---- shape geometry (pure) ----

def shapetrafo(stretchfactor, shearfactor, tilt):
    """The 2x2 matrix (t11, t12, t21, t22) of a stretch, a shear and a tilt (radians)."""
    scx, scy = stretchfactor
    sa, ca = math.sin(tilt), math.cos(tilt)
    return (scx * ca, scy * (shearfactor * ca + sa), -scx * sa, scy * (ca - shearfactor * sa))


def transform(polygon, matrix):
    t11, t12, t21, t22 = matrix
    return tuple((t11 * x + t12 * y, t21 * x + t22 * y) for (x, y) in polygon)


def place(polygon, position, orient, xscale, yscale):
    """Shape coordinates (x along the turtle's left, y along its heading) -> world coordinates at ``position``.

    The heading is corrected for unequal world scales, as Tk's turtle does, so shapes keep their pixel size."""
    p0, p1 = position
    e0, e1 = orient[0], orient[1] * yscale / xscale
    inv = 1.0 / math.hypot(e0, e1)
    e0, e1 = inv * e0, inv * e1
    return [(p0 + (e1 * x + e0 * y) / xscale, p1 + (-e0 * x + e1 * y) / yscale) for (x, y) in polygon]
