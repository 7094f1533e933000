"""What the user does to widgets (the panel's events) and what programs read back right after."""
import unittest

from .support import TkTestCase, tkinter

from tkinter import ttk  # noqa: E402


class UserEvents(TkTestCase):
    def test_entry_edits_cursor_and_validation(self):
        e = tkinter.Entry(self.root)
        self.dispatch("edit", e, start=0, end=0, text="hello")
        self.dispatch("cursor", e, index=2, selection=[1, 3])
        self.assertEqual((e.get(), e.index("insert"), e.selection_present()), ("hello", 2, True))
        e.focus_set()
        self.assertEqual(e.selection_get(), "el")
        digits = tkinter.Entry(self.root, validate="key")
        digits.configure(validatecommand=(digits.register(lambda P: P.isdigit() or P == ""), "%P"))
        self.dispatch("edit", digits, start=0, end=0, text="12")
        self.dispatch("edit", digits, start=2, end=2, text="x")
        self.assertEqual(digits.get(), "12")
        self.assertEqual(self.ops("state", id=digits._handle)[-1]["state"]["text"], "12",
                         "a refused edit is undone in the renderer")
        ro = tkinter.Entry(self.root)
        ro.insert(0, "fixed")
        ro.configure(state="readonly")
        self.dispatch("edit", ro, start=0, end=5, text="")
        self.assertEqual(ro.get(), "fixed")

    def test_text_edits_keep_marks_and_tags(self):
        t = tkinter.Text(self.root)
        t.insert("1.0", "one\ntwo")
        t.tag_add("hot", "2.0", "2.3")
        self.dispatch("edit", t, start=0, end=0, text="zero\n")
        self.assertEqual(t.get("1.0", "end-1c"), "zero\none\ntwo")
        self.assertEqual(t.tag_ranges("hot")[0].string, "3.0")
        self.assertEqual(t.index("insert"), "2.0")
        self.assertEqual(t.edit_modified(), 1)
        log = []
        t.bind("<<Modified>>", lambda e: log.append("modified"))
        t.edit_modified(False)
        self.dispatch("edit", t, start=0, end=4, text="")
        self.assertEqual(log, ["modified"])
        self.dispatch("cursor", t, index=3, selection=[0, 2])
        self.assertEqual(t.index("sel.last"), "2.1")

    def test_listbox_selection(self):
        lb = tkinter.Listbox(self.root)
        lb.insert("end", "a", "b", "c")
        log = []
        lb.bind("<<ListboxSelect>>", lambda e: log.append(lb.curselection()))
        self.dispatch("listselect", lb, selection=[1], active=1)
        self.dispatch("listselect", lb, selection=[1], active=1)
        self.assertEqual(log, [(1,)], "no event when nothing changed")
        self.assertEqual(lb.get("active"), "b")

    def test_scrollbar_scale_spinbox(self):
        lb = tkinter.Listbox(self.root)
        calls = []
        lb.yview = lambda *a: calls.append(a)
        sb = tkinter.Scrollbar(self.root, command=lb.yview)
        self.dispatch("scrollbar", sb, action="moveto", fraction=0.5, amount=0, unit="units")
        self.dispatch("scrollbar", sb, action="scroll", fraction=0, amount=-1, unit="pages")
        self.assertEqual(calls, [("moveto", "0.5"), ("scroll", "-1", "pages")])
        seen = []
        s = tkinter.Scale(self.root, from_=0, to=1, resolution=0.1, command=seen.append)
        self.dispatch("scale", s, value=0.33)
        self.root.update()
        self.assertEqual((s.get(), seen), (0.3, ["0.3"]))
        sp = tkinter.Spinbox(self.root, from_=1, to=3)
        self.dispatch("spin", sp, direction="up")
        self.assertEqual(sp.get(), "2")

    def test_views_report_to_scroll_commands(self):
        got = []
        t = tkinter.Text(self.root, yscrollcommand=lambda a, b: got.append((a, b)))
        self.dispatch("view", t, axis="y", first=0.25, last=0.75)
        self.assertEqual(got, [("0.25", "0.75")])
        self.assertEqual(t.yview(), (0.25, 0.75))

    def test_menu_pick(self):
        log = []
        m = tkinter.Menu(self.root, tearoff=0)
        v = tkinter.BooleanVar()
        m.add_command(label="Go", command=lambda: log.append("go"))
        m.add_checkbutton(label="Opt", variable=v)
        self.dispatch("menu", m, index=0)
        self.dispatch("menu", m, index=1)
        self.assertEqual((log, v.get()), (["go"], True))
        self.assertEqual(self.ops("menu_configure", id=m._handle)[-1]["options"], {"selected": True})

    def test_ttk_events(self):
        c = ttk.Combobox(self.root, values=("red", "green"))
        picked = []
        c.bind("<<ComboboxSelected>>", lambda e: picked.append(c.get()))
        self.dispatch("menu", c, index=1)
        self.assertEqual(picked, ["green"])
        nb = ttk.Notebook(self.root)
        a, b = ttk.Frame(nb), ttk.Frame(nb)
        nb.add(a, text="A")
        nb.add(b, text="B")
        changed = []
        nb.bind("<<NotebookTabChanged>>", lambda e: changed.append(nb.select()))
        self.dispatch("tab", nb, tab=b._handle)
        self.assertEqual(changed, [str(b)])
        tv = ttk.Treeview(self.root)
        tv.insert("", "end", "x", text="X")
        tv.insert("x", "end", "y", text="Y")
        sel = []
        tv.bind("<<TreeviewSelect>>", lambda e: sel.append(tv.selection()))
        self.dispatch("treeselect", tv, selection=["y"], focus="y")
        self.dispatch("treeopen", tv, item="x", open=True)
        self.assertEqual((sel, tv.focus(), tv.item("x", "open")), ([("y",)], "x", 1))
        heard = []
        tv.heading("#0", text="Name", command=lambda: heard.append("sort"))
        self.dispatch("treeheading", tv, column="#0")
        self.assertEqual(heard, ["sort"])

    def test_focus_events(self):
        e = tkinter.Entry(self.root)
        self.dispatch("FocusIn", e)
        self.assertIs(self.root.focus_get(), e)
        self.dispatch("FocusOut", e)
        self.assertIsNone(self.root.focus_get())


class Geometry(TkTestCase):
    def test_manage_ops(self):
        a, b, c = (tkinter.Label(self.root) for _ in range(3))
        a.pack(side="left", padx=(1, 2))
        b.pack()
        c.pack(before=a)
        manage = self.ops("manage", id=c._handle)[-1]
        self.assertEqual(manage["before"], a._handle)
        self.assertEqual(self.ops("manage", id=a._handle)[-1]["options"]["padx"], [1, 2])
        g = tkinter.Frame(self.root)
        w = tkinter.Button(g)
        w.grid(row=1, column=2, sticky="nsew", padx=3)
        self.assertEqual(self.ops("manage", id=w._handle)[-1]["options"],
                         {"row": 1, "column": 2, "rowspan": 1, "columnspan": 1, "sticky": "nesw", "padx": [3, 3],
                          "pady": [0, 0], "ipadx": 0, "ipady": 0})
        g.rowconfigure(1, weight=2)
        self.assertEqual(self.ops("grid_axis", id=g._handle)[-1],
                         {"op": "grid_axis", "id": g._handle, "axis": "row", "index": 1,
                          "options": {"minsize": 0, "pad": 0, "uniform": None, "weight": 2}})
        w.grid_forget()
        self.assertEqual(self.ops("forget", id=w._handle), [{"op": "forget", "id": w._handle}])
        with self.assertRaisesRegex(tkinter.TclError, "cannot use geometry manager grid inside"):
            tkinter.Label(self.root).grid()

    def test_winfo_before_layout_is_like_unmapped_tk(self):
        b = tkinter.Button(self.root)
        self.assertEqual((b.winfo_width(), b.winfo_height(), b.winfo_ismapped()), (1, 1, 0))


if __name__ == "__main__":
    unittest.main()
