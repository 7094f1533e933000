"""The drawing as a file, from the scene: Encapsulated PostScript (``save()``, ``getcanvas().postscript()``) and
SVG (a reference rendering of the ops: what the panel's Preview shows, item for item).

Both show the window's view of the canvas (Tk centres the canvas in the window), items in stacking order; the
SVG also paints the background colour (PostScript output from Tk does not) and background picture.
"""
import math
from xml.sax.saxutils import escape

from . import _text


def _view(scene):
    """(x0, y0, width, height) of the area shown, in canvas pixels (y down)."""
    c, w = scene.canvas, scene.window
    x1, y1, x2, y2 = c["region"]
    width = max(w["width"], 1)
    height = max(w["height"], 1)
    return (x1 + x2) / 2 - width / 2, (y1 + y2) / 2 - height / 2, width, height


def _rgb(color):
    return tuple(int(color[i:i + 2], 16) / 255 for i in (1, 3, 5))


def _fmt(v):
    return ("%.3f" % v).rstrip("0").rstrip(".")


def postscript(scene):
    x0, y0, width, height = _view(scene)
    sx, sy = scene.canvas["xscale"], scene.canvas["yscale"]

    def xy(p):
        return "%s %s" % (_fmt(p[0] * sx - x0), _fmt(y0 + height + p[1] * sy))

    out = ["%!PS-Adobe-3.0 EPSF-3.0", "%%Creator: Pyroom turtle",
           "%%%%BoundingBox: 0 0 %d %d" % (math.ceil(width), math.ceil(height)), "%%EndComments",
           "1 setlinecap 1 setlinejoin"]
    for item in scene.items.values():
        kind = item["kind"]
        if kind == "line" and item["color"] and len(item["points"]) >= 2:
            pts = item["points"]
            out.append("%s %s %s setrgbcolor %s setlinewidth" % (*map(_fmt, _rgb(item["color"])),
                                                                  _fmt(item["width"])))
            out.append("newpath " + xy(pts[0]) + " moveto " + " ".join(xy(p) + " lineto" for p in pts[1:])
                       + " stroke")
        elif kind == "dot" and item["color"]:
            out.append("%s %s %s setrgbcolor newpath %s %s 0 360 arc fill" % (
                *map(_fmt, _rgb(item["color"])), xy((item["x"], item["y"])), _fmt(item["size"] / 2)))
        elif kind == "poly" and len(item["points"]) >= 3 and (item["fill"] or item["outline"]):
            path = "newpath " + xy(item["points"][0]) + " moveto " + " ".join(
                xy(p) + " lineto" for p in item["points"][1:]) + " closepath"
            if item["fill"]:
                out.append("%s %s %s setrgbcolor %s eofill" % (*map(_fmt, _rgb(item["fill"])), path))
            if item["outline"]:
                out.append("%s %s %s setrgbcolor %s setlinewidth %s stroke" % (
                    *map(_fmt, _rgb(item["outline"])), _fmt(item["width"]), path))
        elif kind == "text" and item["color"]:
            f = item["font"]
            family = {"courier": "Courier", "times": "Times-Roman"}.get(_text._family(f["family"]), "Helvetica")
            if f["weight"] == "bold":
                family = {"Times-Roman": "Times-Bold"}.get(family, family + "-Bold")
            w, h = _text.extent(item["text"], f)
            lines = item["text"].split("\n")
            line_h = h / len(lines)
            dx = {"sw": 0, "s": -w / 2, "se": -w}[item["anchor"]]
            out.append("%s %s %s setrgbcolor /%s findfont %s scalefont setfont" % (
                *map(_fmt, _rgb(item["color"])), family, _fmt(f["size"])))
            for i, line in enumerate(lines):
                base = (item["x"] * sx - x0 + dx, y0 + height + item["y"] * sy + (len(lines) - 1 - i) * line_h
                        + line_h * 0.22)
                text = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                out.append("%s %s moveto (%s) show" % (_fmt(base[0]), _fmt(base[1]), text))
    out += ["showpage", "%%EOF", ""]
    return "\n".join(out)


def svg(scene):
    """A standalone SVG of the scene: the reference for how the ops are painted."""
    x0, y0, width, height = _view(scene)
    sx, sy = scene.canvas["xscale"], scene.canvas["yscale"]

    def pts(points):
        return " ".join("%s,%s" % (_fmt(x * sx), _fmt(-y * sy)) for x, y in points)

    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="%s %s %s %s">'
           % (_fmt(width), _fmt(height), _fmt(x0), _fmt(y0), _fmt(width), _fmt(height)),
           '<rect x="%s" y="%s" width="%s" height="%s" fill="%s"/>'
           % (_fmt(x0), _fmt(y0), _fmt(width), _fmt(height), scene.bgcolor)]
    if scene.bgpic is not None and scene.bgpic in scene.images:
        image = scene.images[scene.bgpic]
        out.append(_image(image, 0, 0))
    for item in scene.items.values():
        kind = item["kind"]
        if kind == "line" and item["color"] and len(item["points"]) >= 2:
            out.append('<polyline points="%s" fill="none" stroke="%s" stroke-width="%s" stroke-linecap="round" '
                       'stroke-linejoin="round"/>' % (pts(item["points"]), item["color"], _fmt(item["width"])))
        elif kind == "dot" and item["color"]:
            out.append('<circle cx="%s" cy="%s" r="%s" fill="%s"/>' % (
                _fmt(item["x"] * sx), _fmt(-item["y"] * sy), _fmt(item["size"] / 2), item["color"]))
        elif kind == "poly" and len(item["points"]) >= 3 and (item["fill"] or item["outline"]):
            out.append('<polygon points="%s" fill="%s" fill-rule="evenodd" stroke="%s" stroke-width="%s" '
                       'stroke-linejoin="round"/>' % (pts(item["points"]), item["fill"] or "none",
                                                      item["outline"] or "none", _fmt(item["width"])))
        elif kind == "text" and item["color"]:
            f = item["font"]
            lines = item["text"].split("\n")
            _, h = _text.extent(item["text"], f)
            line_h = h / len(lines)
            anchor = {"sw": "start", "s": "middle", "se": "end"}[item["anchor"]]
            style = 'font-family="%s" font-size="%s"' % (escape(f["family"], {'"': "&quot;"}), _fmt(f["size"]))
            if f["weight"] == "bold":
                style += ' font-weight="bold"'
            if f["slant"] == "italic":
                style += ' font-style="italic"'
            decoration = " ".join(d for d in ("underline", "line-through") if f[{"underline": "underline",
                                                                                  "line-through": "overstrike"}[d]])
            if decoration:
                style += ' text-decoration="%s"' % decoration
            for i, line in enumerate(lines):  # the anchor is the bottom of the text box; baselines sit above it
                y = -item["y"] * sy - (len(lines) - 1 - i) * line_h - line_h * 0.22
                out.append('<text x="%s" y="%s" text-anchor="%s" fill="%s" %s xml:space="preserve">%s</text>' % (
                    _fmt(item["x"] * sx), _fmt(y), anchor, item["color"], style, escape(line)))
        elif kind == "picture" and item["image"] in scene.images:
            out.append(_image(scene.images[item["image"]], item["x"] * sx, -item["y"] * sy))
    out.append("</svg>")
    return "\n".join(out)


def _image(image, cx, cy):
    w, h = image["width"], image["height"]
    return '<image x="%s" y="%s" width="%d" height="%d" href="data:image/%s;base64,%s"/>' % (
        _fmt(cx - w / 2), _fmt(cy - h / 2), w, h, image["format"], image["data"])
