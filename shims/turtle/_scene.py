"""The state of a turtle canvas, rebuilt from the ops: what the renderer shows, kept on the Python side.

A :class:`Scene` applies strict ops (see ``_ops``) exactly as the renderer must: items in stacking order, the
background, the canvas mapping. It answers which item is at a point (for mouse events, as Tk's "current item"),
and is what ``save()`` and the recording backend export.
"""
import math
from collections import OrderedDict

from ._ops import OpError


class Scene:
    def __init__(self):
        self.items = OrderedDict()  # id -> item dict, bottom to top
        self.images = {}  # image id -> the image op
        self.bgcolor = "#ffffff"
        self.bgpic = None
        self.canvas = {"width": 400, "height": 300, "xscale": 1.0, "yscale": 1.0, "region": [-200, -150, 200, 150]}
        self.window = {"width": 640, "height": 480, "title": ""}
        self.focused = False
        self.closed = False
        self.frames = 0

    # ---- applying ops ----

    def apply(self, op):
        kind = op["op"]
        getattr(self, "_op_" + kind)(op)

    def _item(self, op, **content):
        self.items[op["id"]] = content  # a new id goes on top; a known one is replaced where it stands

    def _op_line(self, op):
        self._item(op, kind="line", points=[list(p) for p in op["points"]], color=op["color"], width=op["width"])

    def _op_poly(self, op):
        self._item(op, kind="poly", points=[list(p) for p in op["points"]], fill=op["fill"], outline=op["outline"],
                   width=op["width"])

    def _op_dot(self, op):
        self._item(op, kind="dot", x=op["x"], y=op["y"], size=op["size"], color=op["color"])

    def _op_text(self, op):
        self._item(op, kind="text", x=op["x"], y=op["y"], text=op["text"], color=op["color"], anchor=op["anchor"],
                   font=dict(op["font"]))

    def _op_picture(self, op):
        self._item(op, kind="picture", x=op["x"], y=op["y"], image=op["image"])

    def _line(self, op):
        item = self.items.get(op["id"])
        if item is None or item["kind"] != "line":
            raise OpError(f"{op['op']}: {op['id']} is not a line")
        return item

    def _op_extend(self, op):
        self._line(op)["points"].extend(list(p) for p in op["points"])

    def _op_truncate(self, op):
        del self._line(op)["points"][op["length"]:]

    def _op_raise(self, op):
        if op["id"] in self.items:
            self.items.move_to_end(op["id"])

    def _op_delete(self, op):
        for item_id in op["ids"]:
            self.items.pop(item_id, None)

    def _op_clear(self, op):
        self.items.clear()
        self.bgpic = None

    def _op_canvas(self, op):
        self.canvas = {k: op[k] for k in ("width", "height", "xscale", "yscale", "region")}

    def _op_window(self, op):
        self.window = {k: op[k] for k in ("width", "height", "title")}

    def _op_bgcolor(self, op):
        self.bgcolor = op["color"]

    def _op_bgpic(self, op):
        self.bgpic = op["image"]

    def _op_image(self, op):
        self.images[op["image"]] = op

    def _op_focus(self, op):
        self.focused = True

    def _op_frame(self, op):
        self.frames += 1

    def _op_bye(self, op):
        self.closed = True

    # ---- queries ----

    def top(self):
        """The id of the topmost item, or None."""
        return next(reversed(self.items), None)

    def item_at(self, cx, cy, close_enough=1.0):
        """The topmost item at canvas pixel (cx, cy) (y down), as Tk picks the "current" item; None if none."""
        sx, sy = self.canvas["xscale"], self.canvas["yscale"]
        for item_id in reversed(self.items):
            item = self.items[item_id]
            if _distance(item, cx, cy, sx, sy, self.images) <= close_enough:
                return item_id
        return None


def _px(points, sx, sy):
    return [(x * sx, -y * sy) for x, y in points]


def _seg_dist(px, py, a, b):
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    n = dx * dx + dy * dy
    t = 0.0 if n == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / n))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def _inside(px, py, pts):
    """Even-odd rule, as Tk fills polygons."""
    inside = False
    n = len(pts)
    for i in range(n):
        (x1, y1), (x2, y2) = pts[i], pts[(i + 1) % n]
        if (y1 > py) != (y2 > py) and px < x1 + (py - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _distance(item, px, py, sx, sy, images):
    """Distance (canvas pixels) from the point to what the item paints; inf for items that paint nothing."""
    kind = item["kind"]
    inf = math.inf
    if kind == "line":
        pts = _px(item["points"], sx, sy)
        if item["color"] is None or len(pts) < 2:
            return inf
        d = min(_seg_dist(px, py, pts[i], pts[i + 1]) for i in range(len(pts) - 1))
        return max(0.0, d - item["width"] / 2)
    if kind == "dot":
        if item["color"] is None:
            return inf
        x, y = item["x"] * sx, -item["y"] * sy
        return max(0.0, math.hypot(px - x, py - y) - item["size"] / 2)
    if kind == "poly":
        pts = _px(item["points"], sx, sy)
        if len(pts) < 3:
            return inf
        if item["fill"] is not None and _inside(px, py, pts):
            return 0.0
        if item["outline"] is None and item["fill"] is None:
            return inf
        d = min(_seg_dist(px, py, pts[i], pts[(i + 1) % len(pts)]) for i in range(len(pts)))
        return max(0.0, d - item["width"] / 2)
    if kind == "picture":
        image = images.get(item["image"])
        if image is None:
            return inf
        x, y = item["x"] * sx, -item["y"] * sy
        w, h = image["width"] / 2, image["height"] / 2
        dx, dy = max(0.0, abs(px - x) - w), max(0.0, abs(py - y) - h)
        return math.hypot(dx, dy)
    return inf  # text is not a click target for turtles
