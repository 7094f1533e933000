"""Variables: conversions, traces (order, arguments, removal) and the two-way links to widgets."""
import unittest

from .support import TkTestCase, tkinter

TclError = tkinter.TclError


class Values(TkTestCase):
    def test_conversions(self):
        s = tkinter.StringVar(value=5)
        self.assertEqual(s.get(), "5")
        i = tkinter.IntVar()
        self.assertEqual(i.get(), 0)
        i.set("3.7")
        self.assertEqual(i.get(), 3)
        i.set("0x10")
        self.assertEqual(i.get(), 16)
        i.set("abc")
        with self.assertRaisesRegex(TclError, 'expected floating-point number but got "abc"'):
            i.get()
        d = tkinter.DoubleVar(value="2.5")
        self.assertEqual(d.get(), 2.5)
        b = tkinter.BooleanVar()
        self.assertIs(b.get(), False)
        b.set("yes")
        self.assertIs(b.get(), True)
        with self.assertRaises(TclError):
            b.set("maybe")

    def test_names(self):
        a = tkinter.StringVar(value="x", name="shared")
        b = tkinter.StringVar(name="shared")
        self.assertEqual(b.get(), "x")
        self.assertEqual(a, b)
        self.assertEqual(str(a), "shared")
        self.assertTrue(str(tkinter.IntVar()).startswith("PY_VAR"))
        with self.assertRaises(TypeError):
            tkinter.StringVar(name=5)

    def test_no_root(self):
        self.root.destroy()
        tkinter._misc._support_default_root[0] = False
        with self.assertRaisesRegex(RuntimeError, "No master specified"):
            tkinter.StringVar()


class Traces(TkTestCase):
    def test_order_and_arguments(self):
        v = tkinter.StringVar(name="tv")
        log = []
        first = v.trace_add("write", lambda *a: log.append(("first",) + a))
        v.trace_add(("write", "read"), lambda *a: log.append(("second",) + a))
        v.set("x")
        self.assertEqual(log, [("second", "tv", "", "write"), ("first", "tv", "", "write")])
        log.clear()
        v.get()
        self.assertEqual(log, [("second", "tv", "", "read")])
        info = v.trace_info()
        self.assertEqual([ops for ops, _ in info], [("read", "write"), ("write",)])
        v.trace_remove("write", first)
        log.clear()
        v.set("y")
        self.assertEqual([e[0] for e in log], ["second"])
        with self.assertRaisesRegex(TclError, 'bad operation "bogus"'):
            v.trace_add("bogus", print)

    def test_a_trace_is_not_reentered(self):
        v = tkinter.IntVar()
        seen = []

        def clamp(*args):
            seen.append(v.get())
            if v.get() > 10:
                v.set(10)
        v.trace_add("write", clamp)
        v.set(50)
        self.assertEqual(seen, [50])
        self.assertEqual(v.get(), 10)

    def test_legacy_traces(self):
        v = tkinter.StringVar()
        log = []
        cb = v.trace_variable("w", lambda *a: log.append(a[2]))
        v.set(1)
        self.assertEqual(log, ["w"])
        self.assertEqual([m for m, _ in v.trace_vinfo()], ["w"])
        v.trace_vdelete("w", cb)
        self.assertEqual(v.trace_vinfo(), [])

    def test_unset_trace_when_collected(self):
        log = []
        v = tkinter.StringVar(name="temp")
        v.trace_add("unset", lambda *a: log.append(a))
        del v
        import gc
        gc.collect()
        self.assertEqual(log, [("temp", "", "unset")])


class Links(TkTestCase):
    def test_label_text_follows_variable(self):
        v = tkinter.StringVar(value="hello")
        lab = tkinter.Label(self.root, textvariable=v)
        self.assertEqual(lab.cget("text"), "hello")
        v.set("bye")
        self.assertEqual(lab.cget("text"), "bye")
        self.assertEqual(self.ops("configure", id=lab._handle)[-1]["options"], {"text": "bye"})

    def test_entry_is_two_way(self):
        v = tkinter.StringVar(value="abc")
        e = tkinter.Entry(self.root, textvariable=v)
        self.assertEqual(e.get(), "abc")
        e.insert("end", "d")
        self.assertEqual(v.get(), "abcd")
        v.set("new")
        self.assertEqual(e.get(), "new")
        self.assertEqual(self.ops("state", id=e._handle)[-1]["state"]["text"], "new")
        # the user types: the variable follows at once, its traces run
        log = []
        v.trace_add("write", lambda *a: log.append(v.get()))
        self.dispatch("edit", e, start=3, end=3, text="!")
        self.assertEqual(e.get(), "new!")
        self.assertEqual(log, ["new!"])

    def test_check_and_radio_buttons(self):
        cv = tkinter.IntVar()
        cb = tkinter.Checkbutton(self.root, variable=cv)
        self.dispatch("invoke", cb)
        self.assertEqual(cv.get(), 1)
        self.assertEqual(self.ops("state", id=cb._handle)[-1]["state"], {"selected": True})
        cv.set(0)
        self.assertEqual(self.ops("state", id=cb._handle)[-1]["state"], {"selected": False})
        rv = tkinter.StringVar(value="b")
        a = tkinter.Radiobutton(self.root, variable=rv, value="a")
        b = tkinter.Radiobutton(self.root, variable=rv, value="b")
        self.assertEqual(self.ops("state", id=b._handle)[-1]["state"], {"selected": True})
        self.dispatch("invoke", a)
        self.assertEqual(rv.get(), "a")
        self.assertEqual(self.ops("state", id=b._handle)[-1]["state"], {"selected": False})

    def test_scale_and_listbox(self):
        dv = tkinter.DoubleVar(value=30)
        s = tkinter.Scale(self.root, variable=dv, from_=0, to=100)
        self.assertEqual(s.get(), 30)
        self.dispatch("scale", s, value=41.6)
        self.assertEqual(s.get(), 42)
        self.assertEqual(dv.get(), 42)
        lv = tkinter.StringVar(value="a b {c d}")
        lb = tkinter.Listbox(self.root, listvariable=lv)
        self.assertEqual(lb.get(0, "end"), ("a", "b", "c d"))
        lv.set("x y")
        self.assertEqual(lb.size(), 2)


if __name__ == "__main__":
    unittest.main()
