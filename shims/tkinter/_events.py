"""Tk event patterns, binding tables and Event objects.

A binding sequence (``"<Double-Button-1>"``, ``"<Control-c>"``, ``"a"``, ``"<<Custom>>"``) is parsed strictly by
:func:`parse_sequence` into :class:`Pattern` tuples, with Tk's error messages, and written back in Tk's canonical
form (``"<Control-Key-c>"``), which is how ``bind()`` lists it. A :class:`BindTable` maps sequences to their
callbacks for one bind tag (a widget path, a class name, ``all``, a canvas item tag or a text tag) and finds the
binding that best matches an event, the way Tk prefers the most specific pattern.
"""
import enum
import re

from ._keysyms import DATA as _KEYSYM_DATA
from ._tcl import TclError

KEYSYMS = {}
KEYSYM_NAMES = {}
for _line in _KEYSYM_DATA.splitlines():
    _name, _, _code = _line.partition(" ")
    if _code:
        KEYSYMS[_name] = int(_code, 16)
        KEYSYM_NAMES.setdefault(int(_code, 16), _name)
del _line, _name, _code


class EventType(enum.StrEnum):
    KeyPress = "2"
    Key = KeyPress
    KeyRelease = "3"
    ButtonPress = "4"
    Button = ButtonPress
    ButtonRelease = "5"
    Motion = "6"
    Enter = "7"
    Leave = "8"
    FocusIn = "9"
    FocusOut = "10"
    Keymap = "11"
    Expose = "12"
    GraphicsExpose = "13"
    NoExpose = "14"
    Visibility = "15"
    Create = "16"
    Destroy = "17"
    Unmap = "18"
    Map = "19"
    MapRequest = "20"
    Reparent = "21"
    Configure = "22"
    ConfigureRequest = "23"
    Gravity = "24"
    ResizeRequest = "25"
    Circulate = "26"
    CirculateRequest = "27"
    Property = "28"
    SelectionClear = "29"
    SelectionRequest = "30"
    Selection = "31"
    Colormap = "32"
    ClientMessage = "33"
    Mapping = "34"
    VirtualEvent = "35"
    Activate = "36"
    Deactivate = "37"
    MouseWheel = "38"


# Event type names Tk accepts in patterns, and the name it prints.
TYPES = {"KeyPress": "Key", "Key": "Key", "KeyRelease": "KeyRelease", "ButtonPress": "Button", "Button": "Button",
         "ButtonRelease": "ButtonRelease"}
for _t in ("Motion", "Enter", "Leave", "FocusIn", "FocusOut", "Expose", "Visibility", "Create", "Destroy", "Unmap",
           "Map", "MapRequest", "Reparent", "Configure", "ConfigureRequest", "Gravity", "ResizeRequest",
           "Circulate", "CirculateRequest", "Property", "Colormap", "Activate", "Deactivate", "MouseWheel",
           "Keymap"):
    TYPES[_t] = _t
KEY_TYPES = ("Key", "KeyRelease")
BUTTON_TYPES = ("Button", "ButtonRelease")

# Modifiers in the order Tk prints them: name -> (printed name, state mask it needs).
SHIFT, LOCK, CONTROL, MOD1, MOD2, MOD3, MOD4, MOD5 = 1, 2, 4, 8, 16, 32, 64, 128
BUTTON_MASKS = {1: 256, 2: 512, 3: 1024, 4: 2048, 5: 4096}
_MOD_ORDER = ["Control", "Shift", "Lock", "Meta", "Alt", "B1", "B2", "B3", "B4", "B5", "Mod1", "Mod2", "Mod3",
              "Mod4", "Mod5", "Extended"]
_MODS = {"Control": "Control", "Shift": "Shift", "Lock": "Lock", "Meta": "Meta", "M": "Meta", "Alt": "Alt",
         "Mod1": "Mod1", "M1": "Mod1", "Command": "Mod1", "Mod2": "Mod2", "M2": "Mod2", "Option": "Mod2",
         "Mod3": "Mod3", "M3": "Mod3", "Mod4": "Mod4", "M4": "Mod4", "Mod5": "Mod5", "M5": "Mod5",
         "Extended": "Extended"}
for _i in range(1, 6):
    _MODS["B%d" % _i] = _MODS["Button%d" % _i] = "B%d" % _i
_MASKS = {"Control": CONTROL, "Shift": SHIFT, "Lock": LOCK, "Meta": MOD1, "Alt": MOD1, "Mod1": MOD1, "Mod2": MOD2,
          "Mod3": MOD3, "Mod4": MOD4, "Mod5": MOD5, "Extended": 0}
for _i in range(1, 6):
    _MASKS["B%d" % _i] = BUTTON_MASKS[_i]
_COUNTS = {"Double": 2, "Triple": 3, "Quadruple": 4}


class Pattern:
    """One event of a sequence: ``type`` (Tk's printed name, or None for a virtual event), ``mods`` (printed
    modifier names), ``detail`` (button number or keysym, or None), ``count`` (1 to 4), ``virtual`` (name)."""

    __slots__ = ("type", "mods", "detail", "count", "virtual", "mask")

    def __init__(self, type=None, mods=(), detail=None, count=1, virtual=None):
        self.type = type
        self.mods = tuple(m for m in _MOD_ORDER if m in mods)
        self.detail = detail
        self.count = count
        self.virtual = virtual
        mask = 0
        for m in self.mods:
            mask |= _MASKS[m]
        self.mask = mask

    def text(self):
        if self.virtual is not None:
            return "<<%s>>" % self.virtual
        if (self.type == "Key" and not self.mods and self.count == 1 and isinstance(self.detail, str)
                and _printable(self.detail)):
            return _printable(self.detail)
        parts = []
        if self.count > 1:
            parts.append({2: "Double", 3: "Triple", 4: "Quadruple"}[self.count])
        parts.extend(self.mods)
        parts.append(self.type)
        if self.detail is not None:
            parts.append(str(self.detail))
        return "<%s>" % "-".join(parts)

    def specificity(self):
        return (self.detail is not None, self.count, len(self.mods))


def _printable(keysym):
    """The character a keysym prints as in a canonical sequence ("a", "+"), or None."""
    code = KEYSYMS.get(keysym)
    if code is None or not (0x21 <= code <= 0x7e) or code == 0x3c:
        return None
    return chr(code)


def _keysym_of_char(ch):
    code = ord(ch)
    if 0x20 <= code <= 0xff:
        return KEYSYM_NAMES.get(code)
    return None


def _parse_pattern(body):
    """One ``<...>`` pattern's body (without the angle brackets). As in Tk, a field is a modifier only when
    another field follows it (so ``<Control-M>`` is Control and the keysym M)."""
    fields = [f for f in re.split(r"[-\s]+", body) if f]
    mods, count, i = set(), 1, 0
    while i < len(fields) - 1 and (fields[i] in _MODS or fields[i] in _COUNTS or fields[i] == "Any"):
        f = fields[i]
        if f in _COUNTS:
            count = max(count, _COUNTS[f])
        elif f in _MODS:
            mods.add(_MODS[f])
        i += 1
    if i >= len(fields):
        raise TclError("no event type or button # or keysym")
    first = fields[i]
    detail = fields[i + 1] if i + 1 < len(fields) else None
    if detail is not None and first not in TYPES:
        if (len(first) == 1 and first in "12345") or first in KEYSYMS:
            raise TclError("extra characters after detail in binding")
        raise TclError('bad event type or keysym "%s"' % first)
    if i + 2 < len(fields):
        raise TclError("extra characters after detail in binding")
    if first in TYPES:
        etype = TYPES[first]
        if detail is not None:
            if etype in BUTTON_TYPES:
                if not (len(detail) == 1 and detail in "12345"):
                    raise TclError('bad button number "%s"' % detail)
                detail = int(detail)
            elif etype in KEY_TYPES:
                if detail not in KEYSYMS:
                    raise TclError('bad event type or keysym "%s"' % detail)
            elif len(detail) == 1 and detail in "12345":
                raise TclError('specified button "%s" for non-button event' % detail)
            else:
                raise TclError('specified keysym "%s" for non-key event' % detail)
    elif len(first) == 1 and first in "12345":
        etype, detail = "Button", int(first)
    elif first in KEYSYMS:
        etype, detail = "Key", first
    else:
        raise TclError('bad event type or keysym "%s"' % first)
    return Pattern(etype, mods, detail, count)


def parse_sequence(seq):
    """The patterns of a binding sequence; raises TclError with Tk's message."""
    s = str(seq)
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "<":
            if s.startswith("<<", i):
                j = s.find(">>", i + 2)
                if j < 0:
                    raise TclError('missing ">" in virtual binding')
                out.append(Pattern(virtual=s[i + 2:j]))
                i = j + 2
                continue
            j = s.find(">", i + 1)
            if j < 0:
                raise TclError('missing ">" in binding')
            out.append(_parse_pattern(s[i + 1:j]))
            i = j + 1
        elif c.isspace():
            i += 1
        else:
            ks = _keysym_of_char(c) or (c if c in KEYSYMS else None)
            if ks is None:
                raise TclError('bad event type or keysym "%s"' % c)
            out.append(Pattern("Key", (), ks, 1))
            i += 1
    if not out:
        raise TclError("no events specified in binding")
    if len(out) > 1 and any(p.virtual is not None for p in out):
        raise TclError("virtual events may not be composed")
    return tuple(out)


def canonical(seq):
    return "".join(p.text() for p in parse_sequence(seq))


# ---- binding tables ----

class Binding:
    """The callbacks bound to one sequence in one table: command names (registered callables) and raw scripts."""

    __slots__ = ("patterns", "entries")

    def __init__(self, patterns):
        self.patterns = patterns
        self.entries = []

    def script(self):
        out = []
        for e in self.entries:
            if e.startswith("\0"):
                out.append('if {"[%s %s]" == "break"} break\n' % (e[1:], SUBST))
            else:
                out.append(e[1:] if e.startswith("\1") else e)
        return "".join(out)


SUBST = "%# %b %f %h %k %s %t %w %x %y %A %E %K %N %W %T %X %Y %D"


class BindTable:
    """Bindings of one tag: canonical sequence -> :class:`Binding`, newest first in listings like Tk."""

    def __init__(self):
        self.bindings = {}

    def builtin(self, seq, script):
        """A binding Tk makes itself (its behaviour is the renderer's): listed, never run here."""
        self.bind(seq, script="\1" + script)

    def bind(self, seq, funcid=None, script=None, add=False):
        patterns = parse_sequence(seq)
        key = "".join(p.text() for p in patterns)
        b = self.bindings.get(key)
        if b is None or not add:
            old = b
            b = Binding(patterns)
            self.bindings.pop(key, None)
            self.bindings[key] = b
            if old is not None and add:
                b.entries = old.entries
        if funcid is not None:
            b.entries.append("\0" + funcid)
        elif script:
            b.entries.append(script)
        if not b.entries:
            del self.bindings[key]
        return key

    def get(self, seq):
        key = canonical(seq)
        b = self.bindings.get(key)
        return b.script() if b is not None else ""

    def sequences(self):
        return tuple(reversed(list(self.bindings)))

    def unbind(self, seq, funcid=None):
        """Removes a sequence's binding (or only the callback ``funcid``); returns the removed command names."""
        key = canonical(seq)
        b = self.bindings.get(key)
        if b is None:
            return []
        if funcid is None:
            del self.bindings[key]
            return [e[1:] for e in b.entries if e.startswith("\0")]
        b.entries = [e for e in b.entries if e != "\0" + funcid]
        if not b.entries:
            del self.bindings[key]
        return [funcid]

    def event_types(self):
        return {p.type for b in self.bindings.values() for p in b.patterns if p.type}

    def match(self, history, virtuals=()):
        """The best :class:`Binding` for the newest event in ``history`` (a list of :class:`Occurrence`), or None.
        ``virtuals`` maps the virtual events the newest event triggers to the score of the pattern that triggered
        them; a virtual binding beats a less specific physical one, an equally specific physical one beats it."""
        best, best_score = None, None
        for b in self.bindings.values():
            pats = b.patterns
            if pats[0].virtual is not None:
                if pats[0].virtual not in virtuals:
                    continue
                score = virtuals[pats[0].virtual] + (0,)
            else:
                if len(pats) > len(history):
                    continue
                if not all(_matches(p, o) for p, o in zip(pats, history[-len(pats):])):
                    continue
                score = (len(pats), pats[-1].specificity(), 1)
            if best_score is None or score > best_score:
                best, best_score = b, score
        return best


class Occurrence:
    """An event as binding patterns see it: Tk type name, detail, state mask and click count."""

    __slots__ = ("type", "detail", "state", "count")

    def __init__(self, type, detail, state, count=1):
        self.type = type
        self.detail = detail
        self.state = state
        self.count = count


def _matches(p, o):
    if p.type != o.type:
        return False
    if p.detail is not None and p.detail != o.detail:
        return False
    if p.count > o.count:
        return False
    if p.mask and (o.state & p.mask) != p.mask:
        return False
    return True


# ---- Event objects ----

class Event:
    """The properties of an event, as tkinter gives them to callbacks (``"??"`` where Tk has no value)."""

    def __repr__(self):
        attrs = {k: v for k, v in self.__dict__.items() if v != "??"}
        if not self.char:
            attrs.pop("char", None)
        elif self.char != "??":
            attrs["char"] = repr(self.char)
        if not getattr(self, "send_event", True):
            attrs.pop("send_event", None)
        if self.state == 0:
            attrs.pop("state", None)
        elif isinstance(self.state, int):
            names = ("Shift", "Lock", "Control", "Mod1", "Mod2", "Mod3", "Mod4", "Mod5",
                     "Button1", "Button2", "Button3", "Button4", "Button5")
            s = [n for i, n in enumerate(names) if self.state & (1 << i)]
            rest = self.state & ~((1 << len(names)) - 1)
            if rest or not s:
                s.append(hex(rest))
            attrs["state"] = "|".join(s)
        if self.delta == 0:
            attrs.pop("delta", None)
        keys = ("send_event", "state", "keysym", "keycode", "char", "num", "delta", "focus", "x", "y", "width",
                "height")
        return "<%s event%s>" % (getattr(self.type, "name", self.type),
                                 "".join(" %s=%s" % (k, attrs[k]) for k in keys if k in attrs))


_CONTROL_CHARS = {"Return": "\r", "KP_Enter": "\r", "Tab": "\t", "BackSpace": "\b", "Escape": "\x1b",
                  "Delete": "\x7f", "Linefeed": "\n"}


def keysym_char(keysym):
    """The character a key with this keysym types ("" for keys that type none)."""
    code = KEYSYMS.get(keysym)
    if code is not None and 0x20 <= code <= 0xff:
        return chr(code)
    return _CONTROL_CHARS.get(keysym, "")


def keysym_num(keysym):
    if keysym in KEYSYMS:
        return KEYSYMS[keysym]
    if len(keysym) == 1:
        return ord(keysym)
    return 0
