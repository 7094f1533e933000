"""Records widgets' requested sizes under real Tk 8.6 into tests/tk-req/fixtures.json, for src/tk/req_tests.rs.

    python3 tests/tkinter/tools/record_req.py

runs itself twice: under real Tk (CPython 3.13 + Tk 8.6 in Xvfb at 96 dpi, like a browser's CSS pixels) for
`winfo_reqwidth/reqheight`, containers' internal borders and every font measurement the formulas need, and under
plain python3 with `shims/` first on sys.path for the strict options the renderer gets (the `create` op's options
merged with later `configure` ops). Each case is built the same way in both.
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
OUT = os.path.join(ROOT, "tests", "tk-req", "fixtures.json")
REAL_PY = "/root/.pyenv/versions/3.13.0/bin/python3"

FONTS = [None, ("Helvetica", 16, "bold"), ("Courier", 10), ("Times", 12, "italic")]
TEXTS = ["", "OK", "Hello, world", "A much longer label text with several words in it", "two\nlines",
         "three\nlines of\ntext", "trailing\n"]
IMG = {"small": (16, 16), "wide": (40, 12), "tall": (10, 50)}


def cases():
    """(name, class, options, extras): extras['img'] names an image for -image, 'panes'/'tabs'/'labelwidget'
    set up children."""
    out = []

    seen = set()

    def add(name, cls, kw=None, **extras):
        base, n = name, 1
        while name in seen:
            n += 1
            name = f"{base}#{n}"
        seen.add(name)
        out.append((name, cls, dict(kw or {}), extras))

    for cls in ("Label", "Button", "Checkbutton", "Radiobutton", "Menubutton"):
        for i, t in enumerate(TEXTS):
            add(f"{cls}-text{i}", cls, dict(text=t))
        for j, f in enumerate(FONTS[1:]):
            for i, t in enumerate(TEXTS[1:5]):
                add(f"{cls}-font{j}-text{i}", cls, dict(text=t, font=f))
        add(f"{cls}-width10", cls, dict(text="Hi", width=10))
        add(f"{cls}-width3-long", cls, dict(text="Hello, world", width=3, height=2))
        add(f"{cls}-height3", cls, dict(text="Hi", height=3, font=FONTS[2]))
        add(f"{cls}-pads", cls, dict(text="Pad", padx=10, pady=5, bd=4, highlightthickness=3, relief="ridge"))
        add(f"{cls}-bd0", cls, dict(text="Flat", bd=0, highlightthickness=0, padx=0, pady=0))
        add(f"{cls}-wrap", cls, dict(text=TEXTS[3], wraplength=80))
        add(f"{cls}-wrap-narrow", cls, dict(text="Supercalifragilistic word", wraplength=30))
        add(f"{cls}-wrap-lines", cls, dict(text="first line here\nsecond line is longer", wraplength=70,
                                           font=FONTS[3]))
        for name, size in IMG.items():
            add(f"{cls}-img-{name}", cls, dict(), img=name)
        add(f"{cls}-img-text", cls, dict(text="Ignored"), img="small")
        add(f"{cls}-img-size", cls, dict(width=50, height=30), img="small")
        add(f"{cls}-img-pads", cls, dict(padx=8, pady=6, bd=3), img="wide")
        for comp in ("left", "right", "top", "bottom", "center"):
            add(f"{cls}-compound-{comp}", cls, dict(text="Both", compound=comp), img="small")
        add(f"{cls}-compound-size", cls, dict(text="Both", compound="left", width=80, height=40), img="tall")
        add(f"{cls}-compound-notext", cls, dict(text="", compound="left"), img="small")
        add(f"{cls}-bitmap", cls, dict(bitmap="info"))
        add(f"{cls}-bitmap-q", cls, dict(bitmap="question", text="Q", compound="left"))
        if cls in ("Checkbutton", "Radiobutton", "Menubutton"):
            add(f"{cls}-noind", cls, dict(text="Option", indicatoron=0))
            add(f"{cls}-noind-img", cls, dict(indicatoron=0), img="small")
            add(f"{cls}-ind-img", cls, dict(indicatoron=1), img="wide")
            add(f"{cls}-ind-font", cls, dict(text="Big", indicatoron=1, font=FONTS[1]))
            add(f"{cls}-ind-compound", cls, dict(text="Both", compound="top", indicatoron=1), img="small")
    add("Button-default-active", "Button", dict(text="Default", default="active"))
    add("Button-default-normal", "Button", dict(text="Default", default="normal", padx=2))
    add("Label-textvariable", "Label", dict(), textvariable="From a variable")

    for kw in [{}, dict(width=5), dict(width=0), dict(font=FONTS[1]), dict(font=FONTS[2], width=30),
               dict(bd=5, highlightthickness=0), dict(relief="flat", bd=0, highlightthickness=4)]:
        add("Entry-" + _slug(kw), "Entry", kw)
        add("Spinbox-" + _slug(kw), "Spinbox", kw)
    add("Entry-width0-text", "Entry", dict(width=0), insert="Some text here")
    add("Entry-width0-show", "Entry", dict(width=0, show="*"), insert="secret")
    add("Spinbox-width0-text", "Spinbox", dict(width=0, values=("alpha", "beta")))

    for kw in [{}, dict(width=40, height=10), dict(font=FONTS[1], width=10, height=3),
               dict(font=FONTS[3], padx=10, pady=7, bd=3), dict(spacing1=4, spacing3=2, height=5, width=20),
               dict(spacing2=5, height=4), dict(highlightthickness=0, bd=0, padx=0, pady=0, width=1, height=1),
               dict(font=FONTS[0] or "TkDefaultFont", width=10, height=2)]:
        add("Text-" + _slug(kw), "Text", kw)
    for kw in [{}, dict(width=200, height=100), dict(width=50, height=30, bd=3, highlightthickness=2),
               dict(width=10, height=10, highlightthickness=0), dict(width=0, height=0)]:
        add("Canvas-" + _slug(kw), "Canvas", kw)
    for kw in [{}, dict(width=10, height=5), dict(font=FONTS[1], height=3), dict(font=FONTS[2], width=15),
               dict(selectborderwidth=3, bd=4), dict(highlightthickness=0, bd=0, width=1, height=1)]:
        add("Listbox-" + _slug(kw), "Listbox", kw)
    add("Listbox-auto-items", "Listbox", dict(width=0, height=0), items=["one", "two", "a longer item", "x"])
    add("Listbox-auto-empty", "Listbox", dict(width=0, height=0))
    add("Listbox-auto-width", "Listbox", dict(width=0, height=3), items=["Wide item text here"])
    for orient in ("vertical", "horizontal"):
        for kw in [{}, dict(width=20), dict(bd=3, highlightthickness=2), dict(width=8, bd=0, highlightthickness=0),
                   dict(elementborderwidth=4)]:
            add(f"Scrollbar-{orient}-" + _slug(kw), "Scrollbar", dict(kw, orient=orient))
    for orient in ("vertical", "horizontal"):
        for kw in [{}, dict(label="Volume"), dict(showvalue=0), dict(from_=0, to=1, resolution=0.01),
                   dict(from_=-50, to=50, length=200, width=20, sliderlength=20),
                   dict(font=FONTS[1], label="Big"), dict(tickinterval=10),
                   dict(from_=0, to=1000000), dict(digits=5, from_=0, to=10),
                   dict(bd=3, highlightthickness=0, showvalue=0, label="x"),
                   dict(from_=0.5, to=2.25, resolution=0.25, label="Fine", tickinterval=0.5)]:
            add(f"Scale-{orient}-" + _slug(kw), "Scale", dict(kw, orient=orient))
    for kw in [dict(text="Hello world"), dict(text=TEXTS[3]), dict(text=TEXTS[3] * 3), dict(text=TEXTS[3], width=100),
               dict(text=TEXTS[3], aspect=300), dict(text=TEXTS[3], aspect=50), dict(text="short"),
               dict(text=""), dict(text="two\nlines here"), dict(text=TEXTS[3], padx=10, pady=2, bd=2),
               dict(text=TEXTS[3] * 2, font=FONTS[1]), dict(text=TEXTS[3], font=FONTS[2], width=150)]:
        add("Message-" + _slug(kw), "Message", kw)
    for cls in ("Frame", "Toplevel"):
        for kw in [{}, dict(width=100, height=50), dict(width=100), dict(height=30, bd=2, relief="groove"),
                   dict(padx=5, pady=7, bd=3, highlightthickness=2)]:
            add(f"{cls}-" + _slug(kw), cls, kw)
    for kw in [dict(text="Group"), dict(text=""), dict(text="Group", bd=0), dict(text="Group", bd=5),
               dict(text="Group", labelanchor="w"), dict(text="Group", labelanchor="e"),
               dict(text="Group", labelanchor="s"), dict(text="Group", labelanchor="ne"),
               dict(text="Group", padx=10, pady=5, highlightthickness=2), dict(text="Big", font=FONTS[1]),
               dict(text="Group", width=200, height=100), dict(text="A very long labelframe title indeed"),
               dict(text="Two\nlines", labelanchor="wn"), dict(text="Sized", width=10)]:
        add("LabelFrame-" + _slug(kw), "LabelFrame", kw)
    add("LabelFrame-labelwidget", "LabelFrame", dict(), labelwidget="Button")
    add("LabelFrame-labelwidget-w", "LabelFrame", dict(labelanchor="w"), labelwidget="Button")
    for orient in ("horizontal", "vertical"):
        for kw in [{}, dict(sashwidth=6, sashpad=2), dict(showhandle=1, handlesize=10), dict(bd=3),
                   dict(width=300, height=100)]:
            add(f"PanedWindow-{orient}-" + _slug(kw), "PanedWindow", dict(kw, orient=orient), panes=True)
        add(f"PanedWindow-{orient}-empty", "PanedWindow", dict(orient=orient))

    # ttk
    for cls in ("ttk.Label", "ttk.Button", "ttk.Checkbutton", "ttk.Radiobutton", "ttk.Menubutton"):
        for i, t in enumerate(TEXTS):
            add(f"{cls}-text{i}", cls, dict(text=t))
        add(f"{cls}-width12", cls, dict(text="Hi", width=12))
        add(f"{cls}-width-neg", cls, dict(text="Hi", width=-15))
        add(f"{cls}-width2-long", cls, dict(text="Hello, world", width=2))
        add(f"{cls}-padding", cls, dict(text="Pad", padding=10))
        add(f"{cls}-padding4", cls, dict(text="Pad", padding=(1, 2, 3, 4)))
        add(f"{cls}-padding2", cls, dict(text="Pad", padding="5 8"))
        for name in IMG:
            add(f"{cls}-img-{name}", cls, dict(), img=name)
        for comp in ("left", "top", "center", "image", "text", "none"):
            add(f"{cls}-compound-{comp}", cls, dict(text="Both", compound=comp), img="small")
        add(f"{cls}-compound-width", cls, dict(text="Both", compound="left", width=10), img="small")
    add("ttk.Label-font", "ttk.Label", dict(text="Big", font=FONTS[1]))
    add("ttk.Label-font2", "ttk.Label", dict(text="Mono text", font=FONTS[2]))
    add("ttk.Label-wrap", "ttk.Label", dict(text=TEXTS[3], wraplength=80))
    add("ttk.Label-relief", "ttk.Label", dict(text="Border", relief="solid", borderwidth=3))
    add("ttk.Button-default-active", "ttk.Button", dict(text="Def", default="active"))
    add("ttk.Button-default-disabled", "ttk.Button", dict(text="Def", default="disabled"))
    for cls in ("ttk.Entry", "ttk.Combobox", "ttk.Spinbox"):
        for kw in [{}, dict(width=5), dict(width=40), dict(font=FONTS[1]), dict(font=FONTS[2], width=10)]:
            add(f"{cls}-" + _slug(kw), cls, kw)
    for kw in [{}, dict(length=200), dict(orient="vertical"), dict(orient="vertical", length=50),
               dict(mode="indeterminate")]:
        add("ttk.Progressbar-" + _slug(kw), "ttk.Progressbar", kw)
        add("ttk.Scale-" + _slug(kw, drop=("mode",)), "ttk.Scale", {k: v for k, v in kw.items() if k != "mode"})
    for orient in ("vertical", "horizontal"):
        add(f"ttk.Scrollbar-{orient}", "ttk.Scrollbar", dict(orient=orient))
        add(f"ttk.Separator-{orient}", "ttk.Separator", dict(orient=orient))
        add(f"ttk.Panedwindow-{orient}", "ttk.Panedwindow", dict(orient=orient))
    add("ttk.Sizegrip", "ttk.Sizegrip", {})
    for kw in [{}, dict(height=5), dict(columns=("a", "b")), dict(show="headings", columns=("a",)),
               dict(show="tree", height=3), dict(padding=5)]:
        add("ttk.Treeview-" + _slug(kw), "ttk.Treeview", kw)
    for kw in [{}, dict(width=100, height=50), dict(padding=5), dict(padding=(1, 2, 3, 4)),
               dict(borderwidth=3, relief="sunken"), dict(padding=(2, 6), width=40)]:
        add("ttk.Frame-" + _slug(kw), "ttk.Frame", kw)
    for kw in [dict(text="Group"), dict(text=""), dict(text="Group", padding=5), dict(text="Big title text here"),
               dict(text="Group", labelanchor="w"), dict(text="Group", labelanchor="s"),
               dict(text="Group", width=150, height=80), dict(text="Two\nlines"), dict(text="Group", borderwidth=5)]:
        add("ttk.Labelframe-" + _slug(kw), "ttk.Labelframe", kw)
    add("ttk.Labelframe-labelwidget", "ttk.Labelframe", dict(), labelwidget="Button")
    add("ttk.Labelframe-labelwidget-e", "ttk.Labelframe", dict(labelanchor="e"), labelwidget="Button")
    add("ttk.Label-font-padding-width", "ttk.Label", dict(text="Big", font=FONTS[3], padding=(3, 4), width=-8))
    add("ttk.Label-font-image", "ttk.Label", dict(text="Pic", font=FONTS[1], compound="bottom"), img="wide")
    for kw in [{}, dict(padding=5), dict(width=200, height=100)]:
        add("ttk.Notebook-" + _slug(kw), "ttk.Notebook", kw, tabs=True)
    add("ttk.Notebook-empty", "ttk.Notebook", {})
    return out


def _slug(kw, drop=()):
    if not kw:
        return "default"
    parts = []
    for k, v in kw.items():
        if k in drop:
            continue
        if isinstance(v, tuple):
            v = "_".join(str(x) for x in v)
        parts.append(f"{k}={v}".replace(" ", "_").replace("\n", "_")[:24])
    return ",".join(parts) or "default"


PANES = [dict(text="Left pane"), dict(text="Right", font=("Courier", 10)), dict(text="Third\nmulti")]
TABS = [("Tab one", (120, 60)), ("Second", (80, 90)), ("3", (10, 10))]


def build(tk, ttk, parent, cls, kw, extras, images):
    kw = dict(kw)
    mod = ttk if cls.startswith("ttk.") else tk
    factory = getattr(mod, cls.split(".")[-1])
    if "img" in extras:
        kw["image"] = images[extras["img"]]
    if "textvariable" in extras:
        kw["textvariable"] = tk.StringVar(parent, extras["textvariable"])
    made = []
    if "labelwidget" in extras:
        lw = getattr(tk, extras["labelwidget"])(parent, text="Label widget")
        kw["labelwidget"] = lw
        made.append(lw)
    if cls == "Toplevel":
        w = factory(parent, **kw)
    else:
        w = factory(parent, **kw)
    if "insert" in extras:
        w.insert(0, extras["insert"])
    for item in extras.get("items", []):
        w.insert("end", item)
    if extras.get("panes"):
        for p in PANES:
            lab = tk.Label(w, **p)
            w.add(lab)
            made.append(lab)
    if extras.get("tabs"):
        for text, (fw, fh) in TABS:
            f = tk.Frame(w, width=fw, height=fh)
            w.add(f, text=text)
            made.append(f)
    return w, made


# ---- real Tk ----

def settle(root):
    for _ in range(5):
        root.update()


def real():
    import tkinter as tk
    from tkinter import font as tkfont
    from tkinter import ttk
    root = tk.Tk()
    theme = ttk.Style().theme_use()
    images = {n: tk.PhotoImage(width=w, height=h) for n, (w, h) in IMG.items()}
    results = {}
    for name, cls, kw, extras in cases():
        top = tk.Toplevel(root)
        w, made = build(tk, ttk, top, cls, kw, extras, images)
        if cls != "Toplevel":
            w.pack()
        settle(root)
        res = dict(tk=[w.winfo_reqwidth(), w.winfo_reqheight()])
        if made and cls in ("PanedWindow", "ttk.Notebook"):
            res["children"] = [[c.winfo_reqwidth(), c.winfo_reqheight()] for c in made]
        if made and cls in ("LabelFrame", "ttk.Labelframe"):
            res["labelwidget"] = [made[0].winfo_reqwidth(), made[0].winfo_reqheight()]
        if cls in ("Frame", "Toplevel", "LabelFrame", "ttk.Frame", "ttk.Labelframe", "ttk.Notebook"):
            res.update(container(tk, ttk, root, cls, kw, extras, images))
        results[name] = res
        top.destroy()
    # Every font a case used, by its description; the shim's side turns the description into its Font.
    # TkTextFont is TkDefaultFont on X11 (and in the shim).
    fonts = {"default": tkfont.nametofont("TkDefaultFont"), "fixed": tkfont.nametofont("TkFixedFont")}
    for f in FONTS[1:]:
        fonts[json.dumps(f)] = tkfont.Font(root, font=f)
    chars = [chr(c) for c in range(32, 127)]
    texts = set(TEXTS) | {"0"}
    for _, _, kw, extras in cases():
        for k in ("text", "label"):
            if isinstance(kw.get(k), str):
                texts.add(kw[k])
                texts.update(kw[k].split("\n"))
    measures = {}
    metrics = {}
    for key, f in fonts.items():
        measures[key] = {t: f.measure(t) for t in sorted(set(chars) | texts)}
        m = f.metrics()
        metrics[key] = [m["ascent"], m["descent"], m["linespace"]]
    info = dict(theme=theme, patchlevel=str(root.tk.call("info", "patchlevel")),
                scaling=float(root.tk.call("tk", "scaling")), screen=[root.winfo_screenwidth(),
                                                                      root.winfo_screenmmwidth()])
    root.destroy()
    json.dump(dict(results=results, measures=measures, metrics=metrics, info=info), sys.stdout)


def container(tk, ttk, root, cls, kw, extras, images):
    """Internal border (from a probe placed over the inside) and the request with 1x1 content."""
    top = tk.Toplevel(root)
    w, _ = build(tk, ttk, top, cls, kw, extras, images)
    if cls == "ttk.Notebook":
        w.pack()
        probe = w.nametowidget(w.tabs()[0]) if w.tabs() else None
        if probe is None:
            top.destroy()
            return {}
    else:
        if cls != "Toplevel":
            w.pack()
        tk.Frame(w, width=1, height=1).pack()
        probe = tk.Frame(w)
        probe.place(x=0, y=0, relwidth=1, relheight=1)
    settle(root)
    W, H = w.winfo_width(), w.winfo_height()
    x, y, pw, ph = probe.winfo_x(), probe.winfo_y(), probe.winfo_width(), probe.winfo_height()
    out = dict(border=[x, y, W - x - pw, H - y - ph])
    if cls != "ttk.Notebook":
        out["packed1"] = [w.winfo_reqwidth(), w.winfo_reqheight()]
    top.destroy()
    return out


# ---- the shim ----

def shim():
    sys.path.insert(0, os.path.join(ROOT, "shims"))
    import tkinter as tk
    from tkinter import _backend, ttk
    _backend.set_factory(lambda: _backend.RecordingBackend())
    root = tk.Tk()
    images = {n: tk.PhotoImage(width=w, height=h) for n, (w, h) in IMG.items()}
    sizes = {images[n]._handle: s for n, s in IMG.items()}
    out = {}
    fonts = {}
    for name, cls, kw, extras in cases():
        be = _backend.current()
        be.take_ops()
        top = tk.Toplevel(root)
        w, _ = build(tk, ttk, top, cls, kw, extras, images)
        ops = be.take_ops()
        opts = {}
        kind = None
        for op in ops:
            if op.get("id") == w._handle and op["op"] in ("create", "configure"):
                opts.update(op["options"])
                kind = op.get("kind", kind)
        out[name] = dict(kind=kind, opts=opts)
        top.destroy()
    be = _backend.current()
    be.take_ops()
    names = {"default": "TkDefaultFont", "fixed": "TkFixedFont"}
    for key, f in list(names.items()) + [(json.dumps(f), f) for f in FONTS[1:]]:
        tk.Label(root, font=f)
        fonts[key] = be.take_ops()[-1]["options"]["font"]
    json.dump(dict(cases=out, fonts=fonts, images={str(k): v for k, v in sizes.items()}), sys.stdout)


def main():
    env = dict(os.environ)
    real_out = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24 -dpi 96", REAL_PY, __file__, "--real"],
                              check=True, capture_output=True, text=True, env=env).stdout
    shim_out = subprocess.run(["python3", __file__, "--shim"], check=True, capture_output=True, text=True).stdout
    r = json.loads(real_out)
    s = json.loads(shim_out)
    # The shim's Font (as JSON with sorted keys) is the key of the measurement tables.
    key_of = {k: json.dumps(v, sort_keys=True) for k, v in s["fonts"].items()}
    measures = {key_of[k]: v for k, v in r["measures"].items()}
    metrics = {key_of[k]: v for k, v in r["metrics"].items()}
    if len(measures) != len(r["measures"]):
        raise SystemExit("two Tk fonts map to one shim font")
    images = {int(k): v for k, v in s["images"].items()}
    out = []
    for name, cls, kw, extras in cases():
        sc = s["cases"][name]
        rc = r["results"][name]
        content = {}
        img = sc["opts"].get("image")
        if img is not None:
            content["image"] = images[img]
        if "children" in rc and cls == "PanedWindow":
            content["panes"] = rc["children"]
        if "children" in rc and cls == "ttk.Notebook":
            content["tabs"] = rc["children"]
            content["tab_texts"] = [t for t, _ in TABS]
        if "labelwidget" in rc:
            content["labelwidget"] = rc["labelwidget"]
        if "insert" in extras:
            content["text"] = extras["insert"]
        if cls == "Spinbox" and kw.get("values"):
            content["text"] = kw["values"][0]  # what the spinbox shows
        if extras.get("items"):
            content["items"] = extras["items"]
        case = dict(name=name, kind=sc["kind"], opts=sc["opts"], content=content, tk=rc["tk"])
        for k in ("border", "packed1"):
            if k in rc:
                case[k] = rc[k]
        out.append(case)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        f.write('{"info": %s,\n"measures": %s,\n"metrics": %s,\n"cases": [\n' % (
            json.dumps(r["info"]), json.dumps(measures), json.dumps(metrics)))
        f.write(",\n".join(json.dumps(c) for c in out))
        f.write("\n]}\n")
    print("wrote %d cases to %s (theme %s, Tk %s)" % (len(out), OUT, r["info"]["theme"], r["info"]["patchlevel"]))


if __name__ == "__main__":
    if sys.argv[1:] == ["--real"]:
        real()
    elif sys.argv[1:] == ["--shim"]:
        shim()
    else:
        main()
