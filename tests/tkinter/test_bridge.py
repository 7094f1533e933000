"""The shim through pyroom.bridge, against a stand-in for the panel: batched ops, queries (layout, fonts,
dialogs, files), events, Stop."""
import base64
import os
import tempfile
import unittest

from .support import PanelHost, bridge, proposed_protocol, reset, tkinter

from tkinter import _backend, _ops, filedialog, font, messagebox, simpledialog, colorchooser  # noqa: E402


class BridgeTestCase(unittest.TestCase):
    def setUp(self):
        reset()
        self.addCleanup(reset)
        ctx = proposed_protocol()
        ctx.__enter__()
        self.addCleanup(ctx.__exit__, None, None, None)
        self.host = PanelHost()
        old = bridge.set_host(self.host)
        self.addCleanup(bridge.set_host, old)
        self.assertIsInstance(_backend.current(), _backend.BridgeBackend)
        self.root = tkinter.Tk()

    def queries(self, kind=None):
        return [r["query"] for r in self.host.requests if kind is None or r["query"]["query"] == kind]


class Ops(BridgeTestCase):
    def test_ops_are_batched_into_notes(self):
        b = tkinter.Button(self.root, text="hi")
        b.pack()
        self.assertEqual(self.host.notes, [], "nothing leaves before the program waits or asks")
        self.root.update()
        self.assertEqual(len(self.host.notes), 1)
        ops = self.host.ops()
        self.assertEqual([op["op"] for op in ops], ["create", "wm", "create", "manage"])
        for op in ops:
            _ops.make(op["op"], **{k: v for k, v in op.items() if k != "op"})
        self.assertEqual(ops[2]["options"]["text"], "hi")

    def test_configures_of_one_widget_merge(self):
        lab = tkinter.Label(self.root)
        self.root.update()
        for i in range(100):
            lab.configure(text=str(i))
        self.root.update()
        last = self.host.notes[-1]["ops"]
        self.assertEqual(last, [{"op": "configure", "id": lab._handle, "options": {"text": "99"}}])


class Queries(BridgeTestCase):
    def test_layout_is_asked_once_per_change(self):
        b = tkinter.Button(self.root)
        b.pack()

        def answer(q):
            if q["query"] == "layout":
                return {"answer": "layout", "widgets": [[b._handle, 5, 6, 80, 30, 70, 25, 105, 206, 1],
                                                        [self.root._handle, 0, 0, 200, 100, 200, 100, 100, 200, 1]],
                        "grids": [], "screen": [1920, 1080], "pointer": [3, 4]}
        self.host.answer = answer
        self.assertEqual(b.winfo_width(), 80)
        self.assertEqual((b.winfo_height(), b.winfo_x(), b.winfo_rootx(), b.winfo_reqwidth()), (30, 5, 105, 70))
        self.assertEqual(b.winfo_ismapped(), 1)
        self.assertEqual(self.root.winfo_screenwidth(), 1920)
        self.assertEqual(self.root.winfo_geometry(), "200x100+0+0")
        self.assertEqual(len(self.queries("layout")), 1)
        b.configure(text="longer")
        b.winfo_width()
        self.assertEqual(len(self.queries("layout")), 2)
        ops_before = [n for n in self.host.notes]
        self.assertTrue(ops_before, "the ops were flushed before the question")

    def test_font_measure_and_metrics(self):
        self.host.answer = lambda q: ({"answer": "measure", "widths": [len(t) * 7 for t in q["texts"]]}
                                      if q["query"] == "measure" else
                                      {"answer": "metrics", "ascent": 11, "descent": 3, "linespace": 14,
                                       "fixed": False} if q["query"] == "metrics" else None)
        f = font.Font(family="Arial", size=12)
        self.assertEqual(f.measure("hello"), 35)
        self.assertEqual(f.measure("hello"), 35)
        self.assertEqual(len(self.queries("measure")), 1, "answers are cached")
        self.assertEqual(f.metrics(), {"ascent": 11, "descent": 3, "linespace": 14, "fixed": 0})
        self.assertEqual(f.metrics("linespace"), 14)
        self.assertEqual(self.queries("measure")[0]["font"]["px"], 16.0)

    def test_refused_is_a_tcl_error(self):
        self.host.answer = lambda q: {"kind": "Refused", "message": "no layout yet"}
        with self.assertRaisesRegex(tkinter.TclError, "no layout yet"):
            self.root.winfo_width()


class Dialogs(BridgeTestCase):
    def test_messageboxes(self):
        answers = iter(["yes", "no", "cancel", "ok", "retry"])
        self.host.answer = lambda q: {"answer": "button", "button": next(answers)}
        self.assertIs(messagebox.askyesno("T", "Sure?"), True)
        self.assertIs(messagebox.askyesno("T", "Sure?"), False)
        self.assertIsNone(messagebox.askyesnocancel("T", "Sure?"))
        self.assertEqual(messagebox.showinfo("Title", "Hello", detail="more"), "ok")
        self.assertIs(messagebox.askretrycancel("T", "Again?"), True)
        q = self.queries("message")[3]
        self.assertEqual(q, {"query": "message", "icon": "info", "type": "ok", "title": "Title", "message": "Hello",
                             "detail": "more", "default": "ok", "parent": None})
        with self.assertRaisesRegex(tkinter.TclError, 'bad -icon value "x"'):
            messagebox.showinfo("T", "M", icon="x")

    def test_simple_dialogs(self):
        answers = iter(["abc", "12", None, "1.5", "3", "8"])
        self.host.answer = lambda q: ({"answer": "text", "text": next(answers)} if q["query"] == "askstring"
                                      else {"answer": "button", "button": "ok"})
        self.assertEqual(simpledialog.askinteger("T", "How many?"), 12)
        warnings = self.queries("message")
        self.assertEqual(warnings[0]["title"], "Illegal value")
        self.assertEqual(warnings[0]["message"], "Not an integer.\nPlease try again")
        self.assertIsNone(simpledialog.askstring("T", "Name?"))
        self.assertEqual(simpledialog.askfloat("T", "x?", maxvalue=2), 1.5)
        self.assertEqual(simpledialog.askinteger("T", "y?", minvalue=5), 8)
        self.assertEqual(self.queries("message")[-1]["title"], "Too small")
        asks = self.queries("askstring")
        self.assertEqual(asks[0]["kind"], "integer")
        self.assertEqual(asks[1]["initial"], "abc", "a retry shows what the user typed")

    def test_colorchooser(self):
        self.host.answer = lambda q: {"answer": "color", "color": "#ff8000"}
        self.assertEqual(colorchooser.askcolor("red"), ((255, 128, 0), "#ff8000"))
        self.assertEqual(self.queries("color")[0]["initial"], "#ff0000")
        self.host.answer = lambda q: {"answer": "color", "color": None}
        self.assertEqual(colorchooser.askcolor(), (None, None))

    def test_open_writes_the_chosen_files(self):
        folder = tempfile.mkdtemp()
        data = base64.b64encode(b"line 1\nline 2\n").decode()
        self.host.answer = lambda q: {"answer": "files", "files": [{"name": "notes.txt", "data": data}]}
        path = filedialog.askopenfilename(initialdir=folder, filetypes=[("Text", "*.txt"), ("All", "*")])
        self.assertEqual(path, os.path.join(folder, "notes.txt"))
        with open(path) as fh:
            self.assertEqual(fh.read(), "line 1\nline 2\n")
        q = self.queries("open")[0]
        self.assertEqual(q["filetypes"], [["Text", ["*.txt"]], ["All", ["*"]]])
        self.host.answer = lambda q: {"answer": "files", "files": []}
        self.assertEqual(filedialog.askopenfilename(), "")
        self.assertIsNone(filedialog.askopenfile())

    def test_saving_offers_a_download(self):
        folder = tempfile.mkdtemp()
        self.host.answer = lambda q: {"answer": "text", "text": "report"}
        path = filedialog.asksaveasfilename(initialdir=folder, defaultextension=".txt")
        self.assertEqual(path, os.path.join(folder, "report.txt"))
        with open(path, "w") as fh:
            fh.write("done")
        self.root.update()
        downloads = [op for op in self.host.ops() if op["op"] == "download"]
        self.assertEqual(downloads, [{"op": "download", "name": "report.txt",
                                      "data": base64.b64encode(b"done").decode()}])
        self.root.update()
        self.assertEqual(len([op for op in self.host.ops() if op["op"] == "download"]), 1, "only when it changes")
        with filedialog.asksaveasfile(initialdir=folder) as fh:
            fh.write("x")
        self.root.update()
        self.assertEqual(len([op for op in self.host.ops() if op["op"] == "download"]), 2)


class Loop(BridgeTestCase):
    def test_mainloop_serves_panel_events(self):
        e = tkinter.Entry(self.root)
        got = []
        b = tkinter.Button(self.root, command=lambda: got.append(e.get()))
        self.host.events = [[{"type": "edit", "widget": e._handle, "start": 0, "end": 0, "text": "typed"}],
                            [{"type": "invoke", "widget": b._handle}],
                            [{"type": "close", "widget": self.root._handle}]]
        self.root.mainloop()
        self.assertEqual(got, ["typed"])
        self.assertEqual(self.host.waits[:3], [-1.0, -1.0, -1.0], "nothing scheduled: wait without a timeout")

    def test_stop_interrupts_mainloop(self):
        self.host.events = [None]
        with self.assertRaises(KeyboardInterrupt):
            self.root.mainloop()

    def test_timers_set_the_wait(self):
        self.root.after(50, self.root.quit)
        self.root.mainloop()
        self.assertTrue(all(0 <= w <= 0.05 for w in self.host.waits), self.host.waits[:5])

    def test_malformed_panel_events_are_refused(self):
        self.host.events = [[{"type": "invoke"}]]
        with self.assertRaises(ValueError):
            self.root.mainloop()


if __name__ == "__main__":
    unittest.main()
