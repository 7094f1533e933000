"""Records Tk's geometry for the layouts in layouts.py and randomized.py into fixtures/*.json.

Run under real Tk (Debian xvfb + python3-tk):

    xvfb-run -a /root/.pyenv/versions/3.13.0/bin/python3 tests/tk-geometry/record.py

Each layout is built in a fresh Tk(), settled with update(), and every widget is written down twice: as the input of
`pyroom::tk::layout` (a `Tree`: requested sizes, container settings, manager options, in the strict form the Python
shim will send) and as what Tk reports (`winfo_reqwidth/reqheight`, `winfo_x/y/width/height`, `winfo_viewable`).
`src/tk/fixture_tests.rs` runs the one through the Rust model and compares it with the other.

What Tk does not report back is remembered on the way: the order of `pack` calls with their `-before`/`-after`
(through `Recorder.pack`), the `geometry()` a layout set (through `Recorder.geometry`), and the constructor options
of labelframes and ttk frames (through `Recorder.container`), whose internal borders are measured on a copy.
"""

import json
import os
import sys
import tkinter as tk

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import layouts  # noqa: E402
import randomized  # noqa: E402

FRAMES = ("Frame", "Toplevel", "Tk")


class Recorder:
    """Builds one layout and remembers the calls whose effect Tk does not report back."""

    def __init__(self):
        self.root = tk.Tk()
        self.seq = 0
        self.packs = {}  # widget -> dict(seq, before, after, master)
        self.geometries = {}  # toplevel -> (w, h)
        self.made = {}  # container -> (factory, options) to measure a copy
        self.measured = {}  # container -> (border, min_req), filled once the layout was read

    def pack(self, w, **kw):
        """w.pack(**kw), remembering when the widget entered its container's list and next to whom."""
        master = kw.get("in_", w.master)
        old = self.packs.get(w)
        w.pack(**kw)
        if old is None or old["master"] is not master or "before" in kw or "after" in kw:
            self.seq += 1
            self.packs[w] = dict(seq=self.seq, before=kw.get("before"), after=kw.get("after"), master=master)
        return w

    def geometry(self, win, text):
        win.geometry(text)
        size = text.split("+")[0]
        if size:
            w, h = size.split("x")
            self.geometries[win] = (int(w), int(h))

    def container(self, factory, parent, **kw):
        """A labelframe or ttk frame: made through here so its border can be measured on a copy."""
        w = factory(parent, **kw)
        self.made[w] = (factory, kw)
        return w


def settle(root):
    """update() until nothing moves any more."""
    last = None
    for _ in range(20):
        root.update()
        now = [(str(w), w.winfo_x(), w.winfo_y(), w.winfo_width(), w.winfo_height(), w.winfo_ismapped(),
                w.winfo_reqwidth(), w.winfo_reqheight()) for w in walk(root)]
        if now == last:
            return
        last = now
    raise RuntimeError("layout does not settle")


def walk(w):
    yield w
    for c in w.winfo_children():
        yield from walk(c)


def pad(v):
    if isinstance(v, (tuple, list)):
        a, b = (int(x) for x in v)
    elif isinstance(v, str) and " " in v:
        a, b = (int(x) for x in v.split())
    else:
        a = b = int(v)
    return [a, b]


def pixels(w, option):
    return w.winfo_pixels(str(w.cget(option)))


def opt_int(v):
    return None if v == "" else int(float(v))


def measure_copy(rec, w):
    """Internal border and minimum request of a labelframe or ttk frame, from a copy in a throwaway toplevel."""
    factory, kw = rec.made[w]
    top = tk.Toplevel(rec.root)
    copy = factory(top, **kw)
    copy.pack()
    tk.Frame(copy, width=1, height=1).pack()
    probe = tk.Frame(copy)
    probe.place(x=0, y=0, relwidth=1, relheight=1)
    settle(rec.root)
    W, H = copy.winfo_width(), copy.winfo_height()
    x, y, pw, ph = probe.winfo_x(), probe.winfo_y(), probe.winfo_width(), probe.winfo_height()
    border = dict(left=x, top=y, right=W - x - pw, bottom=H - y - ph)
    # With a 1x1 content, a request larger than content plus border comes from the minimum.
    rw, rh = copy.winfo_reqwidth(), copy.winfo_reqheight()
    min_req = dict(width=rw if rw > 1 + border["left"] + border["right"] else 0,
                   height=rh if rh > 1 + border["top"] + border["bottom"] else 0)
    top.destroy()
    return border, min_req


def own_request(w):
    """What the widget itself asks for. Tk reports the manager's request instead when the manager propagates, so
    then it is worked out from the options (a frame asks for -width x -height if either is set), which also keeps
    the model from passing by copying the request it should compute."""
    propagates = (w.pack_slaves() and w.pack_propagate()) or (w.grid_slaves() and w.grid_propagate())
    if not propagates:
        return dict(width=w.winfo_reqwidth(), height=w.winfo_reqheight())
    if w.winfo_class() == "Tk":
        return dict(width=200, height=200)  # what an empty Tk() asks for
    width, height = pixels(w, "width"), pixels(w, "height")
    if width > 0 or height > 0:
        return dict(width=max(width, 1), height=max(height, 1))
    return dict(width=1, height=1)


def container_of(rec, w):
    cls = w.winfo_class()
    if w in rec.made:
        border, min_req = rec.measured[w]
    elif cls in FRAMES:
        n = pixels(w, "bd") + pixels(w, "highlightthickness")
        px, py = pixels(w, "padx"), pixels(w, "pady")
        border, min_req = dict(left=n + px, top=n + py, right=n + px, bottom=n + py), dict(width=0, height=0)
    elif w.pack_slaves() or w.grid_slaves() or w.place_slaves():
        raise RuntimeError(f"{w}: make containers of class {cls} through Recorder.container")
    else:
        return None
    cols, rows = w.grid_size()

    def slots(conf, n):
        out = []
        for i in range(n):
            c = conf(i)
            u = c["uniform"]
            out.append(dict(weight=int(c["weight"]), minsize=int(c["minsize"]), pad=int(c["pad"]),
                            uniform=None if u in (None, "") else str(u)))
        return out

    return dict(border=border, min_req=min_req, pack_propagate=bool(w.pack_propagate()),
                grid_propagate=bool(w.grid_propagate()), grid_anchor=str(w.tk.call("grid", "anchor", w._w)),
                columns=slots(w.grid_columnconfigure, cols), rows=slots(w.grid_rowconfigure, rows))


def manager_of(rec, w, ids):
    kind = w.winfo_manager()
    parent = w.master

    def within(info):
        m = w.nametowidget(str(info["in"]))
        return None if m is parent else ids[m]

    if kind == "pack":
        i = w.pack_info()
        call = rec.packs.get(w) or {}
        return dict(type="pack", side=i["side"], fill=i["fill"], expand=bool(int(i["expand"])),
                    anchor=i["anchor"], padx=pad(i["padx"]), pady=pad(i["pady"]), ipadx=int(i["ipadx"]),
                    ipady=int(i["ipady"]), seq=call.get("seq", 0),
                    before=ids[call["before"]] if call.get("before") else None,
                    after=ids[call["after"]] if call.get("after") else None, **{"in": within(i)})
    if kind == "grid":
        i = w.grid_info()
        return dict(type="grid", row=int(i["row"]), column=int(i["column"]), rowspan=int(i["rowspan"]),
                    columnspan=int(i["columnspan"]), sticky=i["sticky"], padx=pad(i["padx"]),
                    pady=pad(i["pady"]), ipadx=int(i["ipadx"]), ipady=int(i["ipady"]), **{"in": within(i)})
    if kind == "place":
        i = w.place_info()

        def exact(option):  # place info rounds to 4 digits; configure gives the double itself
            v = w.tk.call("place", "configure", w._w, "-" + option)[4]
            return None if v == "" else float(v)

        return dict(type="place", x=int(i["x"]), y=int(i["y"]), relx=exact("relx"), rely=exact("rely"),
                    width=opt_int(i["width"]), height=opt_int(i["height"]), relwidth=exact("relwidth"),
                    relheight=exact("relheight"), anchor=i["anchor"], bordermode=i["bordermode"],
                    **{"in": within(i)})
    return dict(type="none")


# The defaults of the Rust types (src/tk/model.rs): fields at their default are left out of the fixtures, which keeps
# them small and checks that both sides agree on the defaults.
DEFAULTS = {
    "pack": {"in": None, "side": "top", "fill": "none", "expand": False, "anchor": "center", "padx": [0, 0],
             "pady": [0, 0], "ipadx": 0, "ipady": 0, "seq": 0, "before": None, "after": None},
    "grid": {"in": None, "row": 0, "column": 0, "rowspan": 1, "columnspan": 1, "sticky": "", "padx": [0, 0],
             "pady": [0, 0], "ipadx": 0, "ipady": 0},
    "place": {"in": None, "x": 0, "y": 0, "relx": 0.0, "rely": 0.0, "width": None, "height": None,
              "relwidth": None, "relheight": None, "anchor": "nw", "bordermode": "inside"},
    "container": {"border": dict(left=0, top=0, right=0, bottom=0), "min_req": dict(width=0, height=0),
                  "pack_propagate": True, "grid_propagate": True, "grid_anchor": "nw", "columns": [], "rows": []},
    "slot": {"weight": 0, "minsize": 0, "pad": 0, "uniform": None},
    "toplevel": {"geometry": None, "minsize": dict(width=1, height=1), "maxsize": None},
}


def compact(d, kind):
    return {k: v for k, v in d.items() if k == "type" or DEFAULTS[kind].get(k, object()) != v}


def record(name, build):
    rec = Recorder()
    build(rec, rec.root)
    settle(rec.root)
    widgets = list(walk(rec.root))
    ids = {w: n for n, w in enumerate(widgets)}
    facts = []
    for w in widgets:
        top = w.winfo_toplevel() is w
        facts.append(dict(
            id=ids[w], path=str(w), cls=w.winfo_class(),
            req=dict(width=w.winfo_reqwidth(), height=w.winfo_reqheight()),
            rect=dict(x=0 if top else w.winfo_x(), y=0 if top else w.winfo_y(),
                      width=w.winfo_width(), height=w.winfo_height()),
            mapped=bool(w.winfo_viewable())))
        if not facts[-1]["mapped"]:
            del facts[-1]["rect"]  # Tk leaves an unmapped widget's last box; nothing to compare
        if w.pack_slaves():
            facts[-1]["pack_order"] = [ids[s] for s in w.pack_slaves()]
    # Measuring copies maps new windows: do it after everything above was read.
    rec.measured = {w: measure_copy(rec, w) for w in rec.made}
    tree = []
    for w in widgets:
        top = w.winfo_toplevel() is w
        node = dict(id=ids[w], parent=None if w.master is None else ids[w.master], req=own_request(w))
        if top:
            g = rec.geometries.get(w)
            mw, mh = w.wm_minsize()
            xw, xh = w.wm_maxsize()
            node["toplevel"] = compact(dict(geometry=None if g is None else dict(width=g[0], height=g[1]),
                                            minsize=dict(width=mw, height=mh), maxsize=dict(width=xw, height=xh)),
                                       "toplevel")
        c = container_of(rec, w)
        if c is not None:
            c["columns"] = [compact(x, "slot") for x in c["columns"]]
            c["rows"] = [compact(x, "slot") for x in c["rows"]]
            if compact(c, "container"):
                node["container"] = compact(c, "container")
        m = manager_of(rec, w, ids)
        if not top and m["type"] != "none":
            node["manager"] = compact(m, m["type"])
        tree.append(node)
    rec.root.destroy()
    return dict(name=name, tree=dict(widgets=tree), expect=facts)


def main():
    version = tk.Tcl().call("info", "patchlevel")
    out = os.path.join(HERE, "fixtures")
    os.makedirs(out, exist_ok=True)
    total = 0
    groups = list(layouts.GROUPS.items()) + [
        ("random", randomized.cases()), ("axis", randomized.axis_cases()), ("spans", randomized.span_cases()),
        ("packed", randomized.pack_cases()), ("placed", randomized.place_cases())]
    for group, cases in groups:
        recorded = [record(name, build) for name, build in cases]
        total += len(recorded)
        with open(os.path.join(out, f"{group}.json"), "w") as f:
            # One layout a line, so a re-recording shows in a diff as the layouts that changed.
            lines = ",\n".join(json.dumps(r, separators=(",", ":")) for r in recorded)
            f.write(f'{{"tk":{json.dumps(str(version))},"layouts":[\n{lines}\n]}}\n')
        print(f"{group}: {len(recorded)} layouts, {sum(len(r['expect']) for r in recorded)} widgets")
    print(f"recorded {total} layouts under Tk {version}")


if __name__ == "__main__":
    main()
