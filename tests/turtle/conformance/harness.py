"""The side of the conformance run that lives inside the turtle program's process.

``python harness.py real|ours SCRIPT OUT.json`` runs SCRIPT (a classroom-style turtle program) under CPython's real
turtle (``real``: run it under Xvfb) or under Pyroom's (``ours``: shims/turtle first on sys.path, recording
backend), with these helpers in builtins:

- ``check(label, *values)``: records the values and a snapshot: every turtle's state, the screen's state, and the
  drawn items (from the Tk canvas, or from the recorded ops), after an ``update()``;
- ``expect_error(func, *args, **kwargs)``: calls it and records the exception's type and message (or no error);
- ``key(keysym, down=True)``, ``click(x, y, btn=1)``, ``drag(x, y, btn=1)``, ``release(x, y, btn=1)``: synthetic
  input at world coordinates, handled at once;
- ``run_for(ms)``: lets ``ms`` milliseconds of timers run (on a virtual clock on both sides);
- ``answer(*texts)``: the texts the next textinput/numinput dialogs return (None: Cancel).

It also counts the screen updates and animation delays. Everything goes to OUT.json, which ``run.py`` compares.
"""
import builtins
import json
import math
import os
import sys
import traceback

IMPL = sys.argv[1]
HERE = os.path.dirname(os.path.abspath(__file__))
SHIMS = os.path.abspath(os.path.join(HERE, "..", "..", "..", "shims"))

if IMPL == "ours":
    sys.path.insert(0, SHIMS)
    sys.modules.pop("turtle", None)
import turtle  # noqa: E402

if IMPL == "ours":
    assert turtle.__file__.startswith(SHIMS), turtle.__file__
    from turtle import _backend, _ops
    _backend.set_factory(lambda: _backend.RecordingBackend())

COUNTS = {"updates": 0, "delays": 0}
RECORDS = []
ANSWERS = []


def _count(name, original):
    def wrapper(self, *args):
        COUNTS[name] += 1
        if name == "updates":
            return original(self, *args)
    return wrapper


turtle.TurtleScreenBase._update = _count("updates", turtle.TurtleScreenBase._update)
turtle.TurtleScreenBase._delay = _count("delays", turtle.TurtleScreenBase._delay)

# ---- timers on a virtual clock (both sides) ----
CLOCK = [0.0]
TIMERS = []  # [due, seq, fun]


def _ontimer(self, fun, t):
    TIMERS.append([CLOCK[0] + t, len(RECORDS) * 1000 + len(TIMERS), fun])


if IMPL == "real":
    turtle.TurtleScreenBase._ontimer = _ontimer


def run_for(ms):
    end = CLOCK[0] + ms
    if IMPL == "real":
        while True:
            due = sorted((t for t in TIMERS if t[0] <= end), key=lambda t: (t[0], t[1]))
            if not due:
                break
            t = due[0]
            TIMERS.remove(t)
            CLOCK[0] = max(CLOCK[0], t[0])
            try:
                t[2]()
            except Exception:
                traceback.print_exc()
        CLOCK[0] = end
    else:
        screen = turtle.Screen()
        backend = screen.cv.backend
        backend.stop_at = backend.clock + ms / 1000
        try:
            while True:
                screen._process(None if not screen._timers else max(0.0, screen._timers[0][0] - backend.clock))
        except _backend.Idle:
            pass
        backend.stop_at = None
        CLOCK[0] = end


# ---- dialogs ----

def answer(*texts):
    ANSWERS.extend(texts)
    if IMPL == "ours":
        turtle.Screen().cv.backend.answers.extend(texts)


if IMPL == "real":
    from tkinter import simpledialog

    def _askstring(title, prompt, **kw):
        return ANSWERS.pop(0) if ANSWERS else None

    def _askfloat(title, prompt, **kw):
        while ANSWERS:
            text = ANSWERS.pop(0)
            if text is None:
                return None
            try:
                value = float(text)
            except ValueError:
                continue
            if kw.get("minvalue") is not None and value < kw["minvalue"]:
                continue
            if kw.get("maxvalue") is not None and value > kw["maxvalue"]:
                continue
            return value
        return None
    simpledialog.askstring = _askstring
    simpledialog.askfloat = _askfloat

# ---- input ----
DOM_KEYS = {"Up": "ArrowUp", "Down": "ArrowDown", "Left": "ArrowLeft", "Right": "ArrowRight", "space": " ",
            "Return": "Enter", "Escape": "Escape", "BackSpace": "Backspace"}


def _canvas_xy(x, y):
    s = turtle.Screen()
    return x * s.xscale, -y * s.yscale


def _real_canvas():
    return turtle.Screen().cv._canvas


def key(keysym, down=True):
    if IMPL == "real":
        _real_canvas().event_generate("<KeyPress>" if down else "<KeyRelease>", keysym=keysym)
    else:
        _inject({"kind": "TurtleKey", "down": down, "key": DOM_KEYS.get(keysym, keysym)})


def _mouse(action, x, y, btn):
    cx, cy = _canvas_xy(x, y)
    if IMPL == "real":
        cv = _real_canvas()
        wx, wy = round(cx - cv.canvasx(0)), round(cy - cv.canvasy(0))
        if action == "press":
            cv.event_generate("<Motion>", x=wx, y=wy)
            cv.event_generate("<ButtonPress-%d>" % btn, x=wx, y=wy)
        elif action == "move":
            cv.event_generate("<B%d-Motion>" % btn, x=wx, y=wy)
        else:
            cv.event_generate("<ButtonRelease-%d>" % btn, x=wx, y=wy, state=0x80 << btn)
    else:
        _inject({"kind": "TurtleMouse", "action": action, "button": btn, "x": cx, "y": cy})


def _inject(event):
    screen = turtle.Screen()
    screen.cv.backend.inject(event)
    screen._process(0.0)


def click(x, y, btn=1):
    _mouse("press", x, y, btn)


def drag(x, y, btn=1):
    _mouse("move", x, y, btn)


def release(x, y, btn=1):
    _mouse("release", x, y, btn)


# ---- snapshots ----

def _num(v):
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, (int, float)):
        return float(v)
    return v


def plain(v):
    """JSON-able form of a turtle value (Vec2D and tuples become lists, numbers floats)."""
    if isinstance(v, dict):
        return {str(k): plain(x) for k, x in sorted(v.items(), key=lambda kv: str(kv[0]))}
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return None if isinstance(v, float) and not math.isfinite(v) else float(v)
    if v is None or isinstance(v, (str, bool)):
        return v
    if isinstance(v, turtle.RawTurtle):
        return f"<turtle #{turtle.Screen().turtles().index(v) if v in turtle.Screen().turtles() else '?'}>"
    return type(v).__name__


def _hex_real(cv, color):
    if color in ("", None):
        return None
    r, g, b = cv.winfo_rgb(color)
    return "#%02x%02x%02x" % (r >> 8, g >> 8, b >> 8)


def _turtle_items(screen):
    ids = {}
    for n, t in enumerate(screen.turtles()):
        item = t.turtle._item
        for i in (item if isinstance(item, (list, tuple)) else [item]):
            ids[i] = n
    return ids


def items_real(screen):
    cv = screen.cv._canvas
    xs, ys = screen.xscale, screen.yscale
    turtles = _turtle_items(screen)
    out = []
    for item in cv.find_all():
        kind = cv.type(item)
        co = cv.coords(item)
        pts = [[co[i] / xs, -co[i + 1] / ys] for i in range(0, len(co), 2)]
        rec = None
        if kind == "line":
            color = _hex_real(cv, cv.itemcget(item, "fill"))
            width = float(cv.itemcget(item, "width"))
            if color is None or len(pts) < 2:
                continue
            if all(p == pts[0] for p in pts):
                rec = {"t": "dot", "x": pts[0][0], "y": pts[0][1], "size": width, "color": color}
            else:
                rec = {"t": "line", "pts": pts, "color": color, "width": width}
        elif kind == "polygon":
            fill = _hex_real(cv, cv.itemcget(item, "fill"))
            outline = _hex_real(cv, cv.itemcget(item, "outline"))
            if fill is None and outline is None:
                continue
            rec = {"t": "poly", "pts": pts, "fill": fill, "outline": outline,
                   "width": float(cv.itemcget(item, "width"))}
        elif kind == "text":
            spec = cv.itemcget(item, "font")
            parts = cv.tk.splitlist(spec)
            rec = {"t": "text", "x": pts[0][0], "y": pts[0][1], "text": cv.itemcget(item, "text"),
                   "anchor": cv.itemcget(item, "anchor"), "color": _hex_real(cv, cv.itemcget(item, "fill")),
                   "font": [parts[0], float(parts[1]) if len(parts) > 1 else 0.0,
                            "bold" if "bold" in parts[2:] else "normal",
                            "italic" if "italic" in parts[2:] else "roman"]}
        elif kind == "image":
            name = cv.itemcget(item, "image")
            if not name or item == getattr(screen, "_bgpic", None):
                continue
            w, h = int(cv.tk.call("image", "width", name)), int(cv.tk.call("image", "height", name))
            if (w, h) == (1, 1):
                continue  # the blank image of a hidden image turtle
            rec = {"t": "image", "x": pts[0][0], "y": pts[0][1], "size": [float(w), float(h)]}
        if rec is not None:
            rec["turtle"] = turtles.get(item)
            out.append(rec)
    return out


def items_ours(screen):
    scene = screen.cv.backend.scene
    turtles = _turtle_items(screen)
    out = []
    for item_id, item in scene.items.items():
        kind = item["kind"]
        rec = None
        if kind == "line":
            if item["color"] is None or len(item["points"]) < 2:
                continue
            rec = {"t": "line", "pts": [list(p) for p in item["points"]], "color": item["color"],
                   "width": item["width"]}
        elif kind == "dot":
            if item["color"] is None:
                continue
            rec = {"t": "dot", "x": item["x"], "y": item["y"], "size": item["size"], "color": item["color"]}
        elif kind == "poly":
            if item["fill"] is None and item["outline"] is None:
                continue
            rec = {"t": "poly", "pts": [list(p) for p in item["points"]], "fill": item["fill"],
                   "outline": item["outline"], "width": item["width"]}
        elif kind == "text":
            f = item["font"]
            rec = {"t": "text", "x": item["x"], "y": item["y"], "text": item["text"], "anchor": item["anchor"],
                   "color": item["color"],
                   "font": [f["family"], round(f["size"] / _ops.PX_PER_PT, 6), f["weight"], f["slant"]]}
        elif kind == "picture":
            image = scene.images.get(item["image"])
            if image is None:
                continue
            rec = {"t": "image", "x": item["x"], "y": item["y"], "size": [float(image["width"]),
                                                                          float(image["height"])]}
        if rec is not None:
            rec["turtle"] = turtles.get(item_id)
            out.append(rec)
    return out


def _safe(func, *args):
    try:
        return plain(func(*args))
    except Exception as e:  # CPython has bugs in some getters (#rgb colours); record them
        return ["error", type(e).__name__, str(e)]


def _turtle_state(t):
    return {
        "pos": _safe(t.pos), "heading": _safe(t.heading), "undo": t.undobufferentries(),
        "pen": _safe(t.pen), "visible": t.isvisible(), "shape": t.shape(), "filling": t.filling(),
        "shapesize": _safe(t.shapesize), "shapetransform": _safe(t.shapetransform),
        "tiltangle": _safe(t.tiltangle), "shapepoly": _safe(t.get_shapepoly), "poly": _safe(t.get_poly),
        "color": _safe(t.color), "stamps": len(t.stampItems),
    }


def snapshot():
    s = turtle.Screen()
    s.update()
    screen = {"mode": s.mode(), "colormode": _safe(s.colormode), "tracer": _safe(s.tracer),
              "delay": s.delay(), "bgcolor": _safe(s.bgcolor), "screensize": _safe(s.screensize),
              "shapes": s.getshapes(), "window": [s.window_width(), s.window_height()],
              "scale": [s.xscale, s.yscale], "bgpic": s.bgpic()}
    items = items_real(s) if IMPL == "real" else items_ours(s)
    return {"screen": screen, "turtles": [_turtle_state(t) for t in s.turtles()], "items": items,
            "counts": dict(COUNTS)}


def check(label, *values):
    counts_before = dict(COUNTS)
    RECORDS.append({"label": label, "values": plain(list(values)), **snapshot()})
    COUNTS.update(counts_before)  # the snapshot's own update() does not count


def expect_error(func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as e:
        RECORDS.append({"label": "error:" + getattr(func, "__name__", "?"),
                        "error": [type(e).__name__, str(e)]})
        return
    RECORDS.append({"label": "error:" + getattr(func, "__name__", "?"), "error": None, "result": plain(result)})


for _name in ("check", "expect_error", "key", "click", "drag", "release", "run_for", "answer"):
    setattr(builtins, _name, globals()[_name])


def main():
    script, out = sys.argv[2], sys.argv[3]
    with open(script) as f:
        source = f.read()
    glb = {"__name__": "__main__", "__file__": script}
    final = None
    try:
        exec(compile(source, script, "exec"), glb)
    except Exception as e:
        final = [type(e).__name__, str(e), traceback.format_exc()]
    try:
        RECORDS.append({"label": "end", **snapshot()})
    except Exception as e:
        RECORDS.append({"label": "end", "error": [type(e).__name__, str(e)]})
    with open(out, "w") as f:
        json.dump({"records": RECORDS, "uncaught": final}, f)


main()
