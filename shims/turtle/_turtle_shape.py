"""``RawTurtle`` methods about the turtle's shape: choosing, stretching, shearing and tilting it, drawing it,
and stamping it (these functions are methods of RawTurtle, defined here to keep files short)."""
import math

from . import _shapes
from ._errors import TurtleGraphicsError

_HIDDEN = ((0, 0), (0, 0), (0, 0))


def shape(self, name=None):
    """Set turtle shape to shape with given name / return current shapename.

    Optional argument:
    name -- a string, which is a valid shapename

    Set turtle shape to shape with given name or, if name is not given,
    return name of current shape.
    Shape with name must exist in the TurtleScreen's shape dictionary.
    Initially there are the following polygon shapes:
    'arrow', 'turtle', 'circle', 'square', 'triangle', 'classic'.
    To learn about how to deal with shapes see Screen-method register_shape.

    Example (for a Turtle instance named turtle):
    >>> turtle.shape()
    'arrow'
    >>> turtle.shape("turtle")
    >>> turtle.shape()
    'turtle'
    """
    if name is None:
        return self.turtle.shapeIndex
    if name not in self.screen.getshapes():
        raise TurtleGraphicsError("There is no shape named %s" % name)
    self.turtle._setshape(name)
    self._update()


def shapesize(self, stretch_wid=None, stretch_len=None, outline=None):
    """Set/return turtle's stretchfactors/outline. Set resizemode to "user".

    Optional arguments:
       stretch_wid : positive number
       stretch_len : positive number
       outline  : positive number

    Return or set the pen's attributes x/y-stretchfactors and/or outline.
    Set resizemode to "user".
    If and only if resizemode is set to "user", the turtle will be displayed
    stretched according to its stretchfactors:
    stretch_wid is stretchfactor perpendicular to orientation
    stretch_len is stretchfactor in direction of turtles orientation.
    outline determines the width of the shapes's outline.

    Examples (for a Turtle instance named turtle):
    >>> turtle.resizemode("user")
    >>> turtle.shapesize(5, 5, 12)
    >>> turtle.shapesize(outline=8)
    """
    if stretch_wid is stretch_len is outline is None:
        stretch_wid, stretch_len = self._stretchfactor
        return stretch_wid, stretch_len, self._outlinewidth
    if stretch_wid == 0 or stretch_len == 0:
        raise TurtleGraphicsError("stretch_wid/stretch_len must not be zero")
    if stretch_wid is not None:
        stretchfactor = (stretch_wid, stretch_wid) if stretch_len is None else (stretch_wid, stretch_len)
    elif stretch_len is not None:
        stretchfactor = self._stretchfactor[0], stretch_len
    else:
        stretchfactor = self._stretchfactor
    if outline is None:
        outline = self._outlinewidth
    self.pen(resizemode="user", stretchfactor=stretchfactor, outline=outline)


def shearfactor(self, shear=None):
    """Set or return the current shearfactor.

    Optional argument: shear -- number, tangent of the shear angle

    Shear the turtleshape according to the given shearfactor shear,
    which is the tangent of the shear angle. DO NOT change the
    turtle's heading (direction of movement).
    If shear is not given: return the current shearfactor, i. e. the
    tangent of the shear angle, by which lines parallel to the
    heading of the turtle are sheared.

    Examples (for a Turtle instance named turtle):
    >>> turtle.shape("circle")
    >>> turtle.shapesize(5,2)
    >>> turtle.shearfactor(0.5)
    >>> turtle.shearfactor()
    >>> 0.5
    """
    if shear is None:
        return self._shearfactor
    self.pen(resizemode="user", shearfactor=shear)


def tiltangle(self, angle=None):
    """Set or return the current tilt-angle.

    Optional argument: angle -- number

    Rotate the turtleshape to point in the direction specified by angle,
    regardless of its current tilt-angle. DO NOT change the turtle's
    heading (direction of movement).
    If angle is not given: return the current tilt-angle, i. e. the angle
    between the orientation of the turtleshape and the heading of the
    turtle (its direction of movement).

    Examples (for a Turtle instance named turtle):
    >>> turtle.shape("circle")
    >>> turtle.shapesize(5, 2)
    >>> turtle.tiltangle()
    0.0
    >>> turtle.tiltangle(45)
    >>> turtle.tiltangle()
    45.0
    >>> turtle.stamp()
    >>> turtle.fd(50)
    >>> turtle.tiltangle(-45)
    >>> turtle.tiltangle()
    315.0
    >>> turtle.stamp()
    >>> turtle.fd(50)
    """
    if angle is None:
        tilt = -math.degrees(self._tilt) * self._angleOrient
        return (tilt / self._degreesPerAU) % self._fullcircle
    tilt = -angle * self._degreesPerAU * self._angleOrient
    tilt = math.radians(tilt) % math.tau
    self.pen(resizemode="user", tilt=tilt)


def tilt(self, angle):
    """Rotate the turtleshape by angle.

    Argument:
    angle - a number

    Rotate the turtleshape by angle from its current tilt-angle,
    but do NOT change the turtle's heading (direction of movement).

    Examples (for a Turtle instance named turtle):
    >>> turtle.shape("circle")
    >>> turtle.shapesize(5,2)
    >>> turtle.tilt(30)
    >>> turtle.fd(50)
    >>> turtle.tilt(30)
    >>> turtle.fd(50)
    """
    self.tiltangle(angle + self.tiltangle())


def shapetransform(self, t11=None, t12=None, t21=None, t22=None):
    """Set or return the current transformation matrix of the turtle shape.

    Optional arguments: t11, t12, t21, t22 -- numbers.

    If none of the matrix elements are given, return the transformation
    matrix.
    Otherwise set the given elements and transform the turtleshape
    according to the matrix consisting of first row t11, t12 and
    second row t21, 22.
    Modify stretchfactor, shearfactor and tiltangle according to the
    given matrix.

    Examples (for a Turtle instance named turtle):
    >>> turtle.shape("square")
    >>> turtle.shapesize(4,2)
    >>> turtle.shearfactor(-0.5)
    >>> turtle.shapetransform()
    (4.0, -1.0, -0.0, 2.0)
    """
    if t11 is t12 is t21 is t22 is None:
        return self._shapetrafo
    m11, m12, m21, m22 = self._shapetrafo
    if t11 is not None:
        m11 = t11
    if t12 is not None:
        m12 = t12
    if t21 is not None:
        m21 = t21
    if t22 is not None:
        m22 = t22
    if t11 * t22 - t12 * t21 == 0:
        raise TurtleGraphicsError("Bad shape transform matrix: must not be singular")
    self._shapetrafo = (m11, m12, m21, m22)
    # decompose the matrix into tilt, stretch and shear
    alfa = math.atan2(-m21, m11) % math.tau
    sa, ca = math.sin(alfa), math.cos(alfa)
    a11, a12, a21, a22 = (ca * m11 - sa * m21, ca * m12 - sa * m22,
                          sa * m11 + ca * m21, sa * m12 + ca * m22)
    self._stretchfactor = a11, a22
    self._shearfactor = a12 / a22
    self._tilt = alfa
    self.pen(resizemode="user")


def _polytrafo(self, poly):
    """Computes transformed polygon shapes from a shape
    according to current position and heading.
    """
    screen = self.screen
    return _shapes.place(poly, self._position, self._orient, screen.xscale, screen.yscale)


def get_shapepoly(self):
    """Return the current shape polygon as tuple of coordinate pairs.

    No argument.

    Examples (for a Turtle instance named turtle):
    >>> turtle.shape("square")
    >>> turtle.shapetransform(4, -1, 0, 2)
    >>> turtle.get_shapepoly()
    ((50, -20), (30, 20), (-50, 20), (-30, -20))

    """
    shape = self.screen._shapes[self.turtle.shapeIndex]
    if shape._type == "polygon":
        return self._getshapepoly(shape._data, shape._type == "compound")
    # else return None


def _getshapepoly(self, polygon, compound=False):
    """Calculate transformed shape polygon according to resizemode
    and shapetransform.
    """
    if self._resizemode == "user" or compound:
        matrix = self._shapetrafo
    elif self._resizemode == "auto":
        k = max(1, self._pensize / 5.0)
        matrix = (k, 0, 0, k)
    elif self._resizemode == "noresize":
        return polygon
    return _shapes.transform(polygon, matrix)


def _outline(self):
    if self._resizemode == "noresize":
        return 1
    if self._resizemode == "auto":
        return self._pensize
    return self._outlinewidth


def _drawturtle(self):
    """Manages the correct rendering of the turtle with respect to
    its shape, resizemode, stretch and tilt etc."""
    screen = self.screen
    shape = screen._shapes[self.turtle.shapeIndex]
    ttype = shape._type
    titem = self.turtle._item
    if self._shown and screen._updatecounter == 0 and screen._tracing > 0:
        self._hidden_from_screen = False
        tshape = shape._data
        if ttype == "polygon":
            poly = self._polytrafo(self._getshapepoly(tshape))
            screen._drawpoly(titem, poly, fill=self._fillcolor, outline=self._pencolor, width=_outline(self),
                             top=True)
        elif ttype == "image":
            screen._drawimage(titem, self._position, tshape)
        elif ttype == "compound":
            for item, (poly, fc, oc) in zip(titem, tshape):
                poly = self._polytrafo(self._getshapepoly(poly, True))
                screen._drawpoly(item, poly, fill=self._cc(fc), outline=self._cc(oc), width=self._outlinewidth,
                                 top=True)
    else:
        if self._hidden_from_screen:
            return
        if ttype == "polygon":
            screen._drawpoly(titem, _HIDDEN, "", "")
        elif ttype == "image":
            screen._drawimage(titem, self._position, screen._shapes["blank"]._data)
        elif ttype == "compound":
            for item in titem:
                screen._drawpoly(item, _HIDDEN, "", "")
        self._hidden_from_screen = True


def stamp(self):
    """Stamp a copy of the turtleshape onto the canvas and return its id.

    No argument.

    Stamp a copy of the turtle shape onto the canvas at the current
    turtle position. Return a stamp_id for that stamp, which can be
    used to delete it by calling clearstamp(stamp_id).

    Example (for a Turtle instance named turtle):
    >>> turtle.color("blue")
    >>> turtle.stamp()
    13
    >>> turtle.fd(50)
    """
    screen = self.screen
    shape = screen._shapes[self.turtle.shapeIndex]
    ttype = shape._type
    tshape = shape._data
    if ttype == "polygon":
        stitem = screen._createpoly()
        poly = self._polytrafo(self._getshapepoly(tshape))
        screen._drawpoly(stitem, poly, fill=self._fillcolor, outline=self._pencolor, width=_outline(self),
                         top=True)
    elif ttype == "image":
        stitem = screen._createimage("")
        screen._drawimage(stitem, self._position, tshape)
    elif ttype == "compound":
        stitem = tuple(screen._createpoly() for _ in tshape)
        for item, (poly, fc, oc) in zip(stitem, tshape):
            poly = self._polytrafo(self._getshapepoly(poly, True))
            screen._drawpoly(item, poly, fill=self._cc(fc), outline=self._cc(oc), width=self._outlinewidth,
                             top=True)
    self.stampItems.append(stitem)
    self.undobuffer.push(("stamp", stitem))
    return stitem


def _clearstamp(self, stampid):
    """does the work for clearstamp() and clearstamps()
    """
    if stampid in self.stampItems:
        if isinstance(stampid, tuple):
            for subitem in stampid:
                self.screen._delete(subitem)
        else:
            self.screen._delete(stampid)
        self.stampItems.remove(stampid)
    # Delete stampitem from undobuffer if necessary
    # if clearstamp is called directly.
    item = ("stamp", stampid)
    buf = self.undobuffer
    if item not in buf.buffer:
        return
    buf.remove(item)


def clearstamp(self, stampid):
    """Delete stamp with given stampid

    Argument:
    stampid - an integer, must be return value of previous stamp() call.

    Example (for a Turtle instance named turtle):
    >>> turtle.color("blue")
    >>> astamp = turtle.stamp()
    >>> turtle.fd(50)
    >>> turtle.clearstamp(astamp)
    """
    self._clearstamp(stampid)
    self._update()


def clearstamps(self, n=None):
    """Delete all or first/last n of turtle's stamps.

    Optional argument:
    n -- an integer

    If n is None, delete all of pen's stamps,
    else if n > 0 delete first n stamps
    else if n < 0 delete last n stamps.

    Example (for a Turtle instance named turtle):
    >>> for i in range(8):
    ...     turtle.stamp(); turtle.fd(30)
    ...
    >>> turtle.clearstamps(2)
    >>> turtle.clearstamps(-2)
    >>> turtle.clearstamps()
    """
    if n is None:
        to_delete = self.stampItems[:]
    elif n >= 0:
        to_delete = self.stampItems[:n]
    else:
        to_delete = self.stampItems[n:]
    for item in to_delete:
        self._clearstamp(item)
    self._update()
