"""The drawing operations a turtle screen sends to its backend: the one definition of their schema.

Every op is a dict with an ``"op"`` key naming its kind and exactly the fields listed in :data:`OPS`. :func:`make`
is the only way ops are built: it turns loose input (Tk colour strings, tuples, Vec2Ds, font tuples, ints) into
strict JSON-ready data and rejects anything else, so the renderer only ever sees the strict form.

Coordinates
    Points are ``[x, y]`` lists of floats in *world* (turtle) coordinates: y grows upwards. The ``canvas`` op gives
    the mapping to canvas pixels, as on a Tk canvas: ``px = x * xscale``, ``py = -y * yscale`` (y grows downwards),
    and ``region`` is the canvas' scroll region ``[x1, y1, x2, y2]`` in those canvas pixels (what is drawn).
    In the modes ``standard`` and ``logo`` both scales are 1 and the origin is the centre; ``setworldcoordinates``
    changes the scales and the region, and items keep their world coordinates.
    Sizes (line ``width``, ``dot`` ``size``, font ``size``) are canvas pixels and do not scale.

Colours
    ``"#rrggbb"`` strings; ``None`` (JSON null) where a colour may be absent means "nothing is painted".

Items
    Items are named by integer ids that Python allocates (unique for the whole run, never reused). An item op
    (``line``, ``poly``, ``dot``, ``text``, ``picture``) creates the item on top of all others if its id is new, and
    otherwise replaces that item's content where it is in the stacking order. ``raise`` moves an item to the top;
    ``delete`` removes items. Items are painted bottom to top; the background colour and picture are below them all.
    Lines have round caps and joins (a line whose points are all equal is sent as a ``dot``); polygons are filled
    with the even-odd rule and their outline has round joins. ``extend`` and ``truncate`` change a line's points
    without resending them: consecutive segments drawn with the same pen extend one line, so a long path costs one
    point per segment (:class:`Queue` merges consecutive extends of the same line).

Text
    ``x, y`` is the anchor point; ``anchor`` is where on the text's bounding box that point is (``"sw"``: bottom
    left, ``"s"``: bottom centre, ``"se"``: bottom right), as on a Tk canvas. Text may contain newlines. The font
    size is in canvas pixels (Tk's points are converted at 96/72 pixels per point, the CSS ratio).

Animation
    ``frame`` marks a moment the screen is shown: the renderer presents the state after all ops before it, and
    never a state in between two frames. Ops sent after the last frame are shown at the next frame.
"""
import base64
import math

from . import _colors

PX_PER_PT = 96 / 72


class OpError(ValueError):
    """A drawing operation that does not fit the schema (a bug in the turtle code, never the user's)."""


# ---- field kinds: each converts loose input to the strict form or raises OpError ----

def _id(v):
    if isinstance(v, bool) or not isinstance(v, int) or v < 0:
        raise OpError(f"expected an item id, got {v!r}")
    return v


def _opt_id(v):
    return None if v is None else _id(v)


def _int(v):
    if isinstance(v, bool):
        raise OpError(f"expected an integer, got {v!r}")
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if not isinstance(v, int) or v < 0:
        raise OpError(f"expected a non-negative integer, got {v!r}")
    return v


def _num(v):
    if type(v) is float and v - v == 0.0:  # finite
        return v
    if isinstance(v, bool):
        raise OpError(f"expected a number, got {v!r}")
    try:
        f = float(v)
    except (TypeError, ValueError):
        raise OpError(f"expected a number, got {v!r}") from None
    if not math.isfinite(f):
        raise OpError(f"expected a finite number, got {v!r}")
    return f


def _str(v):
    if not isinstance(v, str):
        raise OpError(f"expected a string, got {v!r}")
    return v


def _bool(v):
    if not isinstance(v, bool):
        raise OpError(f"expected a boolean, got {v!r}")
    return v


_color_cache = {}


def _color(v):
    """A Tk colour string -> "#rrggbb" (converted once per distinct string)."""
    out = _color_cache.get(v) if isinstance(v, str) else None
    if out is not None:
        return out
    if not isinstance(v, str):
        raise OpError(f"expected a colour string, got {v!r}")
    try:
        out = _colors.to_hex(v)
    except ValueError as e:
        raise OpError(str(e)) from None
    if out is None:
        raise OpError("expected a colour, got ''")
    if len(_color_cache) < 4096:
        _color_cache[v] = out
    return out


def _opt_color(v):
    if v is None or v == "":
        return None
    return _color(v)


def _point(p):
    try:
        x, y = p
    except (TypeError, ValueError):
        raise OpError(f"expected a point (x, y), got {p!r}") from None
    return [_num(x), _num(y)]


def _points(v):
    if isinstance(v, (str, bytes, dict)):
        raise OpError(f"expected a list of points, got {v!r}")
    try:
        return [[_num(x), _num(y)] for x, y in v]
    except (TypeError, ValueError):
        return [_point(p) for p in v]  # raises the precise error


def _points1(v):
    out = _points(v)
    if not out:
        raise OpError("expected at least one point")
    return out


def _ids(v):
    if isinstance(v, (str, bytes, dict)):
        raise OpError(f"expected a list of ids, got {v!r}")
    return [_id(i) for i in v]


def _box(v):
    try:
        vals = list(v)
    except TypeError:
        raise OpError(f"expected [x1, y1, x2, y2], got {v!r}") from None
    if len(vals) != 4:
        raise OpError(f"expected [x1, y1, x2, y2], got {v!r}")
    return [_num(x) for x in vals]


def _enum(*choices):
    def check(v):
        if v not in choices:
            raise OpError(f"expected one of {', '.join(choices)}, got {v!r}")
        return v
    return check


_FONT_KEYS = {"family": _str, "size": _num, "weight": _enum("normal", "bold"), "slant": _enum("roman", "italic"),
              "underline": _bool, "overstrike": _bool}


def _font(v):
    """A strict font dict, or a Tk font description (tuple or string) converted to one."""
    if isinstance(v, dict):
        if set(v) != set(_FONT_KEYS):
            raise OpError(f"font: expected the keys {sorted(_FONT_KEYS)}, got {sorted(v)}")
        out = {k: conv(v[k]) for k, conv in _FONT_KEYS.items()}
        if out["size"] <= 0:
            raise OpError(f"font: size must be positive, got {v['size']!r}")
        return out
    return font_from_tk(v)


_STYLE_WORDS = {"normal": ("weight", "normal"), "bold": ("weight", "bold"), "roman": ("slant", "roman"),
                "italic": ("slant", "italic"), "underline": ("underline", True),
                "overstrike": ("overstrike", True)}
DEFAULT_FONT_PT = 10  # Tk's size 0: the platform default


def _split_tcl(s):
    """Splits a Tcl list string ("{Times New Roman} 12 bold") into words."""
    words, i, n = [], 0, len(s)
    while i < n:
        if s[i].isspace():
            i += 1
            continue
        if s[i] == "{":
            depth, j = 1, i + 1
            while j < n and depth:
                depth += {"{": 1, "}": -1}.get(s[j], 0)
                j += 1
            words.append(s[i + 1:j - 1])
            i = j
        else:
            j = i
            while j < n and not s[j].isspace():
                j += 1
            words.append(s[i:j])
            i = j
    return words


def font_from_tk(spec):
    """Converts a Tk font description (``("Arial", 8, "normal")``, ``"Arial 12 bold"``...) to a strict font."""
    if isinstance(spec, str):
        parts = _split_tcl(spec)
    elif isinstance(spec, (tuple, list)):
        parts = list(spec)
    else:
        raise OpError(f"expected a font description, got {spec!r}")
    if not parts:
        raise OpError("font: empty description")
    out = {"family": str(parts[0]), "size": float(DEFAULT_FONT_PT) * PX_PER_PT, "weight": "normal",
           "slant": "roman", "underline": False, "overstrike": False}
    if len(parts) > 1:
        try:
            size = float(parts[1])
        except (TypeError, ValueError):
            raise OpError(f'expected integer but got "{parts[1]}"') from None
        if size > 0:
            out["size"] = size * PX_PER_PT
        elif size < 0:
            out["size"] = -size
    for style in parts[2:]:
        words = style.split() if isinstance(style, str) else [str(style)]
        for word in words:
            key = _STYLE_WORDS.get(word.lower())
            if key is None:
                raise OpError(f'unknown font style "{word}"')
            out[key[0]] = key[1]
    return out


# ---- the schema ----

OPS = {
    "canvas": {"width": _num, "height": _num, "xscale": _num, "yscale": _num, "region": _box},
    "window": {"width": _int, "height": _int, "title": _str},
    "bgcolor": {"color": _color},
    "bgpic": {"image": _opt_id},
    "image": {"image": _id, "format": _enum("gif", "png"), "width": _int, "height": _int, "data": _str},
    "line": {"id": _id, "points": _points, "color": _opt_color, "width": _num},
    "extend": {"id": _id, "points": _points1},
    "truncate": {"id": _id, "length": _int},
    "poly": {"id": _id, "points": _points, "fill": _opt_color, "outline": _opt_color, "width": _num},
    "dot": {"id": _id, "x": _num, "y": _num, "size": _num, "color": _opt_color},
    "text": {"id": _id, "x": _num, "y": _num, "text": _str, "color": _opt_color, "anchor": _enum("sw", "s", "se"),
             "font": _font},
    "picture": {"id": _id, "x": _num, "y": _num, "image": _opt_id},
    "raise": {"id": _id},
    "delete": {"ids": _ids},
    "clear": {},
    "focus": {},
    "frame": {},
    "bye": {},
}
"""Op kind -> {field: converter}. Every field is required; no other field is allowed."""

ITEM_OPS = ("line", "poly", "dot", "text", "picture")


def make(kind, **fields):
    """Builds one strict op of ``kind`` from loose field values; OpError if it does not fit the schema."""
    spec = OPS.get(kind)
    if spec is None:
        raise OpError(f"unknown op {kind!r}")
    extra = set(fields) - set(spec)
    if extra:
        raise OpError(f"{kind}: unknown field(s) {', '.join(sorted(extra))}")
    missing = set(spec) - set(fields)
    if missing:
        raise OpError(f"{kind}: missing field(s) {', '.join(sorted(missing))}")
    op = {"op": kind}
    for key, conv in spec.items():
        try:
            op[key] = conv(fields[key])
        except OpError as e:
            raise OpError(f"{kind}.{key}: {e}") from None
    return op


def check(op):
    """Validates an op that is already a dict (e.g. read back from JSON); returns the strict form."""
    if not isinstance(op, dict) or "op" not in op:
        raise OpError(f"not an op: {op!r}")
    fields = dict(op)
    kind = fields.pop("op")
    return make(kind, **fields)


def image_op(image_id, fmt, width, height, data):
    """The ``image`` op for raw file bytes."""
    return make("image", image=image_id, format=fmt, width=width, height=height,
                data=base64.b64encode(data).decode("ascii"))


class Queue:
    """Ops waiting to be sent, merging an ``extend`` into the op before it when both touch the same line.

    Ops pushed here must not be shared (the merge extends their point lists in place)."""

    def __init__(self):
        self.ops = []

    def push(self, op):
        ops = self.ops
        if op["op"] == "extend" and ops:
            last = ops[-1]
            if last["op"] in ("line", "extend") and last["id"] == op["id"]:
                last["points"].extend(op["points"])
                return
        ops.append(op)

    def take(self):
        ops, self.ops = self.ops, []
        return ops

    def __len__(self):
        return len(self.ops)
