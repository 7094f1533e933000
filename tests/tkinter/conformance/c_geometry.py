"""Geometry managers' options and errors (not positions): pack/grid/place info, configure, slaves, propagation."""
from conf import check, root, tk

f = tk.Frame(root)
b = tk.Button(f)
c = tk.Label(f)
CASES = [("pack", dict(side="lft")), ("pack", dict(side="l")), ("pack", dict(fill="xy")),
         ("pack", dict(expand="maybe")), ("pack", dict(padx="x")), ("pack", dict(padx=(1, 2, 3))),
         ("pack", dict(padx=-1)), ("pack", dict(ipadx=-1)), ("pack", dict(anchor="q")), ("pack", dict(foo=1)),
         ("pack", dict(padx=(3, "1m"), pady="2", side="left", expand=True, fill="both", anchor="nw")),
         ("pack", dict(in_=root)), ("pack", dict(before=f)), ("grid", dict(row="x")), ("grid", dict(row=-1)),
         ("grid", dict(sticky="nq")), ("grid", dict(columnspan=0)), ("grid", dict(foo=1)),
         ("grid", dict(padx=(1, 2), sticky="swen", row=2, column=3, rowspan=2)), ("place", dict(x="x")),
         ("place", dict(relx="x")), ("place", dict(anchor="x")), ("place", dict(bordermode="x")),
         ("place", dict(foo=1)), ("place", dict(x=10, y="1c", relx=0.5, width=30, relheight=0.5, anchor="se")),
         ("pack", dict(in_=b)), ("grid", dict(in_=f)), ("pack", dict(side="left", ipadx="2m", ipady=3))]
for n, (mgr, kw) in enumerate(CASES):
    check("%d %s %r" % (n, mgr, kw), getattr(b, mgr), **kw)
    check("%d info pack" % n, b.pack_info)
    check("%d info grid" % n, b.grid_info)
    check("%d info place" % n, b.place_info)
    check("%d manager" % n, b.winfo_manager)
check("mix grid into pack", lambda: (b.pack(), c.grid()))
check("mix pack into grid", lambda: (b.pack_forget(), b.grid(), c.pack()))
b.grid_forget()
c.grid_forget()
g = tk.Frame(root)
ws = [tk.Label(g, text=str(i)) for i in range(5)]
ws[0].grid()
ws[1].grid()
ws[2].grid(column=2)
ws[3].grid(row=5, column=1, columnspan=2)
check("auto rows", lambda: [w.grid_info()["row"] for w in ws[:4]])
check("grid_size", g.grid_size)
check("grid_slaves", g.grid_slaves)
check("grid_slaves row", g.grid_slaves, row=5)
check("grid_slaves column", g.grid_slaves, column=2)
ws[1].grid_remove()
check("removed info", ws[1].grid_info)
ws[1].grid()
check("regrid remembers", ws[1].grid_info)
ws[1].grid_forget()
ws[1].grid()
check("after forget", ws[1].grid_info)
for args, kw in [((0,), dict(weight="x")), ((0,), dict(weight=-1)),
                 ((0,), dict(weight=2, minsize="1c", uniform="a", pad=3)), ((0,), {}), ((0, "weight"), {}),
                 ((-1,), dict(weight=1)), (("all",), dict(weight=1)), (((0, 1),), dict(weight=3)),
                 ((0,), dict(foo=1)), ((1,), {}), ((7,), {}), ((0, "minsize"), {}), ((0, "foo"), {})]:
    check("columnconfigure %r %r" % (args, kw), g.columnconfigure, *args, **kw)
    check("rowconfigure %r %r" % (args, kw), g.rowconfigure, *args, **kw)
check("grid_size after configure", g.grid_size)
check("grid_anchor", g.grid_anchor)
check("grid_anchor bad", g.grid_anchor, "x")
check("grid_anchor set", lambda: (g.grid_anchor("se"), g.grid_anchor())[1])
check("pack_propagate", g.pack_propagate)
check("pack_propagate off", lambda: (g.pack_propagate(0), g.pack_propagate())[1])
check("grid_propagate", g.grid_propagate)
check("grid_propagate off", lambda: (g.grid_propagate(False), g.grid_propagate())[1])
p = tk.Frame(root)
l1, l2, l3 = tk.Label(p), tk.Label(p), tk.Label(p)
l1.pack()
l2.pack()
l3.pack(before=l1)
check("pack order", p.pack_slaves)
l2.pack(after=l3)
check("pack after", p.pack_slaves)
l3.pack_forget()
check("pack forget", p.pack_slaves)
check("slaves alias", p.slaves)
l1.place(x=1, y=2)
check("place slaves", p.place_slaves)
check("pack slaves after place", p.pack_slaves)
check("toplevel pack", lambda: tk.Toplevel(root).pack())
check("pack itself", f.pack, in_=f)
check("forget unmanaged", tk.Label(root).pack_forget)
check("place_forget unmanaged", tk.Label(root).place_forget)
check("grid_forget unmanaged", tk.Label(root).grid_forget)
check("info unmanaged", tk.Label(root).pack_info)
