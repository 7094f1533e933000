"""Records whole programs' geometry under real Tk 8.6 into tests/tk-scene/fixtures/, for src/tk/arrange_tests.rs.

    python3 tests/tkinter/tools/record_scene.py [program ...]

Each program in tests/tk-scene/programs/*.py (a classroom-style tkinter script that names its window `root` and
ends in `root.mainloop()`) runs twice, with `mainloop()` taken out and `update()` called instead:

- under real Tk (CPython 3.13 + Tk 8.6 in Xvfb at 96 dpi, "default" ttk theme), which gives every widget's path
  name, `winfo_reqwidth/reqheight`, `winfo_x/y/width/height` and `winfo_viewable`, and for every font the widgets
  use (their `-font` option, plus TkDefaultFont for ttk widgets) `font measure` of each printable ASCII character and
  `font metrics` (Tk sums whole-pixel character widths, so that table measures any ASCII text);
- under Debian's python3 with `shims/` first on sys.path and a recording backend, which gives the ops the renderer
  would get and each widget's handle and path name (the shim names widgets like tkinter: `.!frame.!button2`).

The two are joined on path names (a program whose names differ is an error) and each widget's font option in the
shim's ops (its `Font` as JSON with sorted keys) is joined with the font Tk measured for the same widget.
"""
import glob
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
PROGRAMS = os.path.join(ROOT, "tests", "tk-scene", "programs")
OUT = os.path.join(ROOT, "tests", "tk-scene", "fixtures")
REAL_PY = "/root/.pyenv/versions/3.13.0/bin/python3"
SHIM_PY = "/usr/bin/python3"
CHARS = [chr(c) for c in range(32, 127)]


def load(path):
    """The program's source without its mainloop() (a line `X.mainloop()` or `mainloop()` becomes `pass`)."""
    with open(path) as f:
        src = f.read()
    return re.sub(r"^(\s*)(?:[\w.]+\.)?mainloop\(\)\s*$", r"\1pass", src, flags=re.M)


def run(path):
    ns = {"__name__": "__main__", "__file__": path}
    exec(compile(load(path), path, "exec"), ns)
    root = ns["root"]
    for _ in range(5):
        root.update()
    return root


def walk(root):
    out = [root]
    i = 0
    while i < len(out):
        out.extend(out[i].winfo_children())
        i += 1
    return out


def font_of(w):
    try:
        f = w.cget("font")
    except Exception:
        return None
    return str(f) if str(f) else None


# ---- real Tk ----

def real(path):
    from tkinter import font as tkfont
    root = run(path)
    widgets = {}
    fonts = {}
    for w in walk(root):
        cls = w.winfo_class()
        widgets[str(w)] = dict(
            cls=cls,
            geom=[w.winfo_reqwidth(), w.winfo_reqheight(), w.winfo_x(), w.winfo_y(), w.winfo_width(),
                  w.winfo_height(), int(bool(w.winfo_viewable()))],
            ismapped=int(bool(w.winfo_ismapped())),
            toplevel=w.winfo_toplevel() is w,
            font=font_of(w),
        )
    descs = {d["font"] for d in widgets.values() if d["font"]} | {"TkDefaultFont"}
    for desc in sorted(descs):
        f = tkfont.Font(root, font=desc)
        m = f.metrics()
        fonts[desc] = dict(chars={c: f.measure(c) for c in CHARS}, metrics=[m["ascent"], m["descent"],
                                                                           m["linespace"]])
    info = dict(theme=__import__("tkinter.ttk").ttk.Style().theme_use(),
                patchlevel=str(root.tk.call("info", "patchlevel")), scaling=float(root.tk.call("tk", "scaling")))
    json.dump(dict(widgets=widgets, fonts=fonts, info=info), sys.stdout)


def real_all(paths):
    """Inside one Xvfb: each program in a fresh interpreter."""
    out = {}
    for p in paths:
        r = subprocess.run([REAL_PY, __file__, "--real", p], capture_output=True, text=True)
        if r.returncode:
            raise SystemExit(f"{p} under Tk:\n{r.stderr}")
        out[p] = json.loads(r.stdout)
    json.dump(out, sys.stdout)


# ---- the shim ----

def shim(path):
    sys.path.insert(0, os.path.join(ROOT, "shims"))
    import tkinter as tk
    from tkinter import _backend
    _backend.set_factory(lambda: _backend.RecordingBackend())
    root = run(path)
    ops = _backend.current().ops
    # TkDefaultFont as the shim sends it (what ttk widgets without a font use).
    opts = {}
    for op in ops:
        if op["op"] in ("create", "configure"):
            opts.setdefault(op["id"], {}).update(op["options"])
    widgets = {}
    for w in walk(root):
        font = opts.get(w._handle, {}).get("font")
        widgets[str(w)] = dict(handle=w._handle, font=font)
    be = _backend.current()
    n = len(be.ops)
    tk.Label(root, font="TkDefaultFont")
    default = [op for op in be.ops[n:] if op["op"] == "create"][-1]["options"]["font"]
    json.dump(dict(ops=ops, widgets=widgets, default_font=default), sys.stdout)


def key(font):
    return json.dumps(font, sort_keys=True)


def main(names):
    paths = sorted(glob.glob(os.path.join(PROGRAMS, "*.py")))
    if names:
        paths = [p for p in paths if os.path.splitext(os.path.basename(p))[0] in names]
    real_out = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24 -dpi 96", REAL_PY, __file__,
                               "--real-all"] + paths, capture_output=True, text=True)
    if real_out.returncode:
        raise SystemExit(real_out.stderr)
    reals = json.loads(real_out.stdout)
    os.makedirs(OUT, exist_ok=True)
    total = 0
    for p in paths:
        name = os.path.splitext(os.path.basename(p))[0]
        s = subprocess.run([SHIM_PY, __file__, "--shim", p], capture_output=True, text=True)
        if s.returncode:
            raise SystemExit(f"{p} under the shim:\n{s.stderr}")
        s = json.loads(s.stdout)
        r = reals[p]
        # Tk's menus (menubars, option menus' menus) are not laid out by the managers: left out.
        real_paths = {k for k, v in r["widgets"].items() if v["cls"] != "Menu"}
        shim_paths = set(s["widgets"])
        only_real = sorted(real_paths - shim_paths)
        only_shim = sorted(k for k in shim_paths - real_paths if k not in r["widgets"])
        if only_real or only_shim:
            raise SystemExit(f"{name}: path names differ: only in Tk {only_real}, only in the shim {only_shim}")
        fonts = {}

        def add_font(shim_font, desc):
            k = key(shim_font)
            table = r["fonts"][desc]
            if k in fonts and fonts[k] != table:
                raise SystemExit(f"{name}: two Tk fonts ({desc}) for one shim font {k}")
            fonts[k] = table

        add_font(s["default_font"], "TkDefaultFont")
        expected, paths_of = {}, {}
        for path in sorted(real_paths):
            rw, sw = r["widgets"][path], s["widgets"][path]
            geom = list(rw["geom"])
            if rw["toplevel"]:
                geom[2:4] = [0, 0]  # a window's position is the window manager's business (none here)
            expected[str(sw["handle"])] = geom
            paths_of[str(sw["handle"])] = f"{path} ({rw['cls']})"
            if sw["font"] is not None and rw["font"]:
                add_font(sw["font"], rw["font"])
        fixture = dict(name=name, info=r["info"], paths=paths_of, expected=expected, fonts=fonts, ops=s["ops"])
        with open(os.path.join(OUT, name + ".json"), "w") as f:
            f.write("{\n")
            for i, k in enumerate(("name", "info", "paths", "expected", "fonts")):
                f.write(f"{json.dumps(k)}: {json.dumps(fixture[k])},\n")
            f.write('"ops": [\n' + ",\n".join(json.dumps(op) for op in fixture["ops"]) + "\n]}\n")
        total += len(expected)
        print(f"{name}: {len(expected)} widgets, {len(s['ops'])} ops, {len(fonts)} fonts")
    print(f"wrote {len(paths)} programs ({total} widgets) to {OUT}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--real"]:
        real(sys.argv[2])
    elif sys.argv[1:2] == ["--real-all"]:
        real_all(sys.argv[2:])
    elif sys.argv[1:2] == ["--shim"]:
        shim(sys.argv[2])
    else:
        main(sys.argv[1:])
