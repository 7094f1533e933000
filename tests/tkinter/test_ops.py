"""The op schema: make() refuses what does not fit; everything a busy program sends fits; the queue merges."""
import json
import unittest

from .support import TkTestCase, tkinter

from tkinter import _ops, _wire, ttk  # noqa: E402


class Schema(unittest.TestCase):
    def test_make_checks_fields(self):
        self.assertEqual(_ops.make("destroy", id=3), {"op": "destroy", "id": 3})
        for op, fields in [("destroy", {"id": -1}), ("destroy", {"id": True}), ("destroy", {}),
                           ("destroy", {"id": 1, "extra": 2}), ("create", {"id": 1, "kind": "blob", "parent": None,
                                                                        "options": {}}),
                           ("configure", {"id": 1, "options": {"x": object()}}),
                           ("configure", {"id": 1, "options": {"x": float("nan")}}),
                           ("manage", {"id": 1, "manager": "pack", "master": 0, "before": None,
                                       "options": {"side": "middle"}}),
                           ("view", {"id": 1, "axis": "z", "fraction": 0.5}), ("nope", {})]:
            with self.subTest(op=op, fields=fields):
                with self.assertRaises(_ops.OpError):
                    _ops.make(op, **fields)

    def test_queue_merges_configures(self):
        q = _ops.Queue()
        q.push(_ops.make("configure", id=1, options={"a": 1}))
        q.push(_ops.make("configure", id=1, options={"b": 2, "a": 3}))
        q.push(_ops.make("configure", id=2, options={"a": 1}))
        q.push(_ops.make("state", id=2, state={"text": "x"}))
        q.push(_ops.make("state", id=2, state={"cursor": 1}))
        self.assertEqual(q.take(), [{"op": "configure", "id": 1, "options": {"a": 3, "b": 2}},
                                    {"op": "configure", "id": 2, "options": {"a": 1}},
                                    {"op": "state", "id": 2, "state": {"text": "x", "cursor": 1}}])

    def test_proposal_uses_protocol_types(self):
        for channel, variants in _wire.PROTOCOL_PROPOSAL.items():
            for name, fields in variants.items():
                for ftype in fields.values():
                    self.assertIn(ftype, ("string", "number", "boolean", "object", "array"))


class EverythingFits(TkTestCase):
    def test_a_busy_program(self):
        r = self.root
        r.title("All")
        r.geometry("400x300+10+20")
        r.resizable(False, True)
        m = tkinter.Menu(r)
        sub = tkinter.Menu(m, tearoff=0)
        sub.add_command(label="Open", command=print)
        sub.add_checkbutton(label="Check")
        sub.add_radiobutton(label="Radio", value=1)
        sub.add_separator()
        m.add_cascade(label="File", menu=sub)
        r.config(menu=m)
        f = tkinter.Frame(r, bg="white", bd=2, relief="groove")
        f.pack(fill="both", expand=True, padx=(1, 2))
        tkinter.Label(f, text="Name", font=("Courier", 10, "bold")).grid(row=0, column=0, sticky="e")
        e = tkinter.Entry(f, show="*")
        e.grid(row=0, column=1, sticky="we")
        e.insert(0, "secret")
        e.select_range(0, 2)
        f.columnconfigure(1, weight=1)
        t = tkinter.Text(f, height=3, wrap="word")
        t.grid(row=1, column=0, columnspan=2)
        t.insert("1.0", "bold text", ("b",), " plain")
        t.tag_configure("b", font=("Arial", 10, "bold"), foreground="red")
        t.tag_add("sel", "1.0", "1.4")
        t.see("end")
        lb = tkinter.Listbox(f, selectmode="extended")
        lb.place(relx=0.5, rely=0.5, anchor="center", width=50)
        lb.insert("end", "a", "b", "c")
        lb.selection_set(0, 1)
        lb.itemconfigure(2, background="yellow")
        lb.yview_moveto(0.5)
        lb.yview_scroll(1, "units")
        sb = tkinter.Scrollbar(f, command=lb.yview)
        sb.set(0.1, 0.4)
        c = tkinter.Canvas(r, scrollregion=(0, 0, 500, 500))
        c.pack()
        for make in (c.create_line, c.create_rectangle, c.create_oval, c.create_arc):
            make(1, 2, 30, 40, fill="blue", dash=(3, 2), tags=("t",))
        c.create_polygon(1, 1, 5, 5, 9, 1, smooth=True)
        c.create_text(5, 5, text="hi", anchor="nw", font="TkFixedFont")
        img = tkinter.PhotoImage(width=4, height=4)
        img.put("red", to=(0, 0, 2, 2))
        c.create_image(0, 0, image=img)
        c.create_bitmap(10, 10, bitmap="info")
        c.create_window(50, 50, window=tkinter.Button(c, text="in canvas"))
        c.move("t", 3, 4)
        c.tag_raise("t")
        c.itemconfigure("t", width=3)
        c.delete(1)
        c.scan_mark(0, 0)
        c.scan_dragto(5, 5)
        tkinter.Scale(r, from_=0, to=10, orient="horizontal").set(4)
        tkinter.Spinbox(r, values=("a", "b")).invoke("buttonup")
        pw = tkinter.PanedWindow(r)
        pw.add(tkinter.Label(pw, text="left"), minsize=20)
        pw.add(tkinter.Label(pw, text="right"))
        pw.sash_place(0, 30, 0)
        top = tkinter.Toplevel(r)
        top.title("Second")
        top.attributes("-topmost", True)
        ttk.Style().configure("TButton", padding=4, foreground="navy")
        ttk.Style().map("TButton", background=[("active", "red")])
        nb = ttk.Notebook(top)
        nb.add(ttk.Frame(nb), text="One")
        nb.pack()
        tv = ttk.Treeview(top, columns=("a",))
        tv.insert("", "end", "x", text="X", values=(1,))
        tv.heading("a", text="A")
        tv.column("a", width=40)
        tv.tag_configure("odd", background="grey")
        tv.selection_set("x")
        tv.see("x")
        ttk.Progressbar(top, value=30).pack()
        ttk.Combobox(top, values=("p", "q")).current(1)
        b = ttk.Button(top, text="ttk")
        b.state(["disabled"])
        self.root.bell()
        self.root.clipboard_append("copied")
        e.focus_set()
        b.lift()
        r.update()
        for op in self.backend.ops:
            fields = {k: v for k, v in op.items() if k != "op"}
            self.assertEqual(_ops.make(op["op"], **fields), op)
            json.dumps(op)
            if op["op"] == "state":
                kind = next(o["kind"] for o in self.backend.ops if o["op"] == "create" and o["id"] == op["id"])
                _ops.check_state(kind, op["state"])
        kinds = {op["op"] for op in self.backend.ops}
        for wanted in ("create", "configure", "wm", "manage", "grid_axis", "menu_insert", "text_replace",
                       "text_tag", "text_tag_config", "see", "list_replace", "list_item", "view", "scroll",
                       "item_create", "item_coords", "item_restack", "item_configure", "item_delete", "canvas_view",
                       "image_create", "image_put", "state", "style", "style_map", "tree_item", "tree_heading",
                       "tree_column", "tree_tag", "tree_see", "bell", "clipboard", "focus", "restack"):
            self.assertIn(wanted, kinds)


if __name__ == "__main__":
    unittest.main()


class SchemaExportTest(unittest.TestCase):
    def test_rust_copy_of_the_schema_is_current(self):
        import importlib.util
        import os
        here = os.path.dirname(os.path.abspath(__file__))
        spec = importlib.util.spec_from_file_location("gen_schema", os.path.join(here, "tools", "gen_schema.py"))
        gen = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(gen)
        try:
            with open(gen.OUT) as f:
                have = f.read()
        except FileNotFoundError:
            self.skipTest("not in a checkout (src/tk/schema.json is absent)")
        self.assertEqual(have, gen.build(), "src/tk/schema.json is stale: run tests/tkinter/tools/gen_schema.py")
