"""Tk colour strings: which strings are colours, and their ``#rrggbb`` value.

Accepts what Tk 8.6 accepts on X11 (checked against real Tk in ``tests/turtle/test_colors.py``): every name of the X
colour database, case-insensitively (``_tkcolors.py``, generated from real Tk), ``#`` followed by 3, 6, 9 or 12 hex
digits (the leading 8 bits of each component count; 3 digits are repeated: ``#f80`` is ``#ff8800``) and
``rgb:r/g/b`` with 1 to 4 hex digits per component, scaled.
"""
from ._tkcolors import COLORS

_HEX = set("0123456789abcdefABCDEF")


def parse(color):
    """``(r, g, b)`` in 0..255 for a Tk colour string, or None if Tk would reject it."""
    if not isinstance(color, str) or not color:
        return None
    if color[0] == "#":
        digits = color[1:]
        n = len(digits)
        if n not in (3, 6, 9, 12) or not set(digits) <= _HEX:
            return None
        k = n // 3
        comps = [digits[i * k:(i + 1) * k] for i in range(3)]
        if k == 1:
            return tuple(int(c, 16) * 17 for c in comps)
        return tuple(int(c[:2], 16) for c in comps)
    if color[:4].lower() == "rgb:":
        body = color[4:]
        if body.endswith("/"):
            body = body[:-1]
        comps = body.split("/")
        if len(comps) != 3:
            return None
        out = []
        for c in comps:
            if not 1 <= len(c) <= 4 or not set(c) <= _HEX:
                return None
            full = int(c, 16) * 65535 // (16 ** len(c) - 1)
            out.append(full >> 8)
        return tuple(out)
    value = COLORS.get(color.lower())
    if value is None:
        return None
    return int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16)


def is_color(color):
    """True if Tk accepts ``color`` as a colour."""
    return parse(color) is not None


def to_hex(color):
    """``#rrggbb`` for a Tk colour string; None for ``""`` (no colour). ValueError for anything else."""
    if color == "":
        return None
    rgb = parse(color)
    if rgb is None:
        raise ValueError(f"not a Tk colour: {color!r}")
    return "#%02x%02x%02x" % rgb
