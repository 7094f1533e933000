"""Random layouts for record.py: seeded trees of frames managed by pack, grid or place, with random options and
window sizes, to reach the corners no one writes by hand. Same seeds, same layouts (given the same fonts)."""

import random
import tkinter as tk

SEEDS = range(60)
ANCHORS = ("n", "ne", "e", "se", "s", "sw", "w", "nw", "center")


def pad(rnd):
    return rnd.choice((0, 0, 2, 5, (0, 6), (3, 1)))


def leaf(rnd, parent):
    kind = rnd.randrange(6)
    if kind == 0:
        return tk.Label(parent, text="L" * rnd.randint(1, 12), bg="white")
    if kind == 1:
        return tk.Button(parent, text="B" * rnd.randint(1, 8))
    if kind == 2:
        return tk.Entry(parent, width=rnd.randint(3, 20))
    if kind == 3:
        return tk.Frame(parent, width=rnd.randint(0, 90), height=rnd.randint(0, 60), bg="gray")
    if kind == 4:
        return tk.Checkbutton(parent, text="c" * rnd.randint(1, 6))
    return tk.Canvas(parent, width=rnd.randint(5, 120), height=rnd.randint(5, 80), highlightthickness=0)


def frame(rnd, parent):
    return tk.Frame(parent, bd=rnd.choice((0, 0, 1, 3)), highlightthickness=rnd.choice((0, 0, 2)),
                    padx=rnd.choice((0, 0, 4)), pady=rnd.choice((0, 3)), relief="ridge",
                    width=rnd.choice((0, 50, 150)), height=rnd.choice((0, 40, 120)))


def fill(rec, rnd, parent, depth):
    """Children of `parent` under one manager (plus sometimes a placed one)."""
    kind = rnd.choice(("pack", "pack", "grid", "grid", "place"))
    n = rnd.randint(1, 6)
    kids = [frame(rnd, parent) if depth < 3 and rnd.random() < 0.3 else leaf(rnd, parent) for _ in range(n)]
    if kind == "pack":
        for k in kids:
            packed = parent.pack_slaves()
            before = rnd.choice(packed) if packed and rnd.random() < 0.15 else None
            kw = dict(side=rnd.choice(("top", "bottom", "left", "right")),
                      fill=rnd.choice(("none", "x", "y", "both")), expand=rnd.random() < 0.4,
                      anchor=rnd.choice(ANCHORS), padx=pad(rnd), pady=pad(rnd),
                      ipadx=rnd.choice((0, 0, 3)), ipady=rnd.choice((0, 0, 2)))
            if before is not None:
                kw["before"] = before
            rec.pack(k, **kw)
        if rnd.random() < 0.2:
            parent.pack_propagate(False)
    elif kind == "grid":
        cols = rnd.randint(1, 4)
        for i, k in enumerate(kids):
            r, c = divmod(i, cols)
            k.grid(row=r + rnd.choice((0, 0, 1)), column=c, sticky="".join(s for s in "nsew" if rnd.random() < 0.4),
                   rowspan=rnd.choice((1, 1, 1, 2)), columnspan=rnd.choice((1, 1, 2, 3)),
                   padx=pad(rnd), pady=pad(rnd), ipadx=rnd.choice((0, 2)), ipady=rnd.choice((0, 1)))
        for c in range(cols + 2):
            if rnd.random() < 0.5:
                parent.columnconfigure(c, weight=rnd.choice((0, 1, 1, 2, 5)), minsize=rnd.choice((0, 0, 20, 60)),
                                       pad=rnd.choice((0, 0, 4)), uniform=rnd.choice(("", "", "", "a", "b")))
        for r in range(3):
            if rnd.random() < 0.4:
                parent.rowconfigure(r, weight=rnd.choice((0, 1, 3)), minsize=rnd.choice((0, 15)),
                                    uniform=rnd.choice(("", "", "r")))
        if rnd.random() < 0.2:
            parent.grid_propagate(False)
        if rnd.random() < 0.2:
            parent.grid_anchor(rnd.choice(ANCHORS))
    else:
        for k in kids:
            kw = dict(x=rnd.randint(-10, 100), y=rnd.randint(-10, 80), relx=rnd.choice((0, 0.25, 0.5, 1)),
                      rely=rnd.choice((0, 0.3, 0.5, 1)), anchor=rnd.choice(ANCHORS),
                      bordermode=rnd.choice(("inside", "outside", "ignore")))
            if rnd.random() < 0.3:
                kw["relwidth"] = rnd.choice((0.2, 0.5, 1.0))
            if rnd.random() < 0.3:
                kw["height"] = rnd.randint(0, 50)
            k.place(**kw)
    for k in kids:
        if isinstance(k, tk.Frame) and k.winfo_class() == "Frame" and rnd.random() < 0.8 and depth < 3:
            fill(rec, rnd, k, depth + 1)


def build(seed):
    def run(rec, root):
        rnd = random.Random(seed)
        fill(rec, rnd, root, 0)
        root.update_idletasks()
        w, h = root.winfo_reqwidth(), root.winfo_reqheight()
        size = rnd.choice(("natural", "bigger", "smaller", "fixed"))
        if size == "bigger":
            rec.geometry(root, f"{w + rnd.randint(1, 200)}x{h + rnd.randint(1, 150)}")
        elif size == "smaller":
            rec.geometry(root, f"{max(1, w - rnd.randint(1, w))}x{max(1, h - rnd.randint(1, h))}")
        elif size == "fixed":
            rec.geometry(root, "400x300")
    return run


def cases():
    return [(f"random_{seed}", build(seed)) for seed in SEEDS]


AXIS_SEEDS = range(1000, 1200)


def axis(seed):
    """One row of columns in a frame of a fixed random width: single and spanning widgets of exact widths, random
    weights, minsizes, pads and uniform groups; stresses grid's request and its stretching and shrinking."""
    def run(rec, root):
        rnd = random.Random(seed)
        n = rnd.randint(2, 6)
        f = tk.Frame(root, bd=rnd.choice((0, 2)))
        f.grid(row=0, column=0)
        for c in range(n):
            if rnd.random() < 0.75:
                tk.Frame(f, width=rnd.randint(1, 60), height=4, bg="gray").grid(
                    row=0, column=c, padx=rnd.choice((0, 0, 3, (1, 4))), ipadx=rnd.choice((0, 0, 2)),
                    sticky=rnd.choice(("", "ew", "w", "e")))
        for i in range(rnd.choice((0, 1, 1, 2, 3))):
            s = rnd.randrange(0, n - 1)
            tk.Frame(f, width=rnd.randint(1, 200), height=4, bg="blue").grid(
                row=1 + i, column=s, columnspan=rnd.randint(2, n - s), sticky=rnd.choice(("", "ew")))
        for c in range(n + 1):
            if rnd.random() < 0.6:
                f.columnconfigure(c, weight=rnd.choice((0, 0, 1, 1, 2, 3, 7)), minsize=rnd.choice((0, 0, 0, 10, 45)),
                                  pad=rnd.choice((0, 0, 5)), uniform=rnd.choice(("", "", "", "u", "v")))
        root.update_idletasks()
        if rnd.random() < 0.8:
            f.grid_propagate(False)
            f.configure(width=max(1, f.winfo_reqwidth() + rnd.randint(-120, 150)), height=40)
    return run


def axis_cases():
    return [(f"axis_{seed}", axis(seed)) for seed in AXIS_SEEDS]


SPAN_SEEDS = range(2000, 2150)


def spans(seed):
    """Several widgets spanning overlapping columns: how grid shares the room a spanning widget needs."""
    def run(rec, root):
        rnd = random.Random(seed)
        n = rnd.randint(2, 6)
        f = tk.Frame(root)
        f.grid(row=0, column=0)
        for c in range(n):
            if rnd.random() < 0.6:
                tk.Frame(f, width=rnd.randint(1, 40), height=2).grid(row=0, column=c)
        for i in range(rnd.randint(2, 4)):
            s = rnd.randrange(0, n - 1)
            tk.Frame(f, width=rnd.randint(1, 250), height=2, bg="blue").grid(
                row=1 + i, column=s, columnspan=rnd.randint(2, n - s))
        if rnd.random() < 0.5:
            for c in range(n):
                f.columnconfigure(c, weight=rnd.choice((0, 0, 0, 1, 2, 3)))
    return run


def span_cases():
    return [(f"spans_{seed}", spans(seed)) for seed in SPAN_SEEDS]


PACK_SEEDS = range(3000, 3080)


def packed(seed):
    """Nested frames packed into their parents or, with -in, into frames further down; -before/-after; window sizes
    from tiny to large."""
    def run(rec, root):
        rnd = random.Random(seed)
        frames = [root]
        for _ in range(rnd.randint(1, 4)):
            parent = rnd.choice(frames)
            f = tk.Frame(parent, bd=rnd.choice((0, 1, 4)), padx=rnd.choice((0, 3)), pady=rnd.choice((0, 2)),
                         highlightthickness=rnd.choice((0, 1)), relief="groove", bg="tan")
            frames.append(f)
        kids = []
        for f in frames[1:]:
            rec.pack(f, side=rnd.choice(("top", "bottom", "left", "right")), fill=rnd.choice(("none", "x", "y", "both")),
                     expand=rnd.random() < 0.5, padx=pad(rnd), pady=pad(rnd))
        for _ in range(rnd.randint(2, 10)):
            parent = rnd.choice(frames)
            kids.append((parent, leaf(rnd, parent)))
        for parent, k in kids:
            inside = [f for f in frames if f is parent or str(f).startswith(str(parent) + ".") or parent is root]
            master = rnd.choice(inside) if rnd.random() < 0.3 else parent
            kw = dict(side=rnd.choice(("top", "bottom", "left", "right")), fill=rnd.choice(("none", "x", "y", "both")),
                      expand=rnd.random() < 0.4, anchor=rnd.choice(ANCHORS), padx=pad(rnd), pady=pad(rnd),
                      ipadx=rnd.choice((0, 1, 4)), ipady=rnd.choice((0, 0, 3)))
            if master is not parent:
                kw["in_"] = master
            others = [w for w in master.pack_slaves() if w is not k]
            if others and rnd.random() < 0.25:
                kw[rnd.choice(("before", "after"))] = rnd.choice(others)
            rec.pack(k, **kw)
        root.update_idletasks()
        w, h = root.winfo_reqwidth(), root.winfo_reqheight()
        choice = rnd.random()
        if choice < 0.3:
            rec.geometry(root, f"{rnd.randint(1, w)}x{rnd.randint(1, h)}")
        elif choice < 0.6:
            rec.geometry(root, f"{w + rnd.randint(0, 300)}x{h + rnd.randint(0, 200)}")
    return run


def pack_cases():
    return [(f"packed_{seed}", packed(seed)) for seed in PACK_SEEDS]


PLACE_SEEDS = range(4000, 4040)


def placed(seed):
    """Placed widgets with every option, in bordered frames and, with -in, in frames further down."""
    def run(rec, root):
        rnd = random.Random(seed)
        rec.geometry(root, f"{rnd.randint(50, 500)}x{rnd.randint(50, 400)}")
        a = tk.Frame(root, bd=rnd.choice((0, 3, 8)), highlightthickness=rnd.choice((0, 2)), padx=rnd.choice((0, 5)),
                     relief="ridge", width=rnd.randint(20, 300), height=rnd.randint(20, 200))
        a.place(relx=rnd.random(), rely=rnd.random(), anchor=rnd.choice(ANCHORS))
        b = tk.Frame(a, bd=2, relief="sunken", width=rnd.randint(10, 100), height=rnd.randint(10, 100))
        b.place(x=rnd.randint(-5, 40), y=rnd.randint(-5, 40), relwidth=rnd.choice((None, 0.5, 0.77)))
        for _ in range(rnd.randint(3, 9)):
            parent = rnd.choice((root, a))
            master = rnd.choice([m for m in (root, a, b) if m is parent or str(m).startswith(str(parent))])
            kw = dict(x=rnd.randint(-30, 150), y=rnd.randint(-30, 150), relx=rnd.choice((0, 1 / 3, 0.5, 0.999, 1.2)),
                      rely=rnd.choice((0, 0.25, 2 / 3, 1)), anchor=rnd.choice(ANCHORS),
                      bordermode=rnd.choice(("inside", "outside", "ignore")))
            if rnd.random() < 0.4:
                kw["width"] = rnd.randint(-10, 120)
            if rnd.random() < 0.4:
                kw["relwidth"] = rnd.choice((0.1, 1 / 3, 0.5, 1.0))
            if rnd.random() < 0.4:
                kw["height"] = rnd.randint(-10, 80)
            if rnd.random() < 0.4:
                kw["relheight"] = rnd.choice((0.2, 1 / 7, 1.0))
            if master is not parent:
                kw["in_"] = master
            leaf(rnd, parent).place(**kw)
    return run


def place_cases():
    return [(f"placed_{seed}", placed(seed)) for seed in PLACE_SEEDS]
