"""Text extents, measured like Tk measures them, from the metrics in ``_fontmetrics`` (generated from real Tk).

Only ``write(..., move=True)`` needs them: the turtle moves to the end of the text.
"""
import math

from ._fontmetrics import FONTS

_SERIF = ("times", "serif", "georgia", "garamond", "palatino", "book", "cambria", "roman")
_MONO = ("courier", "mono", "consolas", "fixed", "terminal", "typewriter", "menlo", "monaco")


def _family(family):
    f = family.lower()
    if any(w in f for w in _MONO):
        return "courier"
    if any(w in f for w in _SERIF):
        return "times"
    return "arial"


def extent(text, font):
    """``(width, height)`` in pixels of ``text`` (may hold newlines) in a strict font (see ``_ops``)."""
    metrics = FONTS[(_family(font["family"]), font["weight"])]
    widths = metrics["widths"]
    fallback = sum(widths) / len(widths)
    size = round(font["size"])  # Tk asks for whole pixels
    lines = text.split("\n")
    widest = 0
    for line in lines:
        width = 0
        for ch in line.expandtabs(8):  # each advance is rounded to whole pixels, as Tk's Xft fonts do
            c = ord(ch)
            width += round((widths[c - 32] if 32 <= c < 127 else fallback) * size / 1000)
        widest = max(widest, width)
    linespace = math.ceil(metrics["ascent"] * size / 1000) + math.ceil(metrics["descent"] * size / 1000)
    return widest, linespace * len(lines)
