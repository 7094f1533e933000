"""Variables: values, conversions, traces and their order, links to widgets."""
from conf import check, record, root, tk

log = []


def tracer(tag):
    def cb(*args):
        log.append((tag,) + tuple(args))
    return cb


s = tk.StringVar(root)
check("string default", s.get)
check("string name", str, s)
for v in ["abc", 5, 2.5, True, ("a", "b c"), ["x"], "", None]:
    check("string set %r" % (v,), lambda: s.set(v))
    check("string get %r" % (v,), s.get)
i = tk.IntVar(root)
check("int default", i.get)
for v in [5, "7", "0x10", "3.7", 2.9, "abc", True, "", " 12 ", "1e3", -4]:
    check("int set %r" % (v,), lambda: i.set(v))
    check("int get %r" % (v,), i.get)
d = tk.DoubleVar(root)
check("double default", d.get)
for v in [1, "2.5", "abc", "1e3", "inf", True, "", "0x10"]:
    check("double set %r" % (v,), lambda: d.set(v))
    check("double get %r" % (v,), d.get)
b = tk.BooleanVar(root)
check("bool default", b.get)
for v in [True, 0, "yes", "no", "abc", 2, "off", "1", ""]:
    check("bool set %r" % (v,), lambda: b.set(v))
    check("bool get %r" % (v,), b.get)
check("bool shared string", lambda: tk.StringVar(root, name=str(b)).get())

n = tk.StringVar(root, value="init", name="named")
check("named", n.get)
check("named again keeps value", lambda: tk.StringVar(root, name="named").get())
check("named with value", lambda: tk.StringVar(root, value="new", name="named").get())
check("getvar", root.getvar, "named")
check("setvar", root.setvar, "named", "via setvar")
check("named after setvar", n.get)
check("getvar missing", root.getvar, "nope")
check("name not str", lambda: tk.StringVar(root, name=5))

t = tk.StringVar(root)
w1 = t.trace_add("write", tracer("w1"))
w2 = t.trace_add(("write", "read"), tracer("w2"))
u = t.trace_add("unset", tracer("u"))
t.set("x")
t.get()
record("trace order", log)
check("trace_info", lambda: [(m, c.lstrip("0123456789")) for m, c in t.trace_info()])
check("trace bad mode", lambda: t.trace_add("bogus", tracer("z")))
t.trace_remove("write", w1)
log.clear()
t.set("y")
record("after remove", log)
check("trace_info 2", lambda: [(m, c.lstrip("0123456789")) for m, c in t.trace_info()])
check("trace_remove read of w2", lambda: t.trace_remove("read", w2))
check("trace_info 3", lambda: [(m, c.lstrip("0123456789")) for m, c in t.trace_info()])

old = tk.StringVar(root)
log.clear()
cb = old.trace_variable("w", tracer("old"))
old.set("v")
record("legacy trace", log)
check("trace_vinfo", lambda: [(m, c.lstrip("0123456789")) for m, c in old.trace_vinfo()])
old.trace_vdelete("w", cb)
check("trace_vinfo after", old.trace_vinfo)

# a trace that sets the variable again is not re-entered
r = tk.IntVar(root)
log.clear()


def clamp(*args):
    log.append(("clamp", r.get()))
    if r.get() > 10:
        r.set(10)


r.trace_add("write", clamp)
r.set(50)
record("reentrant", log)
check("clamped", r.get)

# widgets follow their variables
lv = tk.StringVar(root, value="hello")
lab = tk.Label(root, textvariable=lv)
check("label text option with textvariable", lab.cget, "text")
check("label textvariable", lab.cget, "textvariable")
ev = tk.StringVar(root)
ent = tk.Entry(root, textvariable=ev)
ent.insert(0, "typed")
check("entry -> var", ev.get)
ev.set("from var")
check("var -> entry", ent.get)
ent.delete(0, "end")
check("entry delete -> var", ev.get)
fresh = tk.Label(root, textvariable="brandnew", text="seed")
check("label creates its variable", root.getvar, "brandnew")
cv = tk.IntVar(root)
cb = tk.Checkbutton(root, variable=cv, onvalue=5, offvalue=2)
check("checkbutton var untouched", cv.get)
cb.select()
check("select", cv.get)
cb.deselect()
check("deselect", cv.get)
cb.toggle()
check("toggle", cv.get)
cb.invoke()
check("invoke", cv.get)
plain = tk.Checkbutton(root)
check("default checkbutton variable", plain.cget, "variable")
check("default checkbutton value", lambda: root.getvar(str(plain.cget("variable"))))
rv = tk.StringVar(root, value="b")
r1 = tk.Radiobutton(root, variable=rv, value="a")
r2 = tk.Radiobutton(root, variable=rv, value="b")
r1.invoke()
check("radio invoke", rv.get)
r1.deselect()
check("radio deselect", rv.get)
r2.select()
check("radio select", rv.get)
check("default radio variable", tk.Radiobutton(root).cget, "variable")
sv = tk.DoubleVar(root, value=30)
sc = tk.Scale(root, variable=sv, from_=0, to=100)
check("scale from var", sc.get)
sc.set(42)
check("scale -> var", sv.get)
sv.set(77.7)
check("var -> scale", sc.get)
check("scale resolution", lambda: (sc.configure(resolution=0.5), sc.set(3.3), sc.get())[2])
check("scale clamp", lambda: (sc.set(1000), sc.get())[1])
lb_var = tk.StringVar(root, value="a b {c d}")
lb = tk.Listbox(root, listvariable=lb_var)
check("listbox from listvariable", lb.get, 0, "end")
lb.insert("end", "e")
check("listbox -> var", lb_var.get)
check("equal vars", lambda: tk.StringVar(root, name="q") == tk.StringVar(root, name="q"))
check("unequal kinds", lambda: tk.StringVar(root, name="q") == tk.IntVar(root, name="q"))
