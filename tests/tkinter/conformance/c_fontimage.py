"""tkinter.font (no measuring: fonts differ) and PhotoImage/BitmapImage basics."""
import base64
import os

from conf import check, root, tk
from tkinter import font

check("names", lambda: sorted(font.names()))
f = font.Font(family="Arial", size=12, weight="bold")
check("name", lambda: f.name)
check("str", str, f)
check("cget size", f.cget, "size")
check("cget weight", f.cget, "weight")
check("config", f.config)
check("configure set", lambda: (f.configure(size=14, slant="italic"), f.cget("size"), f["slant"])[1:])
check("bad weight", f.configure, weight="heavy")
check("bad option", f.cget, "colour")
check("actual size", lambda: f.actual("size"))
check("actual weight", lambda: f.actual()["weight"])
check("nametofont", lambda: font.nametofont("TkDefaultFont").cget("size"))
check("nametofont missing", font.nametofont, "NoSuchFont")
check("from description", lambda: {k: v for k, v in font.Font(font=("Courier", 10, "bold italic")).config().items()
                                    if k != "family"})
check("from string", lambda: {k: v for k, v in font.Font(font="Times 9 underline").config().items()
                               if k != "family"})
check("bad description", lambda: font.Font(font=("Arial", "big")))
check("named exists", lambda: font.Font(name="myfont", family="x") and font.Font(name="myfont", family="y"))
lbl = tk.Label(root, font=f)
check("label font named", lbl.cget, "font")
check("metrics keys", lambda: sorted(f.metrics()))
check("metrics one", lambda: type(f.metrics("fixed")).__name__)
check("measure type", lambda: type(f.measure("abc")).__name__)
check("copy", lambda: f.copy().cget("size") == f.cget("size"))
check("eq", lambda: font.Font(name=f.name, exists=True) == f)

def make_png(w, h):
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    rows = b"".join(b"\0" + b"\xff\x00\x00" * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


PNG = make_png(3, 2)
GIF = base64.b64decode("R0lGODlhBAADAIAAAP///wAAACH5BAEAAAAALAAAAAAEAAMAAAIDhI9WADs=")
d = "/tmp/pyroom_tk_conformance"
os.makedirs(d, exist_ok=True)
png_path = os.path.join(d, "a.png")
with open(png_path, "wb") as fh:
    fh.write(PNG)
gif_path = os.path.join(d, "b.gif")
with open(gif_path, "wb") as fh:
    fh.write(GIF)
txt_path = os.path.join(d, "c.txt")
with open(txt_path, "w") as fh:
    fh.write("not an image")
p = tk.PhotoImage(file=png_path)
check("png size", lambda: (p.width(), p.height()))
check("png name", lambda: str(p).startswith("pyimage"))
check("png type", p.type)
check("png cget file", lambda: p.cget("file") == png_path)
g = tk.PhotoImage(file=gif_path)
check("gif size", lambda: (g.width(), g.height()))
check("data png", lambda: tk.PhotoImage(data=base64.b64encode(PNG)).width())
check("data gif str", lambda: tk.PhotoImage(data=base64.b64encode(GIF).decode()).height())
check("missing file", lambda: tk.PhotoImage(file=os.path.join(d, "nope.png")))
check("bad file", lambda: tk.PhotoImage(file=txt_path))
check("bad data", lambda: tk.PhotoImage(data="garbage"))
check("bad option", lambda: tk.PhotoImage(colour=1))
blank = tk.PhotoImage(width=5, height=4)
check("blank size", lambda: (blank.width(), blank.height()))
blank.put("red", to=(1, 1))
check("put/get", blank.get, 1, 1)
blank.put("{#00ff00 #0000ff}", to=(2, 2))
check("put row", lambda: (blank.get(2, 2), blank.get(3, 2)))
check("get out of range", blank.get, 10, 10)
check("zoom size", lambda: (lambda z: (z.width(), z.height()))(p.zoom(2)))
check("subsample size", lambda: (lambda z: (z.width(), z.height()))(blank.subsample(2)))
check("image in label", lambda: str(tk.Label(root, image=p).cget("image")) == str(p))
check("unknown image", lambda: tk.Label(root, image="nosuchimage"))
check("image_names has", lambda: str(p) in root.image_names())
check("bitmap bad format", lambda: tk.BitmapImage(
    data="#define b_width 7\n#define b_height 5\nstatic unsigned char b_bits[] = {0x00, 0x00, 0x00, 0x00, 0x00};"))
bm = tk.BitmapImage(data="#define b_width 7\n#define b_height 5\n"
                         "static unsigned char b_bits[] = {\n   0x00, 0x00, 0x00, 0x00, 0x00 };\n")
check("bitmap size", lambda: (bm.width(), bm.height(), bm.type()))
check("cget width", lambda: blank.cget("width"))
