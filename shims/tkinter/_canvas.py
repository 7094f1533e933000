"""``Canvas``: items, tags and the display list live in Python, so ``coords``, ``find_*``, ``bbox``, ``gettags``
and ``itemcget`` answer at once; the renderer draws what the ``item_*`` ops describe and reports which item is
under the pointer, for ``current``, item Enter/Leave and ``tag_bind``."""
from . import _events, _loop, _options, _tcl
from ._canvasgeom import bbox_of, distance, enclosed, overlaps
from ._tcl import TclError
from ._views import XView, YView
from ._widget import Widget

COORDS = {"line": (4, None), "polygon": (4, None), "rectangle": (4, 4), "oval": (4, 4), "arc": (4, 4),
          "text": (2, 2), "image": (2, 2), "bitmap": (2, 2), "window": (2, 2)}


class Item:
    __slots__ = ("id", "type", "coords", "opts", "tags")

    def __init__(self, id, type, coords, opts):
        self.id = id
        self.type = type
        self.coords = coords
        self.opts = opts
        self.tags = []


def _flatten(args):
    out = []
    for a in args:
        if isinstance(a, (tuple, list)):
            out.extend(_flatten(a))
        else:
            out.append(a)
    return out


class Canvas(Widget, XView, YView):
    """Canvas widget to display graphical elements like lines or text."""

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, "canvas", cnf, kw)

    def _init_widget(self):
        self._citems = {}
        self._order = []
        self._next_id = 1
        self._tag_tables = {}
        self._current = None
        self._focus_item = None
        self._origin = (0.0, 0.0)

    # ---- tags and ids ----

    def _find(self, spec):
        """Items (in display order) that a tag, an id or a tag expression names."""
        if isinstance(spec, int) and not isinstance(spec, bool):
            return [self._citems[spec]] if spec in self._citems else []
        s = _tcl.tcl_str(spec)
        if s.isdigit():
            n = int(s)
            return [self._citems[n]] if n in self._citems else []
        if s == "all":
            return [self._citems[i] for i in self._order]
        if s == "current":
            return [self._citems[self._current]] if self._current in self._citems else []
        if any(c in s for c in "&|!^()"):
            test = _tag_expr(s)
            return [self._citems[i] for i in self._order if test(set(self._citems[i].tags))]
        return [self._citems[i] for i in self._order if s in self._citems[i].tags]

    def _first(self, spec):
        items = self._find(spec)
        return items[0] if items else None

    # ---- items ----

    def _create(self, itemType, args, kw):
        args = list(args)
        cnf = {}
        if args and isinstance(args[-1], dict):
            cnf = args.pop()
        cnf = dict(cnf, **kw)
        coords = _flatten(args)
        item_id = self._next_id
        self._next_id += 1
        _check_count(itemType, coords, creating=True)
        pts = [_options.fpixels(c) for c in coords]
        opts = _options.OptionSet(_options.table("item." + itemType), self._app)
        item = Item(item_id, itemType, pts, opts)
        opts.set(self._loose_items(cnf))
        item.tags = list(_tcl.split(_tcl.tcl_str(opts.strict("tags")))) if opts.is_set("tags") else []
        self._citems[item.id] = item
        self._order.append(item.id)
        _loop.send("item_create", id=self._handle, item=item.id, type=itemType, coords=list(pts),
                   options=self._item_render(item))
        return item.id

    def _item_render(self, item, names=None):
        out = {}
        for name in (item.opts.raw if names is None else names):
            if name == "tags":
                out[name] = list(item.tags)
                continue
            v = item.opts.strict(name)
            if isinstance(v, _options._fonts.FontRef):
                v = _options._fonts.strict(v, self._app.fonts)
            out[name] = v
        return out

    def create_arc(self, *args, **kw):
        """Create arc shaped region with coordinates x1,y1,x2,y2."""
        return self._create("arc", args, kw)

    def create_bitmap(self, *args, **kw):
        """Create bitmap with coordinates x1,y1."""
        return self._create("bitmap", args, kw)

    def create_image(self, *args, **kw):
        """Create image item with coordinates x1,y1."""
        return self._create("image", args, kw)

    def create_line(self, *args, **kw):
        """Create line with coordinates x1,y1,...,xn,yn."""
        return self._create("line", args, kw)

    def create_oval(self, *args, **kw):
        """Create oval with coordinates x1,y1,x2,y2."""
        return self._create("oval", args, kw)

    def create_polygon(self, *args, **kw):
        """Create polygon with coordinates x1,y1,...,xn,yn."""
        return self._create("polygon", args, kw)

    def create_rectangle(self, *args, **kw):
        """Create rectangle with coordinates x1,y1,x2,y2."""
        return self._create("rectangle", args, kw)

    def create_text(self, *args, **kw):
        """Create text with coordinates x1,y1."""
        return self._create("text", args, kw)

    def create_window(self, *args, **kw):
        """Create window with coordinates x1,y1,x2,y2."""
        return self._create("window", args, kw)

    def type(self, tagOrId):
        """Return the type of the item TAGORID."""
        item = self._first(tagOrId)
        return item.type if item is not None else None

    def coords(self, *args):
        """Return a list of coordinates for the item given in ARGS; with more arguments, set them."""
        if not args:
            raise TclError('wrong # args: should be "%s coords tagOrId ?x y x y ...?"' % self._w)
        item = self._first(args[0])
        if len(args) == 1:
            return list(item.coords) if item is not None else []
        coords = [_options.fpixels(c) for c in _flatten(args[1:])]
        if item is not None:
            _check_count(item.type, coords, creating=False)
            item.coords = coords
            _loop.send("item_coords", id=self._handle, item=item.id, coords=list(coords))
        return []

    def move(self, *args):
        """Move an item TAGORID given in ARGS."""
        tag, dx, dy = args
        dx, dy = _options.fpixels(dx), _options.fpixels(dy)
        for item in self._find(tag):
            item.coords = [c + (dx if i % 2 == 0 else dy) for i, c in enumerate(item.coords)]
            _loop.send("item_coords", id=self._handle, item=item.id, coords=list(item.coords))

    def moveto(self, tagOrId, x="", y=""):
        """Move the items given by TAGORID so that the first coordinate pair (the upper-left corner of the
        bounding box) of the first item with tag TAGORID is at position (X,Y)."""
        box = self.bbox(tagOrId)
        if box is None:
            return
        dx = 0 if x == "" else _options.fpixels(x) - box[0]
        dy = 0 if y == "" else _options.fpixels(y) - box[1]
        self.move(tagOrId, dx, dy)

    def scale(self, *args):
        """Scale item TAGORID with XORIGIN, YORIGIN, XSCALE, YSCALE."""
        tag, xo, yo, xs, ys = args
        xo, yo = _options.fpixels(xo), _options.fpixels(yo)
        xs, ys = _tcl.parse_double(xs), _tcl.parse_double(ys)
        for item in self._find(tag):
            item.coords = [(xo + (c - xo) * xs) if i % 2 == 0 else (yo + (c - yo) * ys)
                           for i, c in enumerate(item.coords)]
            _loop.send("item_coords", id=self._handle, item=item.id, coords=list(item.coords))

    def delete(self, *args):
        """Delete items identified by all tag or ids contained in ARGS."""
        gone = []
        for a in args:
            for item in self._find(a):
                if item.id in self._citems:
                    del self._citems[item.id]
                    self._order.remove(item.id)
                    gone.append(item.id)
        if gone:
            if self._current in gone:
                self._current = None
            _loop.send("item_delete", id=self._handle, items=gone)

    def itemcget(self, tagOrId, option):
        """Return the resource value for an OPTION for item TAGORID."""
        item = self._first(tagOrId)
        if item is None:
            return ""
        return item.opts.cget(str(option))

    def itemconfigure(self, tagOrId, cnf=None, **kw):
        """Configure resources of an item TAGORID."""
        from ._misc import merge_cnf
        cnf = merge_cnf(cnf, kw)
        items = self._find(tagOrId)
        if cnf is None or isinstance(cnf, str):
            if not items:
                return None
            opts = items[0].opts
            return opts.describe_all() if cnf is None else opts.describe(cnf)
        loose = self._loose_items(cnf)
        for item in items:
            changed = item.opts.set(loose)
            if "tags" in changed:
                item.tags = list(_tcl.split(_tcl.tcl_str(item.opts.strict("tags"))))
            _loop.send("item_configure", id=self._handle, item=item.id, options=self._item_render(item, changed))
        return None

    itemconfig = itemconfigure

    # ---- tags ----

    def addtag(self, *args):
        """Internal function."""
        newtag, how = args[0], args[1]
        found = {"above": self.find_above, "all": self.find_all, "below": self.find_below,
                 "closest": self.find_closest, "enclosed": self.find_enclosed,
                 "overlapping": self.find_overlapping, "withtag": self.find_withtag}[how](*args[2:])
        for i in found:
            item = self._citems[i]
            if newtag not in item.tags:
                item.tags.append(str(newtag))
                item.opts.set([("tags", _tcl.merge(item.tags))])
                _loop.send("item_configure", id=self._handle, item=i, options={"tags": list(item.tags)})

    def addtag_above(self, newtag, tagOrId):
        self.addtag(newtag, "above", tagOrId)

    def addtag_all(self, newtag):
        self.addtag(newtag, "all")

    def addtag_below(self, newtag, tagOrId):
        self.addtag(newtag, "below", tagOrId)

    def addtag_closest(self, newtag, x, y, halo=None, start=None):
        self.addtag(newtag, "closest", x, y, halo, start)

    def addtag_enclosed(self, newtag, x1, y1, x2, y2):
        self.addtag(newtag, "enclosed", x1, y1, x2, y2)

    def addtag_overlapping(self, newtag, x1, y1, x2, y2):
        self.addtag(newtag, "overlapping", x1, y1, x2, y2)

    def addtag_withtag(self, newtag, tagOrId):
        self.addtag(newtag, "withtag", tagOrId)

    def dtag(self, *args):
        """Delete tag or id given as last arguments in ARGS from items identified by first argument in ARGS."""
        spec = args[0]
        drop = str(args[1]) if len(args) > 1 else _tcl.tcl_str(spec)
        for item in self._find(spec):
            if drop in item.tags:
                item.tags = [t for t in item.tags if t != drop]
                item.opts.set([("tags", _tcl.merge(item.tags))])
                _loop.send("item_configure", id=self._handle, item=item.id, options={"tags": list(item.tags)})

    def gettags(self, *args):
        """Return tags associated with the first item specified in ARGS."""
        item = self._first(args[0])
        return tuple(item.tags) if item is not None else ()

    def find(self, *args):
        return getattr(self, "find_" + args[0])(*args[1:])

    def find_all(self):
        """Return all items."""
        return tuple(self._order)

    def find_withtag(self, tagOrId):
        """Return all items with TAGORID."""
        return tuple(i.id for i in self._find(tagOrId))

    def find_above(self, tagOrId):
        """Return items above TAGORID."""
        items = self._find(tagOrId)
        if not items:
            return ()
        pos = self._order.index(items[-1].id)
        return tuple(self._order[pos + 1:pos + 2])

    def find_below(self, tagOrId):
        """Return items below TAGORID."""
        items = self._find(tagOrId)
        if not items:
            return ()
        pos = self._order.index(items[0].id)
        return tuple(self._order[pos - 1:pos]) if pos > 0 else ()

    def find_closest(self, x, y, halo=None, start=None):
        """Return item which is closest to pixel at X, Y."""
        x, y = _options.fpixels(x), _options.fpixels(y)
        halo = _options.fpixels(halo) if halo not in (None, "") else 0.0
        best, best_d = None, None
        for i in self._order:
            item = self._citems[i]
            if item.opts.strict("state") == "hidden":
                continue
            d = max(0.0, distance(self, item, x, y) - halo)
            if best_d is None or d <= best_d:
                best, best_d = i, d
        return (best,) if best is not None else ()

    def find_enclosed(self, x1, y1, x2, y2):
        """Return all items in rectangle defined by X1,Y1,X2,Y2."""
        xs = sorted((_options.fpixels(x1), _options.fpixels(x2)))
        ys = sorted((_options.fpixels(y1), _options.fpixels(y2)))
        return tuple(i for i in self._order if enclosed(self, self._citems[i], xs[0], ys[0], xs[1], ys[1]))

    def find_overlapping(self, x1, y1, x2, y2):
        """Return all items which overlap the rectangle defined by X1,Y1,X2,Y2."""
        xs = sorted((_options.fpixels(x1), _options.fpixels(x2)))
        ys = sorted((_options.fpixels(y1), _options.fpixels(y2)))
        return tuple(i for i in self._order if overlaps(self, self._citems[i], xs[0], ys[0], xs[1], ys[1]))

    def bbox(self, *args):
        """Return a tuple of X1,Y1,X2,Y2 coordinates for a rectangle which encloses all items with tags
        specified as arguments."""
        boxes = []
        seen = set()
        for a in args:
            for item in self._find(a):
                if item.id not in seen and item.opts.strict("state") != "hidden":
                    seen.add(item.id)
                    b = bbox_of(self, item)
                    if b:
                        boxes.append(b)
        if not boxes:
            return None
        return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
                max(b[3] for b in boxes))

    # ---- stacking ----

    def _restack_items(self, spec, other, up):
        items = [i.id for i in self._find(spec)]
        if not items:
            return
        rest = [i for i in self._order if i not in items]
        if other is None:
            pos = len(rest) if up else 0
        else:
            others = [i.id for i in self._find(other)]
            if not others:
                raise TclError('tagOrId "%s" doesn\'t match any items' % other)
            pos = (max(rest.index(o) for o in others if o in rest) + 1) if up else min(
                rest.index(o) for o in others if o in rest)
        self._order = rest[:pos] + items + rest[pos:]
        for k, i in enumerate(self._order[pos:pos + len(items)]):
            above = self._order[pos + k - 1] if pos + k > 0 else None
            _loop.send("item_restack", id=self._handle, item=i, above=above)

    def tag_raise(self, *args):
        """Raise an item TAGORID given in ARGS (optional above another item)."""
        self._restack_items(args[0], args[1] if len(args) > 1 else None, True)

    lift = tkraise = tag_raise

    def tag_lower(self, *args):
        """Lower an item TAGORID given in ARGS (optional below another item)."""
        self._restack_items(args[0], args[1] if len(args) > 1 else None, False)

    lower = tag_lower

    # ---- item bindings ----

    def tag_bind(self, tagOrId, sequence=None, func=None, add=None):
        """Bind to all items with TAGORID at event SEQUENCE a call to function FUNC."""
        key = _tcl.tcl_str(tagOrId)
        table = self._tag_tables.setdefault(key, _events.BindTable())
        if isinstance(func, str):
            table.bind(sequence, script=func, add=bool(add))
            return None
        if func:
            funcid = self._register(func)
            table.bind(sequence, funcid=funcid, add=bool(add))
            self._listen_extra = set().union(*(t.event_types() for t in self._tag_tables.values())) | {
                "Motion", "Enter", "Leave"}
            self._app.update_listening()
            return funcid
        return table.get(sequence) if sequence else table.sequences()

    def tag_unbind(self, tagOrId, sequence, funcid=None):
        """Unbind for all items with TAGORID for event SEQUENCE the function identified with FUNCID."""
        table = self._tag_tables.get(_tcl.tcl_str(tagOrId))
        if table is not None:
            for name in table.unbind(sequence, funcid):
                self.deletecommand(name)

    def _item_dispatch(self, item_id, occ, event):
        item = self._citems.get(item_id)
        if item is None:
            return None
        history = self._app.history if occ.type in ("Key", "KeyRelease", "Button", "ButtonRelease") else [occ]
        for key in ["all"] + list(item.tags) + [str(item.id)]:
            table = self._tag_tables.get(key)
            if table is None:
                continue
            b = table.match(history)
            if b is not None and self._app.run_binding(b, event) == "break":
                return "break"
        return None

    def _before_bindings(self, e, occ, event):
        if "item" in e:
            new = e["item"] if e["item"] in self._citems else None
            if e["type"] == "Leave":
                new = None
            if new != self._current:
                old, self._current = self._current, new
                if old is not None and self._tag_tables:
                    ev = self._app.make_event(self, dict(e, type="Leave"), etype="Leave")
                    self._item_dispatch(old, _events.Occurrence("Leave", None, e.get("state", 0)), ev)
                if new is not None and self._tag_tables:
                    ev = self._app.make_event(self, dict(e, type="Enter"), etype="Enter")
                    self._item_dispatch(new, _events.Occurrence("Enter", None, e.get("state", 0)), ev)
            if e["type"] in ("Enter", "Leave"):
                return None
            if self._current is not None and self._tag_tables:
                self._item_dispatch(self._current, occ, event)
        elif e["type"] in ("KeyPress", "KeyRelease") and self._focus_item is not None:
            self._item_dispatch(self._focus_item, occ, event)
        return None

    # ---- text items ----

    def _text_item(self, tagOrId):
        return [i for i in self._find(tagOrId) if i.type == "text"]

    def _text_index(self, item, index):
        text = _tcl.tcl_str(item.opts.strict("text"))
        if isinstance(index, int):
            return max(0, min(index, len(text)))
        s = _tcl.tcl_str(index)
        if s == "end":
            return len(text)
        if s == "insert":
            return getattr(self, "_icursor", {}).get(item.id, len(text))
        try:
            return max(0, min(_tcl.parse_int(s), len(text)))
        except TclError:
            raise TclError('bad index "%s"' % s) from None

    def dchars(self, *args):
        """Delete characters of text items identified by tag or id in ARGS (possibly several times) from FIRST
        to LAST character (including)."""
        for item in self._text_item(args[0]):
            text = _tcl.tcl_str(item.opts.strict("text"))
            a = self._text_index(item, args[1])
            b = self._text_index(item, args[2]) if len(args) > 2 else a
            self.itemconfigure(item.id, text=text[:a] + text[b + 1:])

    def insert(self, *args):
        """Insert TEXT in item TAGORID at position POS."""
        for item in self._text_item(args[0]):
            text = _tcl.tcl_str(item.opts.strict("text"))
            a = self._text_index(item, args[1])
            self.itemconfigure(item.id, text=text[:a] + _tcl.tcl_str(args[2]) + text[a:])

    def index(self, *args):
        """Return position of cursor as integer in item TAGORID."""
        items = self._text_item(args[0])
        if not items:
            raise TclError('can\'t find an indexable item "%s"' % args[0])
        return self._text_index(items[0], args[1])

    def icursor(self, *args):
        """Set cursor at position POS in the item identified by TAGORID."""
        if not hasattr(self, "_icursor"):
            self._icursor = {}
        for item in self._text_item(args[0]):
            self._icursor[item.id] = self._text_index(item, args[1])

    def focus(self, *args):
        """Set focus to the first item specified in ARGS."""
        if not args:
            return self._focus_item or ""
        item = self._first(args[0])
        self._focus_item = item.id if item is not None else None
        return None

    def select_adjust(self, tagOrId, index):
        pass

    def select_clear(self):
        pass

    def select_from(self, tagOrId, index):
        pass

    def select_item(self):
        return None

    def select_to(self, tagOrId, index):
        pass

    # ---- view ----

    def canvasx(self, screenx, gridspacing=None):
        """Return the canvas x coordinate of pixel position SCREENX rounded to nearest multiple of GRIDSPACING
        units."""
        v = _options.fpixels(screenx) + self._origin[0]
        return _snap(v, gridspacing)

    def canvasy(self, screeny, gridspacing=None):
        """Return the canvas y coordinate of pixel position SCREENY rounded to nearest multiple of GRIDSPACING
        units."""
        v = _options.fpixels(screeny) + self._origin[1]
        return _snap(v, gridspacing)

    def _user_view(self, e):
        XView._user_view(self, e)
        # The renderer scrolled: canvasx/canvasy follow, and the worker's copy of the layout learns the origin.
        region = self._opts.strict("scrollregion")
        if region:
            i = 0 if e["axis"] == "x" else 1
            lo, hi = region[i], region[i + 2]
            origin = list(self._origin)
            origin[i] = lo + float(e["first"]) * (hi - lo)
            if tuple(origin) != tuple(self._origin):
                self._origin = tuple(origin)
                _loop.send("canvas_view", id=self._handle, x=self._origin[0], y=self._origin[1])

    def scan_mark(self, x, y):
        self._scan = (_tcl.parse_int(x), _tcl.parse_int(y), self._origin)

    def scan_dragto(self, x, y, gain=10):
        if not hasattr(self, "_scan"):
            return
        sx, sy, (ox, oy) = self._scan
        self._origin = (ox - (_tcl.parse_int(x) - sx) * gain, oy - (_tcl.parse_int(y) - sy) * gain)
        _loop.send("canvas_view", id=self._handle, x=self._origin[0], y=self._origin[1])

    def postscript(self, cnf={}, **kw):
        raise TclError("postscript output is not available in Pyroom")

    def _takes_focus(self):
        return False


def _check_count(item_type, coords, creating):
    lo, hi = COORDS[item_type]
    n = len(coords)
    if hi is None:
        if n % 2:
            raise TclError("wrong # coordinates: expected an even number, got %d" % n)
        if n < lo:
            raise TclError("wrong # coordinates: expected at least %d, got %d" % (lo, n))
        return
    if creating and n > hi:
        raise TclError("unknown option \"%s\"" % _tcl.tcl_str(coords[hi]))
    if n != hi:
        raise TclError("wrong # coordinates: expected %s%d, got %d" % ("0 or " if hi == 4 else "", hi, n))


def _snap(v, grid):
    if grid in (None, "", 0):
        return v
    g = _options.fpixels(grid)
    return g * round(v / g) if g > 0 else v


def _tag_expr(expr):
    """A predicate over a set of tags for Tk's tag expressions (``a&&!b``, ``a||b``, ``a^b``, parentheses)."""
    import re
    tokens = re.findall(r"&&|\|\||\^|!|\(|\)|[^&|^!()\s]+", expr)
    pos = [0]

    def peek():
        return tokens[pos[0]] if pos[0] < len(tokens) else None

    def take():
        pos[0] += 1
        return tokens[pos[0] - 1]

    def atom():
        t = take() if peek() is not None else None
        if t == "!":
            f = atom()
            return lambda s: not f(s)
        if t == "(":
            f = orexpr()
            if take() != ")":
                raise TclError("missing endparen in tag search expression")
            return f
        if t is None or t in ("&&", "||", "^", ")"):
            raise TclError("missing tag in tag search expression")
        return lambda s, t=t: t in s

    def andexpr():
        f = atom()
        while peek() == "&&":
            take()
            g = atom()
            f = (lambda a, b: lambda s: a(s) and b(s))(f, g)
        return f

    def xorexpr():
        f = andexpr()
        while peek() == "^":
            take()
            g = andexpr()
            f = (lambda a, b: lambda s: a(s) != b(s))(f, g)
        return f

    def orexpr():
        f = xorexpr()
        while peek() == "||":
            take()
            g = xorexpr()
            f = (lambda a, b: lambda s: a(s) or b(s))(f, g)
        return f
    result = orexpr()
    if peek() is not None:
        raise TclError("invalid boolean operator in tag search expression")
    return result
