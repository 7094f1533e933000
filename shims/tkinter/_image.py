"""Images: ``PhotoImage`` (PNG, GIF and PPM/PGM, from a file or data) and ``BitmapImage`` (XBM).

Python reads only what it must (the format and size from the file's header) and sends the bytes to the renderer,
base64-encoded; ``put`` paints pixels (remembered here so ``get`` can read them back); ``copy``, ``zoom`` and
``subsample`` are done by the renderer, Python computing the new size. As in tkinter, an image is deleted when its
Python object is garbage collected.
"""
import base64
import re
import struct

from . import _loop, _misc, _tcl
from ._tcl import TclError

_counter = [0]
BUILTIN_IMAGES = ("::tk::icons::information", "::tk::icons::error", "::tk::icons::warning", "::tk::icons::question")


def sniff(data):
    """(format, width, height) of image bytes, or None."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        w, h = struct.unpack(">II", data[16:24])
        return "png", w, h
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        w, h = struct.unpack("<HH", data[6:10])
        return "gif", w, h
    m = re.match(rb"P([1-6])\s+(?:#[^\n]*\n\s*)*(\d+)\s+(?:#[^\n]*\n\s*)*(\d+)", data[:200])
    if m:
        return "ppm", int(m.group(2)), int(m.group(3))
    return None


def _decode_data(value):
    """Image data given as bytes, base64 text or raw text; returns bytes."""
    if isinstance(value, (bytes, bytearray)):
        raw = bytes(value)
        if sniff(raw):
            return raw
        try:
            return base64.b64decode(raw, validate=False)
        except Exception:
            return raw
    s = _tcl.tcl_str(value)
    try:
        raw = base64.b64decode("".join(s.split()), validate=True)
        if sniff(raw):
            return raw
    except Exception:
        pass
    return s.encode("latin-1", "replace")


def _color_rows(data):
    """Rows of colours from ``put`` data: a colour, a list of colours, or a list of lists (or Tcl text)."""
    from . import _colors
    if isinstance(data, str):
        rows = [_tcl.split(r) for r in _tcl.split(data)]
        if rows and len(rows) == 1 and len(rows[0]) == 1 and not data.strip().startswith("{"):
            rows = [[data.strip()]]
    elif isinstance(data, (tuple, list)) and data and isinstance(data[0], (tuple, list)):
        rows = [list(r) for r in data]
    elif isinstance(data, (tuple, list)):
        rows = [list(data)]
    else:
        rows = [[str(data)]]
    return [[_colors.parse(c) if c else None for c in row] for row in rows]


class Image:
    """Base class for images."""

    _last_id = 0
    _app = None

    def __init__(self, imgtype, name=None, cnf={}, master=None, **kw):
        self.name = None
        if master is None:
            master = _misc.default_root("create image")
        self.tk = master.tk
        self._app = master._app
        if not name:
            Image._last_id += 1
            name = "pyimage%r" % (Image._last_id,)
        self.name = str(name)
        self._type = imgtype
        self._handle = _loop.new_handle()
        self._opts = {}
        self._size = (0, 0)
        self._pixels = {}
        old = self._app.images.get(self.name)
        if old is not None:
            old._gone()
        cnf = dict(cnf or {}, **kw)
        self._configure(cnf, create=True)
        self._app.images[self.name] = self

    def __str__(self):
        return self.name

    def __del__(self):
        if self.name and self._app is not None and self._app.images.get(self.name) is self:
            try:
                self._delete()
            except Exception:
                pass

    def _delete(self):
        if self._app.images.get(self.name) is self:
            del self._app.images[self.name]
        self._gone()

    def _gone(self):
        if _loop.widgets or _loop.apps:
            _loop.send("image_delete", image=self._handle)

    def __setitem__(self, key, value):
        self.configure(**{key: value})

    def __getitem__(self, key):
        return self.cget(key)

    def cget(self, key):
        key = str(key)
        if key not in self._OPTIONS:
            raise TclError('unknown option "-%s"' % key)
        return _tcl.tcl_str(self._opts.get(key, self._OPTIONS[key]))

    def configure(self, **kw):
        """Configure the image."""
        if not kw:
            return {k: ("-" + k, "", "", self._OPTIONS[k], self._opts.get(k, self._OPTIONS[k]))
                    for k in self._OPTIONS}
        self._configure(kw)

    config = configure

    def height(self):
        """Return the height of the image."""
        return self._size[1]

    def width(self):
        """Return the width of the image."""
        return self._size[0]

    def type(self):
        """Return the type of the image, e.g. "photo" or "bitmap"."""
        return self._type


class PhotoImage(Image):
    """Widget which can display images in PGM, PPM, GIF, PNG format."""

    _OPTIONS = {"data": "", "format": "", "file": "", "gamma": "1.0", "height": "0", "palette": "", "width": "0"}

    def __init__(self, name=None, cnf={}, master=None, **kw):
        Image.__init__(self, "photo", name, cnf, master, **kw)

    def _configure(self, cnf, create=False):
        for k in cnf:
            key = k.rstrip("_")
            if key not in self._OPTIONS:
                raise TclError('unknown option "-%s"' % key)
        opts = dict(self._opts)
        raw = None
        fmt = None
        for k, v in cnf.items():
            key = k.rstrip("_")
            if key in ("width", "height"):
                opts[key] = _tcl.parse_int(v)
            elif key == "gamma":
                opts[key] = _tcl.parse_double(v)
            elif key == "file":
                path = _tcl.tcl_str(v)
                try:
                    with open(path, "rb") as fh:
                        raw = fh.read()
                except OSError:
                    raise TclError('couldn\'t open "%s": no such file or directory' % path) from None
                info = sniff(raw)
                if info is None:
                    raise TclError('couldn\'t recognize data in image file "%s"' % path)
                fmt = info
                opts[key] = path
            elif key == "data":
                if isinstance(v, str) and not v:
                    continue
                raw = _decode_data(v)
                info = sniff(raw)
                if info is None:
                    raise TclError("couldn't recognize image data")
                fmt = info
                opts[key] = v
            else:
                opts[key] = v
        self._opts = opts
        w = _tcl.parse_int(opts.get("width", 0) or 0)
        h = _tcl.parse_int(opts.get("height", 0) or 0)
        if fmt is not None:
            self._size = (w or fmt[1], h or fmt[2])
        elif w or h or create:
            self._size = (w or self._size[0], h or self._size[1])
        strict = {"width": self._size[0], "height": self._size[1]}
        if raw is not None:
            strict["data"] = base64.b64encode(raw).decode("ascii")
            strict["format"] = fmt[0]
        _loop.send("image_create" if create else "image_configure", image=self._handle,
                   **({"type": "photo"} if create else {}), options=strict)

    def blank(self):
        """Display a transparent image."""
        self._pixels = {}
        _loop.send("image_blank", image=self._handle)

    def _new_like(self, size):
        img = PhotoImage(master=self._app.root)
        img._size = size
        return img

    def copy(self, *, from_coords=None, zoom=None, subsample=None):
        """Return a new PhotoImage with the same image as this widget."""
        zx, zy = _pair(zoom)
        sx, sy = _pair(subsample)
        w, h = self._size
        if from_coords:
            c = list(from_coords)
            w, h = (c[2] - c[0], c[3] - c[1]) if len(c) == 4 else (w - c[0], h - c[1])
        img = self._new_like((-(-w * zx // sx), -(-h * zy // sy)))
        _loop.send("image_copy", image=img._handle, source=self._handle,
                   **{"from": [float(x) for x in from_coords] if from_coords else None}, to=None,
                   zoom=[zx, zy], subsample=[sx, sy])
        _loop.send("image_configure", image=img._handle, options={"width": img._size[0], "height": img._size[1]})
        return img

    def zoom(self, x, y=""):
        """Return a new PhotoImage with the same image as this widget but zoom it with a factor of X in the
        X direction and Y in the Y direction. If Y is not given, the default value is the same as X."""
        return self.copy(zoom=(x, x if y == "" else y))

    def subsample(self, x, y=""):
        """Return a new PhotoImage based on the same image as this widget but use only every Xth or Yth pixel."""
        return self.copy(subsample=(x, x if y == "" else y))

    def copy_replace(self, sourceImage, **kw):
        src = sourceImage if isinstance(sourceImage, PhotoImage) else self._app.images[str(sourceImage)]
        _loop.send("image_copy", image=self._handle, source=src._handle, **{"from": None}, to=None,
                   zoom=[1, 1], subsample=[1, 1])

    def get(self, x, y):
        """Return the color (red, green, blue) of the pixel at X,Y."""
        x, y = _tcl.parse_int(x), _tcl.parse_int(y)
        if not (0 <= x < self._size[0] and 0 <= y < self._size[1]):
            raise TclError("%s get: coordinates out of range" % self.name)
        c = self._pixels.get((x, y))
        if c is None:
            return (0, 0, 0)
        return (int(c[1:3], 16), int(c[3:5], 16), int(c[5:7], 16))

    def put(self, data, to=None):
        """Put row formatted colors to image starting from position TO, e.g. image.put("{red green} {blue
        yellow}", to=(4,6))."""
        rows = _color_rows(data)
        x0, y0 = 0, 0
        if to:
            t = list(to)
            x0, y0 = _tcl.parse_int(t[0]), _tcl.parse_int(t[1])
            if len(t) == 4:
                x1, y1 = _tcl.parse_int(t[2]), _tcl.parse_int(t[3])
                base = rows
                rows = [[base[(yy - y0) % len(base)][(xx - x0) % len(base[0])] for xx in range(x0, x1)]
                        for yy in range(y0, y1)]
        w = max(self._size[0], x0 + max(len(r) for r in rows)) if self._opts.get("width") in (None, 0, "0") else \
            self._size[0]
        h = max(self._size[1], y0 + len(rows)) if self._opts.get("height") in (None, 0, "0") else self._size[1]
        self._size = (w, h)
        for dy, row in enumerate(rows):
            for dx, c in enumerate(row):
                if c is not None:
                    self._pixels[(x0 + dx, y0 + dy)] = c
        _loop.send("image_put", image=self._handle, x=x0, y=y0, rows=rows)

    def read(self, filename, format=None, *, from_coords=None, to=None, shrink=False):
        self.configure(file=filename)

    def write(self, filename, format=None, from_coords=None, *, background=None, grayscale=False):
        raise TclError("writing images is not available in Pyroom")

    def data(self, format=None, *, from_coords=None, background=None, grayscale=False):
        raise TclError("reading image data back is not available in Pyroom")

    def transparency_get(self, x, y):
        return (_tcl.parse_int(x), _tcl.parse_int(y)) not in self._pixels

    def transparency_set(self, x, y, boolean):
        if _tcl.parse_bool(boolean):
            self._pixels.pop((_tcl.parse_int(x), _tcl.parse_int(y)), None)


def _pair(v):
    if v is None or v == "":
        return 1, 1
    if isinstance(v, (tuple, list)):
        a = _tcl.parse_int(v[0])
        b = _tcl.parse_int(v[1]) if len(v) > 1 and v[1] != "" else a
        return a, b
    a = _tcl.parse_int(v)
    return a, a


class BitmapImage(Image):
    """Widget which can display images in XBM format."""

    _OPTIONS = {"background": "", "data": "", "file": "", "foreground": "#000000", "maskdata": "", "maskfile": ""}

    def __init__(self, name=None, cnf={}, master=None, **kw):
        Image.__init__(self, "bitmap", name, cnf, master, **kw)

    def _configure(self, cnf, create=False):
        from . import _colors
        opts = dict(self._opts)
        strict = {}
        for k, v in cnf.items():
            key = k.rstrip("_")
            if key not in self._OPTIONS:
                raise TclError('unknown option "-%s"' % key)
            if key in ("file", "maskfile"):
                try:
                    with open(_tcl.tcl_str(v)) as fh:
                        text = fh.read()
                except OSError:
                    raise TclError('couldn\'t read bitmap file "%s": no such file or directory' % v) from None
                strict["data" if key == "file" else "maskdata"] = text
            elif key in ("data", "maskdata"):
                strict[key] = _tcl.tcl_str(v)
            else:
                s = _tcl.tcl_str(v)
                strict[key] = _colors.parse(s) if s else None
            opts[key] = v
        data = strict.get("data")
        if data:
            self._size = _xbm_size(data)
        self._opts = opts
        _loop.send("image_create" if create else "image_configure", image=self._handle,
                   **({"type": "bitmap"} if create else {}), options=strict)


def _xbm_size(data):
    """The size of XBM data, checked the way Tk reads it (numbers separated by white space or commas)."""
    mw = re.search(r"#define\s+\S*width\s+(\d+)", data)
    mh = re.search(r"#define\s+\S*height\s+(\d+)", data)
    brace = data.find("{")
    if not (mw and mh) or brace < 0:
        raise TclError("format error in bitmap data")
    w, h = int(mw.group(1)), int(mh.group(1))
    values = []
    for tok in re.split(r"[\s,]+", data[brace + 1:]):
        if tok in ("}", "};") or not tok:
            if tok:
                break
            continue
        if not re.fullmatch(r"0[xX][0-9a-fA-F]+|\d+", tok):
            raise TclError("format error in bitmap data")
        values.append(tok)
    if len(values) < (w + 7) // 8 * h:
        raise TclError("format error in bitmap data")
    return w, h


def image_names():
    return BUILTIN_IMAGES + tuple(_misc.default_root("use image_names()")._app.images)


def image_types():
    _misc.default_root("use image_types()")
    return ("photo", "bitmap")
