"""``ttk.Treeview``: the item tree, columns, headings, tags and selection live in Python (``tree_*`` ops tell the
renderer); the user's selections, opened items and heading clicks come back as events."""
import re

from tkinter import _events, _loop, _tcl, _wm
from tkinter._tcl import TclError
from tkinter._views import XView, YView
from tkinter.ttk import Widget

_ITEM_DEFAULT = {"text": "", "image": "", "values": "", "open": 0, "tags": ""}
_COLUMN_DEFAULT = {"width": 200, "minwidth": 20, "stretch": 1, "anchor": "w"}
_HEADING_DEFAULT = {"text": "", "image": "", "anchor": "center", "command": "", "state": ""}
_TAG_DEFAULT = {"text": "", "image": "", "anchor": "", "background": "", "foreground": "", "font": ""}


def _convert(v):
    s = str(v)
    if re.fullmatch(r"-?\d+", s):
        return int(s)
    if re.fullmatch(r"-?\d*\.\d+(e[+-]?\d+)?", s):
        return float(s)
    return s


def _list(v):
    if isinstance(v, (tuple, list)):
        return [_tcl.tcl_str(x) for x in v]
    s = _tcl.tcl_str(v)
    return list(_tcl.split(s)) if s else []


class Treeview(Widget, XView, YView):
    """Ttk Treeview widget displays a hierarchical collection of items."""

    __module__ = "tkinter.ttk"

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::treeview", kw)

    def _init_widget(self):
        self._items = {"": {"parent": None, "children": [], "opts": dict(_ITEM_DEFAULT)}}
        self._counter = 0
        self._columns = {"#0": dict(_COLUMN_DEFAULT, id="")}
        self._headings = {"#0": dict(_HEADING_DEFAULT)}
        self._tags = {}
        self._tag_tables = {}
        self._sel = []
        self._focus = ""

    def _changed(self, changed):
        Widget._changed(self, changed)
        if "columns" in changed:
            for c in self._column_ids():
                self._columns.setdefault(c, dict(_COLUMN_DEFAULT, id=c))
                self._headings.setdefault(c, dict(_HEADING_DEFAULT))

    def _column_ids(self):
        return _list(self._opts.cget("columns"))

    def _item(self, iid):
        iid = _tcl.tcl_str(iid)
        if iid not in self._items:
            raise TclError("Item %s not found" % iid)
        return iid, self._items[iid]

    def _column(self, column):
        cols = self._column_ids()
        s = _tcl.tcl_str(column)
        if s == "#0" or s in cols:
            return s
        m = re.fullmatch(r"#(\d+)", s)
        if m and 0 < int(m.group(1)) <= len(cols):
            return cols[int(m.group(1)) - 1]
        try:
            i = _tcl.parse_int(s)
            if 0 <= i < len(cols):
                return cols[i]
            raise TclError("Column index %s out of bounds" % s)
        except TclError as e:
            if "out of bounds" in str(e):
                raise
        raise TclError("Invalid column index %s" % s)

    def _render_item(self, iid):
        o = self._items[iid]["opts"]
        img = self._app.images.get(_tcl.tcl_str(o["image"])) if o["image"] else None
        return {"text": _tcl.tcl_str(o["text"]), "image": img._handle if img else None, "values": _list(o["values"]),
                "open": bool(_tcl.parse_bool(o["open"]) if o["open"] != "" else False), "tags": _list(o["tags"])}

    def _send_item(self, iid):
        it = self._items[iid]
        parent = it["parent"]
        _loop.send("tree_item", id=self._handle, item=iid, parent=parent,
                   index=self._items[parent]["children"].index(iid), options=self._render_item(iid))

    def _set_opts(self, iid, kw):
        o = self._items[iid]["opts"]
        for k, v in kw.items():
            k = k.rstrip("_")
            if k not in _ITEM_DEFAULT:
                raise TclError('unknown option "-%s"' % k)
            o[k] = _tcl.tcl_str(v) if isinstance(v, (tuple, list)) and k not in ("values", "tags") else v
            if k in ("values", "tags"):
                o[k] = _list(v)
            if k == "open":
                o[k] = int(_tcl.parse_bool(v))

    # ---- items ----

    def insert(self, parent, index, iid=None, **kw):
        """Creates a new item and return the item identifier of the newly created item."""
        parent, p = self._item(parent)
        if iid is None or iid == "":
            while True:
                self._counter += 1
                iid = "I%03X" % self._counter
                if iid not in self._items:
                    break
        else:
            iid = _tcl.tcl_str(iid)
            if iid in self._items:
                raise TclError("Item %s already exists" % iid)
        children = p["children"]
        i = len(children) if _tcl.tcl_str(index) == "end" else max(0, min(len(children), _tcl.parse_int(index)))
        self._items[iid] = {"parent": parent, "children": [], "opts": dict(_ITEM_DEFAULT)}
        try:
            self._set_opts(iid, kw)
        except TclError:
            del self._items[iid]
            raise
        children.insert(i, iid)
        self._send_item(iid)
        return iid

    def item(self, item, option=None, **kw):
        """Query or modify the options for the specified item."""
        iid, it = self._item(item)
        if kw:
            self._set_opts(iid, kw)
            self._send_item(iid)
            return {}
        o = it["opts"]
        if option is not None:
            key = option.lstrip("-")
            if key not in o:
                raise TclError('unknown option "-%s"' % key)
            v = o[key]
            return tuple(v) if isinstance(v, list) else v
        out = {}
        for k, v in o.items():
            out[k] = [_convert(x) for x in v] if isinstance(v, list) and v else ("" if isinstance(v, list) else v)
        return out

    def get_children(self, item=None):
        """Returns a tuple of children belonging to item."""
        iid, it = self._item(item or "")
        return tuple(it["children"])

    def set_children(self, item, *newchildren):
        iid, it = self._item(item)
        for c in list(it["children"]):
            self.detach(c)
        for c in newchildren:
            self.move(c, iid, "end")

    def _descendants(self, iid):
        out = [iid]
        for c in self._items[iid]["children"]:
            out.extend(self._descendants(c))
        return out

    def delete(self, *items):
        """Delete all specified items and all their descendants."""
        gone = []
        for item in items:
            iid, it = self._item(item)
            if iid == "":
                continue
            for d in self._descendants(iid):
                gone.append(d)
            parent = it["parent"]
            if parent is not None and iid in self._items[parent]["children"]:
                self._items[parent]["children"].remove(iid)
        for d in gone:
            self._items.pop(d, None)
        if gone:
            self._sel = [s for s in self._sel if s in self._items]
            if self._focus not in self._items:
                self._focus = ""
            _loop.send("tree_delete", id=self._handle, items=gone)
            self._send_state()

    def detach(self, *items):
        """Unlinks all of the specified items from the tree."""
        for item in items:
            iid, it = self._item(item)
            parent = it["parent"]
            if parent is not None and iid in self._items[parent]["children"]:
                self._items[parent]["children"].remove(iid)
                _loop.send("tree_delete", id=self._handle, items=[iid])

    def move(self, item, parent, index):
        """Moves item to position index in parent's list of children."""
        iid, it = self._item(item)
        parent, p = self._item(parent)
        if parent in self._descendants(iid):
            raise TclError("Cannot insert %s as descendant of %s" % (iid, parent))
        old = it["parent"]
        if old is not None and iid in self._items[old]["children"]:
            self._items[old]["children"].remove(iid)
        children = p["children"]
        i = len(children) if _tcl.tcl_str(index) == "end" else max(0, min(len(children), _tcl.parse_int(index)))
        children.insert(i, iid)
        it["parent"] = parent
        for d in self._descendants(iid):
            self._send_item(d)

    reattach = move

    def exists(self, item):
        """Returns True if the specified item is present in the tree, False otherwise."""
        return _tcl.tcl_str(item) in self._items

    def index(self, item):
        """Returns the integer index of item within its parent's list of children."""
        iid, it = self._item(item)
        return self._items[it["parent"]]["children"].index(iid) if it["parent"] is not None else 0

    def parent(self, item):
        """Returns the ID of the parent of item, or '' if item is at the top level of the hierarchy."""
        iid, it = self._item(item)
        return it["parent"] or ""

    def _sibling(self, item, step):
        iid, it = self._item(item)
        if it["parent"] is None:
            return ""
        sibs = self._items[it["parent"]]["children"]
        i = sibs.index(iid) + step
        return sibs[i] if 0 <= i < len(sibs) else ""

    def next(self, item):
        """Returns the identifier of item's next sibling, or '' if item is the last child of its parent."""
        return self._sibling(item, 1)

    def prev(self, item):
        """Returns the identifier of item's previous sibling, or '' if item is the first child of its parent."""
        return self._sibling(item, -1)

    def see(self, item):
        """Ensure that item is visible (opening its ancestors)."""
        iid, it = self._item(item)
        p = it["parent"]
        while p:
            if not self._items[p]["opts"]["open"]:
                self._items[p]["opts"]["open"] = 1
                self._send_item(p)
            p = self._items[p]["parent"]
        _loop.send("tree_see", id=self._handle, item=iid)

    def set(self, item, column=None, value=None):
        """Query or set the value of given item."""
        iid, it = self._item(item)
        cols = self._column_ids()
        values = _list(it["opts"]["values"])
        if column is None:
            return {c: values[i] if i < len(values) else "" for i, c in enumerate(cols)}
        col = self._column(column)
        i = cols.index(col) if col in cols else -1
        if value is None:
            return values[i] if 0 <= i < len(values) else ""
        while len(values) <= i:
            values.append("")
        values[i] = _tcl.tcl_str(value)
        it["opts"]["values"] = values
        self._send_item(iid)
        return ""

    # ---- columns, headings, tags ----

    def column(self, column, option=None, **kw):
        """Query or modify the options for the specified column."""
        col = self._column(column)
        conf = self._columns.setdefault(col, dict(_COLUMN_DEFAULT, id=col))
        if kw:
            for k, v in kw.items():
                if k not in conf or k == "id":
                    raise TclError('unknown option "-%s"' % k)
                conf[k] = _tcl.parse_int(v) if k in ("width", "minwidth") else (
                    int(_tcl.parse_bool(v)) if k == "stretch" else _tcl.tcl_str(v))
            _loop.send("tree_column", id=self._handle, column=col, options=dict(conf))
            return {}
        if option is not None:
            return conf[option.lstrip("-")]
        return dict(conf)

    def heading(self, column, option=None, **kw):
        """Query or modify the heading options for the specified column."""
        col = self._column(column)
        conf = self._headings.setdefault(col, dict(_HEADING_DEFAULT))
        if kw:
            for k, v in kw.items():
                if k not in conf:
                    raise TclError('unknown option "-%s"' % k)
                conf[k] = self._register(v) if k == "command" and callable(v) else v
            _loop.send("tree_heading", id=self._handle, column=col, options={
                "text": _tcl.tcl_str(conf["text"]), "anchor": _tcl.tcl_str(conf["anchor"]),
                "image": None, "state": _tcl.tcl_str(conf["state"])})
            return {}
        if option is not None:
            return conf[option.lstrip("-")]
        return dict(conf)

    def tag_configure(self, tagname, option=None, **kw):
        """Query or modify the options for the specified tagname."""
        conf = self._tags.setdefault(str(tagname), dict(_TAG_DEFAULT))
        if kw:
            from tkinter import _colors, _fonts
            strict = {}
            for k, v in kw.items():
                if k not in conf:
                    raise TclError('unknown option "-%s"' % k)
                s = _tcl.tcl_str(v)
                if k in ("background", "foreground") and s:
                    strict[k] = _colors.parse(s)
                elif k == "font" and s:
                    strict[k] = _fonts.strict(_fonts.parse(v, self._app.fonts), self._app.fonts)
                else:
                    strict[k] = s
                conf[k] = s
            _loop.send("tree_tag", id=self._handle, tag=str(tagname), options=strict)
            return {}
        if option is not None:
            return conf[option.lstrip("-")]
        return dict(conf)

    def tag_has(self, tagname, item=None):
        """Without item, returns the items that have tagname; with item, whether it has it."""
        if item is None:
            return tuple(i for i, it in self._items.items() if i and tagname in _list(it["opts"]["tags"]))
        iid, it = self._item(item)
        return tagname in _list(it["opts"]["tags"])

    def tag_bind(self, tagname, sequence=None, callback=None):
        """Bind a callback for the given event sequence to the tag tagname."""
        table = self._tag_tables.setdefault(str(tagname), _events.BindTable())
        if callback:
            funcid = self._register(callback)
            table.bind(sequence, funcid=funcid)
            return funcid
        return table.get(sequence) if sequence else table.sequences()

    # ---- selection and focus ----

    def focus(self, item=None):
        """If item is specified, sets the focus item to item. Otherwise, returns the current focus item, or ''
        if there is none."""
        if item is None:
            return self._focus
        self._focus, _ = self._item(item)
        self._send_state()
        return ""

    def _state(self):
        return {"selection": list(self._sel), "focus": self._focus}

    def selection(self):
        """Returns the tuple of selected items."""
        return tuple(self._sel)

    def _items_arg(self, items):
        out = []
        for i in items:
            if isinstance(i, (tuple, list)):
                out.extend(_tcl.tcl_str(x) for x in i)
            else:
                out.extend(_tcl.split(_tcl.tcl_str(i)))
        for i in out:
            self._item(i)
        return out

    def _selection(self, op, items):
        items = self._items_arg(items)
        old = list(self._sel)
        if op == "set":
            self._sel = items
        elif op == "add":
            self._sel += [i for i in items if i not in self._sel]
        elif op == "remove":
            self._sel = [i for i in self._sel if i not in items]
        else:
            for i in items:
                if i in self._sel:
                    self._sel.remove(i)
                else:
                    self._sel.append(i)
        order = {iid: n for n, iid in enumerate(self._walk(""))}
        self._sel.sort(key=lambda i: order.get(i, 0))
        self._send_state()
        if self._sel != old:
            self.after_idle(lambda: _wm.virtual_event(self, "TreeviewSelect"))

    def _walk(self, iid):
        out = []
        for c in self._items[iid]["children"]:
            out.append(c)
            out.extend(self._walk(c))
        return out

    def selection_set(self, *items):
        """The specified items becomes the new selection."""
        self._selection("set", items)

    def selection_add(self, *items):
        """Add all of the specified items to the selection."""
        self._selection("add", items)

    def selection_remove(self, *items):
        """Remove all of the specified items from the selection."""
        self._selection("remove", items)

    def selection_toggle(self, *items):
        """Toggle the selection state of each specified item."""
        self._selection("toggle", items)

    # ---- geometry (the renderer's) ----

    def bbox(self, item, column=None):
        return ""

    def identify(self, component, x, y):
        return ""

    def identify_row(self, y):
        return ""

    def identify_column(self, x):
        return ""

    def identify_region(self, x, y):
        return "nothing"

    def identify_element(self, x, y):
        return ""

    # ---- the user ----

    def _user_treeselect(self, e):
        sel = [i for i in e["selection"] if i in self._items]
        self._focus = e["focus"] if e["focus"] in self._items else self._focus
        if sel != self._sel:
            self._sel = sel
            _wm.virtual_event(self, "TreeviewSelect")

    def _user_treeopen(self, e):
        if e["item"] not in self._items:
            return
        self._focus = e["item"]
        _wm.virtual_event(self, "TreeviewOpen" if e["open"] else "TreeviewClose")
        self._items[e["item"]]["opts"]["open"] = int(e["open"])

    def _user_treeheading(self, e):
        conf = self._headings.get(e["column"])
        if conf and conf["command"]:
            self._app.run_script(conf["command"])
