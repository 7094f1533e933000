"""Binding sequences (canonical forms, errors), bind listings, unbind, and dispatch of generated events."""
from conf import check, record, root, tk

f = lambda e: None  # noqa: E731
SEQS = ["<Button-1>", "<1>", "<Return>", "<KeyPress-a>", "<Key-a>", "<a>", "a", "ab", "<Motion>", "<B1-Motion>",
        "<Double-Button-1>", "<Triple-1>", "<Control-c>", "<Control-Shift-KeyPress-A>", "<Alt-x>", "<Foo>",
        "<Button-6>", "<Button-0>", "<Motion-1>", "<Enter-a>", "<Configure>", "<<Custom>>", "<<Bad", "<Button-1",
        "", "<>", "<Key>", "<KeyPress>", "<Button>", "<Control>", "<Shift-Button>", "<MouseWheel>", "<Destroy>",
        "<space>", " ", "<Double-a>", "<Any-Button-1>", "<Cmd-x>", "<Mod1-x>", "<M1-x>", "<B6-Motion>",
        "<Button-1><Button-3>", "<KeyRelease-Up>", "<Up>", "<Foo-a>", "<ButtonPress-x>", "<Key-1>", "<Control-1>",
        "<Control-Key-1>", "<FocusIn>", "<Escape>", "<F1>", "<Prior>", "<BackSpace>", "<plus>", "<less>", "<Tab>",
        "<Shift-Tab>", "<comma>", "<7>", "<KP_Enter>", "<Control-Double-1>", "<Double-Control-1>", "<Alt-Control-x>",
        "<B1-Shift-Motion>", "<Meta-x>", "<M-x>", "<Mod1-Alt-x>", "<Quadruple-1>", "<Command-x>", "<Option-x>",
        "<Control-Key>", "<Control-ButtonRelease-1>", "<Shift-A>", "<Key-space>", "<Key-less>", "<Leave>",
        "<Enter>", "<Control-Alt-Shift-Lock-Meta-x>", "x<Return>", "<Control-M>", "<Control-Button>",
        "<ButtonRelease-3>", "<Activate>", "<Deactivate>", "<Map>", "<Unmap>", "<Expose>", "<KeyRelease>",
        "<Key-Return>", "<Return-x>", "<Double>", "<1-Motion>", "<eacute>", "<udiaeresis>", "<Left>", "<Delete>"]
w = tk.Frame(root)
for s in SEQS:
    check("bind %r" % s, lambda: (w.bind(s, f), w.bind())[1])
    try:
        w.unbind(s)
    except Exception:
        pass
w.bind("<Button-1>", f)
w.bind("<Key>", f)
w.bind("a", f)
w.bind("<<X>>", f)
w.bind("<Motion>", f)
check("listing order", w.bind)
check("script", lambda: w.bind("<1>").replace("\n", "|").split(" ")[0])
check("unbound", w.bind, "<Button-3>")
w.unbind("<Key>")
check("after unbind", w.bind)
check("unbind unknown", w.unbind, "<Button-2>")
check("unbind bad", w.unbind, "<Foo>")
check("bind_all listing", lambda: (root.bind_all("<F5>", f), root.bind_all())[1])
check("bind_class listing", lambda: (root.bind_class("Frame", "<F6>", f), root.bind_class("Frame"))[1])
check("bindtags", w.bindtags)
top = tk.Toplevel(root)
check("toplevel bindtags", top.bindtags)
check("root bindtags", root.bindtags)
inner = tk.Button(top)
check("inner bindtags", inner.bindtags)
check("set bindtags", lambda: (inner.bindtags(("a", "b")), inner.bindtags())[1])

# dispatch through bind tags, with "break"
log = []
b = tk.Frame(root, width=20, height=20)
b.pack()
root.update()
b.bind("<<Ping>>", lambda e: log.append(("widget", e.type, e.widget is b)))
root.bind_class("Frame", "<<Ping>>", lambda e: log.append(("class",)))
root.bind("<<Ping>>", lambda e: log.append(("toplevel",)))
root.bind_all("<<Ping>>", lambda e: log.append(("all",)))
b.event_generate("<<Ping>>")
record("dispatch order", [list(map(str, x)) for x in log])
log.clear()
b.bind("<<Ping>>", lambda e: (log.append(("first",)), "break")[1])
b.event_generate("<<Ping>>")
record("break", [list(map(str, x)) for x in log])
log.clear()
b.bind("<<Ping>>", lambda e: log.append(("added",)), add="+")
b.event_generate("<<Ping>>")
record("added after break", [list(map(str, x)) for x in log])
root.unbind_class("Frame", "<<Ping>>")
root.unbind("<<Ping>>")
root.unbind_all("<<Ping>>")

# generated physical events and their fields
ev = []
k = tk.Frame(root, width=20, height=20)
k.pack()
k.focus_force()
root.update()
k.bind("<Key>", lambda e: ev.append(("key", e.keysym, e.char, e.keysym_num, e.state, str(e.type), e.num)))
k.bind("<Button-1>", lambda e: ev.append(("b1", e.num, e.x, e.y, e.state, str(e.type), e.keysym, e.delta)))
k.bind("<Double-Button-1>", lambda e: ev.append(("double",)))
k.bind("<Control-Button-1>", lambda e: ev.append(("control-b1", e.state)))
k.bind("<Configure>", lambda e: ev.append(("configure", e.width, e.height, e.x, e.y)))
k.event_generate("<KeyPress-a>")
k.event_generate("<Key>", keysym="Return")
k.event_generate("<Button-1>", x=5, y=7)
k.event_generate("<Button-1>", x=5, y=7, state=4)
k.event_generate("<Configure>", width=30, height=40, x=1, y=2)
k.event_generate("<Button-3>")
record("generated", [list(map(str, x)) for x in ev])
check("generate bad", k.event_generate, "<Foo>")
check("generate two", k.event_generate, "<Button-1><Button-1>")
check("event_info", lambda: (root.event_add("<<Paste2>>", "<Control-v>", "<Shift-Insert>"),
                             root.event_info("<<Paste2>>"))[1])
check("event_info all", lambda: "<<Paste2>>" in root.event_info())
check("event_add bad", root.event_add, "Paste", "<Control-v>")
vlog = []
k.bind("<<Paste2>>", lambda e: vlog.append("virtual"))
k.event_generate("<Control-v>")
record("virtual via physical", vlog)
check("Event repr", lambda: repr(tk.Event()) if False else "skip")
