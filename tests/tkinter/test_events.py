"""Binding sequences, binding choice, Event objects, and events from the panel reaching the callbacks."""
import unittest

from .support import TkTestCase, tkinter

from tkinter import _events  # noqa: E402

TclError = tkinter.TclError


class Patterns(unittest.TestCase):
    def test_canonical_forms(self):
        cases = {"<Button-1>": "<Button-1>", "<1>": "<Button-1>", "<Return>": "<Key-Return>", "<KeyPress-a>": "a",
                 "a": "a", "<Double-1>": "<Double-Button-1>", "<Control-Double-1>": "<Double-Control-Button-1>",
                 "<Shift-Control-x>": "<Control-Shift-Key-x>", "<B1-Motion>": "<B1-Motion>", "<plus>": "+",
                 "<less>": "<Key-less>", "<space>": "<Key-space>", "<Any-Button-1>": "<Button-1>",
                 "<Command-x>": "<Mod1-Key-x>", "<Key-1>": "1", "<Control-1>": "<Control-Button-1>",
                 "<<Custom>>": "<<Custom>>", "ab": "ab", "<KeyPress>": "<Key>", "<Key- >": "<Key>"}
        for seq, want in cases.items():
            with self.subTest(seq=seq):
                self.assertEqual(_events.canonical(seq), want)

    def test_errors(self):
        cases = {"<Foo>": 'bad event type or keysym "Foo"', "<Button-6>": 'bad button number "6"',
                 "<Motion-1>": 'specified button "1" for non-button event',
                 "<Enter-a>": 'specified keysym "a" for non-key event', "<<Bad": 'missing ">" in virtual binding',
                 "<Button-1": 'missing ">" in binding', "": "no events specified in binding",
                 "<>": "no event type or button # or keysym", "<Control>": 'bad event type or keysym "Control"',
                 "<Return-x>": "extra characters after detail in binding"}
        for seq, msg in cases.items():
            with self.subTest(seq=seq):
                with self.assertRaises(TclError) as cm:
                    _events.parse_sequence(seq)
                self.assertEqual(str(cm.exception), msg)

    def test_most_specific_binding_wins(self):
        t = _events.BindTable()
        t.bind("<Key>", funcid="any")
        t.bind("<Control-Key>", funcid="ctrl")
        t.bind("<Control-c>", funcid="ctrl-c")
        occ = _events.Occurrence("Key", "c", _events.CONTROL)
        self.assertEqual(t.match([occ]).entries, ["\0ctrl-c"])
        occ = _events.Occurrence("Key", "d", _events.CONTROL)
        self.assertEqual(t.match([occ]).entries, ["\0ctrl"])
        occ = _events.Occurrence("Key", "d", 0)
        self.assertEqual(t.match([occ]).entries, ["\0any"])


class Dispatch(TkTestCase):
    def test_bind_lists_and_scripts(self):
        f = tkinter.Frame(self.root)
        fid = f.bind("<1>", print)
        f.bind("<Key>", print)
        self.assertEqual(f.bind(), ("<Key>", "<Button-1>"))
        self.assertIn(fid, f.bind("<Button-1>"))
        f.unbind("<Key>")
        self.assertEqual(f.bind(), ("<Button-1>",))
        self.assertEqual(f.bind("<Button-3>"), "")

    def test_bindtags_order_and_break(self):
        f = tkinter.Frame(self.root)
        log = []
        f.bind("<Button-1>", lambda e: log.append("widget"))
        self.root.bind_class("Frame", "<Button-1>", lambda e: log.append("class"))
        self.root.bind("<Button-1>", lambda e: log.append("toplevel"))
        self.root.bind_all("<Button-1>", lambda e: log.append("all"))
        self.dispatch("ButtonPress", f, num=1, x=3, y=4)
        self.assertEqual(log, ["widget", "class", "toplevel", "all"])
        log.clear()
        f.bind("<Button-1>", lambda e: (log.append("stop"), "break")[1])
        self.dispatch("ButtonPress", f, num=1)
        self.assertEqual(log, ["stop"])
        log.clear()
        f.bind("<Button-1>", lambda e: log.append("added"), add="+")
        self.dispatch("ButtonPress", f, num=1)
        self.assertEqual(log, ["stop"], "a break ends the binding's script too")

    def test_event_fields(self):
        f = tkinter.Frame(self.root)
        got = []
        f.bind("<Key>", got.append)
        f.bind("<Button-3>", got.append)
        f.bind("<Configure>", got.append)
        self.dispatch("KeyPress", f, keysym="a", keycode=65, char="a", state=1, time=10)
        self.dispatch("ButtonPress", f, num=3, x=5, y=6, x_root=105, y_root=106, time=20)
        self.dispatch("Configure", f, x=1, y=2, width=30, height=40)
        k, b, c = got
        self.assertEqual((k.keysym, k.char, k.keycode, k.keysym_num, k.state, k.num), ("a", "a", 65, 97, 1, "??"))
        self.assertEqual(k.type, tkinter.EventType.KeyPress)
        self.assertIs(k.widget, f)
        self.assertEqual((b.num, b.x, b.y, b.x_root, b.y_root, b.keysym, b.delta), (3, 5, 6, 105, 106, "??", 0))
        self.assertEqual((c.width, c.height, c.x, c.y), (30, 40, 1, 2))
        self.assertEqual(repr(b), "<ButtonPress event num=3 x=5 y=6>")

    def test_double_click_and_motion_with_button(self):
        f = tkinter.Frame(self.root)
        log = []
        f.bind("<Button-1>", lambda e: log.append("single"))
        f.bind("<Double-Button-1>", lambda e: log.append("double"))
        f.bind("<B1-Motion>", lambda e: log.append("drag"))
        self.dispatch("ButtonPress", f, num=1, time=1000)
        self.dispatch("ButtonPress", f, num=1, time=1200)
        self.dispatch("ButtonPress", f, num=1, time=5000)
        self.dispatch("Motion", f, state=256)
        self.dispatch("Motion", f, state=0)
        self.assertEqual(log, ["single", "double", "single", "drag"])

    def test_virtual_events(self):
        f = tkinter.Frame(self.root)
        log = []
        self.root.event_add("<<Paste2>>", "<Control-v>")
        f.bind("<<Paste2>>", lambda e: log.append("virtual"))
        f.bind("<Control-Key>", lambda e: log.append("control-key"))
        self.dispatch("KeyPress", f, keysym="v", char="\x16", state=4)
        self.assertEqual(log, ["virtual"])
        f.event_generate("<<Paste2>>")
        self.assertEqual(log, ["virtual", "virtual"])
        with self.assertRaisesRegex(TclError, "badly formed"):
            f.event_add("Paste", "<Control-v>")

    def test_entry_sees_text_before_key_release(self):
        e = tkinter.Entry(self.root)
        seen = []
        e.bind("<KeyPress>", lambda ev: seen.append(("press", e.get())))
        e.bind("<KeyRelease>", lambda ev: seen.append(("release", e.get())))
        self.dispatch("KeyPress", e, keysym="x", char="x")
        self.dispatch("edit", e, start=0, end=0, text="x")
        self.dispatch("KeyRelease", e, keysym="x", char="x")
        self.assertEqual(seen, [("press", ""), ("release", "x")])

    def test_canvas_items(self):
        c = tkinter.Canvas(self.root)
        r = c.create_rectangle(0, 0, 10, 10, tags="box")
        log = []
        c.tag_bind("box", "<Enter>", lambda e: log.append("enter"))
        c.tag_bind("box", "<Leave>", lambda e: log.append("leave"))
        c.tag_bind(r, "<Button-1>", lambda e: log.append(("click", c.find_withtag("current"))))
        c.bind("<Button-1>", lambda e: log.append("canvas"))
        self.dispatch("Motion", c, x=5, y=5, item=r)
        self.dispatch("ButtonPress", c, num=1, x=5, y=5, item=r)
        self.dispatch("Motion", c, x=50, y=50, item=None)
        self.assertEqual(log, ["enter", ("click", (r,)), "canvas", "leave"])
        self.assertIn("Motion", self.root._app.listening)

    def test_listen_names_bound_chatty_events(self):
        f = tkinter.Frame(self.root)
        f.bind("<Motion>", print)
        self.assertEqual(self.ops("listen")[-1]["events"], ["Motion"])
        f.bind("<Configure>", print)
        self.assertEqual(self.ops("listen")[-1]["events"], ["Configure", "Motion"])

    def test_destroy_events(self):
        f = tkinter.Frame(self.root)
        b = tkinter.Button(f)
        log = []
        f.bind("<Destroy>", lambda e: log.append(str(e.widget)))
        self.root.bind("<Destroy>", lambda e: log.append("root saw " + str(e.widget)))
        f.destroy()
        self.assertEqual(log, ["root saw " + str(b), str(f), "root saw " + str(f)])
        self.assertEqual(self.ops("destroy"), [{"op": "destroy", "id": f._handle}])


if __name__ == "__main__":
    unittest.main()
