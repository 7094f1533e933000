"""Tk colour specifications: names (case-insensitive), ``#rgb`` forms with 1 to 4 hex digits per channel and X11's
``rgb:r/g/b``. :func:`parse` returns the strict form ``#rrggbb`` or raises TclError with Tk's message."""
from ._colordata import DATA
from ._tcl import TclError

_NAMES = None
_HEX = set("0123456789abcdefABCDEF")


def _names():
    global _NAMES
    if _NAMES is None:
        _NAMES = {}
        for line in DATA.splitlines():
            name, _, rgb = line.rpartition(" ")
            if name:
                _NAMES[name] = "#" + rgb
    return _NAMES


def rgb16(spec):
    """``winfo_rgb``: the colour as three 16-bit channels."""
    strict = parse(spec)
    return tuple(int(strict[i:i + 2], 16) * 257 for i in (1, 3, 5))


def parse(spec):
    """A colour specification in strict ``#rrggbb`` form."""
    s = str(spec)
    if s.startswith("#"):
        digits = s[1:]
        n = len(digits)
        if n not in (3, 6, 9, 12) or not all(c in _HEX for c in digits):
            raise TclError('invalid color name "%s"' % s)
        per = n // 3
        chans = [digits[i * per:(i + 1) * per] for i in range(3)]
        # Tk keeps 8 bits a channel: one digit is doubled (#f00 is #ff0000), longer channels keep their top two.
        return "#" + "".join((c * 2 if per == 1 else c[:2]).lower() for c in chans)
    if s[:4].lower() == "rgb:":
        parts = s[4:].split("/")
        if len(parts) == 4 and parts[3] == "":
            parts.pop()
        if len(parts) == 3 and all(1 <= len(p) <= 4 and all(c in _HEX for c in p) for p in parts):
            vals = [int(p, 16) * 65535 // (16 ** len(p) - 1) for p in parts]
            return "#" + "".join("%02x" % (v >> 8) for v in vals)
        raise TclError('unknown color name "%s"' % s)
    hit = _names().get(s.lower())
    if hit is None:
        raise TclError('unknown color name "%s"' % s)
    return hit
