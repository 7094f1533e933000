"""Input events from the panel, in the strict form the screen dispatches, and the DOM-to-Tk key names.

The panel sends (proposed ``BridgeEvent`` variants, see the module ``_backend``):

- ``{"kind": "TurtleKey", "down": bool, "key": str}``: a key went down (again, when it repeats) or up; ``key`` is
  the DOM ``KeyboardEvent.key``.
- ``{"kind": "TurtleMouse", "action": "press"|"release"|"move", "button": 1|2|3, "x": float, "y": float}``: a mouse
  button (1 left, 2 middle, 3 right: DOM ``button + 1``) went down or up, or the pointer moved (``button`` is the
  button held, 0 if none); ``x, y`` are canvas pixels (y down) as in the ``canvas`` op.
- ``{"kind": "TurtleClose"}``: the user closed the turtle window (the Preview); ``mainloop()`` returns.

:func:`parse` turns them into :class:`Key`, :class:`Mouse` and :class:`Close`, rejecting anything else (other
kinds, such as ``PreviewResized``, give None).
"""
from collections import namedtuple

Key = namedtuple("Key", "down keysym")
Mouse = namedtuple("Mouse", "action button x y")
Close = namedtuple("Close", "")

# DOM KeyboardEvent.key -> Tk keysym, for the keys whose names differ.
_DOM_KEYS = {
    "ArrowUp": "Up", "ArrowDown": "Down", "ArrowLeft": "Left", "ArrowRight": "Right",
    " ": "space", "Enter": "Return", "Backspace": "BackSpace", "Escape": "Escape", "Tab": "Tab",
    "Delete": "Delete", "Insert": "Insert", "Home": "Home", "End": "End", "PageUp": "Prior", "PageDown": "Next",
    "Shift": "Shift_L", "Control": "Control_L", "Alt": "Alt_L", "Meta": "Meta_L", "AltGraph": "ISO_Level3_Shift",
    "CapsLock": "Caps_Lock", "NumLock": "Num_Lock", "ScrollLock": "Scroll_Lock", "Pause": "Pause",
    "ContextMenu": "Menu", "PrintScreen": "Print", "Clear": "Clear", "Dead": "dead",
}
# Printable characters whose Tk keysym is a name.
CHAR_KEYSYMS = {
    "!": "exclam", '"': "quotedbl", "#": "numbersign", "$": "dollar", "%": "percent", "&": "ampersand",
    "'": "apostrophe", "(": "parenleft", ")": "parenright", "*": "asterisk", "+": "plus", ",": "comma",
    "-": "minus", ".": "period", "/": "slash", ":": "colon", ";": "semicolon", "<": "less", "=": "equal",
    ">": "greater", "?": "question", "@": "at", "[": "bracketleft", "\\": "backslash", "]": "bracketright",
    "^": "asciicircum", "_": "underscore", "`": "grave", "{": "braceleft", "|": "bar", "}": "braceright",
    "~": "asciitilde", " ": "space",
}


def keysym(dom_key):
    """The Tk keysym of a DOM ``KeyboardEvent.key`` value."""
    if dom_key in _DOM_KEYS:
        return _DOM_KEYS[dom_key]
    if len(dom_key) == 1:
        return CHAR_KEYSYMS.get(dom_key, dom_key)
    return dom_key  # F1..F12 and the like have the same names


def binding_key(key):
    """The keysym a turtle program's key name binds (``"Up"``, ``"a"``, ``"space"``; ``" "`` is taken as space)."""
    key = str(key)
    if len(key) == 1:
        return CHAR_KEYSYMS.get(key, key)
    return key


def _num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def parse(event):
    """The strict form of one panel event, or None if it is not for turtle; ValueError if it is malformed."""
    kind = event.get("kind")
    if kind == "TurtleKey":
        if not isinstance(event.get("down"), bool) or not isinstance(event.get("key"), str):
            raise ValueError(f"bad TurtleKey event: {event!r}")
        return Key(event["down"], keysym(event["key"]))
    if kind == "TurtleMouse":
        action, button, x, y = (event.get(k) for k in ("action", "button", "x", "y"))
        if action not in ("press", "release", "move") or not all(_num(v) for v in (button, x, y)):
            raise ValueError(f"bad TurtleMouse event: {event!r}")
        return Mouse(action, int(button), float(x), float(y))
    if kind == "TurtleClose":
        return Close()
    return None
