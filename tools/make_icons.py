"""Draws the extension's icons (a rounded square with a run triangle and a prompt bar) as PNGs, with no
dependencies beyond the standard library. Run once; the PNGs are committed: python3 tools/make_icons.py"""
import struct
import zlib
from pathlib import Path


def png(size):
    bg, fg, bar = (0x30, 0x69, 0x98), (0xFF, 0xD4, 0x3B), (0xFF, 0xFF, 0xFF)
    r = size * 0.22
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            cx, cy = x + 0.5, y + 0.5
            # rounded square mask
            dx = max(r - cx, 0, cx - (size - r))
            dy = max(r - cy, 0, cy - (size - r))
            inside = dx * dx + dy * dy <= r * r
            color, alpha = bg, 255 if inside else 0
            # triangle: x from 0.3..0.72, y 0.22..0.62, pointing right
            tx, ty = cx / size, cy / size
            if 0.28 <= tx <= 0.74 and abs(ty - 0.42) <= (0.74 - tx) * 0.5:
                color = fg
            if 0.28 <= tx <= 0.74 and 0.72 <= ty <= 0.8:
                color = bar
            row += bytes(color) + bytes([alpha])
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "extension" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    for s in (16, 32, 48, 128):
        (out / f"icon{s}.png").write_bytes(png(s))
