"""The tkinter messages on the bridge. ``src/protocol.rs`` carries them in four variants, one per channel; their inner
messages are defined here and mirrored as strict Rust types in ``src/tk/ops.rs`` (held to this file through the
exported ``src/tk/schema.json``; see ``tests/tkinter/tools/gen_schema.py``):

- ``BridgeNote::Tk { ops: Vec<TkOp> }``: a batch of ops (``_ops``), applied in order.
- ``BridgeRequest::Tk { query: TkQuery }``: Python waits for ``BridgeReply::Tk { answer: TkAnswer }`` (or
  ``Refused``). Queries are sent after the ops before them, so they see the state those ops made.
- ``BridgeEvent::Tk { event: TkEvent }``: what the user did, in order (inner tag ``type``).

:data:`QUERIES`, :data:`ANSWERS` and :data:`EVENTS` give every field and its JSON type (``id`` is a handle, a
trailing ``?`` allows null); :func:`check_event` and :func:`check_answer` hold the panel to them.
:data:`PROTOCOL_PROPOSAL` is the same as entries of the generated protocol (``shims/pyroom/_protocol.py``), for
tests that install a stand-in bridge.

Mouse events carry widget coordinates (``x``, ``y``), screen coordinates (``x_root``, ``y_root``), the Tk modifier
``state`` mask (Shift 1, Lock 2, Control 4, Mod1/Alt 8, Button1 256 ... Button5 4096) and ``time`` in
milliseconds; over a canvas ``item`` is the topmost item under the pointer (null: none). Key events go to the
focused widget; ``keysym`` is the X keysym name, ``char`` the text typed (empty for function keys). ``edit`` is a
user change to an entry's or text's content: code points [start, end) replaced by ``text``, sent after the
KeyPress that caused it. ``invoke`` is a button activated by the user (after its ButtonRelease). ``Configure`` is
sent for widgets whose size or position changed, if Python listens to ``Configure``.

The event types in :data:`LISTENED` are sent only while the last ``listen`` op names them (some binding wants
them); all others always.
"""

LISTENED = frozenset(("Motion", "Enter", "Leave", "Configure", "KeyRelease", "ButtonRelease", "MouseWheel"))

ANCHORS = ("n", "ne", "e", "se", "s", "sw", "w", "nw", "center")

_MOUSE = {"widget": "id", "x": "int", "y": "int", "x_root": "int", "y_root": "int", "state": "int", "time": "int",
          "item": "id?"}
_KEY = {"widget": "id", "keysym": "str", "keycode": "int", "char": "str", "state": "int", "time": "int"}

EVENTS = {
    "ButtonPress": dict(_MOUSE, num="int"),
    "ButtonRelease": dict(_MOUSE, num="int"),
    "Motion": dict(_MOUSE),
    "Enter": dict(_MOUSE),
    "Leave": dict(_MOUSE),
    "MouseWheel": dict(_MOUSE, delta="int"),
    "KeyPress": dict(_KEY),
    "KeyRelease": dict(_KEY),
    "FocusIn": {"widget": "id"},
    "FocusOut": {"widget": "id"},
    "Configure": {"widget": "id", "x": "int", "y": "int", "width": "int", "height": "int"},
    "edit": {"widget": "id", "start": "int", "end": "int", "text": "str"},
    "cursor": {"widget": "id", "index": "int", "selection": "ints?"},
    "invoke": {"widget": "id"},
    "spin": {"widget": "id", "direction": "enum:up|down"},
    "menu": {"widget": "id", "index": "int"},
    "scale": {"widget": "id", "value": "num"},
    "scrollbar": {"widget": "id", "action": "enum:moveto|scroll", "fraction": "num", "amount": "int",
                  "unit": "enum:units|pages"},
    "view": {"widget": "id", "axis": "enum:x|y", "first": "num", "last": "num"},
    "listselect": {"widget": "id", "selection": "ints", "active": "int"},
    "treeselect": {"widget": "id", "selection": "strs", "focus": "str"},
    "treeopen": {"widget": "id", "item": "str", "open": "bool"},
    "treeheading": {"widget": "id", "column": "str"},
    "tab": {"widget": "id", "tab": "id"},
    "sash": {"widget": "id", "sashes": "nums"},
    "close": {"widget": "id"},
}

QUERIES = {
    "layout": {},
    "measure": {"font": "obj", "texts": "strs"},
    "metrics": {"font": "obj"},
    "message": {"icon": "enum:error|info|question|warning",
                "type": "enum:abortretryignore|ok|okcancel|retrycancel|yesno|yesnocancel",
                "title": "str", "message": "str", "detail": "str", "default": "str", "parent": "id?"},
    "askstring": {"title": "str", "prompt": "str", "initial": "str", "kind": "enum:string|integer|float",
                  "show": "str", "parent": "id?"},
    "open": {"title": "str", "initialdir": "str", "initialfile": "str", "filetypes": "list", "multiple": "bool",
             "directory": "bool", "parent": "id?"},
    "save": {"title": "str", "initialdir": "str", "initialfile": "str", "defaultextension": "str",
             "filetypes": "list", "parent": "id?"},
    "color": {"initial": "str?", "title": "str", "parent": "id?"},
}

ANSWERS = {
    # widgets: [handle, x, y, width, height, reqwidth, reqheight, rootx, rooty, mapped 0/1] for every widget;
    # grids: [master handle, [x of each column's left edge, then the right edge of the last], [the same for rows]]
    # for every grid master; screen: [width, height]; pointer: [x, y] on the screen
    "layout": {"widgets": "list", "grids": "list", "screen": "ints", "pointer": "ints"},
    "measure": {"widths": "ints"},
    "metrics": {"ascent": "int", "descent": "int", "linespace": "int", "fixed": "bool"},
    "button": {"button": "str"},
    "text": {"text": "str?"},
    # files: [{"name": path relative to the chosen folder or the file name, "data": base64}]
    "files": {"files": "list"},
    "color": {"color": "str?"},
}

QUERY_ANSWER = {"layout": "layout", "measure": "measure", "metrics": "metrics", "message": "button",
                "askstring": "text", "open": "files", "save": "text", "color": "color"}

PROTOCOL_PROPOSAL = {
    "BridgeNote": {"Tk": {"ops": "array"}},
    "BridgeRequest": {"Tk": {"query": "object"}},
    "BridgeReply": {"Tk": {"answer": "object"}},
    "BridgeEvent": {"Tk": {"event": "object"}},
}


class WireError(ValueError):
    """A message from the panel that does not fit the schema."""


def _ok(ftype, v):
    if ftype.endswith("?"):
        if v is None:
            return True
        ftype = ftype[:-1]
    isnum = isinstance(v, (int, float)) and not isinstance(v, bool)
    if ftype == "id":
        return isinstance(v, int) and not isinstance(v, bool) and v >= 0
    if ftype == "int":
        return isinstance(v, int) and not isinstance(v, bool)
    if ftype == "num":
        return isnum
    if ftype == "str":
        return isinstance(v, str)
    if ftype == "bool":
        return isinstance(v, bool)
    if ftype == "obj":
        return isinstance(v, dict)
    if ftype == "list":
        return isinstance(v, list)
    if ftype == "ints":
        return isinstance(v, list) and all(isinstance(x, int) and not isinstance(x, bool) for x in v)
    if ftype == "nums":
        return isinstance(v, list) and all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in v)
    if ftype == "strs":
        return isinstance(v, list) and all(isinstance(x, str) for x in v)
    if ftype.startswith("enum:"):
        return v in ftype[5:].split("|")
    raise WireError("unknown field type %r" % ftype)


def _check(table, tag, msg, what):
    if not isinstance(msg, dict):
        raise WireError("%s: not an object" % what)
    spec = table.get(msg.get(tag))
    if spec is None:
        raise WireError("%s: unknown %s %r" % (what, tag, msg.get(tag)))
    for key, ftype in spec.items():
        if key not in msg:
            raise WireError("%s %s: missing %s" % (what, msg[tag], key))
        if not _ok(ftype, msg[key]):
            raise WireError("%s %s: bad %s=%r" % (what, msg[tag], key, msg[key]))
    extra = set(msg) - set(spec) - {tag}
    if extra:
        raise WireError("%s %s: unknown fields %s" % (what, msg[tag], sorted(extra)))
    return msg


def check_event(event):
    return _check(EVENTS, "type", event, "event")


def check_query(query):
    return _check(QUERIES, "query", query, "query")


def check_answer(query, answer):
    _check(ANSWERS, "answer", answer, "answer")
    if answer["answer"] != QUERY_ANSWER[query["query"]]:
        raise WireError("answer %s to query %s" % (answer["answer"], query["query"]))
    return answer


def query(name, **fields):
    q = {"query": name}
    q.update(fields)
    return check_query(q)
