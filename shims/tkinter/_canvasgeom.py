"""Canvas item geometry: bounding boxes as Tk computes them (with its extra pixels), distances for
``find_closest`` and overlap tests for ``find_overlapping``. Shapes are exact for lines, rectangles, ovals,
polygons and arcs; text, images, bitmaps and windows use their boxes."""
import math

from . import _fonts, _tcl

BITMAP_SIZES = {"error": (17, 17), "gray75": (16, 16), "gray50": (16, 16), "gray25": (16, 16), "gray12": (16, 16),
                "hourglass": (19, 21), "info": (8, 21), "questhead": (20, 22), "question": (17, 27),
                "warning": (6, 19)}
_ANCHOR_DX = {"n": 0.5, "s": 0.5, "center": 0.5, "e": 1.0, "ne": 1.0, "se": 1.0, "w": 0.0, "nw": 0.0, "sw": 0.0}
_ANCHOR_DY = {"w": 0.5, "e": 0.5, "center": 0.5, "s": 1.0, "se": 1.0, "sw": 1.0, "n": 0.0, "ne": 0.0, "nw": 0.0}


def _width(item):
    if "width" not in item.opts.table.rows or item.type in ("text", "window"):
        return 1.0
    w = item.opts.strict("width")
    return max(1.0, float(w)) if w is not None else 1.0


def _anchored(item, w, h):
    x, y = item.coords[0], item.coords[1]
    a = item.opts.strict("anchor") or "center"
    x1 = int(math.floor(x - _ANCHOR_DX[a] * w + 0.5)) if a in ("n", "s", "center") else int(x - _ANCHOR_DX[a] * w)
    y1 = int(math.floor(y - _ANCHOR_DY[a] * h + 0.5)) if a in ("w", "e", "center") else int(y - _ANCHOR_DY[a] * h)
    if a in ("n", "s", "center"):
        x1 = int(x - w // 2)
    if a in ("w", "e", "center"):
        y1 = int(y - h // 2)
    return (x1, y1, x1 + int(w), y1 + int(h))


def _text_size(canvas, item):
    ref = item.opts.strict("font")
    font = _fonts.strict(ref, canvas._app.fonts)
    lines = _tcl.tcl_str(item.opts.strict("text")).split("\n")
    m = canvas._app.metrics(font)
    width = max(canvas._app.measure(font, line) for line in lines) if lines else 0
    return width, m["linespace"] * len(lines)


def _arc_points(item, steps=24):
    x1, y1, x2, y2 = item.coords
    cx, cy, rx, ry = (x1 + x2) / 2, (y1 + y2) / 2, abs(x2 - x1) / 2, abs(y2 - y1) / 2
    start = item.opts.strict("start") or 0.0
    extent = item.opts.strict("extent")
    extent = 90.0 if extent is None else extent
    pts = []
    for k in range(steps + 1):
        a = math.radians(start + extent * k / steps)
        pts.append((cx + rx * math.cos(a), cy - ry * math.sin(a)))
    style = item.opts.strict("style") or "pieslice"
    if style == "pieslice":
        pts = [(cx, cy)] + pts + [(cx, cy)]
    elif style == "chord":
        pts = pts + [pts[0]]
    return pts, style


def bbox_of(canvas, item):
    """Tk's bounding box of one item, as integers (x1, y1, x2, y2), or None."""
    t = item.type
    c = item.coords
    if not c:
        return None
    if t == "line":
        m = int(_width(item) + 0.5) + 1
        xs, ys = c[0::2], c[1::2]
        return (int(math.floor(min(xs))) - m, int(math.floor(min(ys))) - m,
                int(math.ceil(max(xs))) + m, int(math.ceil(max(ys))) + m)
    if t in ("rectangle", "oval", "polygon"):
        outline = item.opts.strict("outline") if "outline" in item.opts.table.rows else "#000000"
        m = int((_width(item) + 1) / 2) if (outline is not None or t == "polygon") else 0
        xs, ys = c[0::2], c[1::2]
        return (int(math.floor(min(xs))) - m, int(math.floor(min(ys))) - m,
                int(math.ceil(max(xs))) + m, int(math.ceil(max(ys))) + m)
    if t == "arc":
        pts, _ = _arc_points(item, 90)
        m = int((_width(item) + 1) / 2) + 1
        xs, ys = [int(p[0] + 0.5) for p in pts], [int(p[1] + 0.5) for p in pts]
        return (min(xs) - m, min(ys) - m, max(xs) + m, max(ys) + m)
    if t == "text":
        w, h = _text_size(canvas, item)
        return _anchored(item, w, h)
    if t == "bitmap":
        name = item.opts.strict("bitmap")
        w, h = BITMAP_SIZES.get(name, (0, 0)) if name else (0, 0)
        return _anchored(item, w, h) if name else None
    if t == "image":
        name = _tcl.tcl_str(item.opts.cget("image"))
        img = canvas._app.images.get(name) if name else None
        if img is None:
            return None
        return _anchored(item, img.width(), img.height())
    if t == "window":
        wname = _tcl.tcl_str(item.opts.cget("window"))
        w = canvas._app.widgets.get(wname) if wname else None
        if w is None:
            return None
        width = item.opts.strict("width") or w.winfo_reqwidth()
        height = item.opts.strict("height") or w.winfo_reqheight()
        return _anchored(item, width, height)
    return None


def _seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    L = dx * dx + dy * dy
    t = 0.0 if L == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / L))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def _inside(px, py, pts):
    inside = False
    n = len(pts)
    for i in range(n):
        (x1, y1), (x2, y2) = pts[i], pts[(i + 1) % n]
        if (y1 > py) != (y2 > py) and px < (x2 - x1) * (py - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def _poly_dist(px, py, pts, filled, width):
    if filled and _inside(px, py, pts):
        return 0.0
    d = min(_seg_dist(px, py, *pts[i], *pts[(i + 1) % len(pts)]) for i in range(len(pts))) if len(pts) > 1 else (
        math.hypot(px - pts[0][0], py - pts[0][1]))
    return max(0.0, d - width / 2)


def _oval_points(item, steps=48):
    x1, y1, x2, y2 = item.coords
    cx, cy, rx, ry = (x1 + x2) / 2, (y1 + y2) / 2, abs(x2 - x1) / 2, abs(y2 - y1) / 2
    return [(cx + rx * math.cos(2 * math.pi * k / steps), cy + ry * math.sin(2 * math.pi * k / steps))
            for k in range(steps)]


def distance(canvas, item, x, y):
    """How far (x, y) is from an item's drawn shape (0 inside a filled shape)."""
    t, c = item.type, item.coords
    w = _width(item)
    if t == "line":
        pts = list(zip(c[0::2], c[1::2]))
        if len(pts) == 1:
            return math.hypot(x - pts[0][0], y - pts[0][1])
        return max(0.0, min(_seg_dist(x, y, *pts[i], *pts[i + 1]) for i in range(len(pts) - 1)) - w / 2)
    filled = item.opts.strict("fill") is not None if "fill" in item.opts.table.rows else True
    if t == "rectangle":
        x1, y1, x2, y2 = c
        pts = [(x1, y1), (x2, y1), (x2, y2), (x1, y2)]
        return _poly_dist(x, y, pts, filled, w)
    if t == "oval":
        return _poly_dist(x, y, _oval_points(item), filled, w)
    if t == "polygon":
        return _poly_dist(x, y, list(zip(c[0::2], c[1::2])), filled, w)
    if t == "arc":
        pts, style = _arc_points(item)
        if style == "arc":
            return max(0.0, min(_seg_dist(x, y, *pts[i], *pts[i + 1]) for i in range(len(pts) - 1)) - w / 2)
        return _poly_dist(x, y, pts, filled, w)
    b = bbox_of(canvas, item)
    if b is None:
        return 1e9
    dx = max(b[0] - x, 0, x - b[2])
    dy = max(b[1] - y, 0, y - b[3])
    return math.hypot(dx, dy)


def _seg_hits_rect(ax, ay, bx, by, x1, y1, x2, y2):
    """Liang-Barsky: does segment a-b meet the rectangle?"""
    t0, t1 = 0.0, 1.0
    dx, dy = bx - ax, by - ay
    for p, q in ((-dx, ax - x1), (dx, x2 - ax), (-dy, ay - y1), (dy, y2 - ay)):
        if p == 0:
            if q < 0:
                return False
            continue
        r = q / p
        if p < 0:
            t0 = max(t0, r)
        else:
            t1 = min(t1, r)
        if t0 > t1:
            return False
    return True


def _outline(item):
    c = item.coords
    if item.type == "line":
        return list(zip(c[0::2], c[1::2])), False
    if item.type == "polygon":
        return list(zip(c[0::2], c[1::2])), True
    if item.type == "oval":
        return _oval_points(item), True
    if item.type == "arc":
        pts, style = _arc_points(item)
        return pts, style != "arc"
    return [(c[0], c[1]), (c[2], c[1]), (c[2], c[3]), (c[0], c[3])], True


def overlaps(canvas, item, x1, y1, x2, y2):
    """Whether an item's shape meets the rectangle (x1, y1)-(x2, y2)."""
    b = bbox_of(canvas, item)
    if b is None or b[2] < x1 or b[0] > x2 or b[3] < y1 or b[1] > y2:
        return False
    if item.type in ("text", "image", "bitmap", "window"):
        return True
    if distance(canvas, item, (x1 + x2) / 2, (y1 + y2) / 2) <= 0:
        return True
    h = _width(item) / 2
    pts, closed = _outline(item)
    segs = list(zip(pts, pts[1:] + pts[:1])) if closed else list(zip(pts, pts[1:]))
    return any(_seg_hits_rect(a[0], a[1], b2[0], b2[1], x1 - h, y1 - h, x2 + h, y2 + h) for a, b2 in segs)


def enclosed(canvas, item, x1, y1, x2, y2):
    """Whether an item's shape lies entirely inside the rectangle (x1, y1)-(x2, y2)."""
    if item.type in ("text", "image", "bitmap", "window"):
        b = bbox_of(canvas, item)
        return b is not None and x1 <= b[0] and b[2] <= x2 and y1 <= b[1] and b[3] <= y2
    if not item.coords:
        return False
    h = _width(item) / 2 if (item.type == "line" or "outline" not in item.opts.table.rows
                             or item.opts.strict("outline") is not None) else 0.0
    pts, _ = _outline(item)
    return all(x1 <= px - h and px + h <= x2 and y1 <= py - h and py + h <= y2 for px, py in pts)
