"""The geometry managers' Python side: ``pack``, ``grid`` and ``place`` options, checked the way Tk checks them and
kept per widget (for ``pack_info`` and friends); the renderer gets strict ``manage``/``forget`` ops and computes
the layout (``winfo_*`` ask for the result).

``Pack``, ``Place`` and ``Grid`` are the slave-side mixins of ``Widget``; :class:`Master` holds the master-side
methods (``pack_propagate``, ``grid_columnconfigure``, ``grid_size``...) that every widget has through ``Misc``.
"""
from . import _loop, _options, _tcl
from ._tcl import TclError

ANCHORS = ["n", "ne", "e", "se", "s", "sw", "w", "nw", "center"]


def _choice(v, word, values, abbrev=True):
    s = _tcl.tcl_str(v)
    if s in values:
        return s
    hits = [x for x in values if x.startswith(s)] if s and abbrev else []
    if len(hits) == 1:
        return hits[0]
    must = ", ".join(values[:-1]) + ", or " + values[-1] if len(values) > 2 else " or ".join(values)
    raise TclError('%s %s "%s": must be %s' % ("ambiguous" if len(hits) > 1 else "bad", word, s, must))


def _pad(v, word="pad"):
    """A pad value: one distance or two (``(left, right)``); Tk requires non-negative distances."""
    parts = _tcl.split(v) if isinstance(v, str) else (list(v) if isinstance(v, (tuple, list)) else [v])
    if len(parts) not in (1, 2):
        raise TclError("wrong number of parts to pad specification")
    out = []
    for p in parts:
        try:
            n = _options.pixels(p)
        except TclError:
            n = -1
        if n < 0:
            raise TclError('bad %s value "%s": must be positive screen distance' % (word, _tcl.tcl_str(p)))
        out.append(n)
    return out if len(out) == 2 else [out[0], out[0]]


def _ipad(v, word):
    try:
        n = _options.pixels(v)
    except TclError:
        n = -1
    if n < 0:
        raise TclError('bad %s value "%s": must be positive screen distance' % (word, _tcl.tcl_str(v)))
    return n


def _pad_info(pair):
    return pair[0] if pair[0] == pair[1] else tuple(pair)


def _nonneg_int(v, word, positive=False):
    try:
        n = _tcl.parse_int(v)
    except TclError:
        n = None
    if n is None or n < (1 if positive else 0):
        raise TclError('bad %s value "%s": must be a %s integer' % (
            word, _tcl.tcl_str(v), "positive" if positive else "non-negative"))
    return n


def _sticky(v):
    s = _tcl.tcl_str(v)
    letters = set()
    for c in s:
        if c in "nsewNSEW":
            letters.add(c.lower())
        elif c not in " ,\t":
            raise TclError('bad stickyness value "%s": must be a string containing n, e, s, and/or w' % s)
    return "".join(c for c in "nesw" if c in letters)


def _widget_arg(self, v):
    if hasattr(v, "_w"):
        return v
    try:
        return self.nametowidget(str(v))
    except KeyError:
        raise TclError('bad window path name "%s"' % v) from None


OPTION_NAMES = {
    "pack": ["after", "anchor", "before", "expand", "fill", "in", "ipadx", "ipady", "padx", "pady", "side"],
    "grid": ["column", "columnspan", "in", "ipadx", "ipady", "padx", "pady", "row", "rowspan", "sticky"],
    "place": ["anchor", "bordermode", "height", "in", "relheight", "relwidth", "relx", "rely", "width", "x", "y"],
}


def _bad_option(manager, name):
    names = OPTION_NAMES[manager]
    if manager == "place":
        return TclError('unknown option "-%s"' % name)
    return TclError('bad option "-%s": must be %s, or %s' % (name, ", ".join("-" + n for n in names[:-1]),
                                                             "-" + names[-1]))


def _defaults(manager):
    if manager == "pack":
        return {"side": "top", "fill": "none", "expand": False, "anchor": "center", "padx": [0, 0], "pady": [0, 0],
                "ipadx": 0, "ipady": 0}
    if manager == "grid":
        return {"row": None, "column": None, "rowspan": 1, "columnspan": 1, "sticky": "", "padx": [0, 0],
                "pady": [0, 0], "ipadx": 0, "ipady": 0}
    return {"x": 0, "y": 0, "relx": 0.0, "rely": 0.0, "width": None, "height": None, "relwidth": None,
            "relheight": None, "anchor": "nw", "bordermode": "inside"}


def _check(self, manager, key, v, opts, pos):
    """Checks one option; returns nothing, filling ``opts`` (strict values) and ``pos`` (in/before/after)."""
    if key in ("in", "before", "after") and key in OPTION_NAMES[manager]:
        pos[key] = _widget_arg(self, v)
        return
    if key not in OPTION_NAMES[manager]:
        raise _bad_option(manager, key)
    if manager == "pack":
        if key == "side":
            opts[key] = _choice(v, "side", ["top", "bottom", "left", "right"], abbrev=False)
        elif key == "fill":
            opts[key] = _choice(v, "fill style", ["none", "x", "y", "both"], abbrev=False)
        elif key == "expand":
            opts[key] = _tcl.parse_bool(v)
        elif key == "anchor":
            opts[key] = _choice(v, "anchor", ANCHORS)
        elif key in ("padx", "pady"):
            opts[key] = _pad(v)
        else:
            opts[key] = _ipad(v, key)
    elif manager == "grid":
        if key in ("row", "column"):
            opts[key] = _nonneg_int(v, key)
        elif key in ("rowspan", "columnspan"):
            opts[key] = _nonneg_int(v, key, positive=True)
        elif key == "sticky":
            opts[key] = _sticky(v)
        elif key in ("padx", "pady"):
            opts[key] = _pad(v)
        else:
            opts[key] = _ipad(v, key)
    else:
        if key in ("x", "y"):
            opts[key] = _options.pixels(v)
        elif key in ("width", "height"):
            opts[key] = None if _tcl.tcl_str(v) == "" else _options.pixels(v)
        elif key in ("relx", "rely"):
            opts[key] = _tcl.parse_double(v)
        elif key in ("relwidth", "relheight"):
            opts[key] = None if _tcl.tcl_str(v) == "" else _tcl.parse_double(v)
        elif key == "anchor":
            opts[key] = _choice(v, "anchor", ANCHORS)
        else:
            opts[key] = _choice(v, "bordermode", ["inside", "outside", "ignore"])


class _Slave:
    """The slave side shared by the three managers."""

    _geom = None
    _grid_memory = None

    def _configure_manager(self, manager, cnf, kw):
        from ._misc import merge_cnf
        cnf = merge_cnf(cnf, kw) or {}
        self._check_alive()
        if self._is_toplevel:
            raise TclError("can't manage \"%s\": it's a top-level window" % self._w)
        items = []
        for k, v in cnf.items():
            if v is None:
                continue
            items.append((k[:-1] if k.endswith("_") else k, v))
        same = self._manager == manager
        old = self._geom if same else None
        if old is None and manager == "grid" and self._grid_memory is not None:
            old = self._grid_memory
        opts = dict(old["opts"]) if old else _defaults(manager)
        pos = {}
        try:
            for k, v in items:
                _check(self, manager, k, v, opts, pos)
        except TclError:
            if manager == "place" and not same:
                self._place_ghost = True
            raise
        master = pos.get("in") or (old["master"] if old else self.master)
        for key in ("before", "after"):
            other = pos.get(key)
            if other is not None:
                if other._manager != "pack":
                    raise TclError("window \"%s\" isn't packed" % other._w)
                master = other._geom["master"]
        self._check_master(manager, master)
        if manager == "grid":
            if opts["row"] is None:
                opts["row"] = master._grid_rows_used()
            if opts["column"] is None:
                opts["column"] = 0
        if self._manager and not same:
            if self._manager == "grid":
                self._grid_memory = dict(self._geom)
            self._unmanage(send=False)
        elif same and old["master"] is not master:
            old["master"]._slaves[manager].remove(self)
            same = False
        slaves = master._slaves[manager]
        if self in slaves and ("before" in pos or "after" in pos):
            slaves.remove(self)
        if self not in slaves:
            if "before" in pos:
                slaves.insert(slaves.index(pos["before"]), self)
            elif "after" in pos:
                slaves.insert(slaves.index(pos["after"]) + 1, self)
            else:
                slaves.append(self)
        self._manager = manager
        self._geom = {"master": master, "opts": opts}
        self._place_ghost = False
        if manager == "grid":
            self._grid_memory = None
        idx = slaves.index(self)
        before = slaves[idx + 1]._handle if manager == "pack" and idx + 1 < len(slaves) else None
        _loop.send("manage", id=self._handle, manager=manager, master=master._handle, before=before,
                   options=dict(opts))

    def _check_master(self, manager, master):
        if master is self:
            raise TclError("can't %s %s inside itself" % (_VERB[manager], self._w))
        w = master
        while w is not None and w is not self.master:
            if w is self or w._is_toplevel:
                raise TclError("can't %s %s inside %s" % (_VERB[manager], self._w, master._w))
            w = w.master
        if w is None:
            raise TclError("can't %s %s inside %s" % (_VERB[manager], self._w, master._w))
        other = {"pack": "grid", "grid": "pack"}.get(manager)
        if other and master._slaves[other] and master._slaves[other] != [self]:
            raise TclError("cannot use geometry manager %s inside %s which already has slaves managed by %s"
                           % (manager, master._w, other))

    def _unmanage(self, send=True):
        g = self._geom
        if g is not None:
            slaves = g["master"]._slaves.get(self._manager, [])
            if self in slaves:
                slaves.remove(self)
        self._geom = None
        self._manager = None
        if send:
            _loop.send("forget", id=self._handle)


_VERB = {"pack": "pack", "grid": "put", "place": "place"}


class Pack(_Slave):
    """Geometry manager Pack."""

    def pack_configure(self, cnf={}, **kw):
        """Pack a widget in the parent widget (options: after, anchor, before, expand, fill, in, ipadx, ipady,
        padx, pady, side)."""
        self._configure_manager("pack", cnf, kw)

    pack = configure = config = pack_configure

    def pack_forget(self):
        """Unmap this widget and do not use it for the packing order."""
        if self._manager == "pack":
            self._unmanage()

    forget = pack_forget

    def pack_info(self):
        """Return information about the packing options for this widget."""
        if self._manager != "pack":
            raise TclError("window \"%s\" isn't packed" % self._w)
        o = self._geom["opts"]
        return {"in": self._geom["master"], "anchor": o["anchor"], "expand": int(o["expand"]), "fill": o["fill"],
                "ipadx": o["ipadx"], "ipady": o["ipady"], "padx": _pad_info(o["padx"]),
                "pady": _pad_info(o["pady"]), "side": o["side"]}

    info = pack_info


def _g(n):
    return "%g" % n


class Place(_Slave):
    """Geometry manager Place."""

    def place_configure(self, cnf={}, **kw):
        """Place a widget in the parent widget (options: in, x, y, relx, rely, anchor, width, height, relwidth,
        relheight, bordermode)."""
        self._configure_manager("place", cnf, kw)

    place = configure = config = place_configure

    def place_forget(self):
        """Unmap this widget."""
        if self._manager == "place":
            self._unmanage()

    forget = place_forget

    _place_ghost = False

    def place_info(self):
        """Return information about the placing options for this widget."""
        if self._manager != "place" and not self._place_ghost:
            return {}
        o = self._geom["opts"] if self._manager == "place" else _defaults("place")

        def opt(v, fmt):
            return "" if v is None else fmt(v)
        out = {"in": self._geom["master"]} if self._manager == "place" else {}
        out.update({"x": str(o["x"]), "relx": _g(o["relx"]), "y": str(o["y"]),
                "rely": _g(o["rely"]), "width": opt(o["width"], str), "relwidth": opt(o["relwidth"], _g),
                "height": opt(o["height"], str), "relheight": opt(o["relheight"], _g), "anchor": o["anchor"],
                "bordermode": o["bordermode"]})
        return out

    info = place_info


class Grid(_Slave):
    """Geometry manager Grid."""

    def grid_configure(self, cnf={}, **kw):
        """Position a widget in the parent widget in a grid (options: column, columnspan, in, ipadx, ipady, padx,
        pady, row, rowspan, sticky)."""
        self._configure_manager("grid", cnf, kw)

    grid = configure = config = grid_configure

    def grid_forget(self):
        """Unmap this widget."""
        if self._manager == "grid":
            self._unmanage()

    forget = grid_forget

    def grid_remove(self):
        """Unmap this widget but remember the grid options."""
        if self._manager == "grid":
            self._grid_memory = self._geom
            self._unmanage()
            self._grid_memory = dict(self._grid_memory)

    def grid_info(self):
        """Return information about the options for positioning this widget in a grid."""
        if self._manager != "grid":
            return {}
        o = self._geom["opts"]
        return {"in": self._geom["master"], "column": o["column"], "row": o["row"], "columnspan": o["columnspan"],
                "rowspan": o["rowspan"], "ipadx": o["ipadx"], "ipady": o["ipady"], "padx": _pad_info(o["padx"]),
                "pady": _pad_info(o["pady"]), "sticky": o["sticky"]}

    info = grid_info


_AXIS_DEFAULT = {"minsize": 0, "pad": 0, "uniform": None, "weight": 0}


class Master:
    """Master-side methods of the geometry managers (in ``Misc``)."""

    _slaves_store = None
    _axes_store = None
    _propagate_store = None

    @property
    def _slaves(self):
        if self._slaves_store is None:
            self._slaves_store = {"pack": [], "grid": [], "place": []}
        return self._slaves_store

    @property
    def _axes(self):
        if self._axes_store is None:
            self._axes_store = {"row": {}, "column": {}}
        return self._axes_store

    def _propagation(self, manager, flag):
        if self._propagate_store is None:
            self._propagate_store = {"pack": True, "grid": True}
        if isinstance(flag, list) and flag == ["_noarg_"]:
            return True if self._propagate_store[manager] else None
        value = _tcl.parse_bool(flag)
        self._propagate_store[manager] = value
        _loop.send("master", id=self._handle, options={manager + "_propagate": value})
        return None

    def pack_propagate(self, flag=["_noarg_"]):
        """Set or get the status for propagation of geometry information."""
        return self._propagation("pack", flag)

    def grid_propagate(self, flag=["_noarg_"]):
        return self._propagation("grid", flag)

    def pack_slaves(self):
        return list(self._slaves["pack"])

    def place_slaves(self):
        return list(self._slaves["place"])

    def grid_slaves(self, row=None, column=None):
        out = []
        for w in reversed(self._slaves["grid"]):
            o = w._geom["opts"]
            if row is not None and not o["row"] <= _tcl.parse_int(row) < o["row"] + o["rowspan"]:
                continue
            if column is not None and not o["column"] <= _tcl.parse_int(column) < o["column"] + o["columnspan"]:
                continue
            out.append(w)
        return out

    def _grid_rows_used(self):
        rows = 0
        for w in self._slaves["grid"]:
            o = w._geom["opts"]
            rows = max(rows, o["row"] + o["rowspan"])
        return rows

    def grid_size(self):
        cols, rows = 0, 0
        for w in self._slaves["grid"]:
            o = w._geom["opts"]
            cols = max(cols, o["column"] + o["columnspan"])
            rows = max(rows, o["row"] + o["rowspan"])
        for axis, n in (("column", cols), ("row", rows)):
            for i, conf in self._axes[axis].items():
                if conf != _AXIS_DEFAULT:
                    n = max(n, i + 1)
            if axis == "column":
                cols = n
            else:
                rows = n
        return (cols, rows)

    def grid_anchor(self, anchor=None):
        """Set the anchor of the grid in its master (tkinter returns nothing, even when asked)."""
        if anchor is None:
            return None
        self._grid_anchor = _choice(anchor, "anchor", ANCHORS)
        _loop.send("master", id=self._handle, options={"grid_anchor": self._grid_anchor})
        return None

    def _axis_indices(self, axis, index):
        if isinstance(index, (tuple, list)):
            out = []
            for i in index:
                out.extend(self._axis_indices(axis, i))
            return out
        if hasattr(index, "_w"):
            o = index._geom["opts"] if index._manager == "grid" else None
            if o is None:
                raise TclError('the window "%s" is not managed by %s' % (index._w, self._w))
            start = o[axis]
            return list(range(start, start + o[axis + "span"]))
        s = _tcl.tcl_str(index)
        if s == "all":
            return sorted({i for w in self._slaves["grid"] for i in range(
                w._geom["opts"][axis], w._geom["opts"][axis] + w._geom["opts"][axis + "span"])})
        parts = _tcl.split(s)
        if len(parts) > 1:
            return self._axis_indices(axis, list(parts))
        n = _tcl.parse_int(s)
        if n < 0 or n > 10000:
            raise TclError('"%s" is out of range' % s)
        return [n]

    def _grid_axis(self, axis, index, cnf, kw):
        from ._misc import merge_cnf
        cnf = merge_cnf(cnf, kw)
        indices = self._axis_indices(axis, index)
        if isinstance(cnf, str) or not cnf:
            conf = dict(_AXIS_DEFAULT, **self._axes[axis].get(indices[0] if indices else 0, {}))
            if isinstance(cnf, str):
                key = cnf[1:] if cnf.startswith("-") else cnf
                if key not in conf:
                    raise TclError('bad option "-%s": must be -minsize, -pad, -uniform, or -weight' % key)
                return conf[key]
            return conf
        new = {}
        for k, v in cnf.items():
            if v is None:
                continue
            k = k[:-1] if k.endswith("_") else k
            if k == "weight":
                n = _tcl.parse_int(v)
                if n < 0:
                    raise TclError('invalid arg "-weight": should be non-negative')
                new[k] = n
            elif k in ("minsize", "pad"):
                n = _options.pixels(v)
                if n < 0:
                    raise TclError('invalid arg "-%s": should be non-negative' % k)
                new[k] = n
            elif k == "uniform":
                s = _tcl.tcl_str(v)
                new[k] = s or None
            else:
                raise TclError('bad option "-%s": must be -minsize, -pad, -uniform, or -weight' % k)
        for i in indices:
            conf = dict(_AXIS_DEFAULT, **self._axes[axis].get(i, {}))
            conf.update(new)
            self._axes[axis][i] = conf
            _loop.send("grid_axis", id=self._handle, axis=axis, index=i, options=dict(conf))
        return None

    def grid_columnconfigure(self, index, cnf={}, **kw):
        """Configure column INDEX of a grid (options: minsize, weight, uniform, pad)."""
        return self._grid_axis("column", index, cnf, kw)

    columnconfigure = grid_columnconfigure

    def grid_rowconfigure(self, index, cnf={}, **kw):
        """Configure row INDEX of a grid (options: minsize, weight, uniform, pad)."""
        return self._grid_axis("row", index, cnf, kw)

    rowconfigure = grid_rowconfigure

    def _grid_lines(self):
        grids = self._app.layout_grids().get(self._handle)
        return grids if grids else ([0], [0])

    def grid_bbox(self, column=None, row=None, col2=None, row2=None):
        """The bounding box (x, y, width, height) of the grid, a cell, or a range of cells."""
        cols, rows = self._grid_lines()
        if column is None:
            if len(cols) < 2 or len(rows) < 2:
                return None
            return (cols[0], rows[0], cols[-1] - cols[0], rows[-1] - rows[0])
        c1, r1 = _tcl.parse_int(column), _tcl.parse_int(row)
        c2 = c1 if col2 is None else _tcl.parse_int(col2)
        r2 = r1 if row2 is None else _tcl.parse_int(row2)
        c1, c2 = sorted((c1, c2))
        r1, r2 = sorted((r1, r2))

        def span(lines, a, b):
            if len(lines) < 2:
                return 0, 0
            last = len(lines) - 2
            start = lines[min(a, last + 1)] if a <= last + 1 else lines[-1]
            end = lines[min(b + 1, last + 1)]
            return start, max(0, end - start)
        x, w = span(cols, c1, c2)
        y, h = span(rows, r1, r2)
        return (x, y, w, h)

    def grid_location(self, x, y):
        """The (column, row) of the cell at pixel (x, y) of the master."""
        cols, rows = self._grid_lines()
        x, y = _options.pixels(x), _options.pixels(y)

        def find(lines, v):
            if not lines or v < lines[0]:
                return -1
            for i in range(len(lines) - 1):
                if v < lines[i + 1]:
                    return i
            return max(0, len(lines) - 1)
        return (find(cols, x), find(rows, y))

    bbox = grid_bbox
    size = grid_size
    anchor = grid_anchor
    slaves = pack_slaves
    propagate = pack_propagate
    location = grid_location
