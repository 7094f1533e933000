"""``RawTurtle`` methods that draw: moving with the pen (animated), turning, lines, filling, dots, writing,
recording polygons, and undoing (these functions are methods of RawTurtle, defined here to keep files short)."""
from contextlib import contextmanager

from ._turtle_shape import _HIDDEN

MAX_LINE = 42  # points in one line item; longer paths continue in a new item, as in CPython


def _hops(self, diff):
    """The number of animation steps for a move of ``diff`` at this turtle's speed (1: no animation)."""
    screen = self.screen
    dist = ((diff[0] * screen.xscale) ** 2 + (diff[1] * screen.yscale) ** 2) ** 0.5
    return 1 + int(dist / (3 * (1.1 ** self._speed) * self._speed))


def _animate_line(self, start, end, drawing, pencolor, pensize):
    """Moves the turtle from start towards end in animation steps, drawing the growing segment."""
    screen = self.screen
    if not (self._speed and screen._tracing == 1):
        return
    diff = end - start
    nhops = _hops(self, diff)
    delta = diff * (1.0 / nhops)
    for n in range(1, nhops):
        self._position = start + delta * n
        if drawing:
            screen._drawline(self.drawingLineItem, (start, self._position), pencolor, pensize, n == 1)
        self._update()
    if drawing:
        screen._drawline(self.drawingLineItem, ((0, 0), (0, 0)), fill="", width=pensize)


def _goto(self, end):
    """Move the pen to the point end, thereby drawing a line
    if pen is down. All other methods for turtle movement depend
    on this one.
    """
    go_modes = (self._drawing, self._pencolor, self._pensize, isinstance(self._fillpath, list))
    screen = self.screen
    undo_entry = ("go", self._position, end, go_modes,
                  (self.currentLineItem, self.currentLine[:], screen._pointlist(self.currentLineItem),
                   len(self.items)))
    if self.undobuffer:
        self.undobuffer.push(undo_entry)
    _animate_line(self, self._position, end, self._drawing, self._pencolor, self._pensize)
    # Turtle now at end,
    if self._drawing:
        self.currentLine.append(end)
    if isinstance(self._fillpath, list):
        self._fillpath.append(end)
    self._position = end
    if self._creatingPoly:
        self._poly.append(end)
    if len(self.currentLine) > MAX_LINE:
        self._newLine()
    self._update()


def _undogoto(self, entry):
    """Reverse a _goto. Used for undo()
    """
    old, new, go_modes, coodata = entry
    drawing, pc, ps, filling = go_modes
    line_item, line, drawn, n_items = coodata
    screen = self.screen
    # restore the line as it was before the move
    self.currentLineItem = line_item
    self.currentLine = line
    screen._drawline(line_item, drawn, fill="" if drawn == [(0, 0), (0, 0)] else pc, width=ps)
    later = [i for i in self.items[n_items:] if screen._type(i) == "line"]
    for i in later:
        screen._delete(i)
        self.items.remove(i)
    _animate_line(self, new, old, drawing, pc, ps)
    # Turtle now at position old,
    self._position = old
    # if undo is done during creating a polygon, the last vertex
    # will be deleted. if the polygon is entirely deleted,
    # creatingPoly will be set to False.
    # Polygons created before the last one will not be affected by undo()
    if self._creatingPoly:
        if len(self._poly) > 0:
            self._poly.pop()
        if self._poly == []:
            self._creatingPoly = False
            self._poly = None
    if filling:
        if self._fillpath == []:
            self._fillpath = None
        elif self._fillpath is not None:
            self._fillpath.pop()
    self._update()


def _rotate(self, angle):
    """Turns pen clockwise by angle.
    """
    if self.undobuffer:
        self.undobuffer.push(("rot", angle, self._degreesPerAU))
    angle *= self._degreesPerAU
    neworient = self._orient.rotate(angle)
    if self.screen._tracing == 1 and self._speed > 0:
        anglevel = 3.0 * self._speed
        steps = 1 + int(abs(angle) / anglevel)
        delta = 1.0 * angle / steps
        for _ in range(steps):
            self._orient = self._orient.rotate(delta)
            self._update()
    self._orient = neworient
    self._update()


def _newLine(self, usePos=True):
    """Closes current line item and starts a new one.
       Remark: if current line became too long, animation
       performance (via _drawline) slowed down considerably.
    """
    if len(self.currentLine) > 1:
        self.screen._drawline(self.currentLineItem, self.currentLine, self._pencolor, self._pensize)
        self.currentLineItem = self.screen._createline()
        self.items.append(self.currentLineItem)
    else:
        self.screen._drawline(self.currentLineItem, top=True)
    self.currentLine = []
    if usePos:
        self.currentLine = [self._position]


def filling(self):
    """Return fillstate (True if filling, False else).

    No argument.

    Example (for a Turtle instance named turtle):
    >>> turtle.begin_fill()
    >>> if turtle.filling():
    ...     turtle.pensize(5)
    ... else:
    ...     turtle.pensize(3)
    """
    return isinstance(self._fillpath, list)


@contextmanager
def fill(self):
    """A context manager for filling a shape.

    Implicitly ensures the code block is wrapped with
    begin_fill() and end_fill().

    Example (for a Turtle instance named turtle):
    >>> turtle.color("black", "red")
    >>> with turtle.fill():
    ...     turtle.circle(60)
    """
    self.begin_fill()
    try:
        yield
    finally:
        self.end_fill()


def begin_fill(self):
    """Called just before drawing a shape to be filled.

    No argument.

    Example (for a Turtle instance named turtle):
    >>> turtle.color("black", "red")
    >>> turtle.begin_fill()
    >>> turtle.circle(60)
    >>> turtle.end_fill()
    """
    if not self.filling():
        self._fillitem = self.screen._createpoly()
        self.items.append(self._fillitem)
    self._fillpath = [self._position]
    self._newLine()
    if self.undobuffer:
        self.undobuffer.push(("beginfill", self._fillitem))
    self._update()


def end_fill(self):
    """Fill the shape drawn after the call begin_fill().

    No argument.

    Example (for a Turtle instance named turtle):
    >>> turtle.color("black", "red")
    >>> turtle.begin_fill()
    >>> turtle.circle(60)
    >>> turtle.end_fill()
    """
    if self.filling():
        if len(self._fillpath) > 2:
            self.screen._drawpoly(self._fillitem, self._fillpath, fill=self._fillcolor)
            if self.undobuffer:
                self.undobuffer.push(("dofill", self._fillitem))
        self._fillitem = self._fillpath = None
        self._update()


def dot(self, size=None, *color):
    """Draw a dot with diameter size, using color.

    Optional arguments:
    size -- an integer >= 1 (if given)
    color -- a colorstring or a numeric color tuple

    Draw a circular dot with diameter size, using color.
    If size is not given, the maximum of pensize+4 and 2*pensize is used.

    Example (for a Turtle instance named turtle):
    >>> turtle.dot()
    >>> turtle.fd(50); turtle.dot(20, "blue"); turtle.fd(50)
    """
    if not color:
        if isinstance(size, (str, tuple)):
            color = self._colorstr(size)
            size = self._pensize + max(self._pensize, 4)
        else:
            color = self._pencolor
            if not size:
                size = self._pensize + max(self._pensize, 4)
    else:
        if size is None:
            size = self._pensize + max(self._pensize, 4)
        color = self._colorstr(color)
    # The dot is a zero-length line of width size with round caps: the line item is sent as a dot op.
    pen = self.pen()
    if self.undobuffer:
        self.undobuffer.push(["seq"])
        self.undobuffer.cumulate = True
    try:
        if self.resizemode() == 'auto':
            self.ht()
        self.pendown()
        self.pensize(size)
        self.pencolor(color)
        self.forward(0)
    finally:
        self.pen(pen)
    if self.undobuffer:
        self.undobuffer.cumulate = False


def _write(self, txt, align, font):
    """Performs the writing for write()
    """
    item, end = self.screen._write(self._position, txt, align, font, self._pencolor)
    self._update()
    self.items.append(item)
    if self.undobuffer:
        self.undobuffer.push(("wri", item))
    return end


def write(self, arg, move=False, align="left", font=("Arial", 8, "normal")):
    """Write text at the current turtle position.

    Arguments:
    arg -- info, which is to be written to the TurtleScreen
    move (optional) -- True/False
    align (optional) -- one of the strings "left", "center" or right"
    font (optional) -- a triple (fontname, fontsize, fonttype)

    Write text - the string representation of arg - at the current
    turtle position according to align ("left", "center" or right")
    and with the given font.
    If move is True, the pen is moved to the bottom-right corner
    of the text. By default, move is False.

    Example (for a Turtle instance named turtle):
    >>> turtle.write('Home = ', True, align="center")
    >>> turtle.write((0,0), True)
    """
    if self.undobuffer:
        self.undobuffer.push(["seq"])
        self.undobuffer.cumulate = True
    end = self._write(str(arg), align.lower(), font)
    if move:
        x, y = self.pos()
        self.setpos(end, y)
    if self.undobuffer:
        self.undobuffer.cumulate = False


@contextmanager
def poly(self):
    """A context manager for recording the vertices of a polygon.

    Implicitly ensures that the code block is wrapped with
    begin_poly() and end_poly()

    Example (for a Turtle instance named turtle) where we create a
    triangle as the polygon and move the turtle 100 steps forward:
    >>> with turtle.poly():
    ...     for side in range(3)
    ...         turtle.forward(50)
    ...         turtle.right(60)
    >>> turtle.forward(100)
    """
    self.begin_poly()
    try:
        yield
    finally:
        self.end_poly()


def begin_poly(self):
    """Start recording the vertices of a polygon.

    No argument.

    Start recording the vertices of a polygon. Current turtle position
    is first point of polygon.

    Example (for a Turtle instance named turtle):
    >>> turtle.begin_poly()
    """
    self._poly = [self._position]
    self._creatingPoly = True


def end_poly(self):
    """Stop recording the vertices of a polygon.

    No argument.

    Stop recording the vertices of a polygon. Current turtle position is
    last point of polygon. This will be connected with the first point.

    Example (for a Turtle instance named turtle):
    >>> turtle.end_poly()
    """
    self._creatingPoly = False


def get_poly(self):
    """Return the lastly recorded polygon.

    No argument.

    Example (for a Turtle instance named turtle):
    >>> p = turtle.get_poly()
    >>> turtle.register_shape("myFavouriteShape", p)
    """
    if self._poly is not None:
        return tuple(self._poly)


def _undo(self, action, data):
    """Does the main part of the work for undo()
    """
    if self.undobuffer is None:
        return
    if action == "rot":
        angle, deg_per_au = data
        self._rotate(-angle * deg_per_au / self._degreesPerAU)
        self.undobuffer.pop()  # the entry _rotate just pushed
    elif action == "stamp":
        self.clearstamp(data[0])
    elif action == "go":
        self._undogoto(data)
    elif action in ("wri", "dot"):
        item = data[0]
        self.screen._delete(item)
        self.items.remove(item)
    elif action == "dofill":
        self.screen._drawpoly(data[0], _HIDDEN, fill="", outline="")
    elif action == "beginfill":
        item = data[0]
        self._fillitem = self._fillpath = None
        if item in self.items:
            self.screen._delete(item)
            self.items.remove(item)
    elif action == "pen":
        from ._pen import TPen
        TPen.pen(self, data[0])
        self.undobuffer.pop()  # the entry pen() just pushed


def undo(self):
    """undo (repeatedly) the last turtle action.

    No argument.

    undo (repeatedly) the last turtle action.
    Number of available undo actions is determined by the size of
    the undobuffer.

    Example (for a Turtle instance named turtle):
    >>> for i in range(4):
    ...     turtle.fd(50); turtle.lt(80)
    ...
    >>> for i in range(8):
    ...     turtle.undo()
    ...
    """
    if self.undobuffer is None:
        return
    item = self.undobuffer.pop()
    action = item[0]
    data = item[1:]
    if action == "seq":
        while data:
            item = data.pop()
            self._undo(item[0], item[1:])
    else:
        self._undo(action, data)
