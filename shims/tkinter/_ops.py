"""The operations the tkinter shim sends to the renderer: the one definition of their schema.

Every op is a dict with an ``"op"`` key and exactly the fields :data:`OPS` lists for it; :func:`make` is the only
way ops are built and rejects anything else (:class:`OpError` is a bug in the shim, never the user's). Values are
already strict (``_options`` converted them): colours ``"#rrggbb"``, distances in pixels, fonts as dicts.

Handles
    Widgets, canvas items and images are named by integer handles that Python allocates (unique for the run, never
    reused). Treeview items keep their string ids. A widget's ``parent`` is the widget it was created in (None for
    a ``Tk()`` root); a ``toplevel`` with a parent is a second window inside the Preview.

Widgets
    ``create`` carries the widget's ``kind`` (:data:`KINDS`) and every render option (:data:`widget_options`) in
    strict form; ``configure`` carries only what changed. Text a widget shows is always the displayed text (the
    variable's value for a ``textvariable``). ``destroy`` removes the widget and its descendants. ``state``
    carries what the user can change (keys by kind, in :data:`STATE_KEYS`). ``restack`` puts a widget directly
    above the sibling ``above`` (None: below all siblings). ``listen`` names the event types Python wants beyond
    the ones always sent (see ``_events``).

Windows
    ``wm`` sets window-manager properties of a toplevel: ``title`` str, ``geometry`` ``{"width", "height", "x",
    "y"}`` (ints or None), ``resizable`` [bool, bool], ``minsize``/``maxsize`` [w, h], ``state`` ("normal",
    "withdrawn", "iconic", "zoomed"), ``topmost`` bool, ``alpha`` number, ``menu`` handle or None, ``iconphoto``
    image handle, ``overrideredirect`` bool, ``transient`` handle or None.

Geometry managers
    ``manage`` puts a widget under a manager (``pack``, ``grid``, ``place``, ``pane`` for panedwindows, ``tab`` for
    notebooks) in ``master``, before the managed sibling ``before`` (None: last), with the manager's strict options
    (:data:`MANAGER_OPTIONS`); managing an already managed widget replaces its options and position.
    ``forget`` unmanages. ``master`` sets ``pack_propagate``/``grid_propagate`` (bool) and ``grid_anchor``.
    ``grid_axis`` configures a row or column: ``minsize`` px, ``pad`` px, ``weight`` int, ``uniform`` str or None.

Canvas
    Items have ``type`` (:data:`ITEM_TYPES`), ``coords`` (flat list of numbers, canvas coordinates) and options
    (the ``item.*`` tables; ``tags`` as a list). ``item_restack`` puts an item directly above ``above`` (None:
    bottom). ``canvas_view`` scrolls so that canvas point (x, y) is at the top left.

Text, entries and lists
    Offsets count code points from the start of the content (a Text's embedded window or image counts as one).
    ``text_replace`` replaces [start, end) with ``text`` carrying ``tags``. ``text_tag`` gives all ranges of a tag;
    ``text_tag_order`` the tags from lowest to highest priority. ``list_replace`` replaces items [start, end).
    ``see`` scrolls an index into view; ``view`` sets the first visible fraction of an axis; ``scroll`` scrolls by
    units or pages. The renderer reports the resulting view back with a ``view`` event.

Menus, images, trees, misc
    Menu entries are addressed by index (``menu_delete`` removes [start, end)). Photo images get their file bytes
    base64-encoded with a ``format`` ("png", "gif", "ppm"); ``image_put`` paints rows of colours (None is
    transparent) at x, y; ``image_copy`` copies ``source`` with optional region, zoom and subsample. Treeview items
    are addressed by their string ids. ``download`` offers a file to the user (a save dialog's result).

ttk styles
    ``style`` sets options of a ttk style (``"TButton"``, ``"My.TButton"``; colours and fonts strict, other values
    as strings, ``padding`` as a list of pixels); ``style_map`` gives state-dependent values as ``{option:
    [[state spec, value], ...]}``; ``theme`` names the theme in use. A widget's ``style`` option names its style.
"""
import math


class OpError(ValueError):
    """An operation that does not fit the schema."""


KINDS = ("toplevel", "frame", "label", "button", "checkbutton", "radiobutton", "entry", "text", "canvas", "listbox",
         "scrollbar", "scale", "spinbox", "labelframe", "panedwindow", "menubutton", "message", "menu",
         "ttk.button", "ttk.label", "ttk.entry", "ttk.frame", "ttk.combobox", "ttk.progressbar", "ttk.notebook",
         "ttk.treeview", "ttk.separator", "ttk.scrollbar", "ttk.checkbutton", "ttk.radiobutton", "ttk.scale",
         "ttk.spinbox", "ttk.labelframe", "ttk.panedwindow", "ttk.menubutton", "ttk.sizegrip")
ITEM_TYPES = ("arc", "bitmap", "image", "line", "oval", "polygon", "rectangle", "text", "window")
MANAGERS = ("pack", "grid", "place", "pane", "tab")
MENU_ENTRY_TYPES = ("command", "cascade", "checkbutton", "radiobutton", "separator", "tearoff")

STATE_KEYS = {
    "entry": {"text": "str", "cursor": "int", "selection": "ints?"},
    "spinbox": {"text": "str", "cursor": "int", "selection": "ints?"},
    "ttk.entry": {"text": "str", "cursor": "int", "selection": "ints?"},
    "ttk.combobox": {"text": "str", "cursor": "int", "selection": "ints?"},
    "ttk.spinbox": {"text": "str", "cursor": "int", "selection": "ints?"},
    "text": {"cursor": "int"},
    "checkbutton": {"selected": "bool"},
    "radiobutton": {"selected": "bool"},
    "ttk.checkbutton": {"selected": "bool"},
    "ttk.radiobutton": {"selected": "bool"},
    "menubutton": {},
    "scale": {"value": "num"},
    "ttk.scale": {"value": "num"},
    "ttk.progressbar": {"value": "num"},
    "scrollbar": {"first": "num", "last": "num"},
    "ttk.scrollbar": {"first": "num", "last": "num"},
    "listbox": {"selection": "ints", "active": "int"},
    "ttk.notebook": {"current": "id?"},
    "ttk.treeview": {"selection": "strs", "focus": "str"},
    "panedwindow": {"sashes": "nums"},
    "ttk.panedwindow": {"sashes": "nums"},
}

MANAGER_OPTIONS = {
    "pack": {"side": "enum:top|bottom|left|right", "fill": "enum:none|x|y|both", "expand": "bool",
             "anchor": "anchor", "padx": "pair", "pady": "pair", "ipadx": "num", "ipady": "num"},
    "grid": {"row": "int", "column": "int", "rowspan": "int", "columnspan": "int", "sticky": "str",
             "padx": "pair", "pady": "pair", "ipadx": "num", "ipady": "num"},
    "place": {"x": "num", "y": "num", "relx": "num", "rely": "num", "width": "num?", "height": "num?",
              "relwidth": "num?", "relheight": "num?", "anchor": "anchor",
              "bordermode": "enum:inside|outside|ignore"},
    "pane": {"minsize": "num", "padx": "num", "pady": "num", "sticky": "str", "width": "num?", "height": "num?",
             "hide": "bool", "stretch": "str", "weight": "int"},
    "tab": {"text": "str", "image": "id?", "compound": "str", "underline": "int", "state": "str",
            "sticky": "str", "padding": "nums"},
}

_ANCHORS = ("n", "ne", "e", "se", "s", "sw", "w", "nw", "center")

OPS = {
    "create": {"id": "id", "kind": "kind", "parent": "id?", "options": "obj"},
    "configure": {"id": "id", "options": "obj"},
    "destroy": {"id": "id"},
    "state": {"id": "id", "state": "obj"},
    "restack": {"id": "id", "above": "id?"},
    "focus": {"id": "id?"},
    "listen": {"events": "strs"},
    "wm": {"id": "id", "options": "obj"},
    "manage": {"id": "id", "manager": "manager", "master": "id", "before": "id?", "options": "obj"},
    "forget": {"id": "id"},
    "master": {"id": "id", "options": "obj"},
    "grid_axis": {"id": "id", "axis": "enum:row|column", "index": "int", "options": "obj"},
    "item_create": {"id": "id", "item": "id", "type": "itemtype", "coords": "nums", "options": "obj"},
    "item_configure": {"id": "id", "item": "id", "options": "obj"},
    "item_coords": {"id": "id", "item": "id", "coords": "nums"},
    "item_delete": {"id": "id", "items": "ints"},
    "item_restack": {"id": "id", "item": "id", "above": "id?"},
    "canvas_view": {"id": "id", "x": "num", "y": "num"},
    "text_replace": {"id": "id", "start": "int", "end": "int", "text": "str", "tags": "strs"},
    "text_tag": {"id": "id", "tag": "str", "ranges": "list"},
    "text_tag_config": {"id": "id", "tag": "str", "options": "obj"},
    "text_tag_order": {"id": "id", "tags": "strs"},
    "text_tag_delete": {"id": "id", "tag": "str"},
    "text_embed": {"id": "id", "offset": "int", "window": "id?", "image": "id?", "options": "obj"},
    "list_replace": {"id": "id", "start": "int", "end": "int", "items": "strs"},
    "list_item": {"id": "id", "index": "int", "options": "obj"},
    "see": {"id": "id", "index": "int"},
    "view": {"id": "id", "axis": "enum:x|y", "fraction": "num"},
    "scroll": {"id": "id", "axis": "enum:x|y", "amount": "int", "unit": "enum:units|pages"},
    "menu_insert": {"id": "id", "index": "int", "type": "entrytype", "options": "obj"},
    "menu_configure": {"id": "id", "index": "int", "options": "obj"},
    "menu_delete": {"id": "id", "start": "int", "end": "int"},
    "menu_post": {"id": "id", "x": "num", "y": "num"},
    "menu_unpost": {"id": "id"},
    "image_create": {"image": "id", "type": "enum:photo|bitmap", "options": "obj"},
    "image_configure": {"image": "id", "options": "obj"},
    "image_put": {"image": "id", "x": "int", "y": "int", "rows": "list"},
    "image_copy": {"image": "id", "source": "id", "from": "nums?", "to": "nums?", "zoom": "nums",
                   "subsample": "nums"},
    "image_blank": {"image": "id"},
    "image_delete": {"image": "id"},
    "tree_item": {"id": "id", "item": "str", "parent": "str", "index": "int", "options": "obj"},
    "tree_delete": {"id": "id", "items": "strs"},
    "tree_column": {"id": "id", "column": "str", "options": "obj"},
    "tree_heading": {"id": "id", "column": "str", "options": "obj"},
    "tree_tag": {"id": "id", "tag": "str", "options": "obj"},
    "tree_see": {"id": "id", "item": "str"},
    "style": {"style": "str", "options": "obj"},
    "style_map": {"style": "str", "options": "obj"},
    "theme": {"name": "str"},
    "bell": {},
    "clipboard": {"text": "str"},
    "download": {"name": "str", "data": "str"},
}


def _json_ok(v, depth=0):
    if depth > 20:
        return False
    if v is None or isinstance(v, (str, bool, int)):
        return True
    if isinstance(v, float):
        return math.isfinite(v)
    if isinstance(v, list):
        return all(_json_ok(x, depth + 1) for x in v)
    if isinstance(v, dict):
        return all(isinstance(k, str) and _json_ok(x, depth + 1) for k, x in v.items())
    return False


def _is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _check(ftype, v):
    if ftype.endswith("?"):
        if v is None:
            return True
        ftype = ftype[:-1]
    if ftype == "id":
        return isinstance(v, int) and not isinstance(v, bool) and v >= 0
    if ftype == "int":
        return isinstance(v, int) and not isinstance(v, bool)
    if ftype == "num":
        return _is_num(v)
    if ftype == "bool":
        return isinstance(v, bool)
    if ftype == "str":
        return isinstance(v, str)
    if ftype == "obj":
        return isinstance(v, dict) and _json_ok(v)
    if ftype == "list":
        return isinstance(v, list) and _json_ok(v)
    if ftype == "ints":
        return isinstance(v, list) and all(_check("int", x) for x in v)
    if ftype == "nums":
        return isinstance(v, list) and all(_is_num(x) for x in v)
    if ftype == "strs":
        return isinstance(v, list) and all(isinstance(x, str) for x in v)
    if ftype == "pair":
        return isinstance(v, list) and len(v) == 2 and all(_is_num(x) for x in v)
    if ftype == "anchor":
        return v in _ANCHORS
    if ftype == "kind":
        return v in KINDS
    if ftype == "itemtype":
        return v in ITEM_TYPES
    if ftype == "manager":
        return v in MANAGERS
    if ftype == "entrytype":
        return v in MENU_ENTRY_TYPES
    if ftype.startswith("enum:"):
        return v in ftype[5:].split("|")
    raise OpError("unknown field type %r" % ftype)


def make(op, **fields):
    """Builds one op, checking it against the schema."""
    spec = OPS.get(op)
    if spec is None:
        raise OpError("unknown op %r" % op)
    if set(fields) != set(spec):
        raise OpError("%s: fields %s, expected %s" % (op, sorted(fields), sorted(spec)))
    for key, ftype in spec.items():
        if not _check(ftype, fields[key]):
            raise OpError("%s.%s: bad value %r" % (op, key, fields[key]))
    if op == "manage":
        mspec = MANAGER_OPTIONS[fields["manager"]]
        for key, value in fields["options"].items():
            if key not in mspec or not _check(mspec[key], value):
                raise OpError("manage %s: bad option %s=%r" % (fields["manager"], key, value))
    out = {"op": op}
    out.update(fields)
    return out


def check_state(kind, state):
    """Checks the keys of a ``state`` op for a widget kind."""
    spec = STATE_KEYS.get(kind, {})
    for key, value in state.items():
        if key not in spec or not _check(spec[key], value):
            raise OpError("state of %s: bad %s=%r" % (kind, key, value))


# Render options some kinds get beside their table's options (computed by Python, never set by programs).
RENDER_EXTRAS = {
    "*": {"text": "the text shown (a textvariable's value) for widgets with -text"},
    "menubutton": {"menu": "handle of the menu, or None"},
    "ttk.menubutton": {"menu": "handle of the menu, or None"},
    "ttk.*": {"states": "the ttk state flags that are on, e.g. [\"disabled\", \"selected\"]"},
    "ttk.combobox": {"values": "the drop-down's values (strings)"},
    "menu entries": {"selected": "bool, for checkbutton and radiobutton entries", "menu": "cascade's menu handle"},
}


def schema():
    """The whole op schema as JSON-ready data: ops and their field types, widget kinds with their render
    options and each option's value kind (see ``_options``), state keys, manager options, canvas item types
    with theirs. The renderer's types can be generated from (or checked against) this."""
    from . import _misc, _options, _widget
    kinds = {}
    for widget_name, (table_key, kind, _cls) in _widget.WIDGETS.items():
        rows = _options.table(table_key).rows
        kinds[kind] = {name: row.kind.spec for name, row in rows.items() if name not in _misc.PYTHON_ONLY}
    items = {t: {name: row.kind.spec for name, row in _options.table("item." + t).rows.items()}
             for t in ITEM_TYPES}
    entries = {t: {name: row.kind.spec for name, row in _options.table("entry." + t).rows.items()
                   if name not in ("command", "variable", "onvalue", "offvalue", "value")}
               for t in MENU_ENTRY_TYPES}
    return {"ops": OPS, "kinds": kinds, "render_extras": RENDER_EXTRAS, "state_keys": STATE_KEYS,
            "manager_options": MANAGER_OPTIONS, "items": items, "menu_entries": entries,
            "text_tag": {name: row.kind.spec for name, row in _options.table("tag").rows.items()},
            "listbox_item": {name: row.kind.spec for name, row in _options.table("lbitem").rows.items()}}


class Queue:
    """Ops waiting to be sent. Consecutive ``configure`` (or ``state``) ops of one widget merge into one."""

    def __init__(self):
        self.ops = []

    def push(self, op):
        if self.ops and op["op"] in ("configure", "state", "wm"):
            last = self.ops[-1]
            if last["op"] == op["op"] and last["id"] == op["id"]:
                key = "state" if op["op"] == "state" else "options"
                merged = dict(last[key])
                merged.update(op[key])
                self.ops[-1] = dict(last, **{key: merged})
                return
        self.ops.append(op)

    def take(self):
        ops, self.ops = self.ops, []
        return ops

    def __len__(self):
        return len(self.ops)
