"""Writes src/tk/fixtures/canvas.json: real Tk's bounding boxes of canvas items (lines with arrows and splines,
arcs, wrapped and anchored text, bitmaps, images) and the font measurements the text used, so src/tk/canvas.rs is
checked against Tk itself. Run with CPython's real tkinter under a display:

    xvfb-run -a /root/.pyenv/versions/3.13.0/bin/python3 tests/tkinter/tools/record_canvas.py

Options are written in the shim's strict form (colours as #rrggbb, fonts by name: the test turns a font name into a
Font whose family is that name, and replays the recorded per-character widths and metrics).
"""
import json
import os
import string
import tkinter as tk
import tkinter.font as tkfont

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
OUT = os.path.join(ROOT, "src", "tk", "fixtures", "canvas.json")

FONTS = {"TkDefaultFont": "TkDefaultFont", "Courier10": ("Courier", 10), "Helvetica12b": ("Helvetica", 12, "bold")}
CHARS = string.ascii_letters + string.digits + " .,;:!?'-()"
LONG = "The quick brown fox jumps over the lazy dog, again and again."

CASES = [
    ("line", [10, 10, 100, 10], {}),
    ("line", [10, 10, 100, 60], {"width": 5.0, "arrow": "last"}),
    ("line", [10, 10, 100, 60], {"width": 2.0, "arrow": "both", "arrowshape": [16.0, 20.0, 6.0]}),
    ("line", [10, 10, 60, 80, 120, 20], {"arrow": "first"}),
    ("line", [120, 20, 10, 10], {"arrow": "last", "width": 1.0}),
    ("line", [10, 10, 60, 80, 120, 20, 160, 90], {"smooth": True}),
    ("line", [10, 10, 60, 80, 120, 20, 160, 90], {"smooth": True, "width": 3.0}),
    ("line", [10, 10, 100, 10], {"width": 9.0, "capstyle": "projecting"}),
    ("line", [10, 10, 100, 10], {"width": 9.0, "capstyle": "round"}),
    ("rectangle", [10, 10, 80, 50], {}),
    ("rectangle", [80, 50, 10, 10], {"width": 4.0, "fill": "#ff0000"}),
    ("rectangle", [10, 10, 80, 50], {"outline": None, "fill": "#00ff00"}),
    ("oval", [10, 10, 80, 50], {"width": 3.0}),
    ("polygon", [10, 10, 80, 20, 40, 70], {}),
    ("polygon", [10, 10, 80, 20, 40, 70], {"outline": "#000000", "width": 2.0}),
    ("polygon", [10, 10, 80, 20, 40, 70, 10, 60], {"smooth": True}),
    ("arc", [10, 10, 110, 70], {"start": 30.0, "extent": 120.0}),
    ("arc", [10, 10, 110, 70], {"start": 30.0, "extent": 120.0, "style": "chord"}),
    ("arc", [10, 10, 110, 70], {"start": 30.0, "extent": 120.0, "style": "arc", "width": 4.0}),
    ("arc", [10, 10, 110, 70], {"start": 200.0, "extent": -100.0}),
    ("arc", [10, 10, 110, 70], {"start": -45.0, "extent": 300.0, "style": "arc"}),
    ("arc", [10, 10, 110, 70], {"start": 0.0, "extent": 360.0}),
    ("text", [100, 50], {"text": "Hello", "font": "TkDefaultFont"}),
    ("text", [100, 50], {"text": "Hello\nWorld wide", "font": "TkDefaultFont", "anchor": "nw"}),
    ("text", [100, 50], {"text": "Hello\nWorld wide", "font": "Courier10", "anchor": "se", "justify": "right"}),
    ("text", [100.4, 50.6], {"text": "Hello\nWorld wide\n", "font": "TkDefaultFont", "anchor": "s"}),
    ("text", [10, 10], {"text": LONG, "font": "TkDefaultFont", "anchor": "nw", "width": 80.0}),
    ("text", [10, 10], {"text": LONG, "font": "Helvetica12b", "anchor": "nw", "width": 150.0, "justify": "center"}),
    ("text", [10, 10], {"text": "Supercalifragilistic ok", "font": "TkDefaultFont", "anchor": "nw", "width": 30.0}),
    ("text", [200, 100], {"text": "ab  cd   ef gh", "font": "Courier10", "anchor": "e", "width": 50.0}),
    ("text", [200, 100], {"text": "", "font": "TkDefaultFont", "anchor": "center"}),
    ("bitmap", [50, 50], {"bitmap": "info"}),
    ("bitmap", [50, 50], {"bitmap": "error", "anchor": "se"}),
    ("bitmap", [50.5, 50.5], {"bitmap": "questhead", "anchor": "n"}),
    ("image", [50, 50], {"image": [10, 7]}),
    ("image", [50, 50], {"image": [9, 5], "anchor": "ne"}),
]


def tk_value(k, v, fonts):
    if v is None:
        return ""
    if k == "font":
        return fonts[v]
    if isinstance(v, list):
        return tuple(v)
    return v


def ps_paths(ps):
    """The paths of the canvas's PostScript (one item's): each a list of [op, x, y, ...] in canvas coordinates
    (PostScript's y runs up from the bottom of the 300-pixel area)."""
    paths, cur = [], None
    body = ps[ps.find("%%Page:"):]
    body = body[body.find("newpath") + len("newpath"):]
    for line in body.splitlines():
        parts = line.split()
        if not parts or parts[-1] not in ("moveto", "lineto", "curveto"):
            continue
        nums = [float(v) for v in parts[:-1]]
        for k in range(1, len(nums), 2):
            nums[k] = 300 - nums[k]
        if parts[-1] == "moveto":
            cur = []
            paths.append(cur)
        cur.append([parts[-1]] + nums)
    return paths


def main():
    root = tk.Tk()
    c = tk.Canvas(root, width=400, height=300)
    c.pack()
    fonts = {}
    named = {}
    for key, spec in FONTS.items():
        f = tkfont.nametofont(spec) if isinstance(spec, str) else tkfont.Font(root, font=spec)
        named[key] = f
        m = f.metrics()
        chars = {ch: f.measure(ch) for ch in CHARS}
        checks = {s: f.measure(s) for s in ("Hello", "World wide", "quick brown", LONG)}
        fonts[key] = {"ascent": m["ascent"], "descent": m["descent"], "linespace": m["linespace"],
                      "chars": chars, "checks": checks}
    images = []
    items = []
    for ty, coords, opts in CASES:
        kw = {}
        for k, v in opts.items():
            if k == "image":
                img = tk.PhotoImage(width=v[0], height=v[1])
                images.append(img)
                kw[k] = img
            else:
                kw[k] = tk_value(k, v, named)
        i = getattr(c, "create_" + ty)(*coords, **kw)
        c.update_idletasks()
        rec = {"type": ty, "coords": [float(x) for x in coords], "options": opts, "bbox": list(c.bbox(i))}
        if ty == "line":
            rec["ps"] = ps_paths(c.postscript(x=0, y=0, width=400, height=300))
        items.append(rec)
        c.delete(i)
    with open(OUT, "w") as fh:
        json.dump({"fonts": fonts, "items": items}, fh, indent=1, sort_keys=True)
        fh.write("\n")
    root.destroy()


if __name__ == "__main__":
    main()
