"""Typical tutorial and classroom programs, run unchanged under the recording backend while a script plays the
user (typing, clicking, picking from menus) at each pause of their main loop."""
import time
import unittest

from .support import TkTestCase, reset, tkinter

from tkinter import _backend, _wire  # noqa: E402


class ScriptedBackend(_backend.RecordingBackend):
    """Each time the program waits, the next step of ``script`` runs (it injects what the user does)."""

    def __init__(self, **kw):
        super().__init__(**kw)
        self.script = []

    def wait_events(self, timeout=0.0):
        if self.script and not self.events:
            self.script.pop(0)()
        return super().wait_events(timeout)


class Program(unittest.TestCase):
    def run_program(self, source, steps, answers=(), stop_at=None):
        reset()
        self.addCleanup(reset)
        self.backend = ScriptedBackend(answers=answers, stop_at=stop_at)
        _backend.set_factory(lambda: self.backend)
        self.ns = {"__name__": "__main__"}
        self.backend.script = [lambda step=step: step(self.ns) for step in steps]
        exec(compile(source, "main.py", "exec"), self.ns)
        return self.ns

    def user(self, type, widget, **fields):
        ev = {"type": type, "widget": widget._handle}
        for key, ftype in _wire.EVENTS[type].items():
            if key not in ev:
                ev[key] = fields.get(key, None if ftype.endswith("?") else 0 if ftype in ("int", "num", "id") else
                                     "" if ftype == "str" else [] if ftype.endswith("s") else False)
        self.backend.inject(ev, delay=0.1)

    def type_into(self, entry, text):
        at = len(entry.get())
        for ch in text:
            self.user("KeyPress", entry, keysym=ch, char=ch)
            self.user("edit", entry, start=at, end=at, text=ch)
            at += 1


CALCULATOR = '''
import tkinter as tk

root = tk.Tk()
root.title("Calculator")
display = tk.Entry(root, width=16, font=("Arial", 18), justify="right")
display.grid(row=0, column=0, columnspan=4)
buttons = {}

def press(key):
    if key == "=":
        try:
            result = str(eval(display.get()))
        except Exception:
            result = "Error"
        display.delete(0, tk.END)
        display.insert(0, result)
    elif key == "C":
        display.delete(0, tk.END)
    else:
        display.insert(tk.END, key)

for i, key in enumerate("789/456*123-0C=+"):
    b = tk.Button(root, text=key, width=4, command=lambda k=key: press(k))
    b.grid(row=1 + i // 4, column=i % 4)
    buttons[key] = b
root.mainloop()
'''

TODO = '''
import tkinter as tk
from tkinter import messagebox

root = tk.Tk()
root.title("To-do")
entry = tk.Entry(root)
entry.pack(fill=tk.X)
listbox = tk.Listbox(root)
listbox.pack(fill=tk.BOTH, expand=True)

def add():
    task = entry.get().strip()
    if task:
        listbox.insert(tk.END, task)
        entry.delete(0, tk.END)
    else:
        messagebox.showwarning("Empty", "Type a task first")

def delete():
    for index in reversed(listbox.curselection()):
        listbox.delete(index)

tk.Button(root, text="Add", command=add).pack(side=tk.LEFT)
tk.Button(root, text="Delete", command=delete).pack(side=tk.LEFT)
entry.bind("<Return>", lambda event: add())
root.mainloop()
'''

FORM = '''
import tkinter as tk
from tkinter import messagebox

root = tk.Tk()
name = tk.StringVar()
age = tk.IntVar(value=18)
subscribed = tk.BooleanVar()
level = tk.StringVar(value="beginner")
tk.Label(root, text="Name").grid(row=0, column=0, sticky="w")
tk.Entry(root, textvariable=name).grid(row=0, column=1)
tk.Label(root, text="Age").grid(row=1, column=0, sticky="w")
tk.Spinbox(root, from_=0, to=120, textvariable=age).grid(row=1, column=1)
tk.Checkbutton(root, text="Subscribe", variable=subscribed).grid(row=2, column=0, columnspan=2)
for i, lv in enumerate(("beginner", "expert")):
    tk.Radiobutton(root, text=lv, value=lv, variable=level).grid(row=3, column=i)
submitted = []

def submit():
    submitted.append((name.get(), age.get(), subscribed.get(), level.get()))
    if messagebox.askyesno("Confirm", "Send it?"):
        root.destroy()

tk.Button(root, text="Submit", command=submit).grid(row=4, column=0, columnspan=2, sticky="ew")
root.columnconfigure(1, weight=1)
root.mainloop()
'''

PAINT = '''
import tkinter as tk

root = tk.Tk()
canvas = tk.Canvas(root, width=300, height=200, bg="white")
canvas.pack()
last = None

def start(event):
    global last
    last = (event.x, event.y)

def drag(event):
    global last
    canvas.create_line(last[0], last[1], event.x, event.y, width=2, fill="blue", capstyle=tk.ROUND)
    last = (event.x, event.y)

def clear(event):
    canvas.delete("all")

canvas.bind("<Button-1>", start)
canvas.bind("<B1-Motion>", drag)
canvas.bind("<Double-Button-3>", clear)
root.mainloop()
'''

MENU = '''
import tkinter as tk

root = tk.Tk()
log = []
menubar = tk.Menu(root)
filemenu = tk.Menu(menubar, tearoff=0)
filemenu.add_command(label="New", command=lambda: log.append("new"))
filemenu.add_separator()
filemenu.add_command(label="Quit", command=root.quit)
menubar.add_cascade(label="File", menu=filemenu)
root.config(menu=menubar)
root.mainloop()
'''

CLOCK = '''
import time
import tkinter as tk

root = tk.Tk()
label = tk.Label(root, font=("Helvetica", 48))
label.pack()
ticks = 0

def tick():
    global ticks
    ticks += 1
    label.config(text="%02d" % ticks)
    root.after(1000, tick)

tick()
root.mainloop()
'''


CUSTOM_DIALOG = '''
import tkinter as tk
from tkinter import simpledialog

class NameDialog(simpledialog.Dialog):
    def body(self, master):
        tk.Label(master, text="Name:").grid(row=0)
        self.entry = tk.Entry(master)
        self.entry.grid(row=0, column=1)
        return self.entry

    def validate(self):
        return bool(self.entry.get())

    def apply(self):
        self.result = self.entry.get().upper()

root = tk.Tk()
d = NameDialog(root, title="Who?")
answer = d.result
root.destroy()
'''


class Programs(Program):
    def test_calculator(self):
        def click(*keys):
            def step(ns):
                for k in keys:
                    self.user("ButtonPress", ns["buttons"][k], num=1)
                    self.user("ButtonRelease", ns["buttons"][k], num=1)
                    self.user("invoke", ns["buttons"][k])
            return step

        def close(ns):
            self.user("close", ns["root"])
        def check(n):
            n["shown"] = n["display"].get()
        self.run_program(CALCULATOR, [click("1", "2", "+", "3", "0", "="), check, close])
        self.assertEqual(self.ns["shown"], "42")

    def test_todo_list(self):
        def add_two(ns):
            self.type_into(ns["entry"], "milk")
            self.user("KeyPress", ns["entry"], keysym="Return", char="\r")
            self.type_into(ns["entry"], "eggs")
            self.user("invoke", ns["root"].nametowidget(".!button"))
            self.user("invoke", ns["root"].nametowidget(".!button"))

        def delete_first(ns):
            self.user("listselect", ns["listbox"], selection=[0], active=0)
            self.user("invoke", ns["root"].nametowidget(".!button2"))

        def close(ns):
            self.user("close", ns["root"])
        self.run_program(TODO, [add_two, delete_first, close], answers=[{"answer": "button", "button": "ok"}])
        self.assertEqual(self.ns["listbox"].get(0, "end"), ("eggs",))
        warned = [q for q in self.backend.queries if q["query"] == "message"]
        self.assertEqual([q["title"] for q in warned], ["Empty"], "the second Add found the entry empty")

    def test_form(self):
        def fill(ns):
            root = ns["root"]
            self.type_into(root.nametowidget(".!entry"), "Ada")
            spin = root.nametowidget(".!spinbox")
            self.user("spin", spin, direction="up")
            self.user("invoke", root.nametowidget(".!checkbutton-%d" % tkinter._buttons._count[0]))
            self.user("invoke", root.nametowidget(".!radiobutton2"))
            self.user("invoke", root.nametowidget(".!button"))
        self.run_program(FORM, [fill], answers=[{"answer": "button", "button": "yes"}])
        self.assertEqual(self.ns["submitted"], [("Ada", 19, True, "expert")])
        self.assertEqual(self.backend.queries[-1]["type"], "yesno")

    def test_paint(self):
        def draw(ns):
            c = ns["canvas"]
            self.user("ButtonPress", c, num=1, x=10, y=10, time=0)
            for i in range(1, 5):
                self.user("Motion", c, x=10 + 10 * i, y=10 + 5 * i, state=256, time=10 * i)
            self.user("ButtonRelease", c, num=1, x=50, y=30, state=256, time=60)

        def check(ns):
            ns["drawn"] = [ns["canvas"].coords(i) for i in ns["canvas"].find_all()]
            c = ns["canvas"]
            self.user("ButtonPress", c, num=3, time=1000)
            self.user("ButtonPress", c, num=3, time=1100)

        def close(ns):
            ns["left"] = ns["canvas"].find_all()
            self.user("close", ns["root"])
        self.run_program(PAINT, [draw, check, close])
        self.assertEqual(len(self.ns["drawn"]), 4)
        self.assertEqual(self.ns["drawn"][0], [10.0, 10.0, 20.0, 15.0])
        self.assertEqual(self.ns["left"], ())

    def test_menu_bar(self):
        def pick(ns):
            self.user("menu", ns["filemenu"], index=0)
            self.user("menu", ns["filemenu"], index=2)
        self.run_program(MENU, [pick])
        self.assertEqual(self.ns["log"], ["new"])
        wm = [op for op in self.backend.ops if op["op"] == "wm" and "menu" in op["options"]]
        self.assertEqual(wm[-1]["options"]["menu"], self.ns["menubar"]._handle)

    def test_custom_dialog(self):
        def answer(ns):
            app = tkinter._loop.apps[0]
            top = [w for w in app.widgets.values() if isinstance(w, tkinter.Toplevel)][0]
            entry = [w for w in app.widgets.values() if isinstance(w, tkinter.Entry)][0]
            ok = [w for w in app.widgets.values() if isinstance(w, tkinter.Button) and w.cget("text") == "OK"][0]
            self.user("invoke", ok)
            self.type_into(entry, "ada")
            self.user("invoke", ok)
            ns["title"] = top.title()
        self.run_program(CUSTOM_DIALOG, [answer])
        self.assertEqual(self.ns["answer"], "ADA")
        self.assertEqual(self.ns["title"], "Who?")

    def test_after_clock(self):
        self.run_program(CLOCK, [], stop_at=10.5)
        self.assertEqual(self.ns["ticks"], 11)
        self.assertEqual(self.ns["label"].cget("text"), "11")


class Benchmark(TkTestCase):
    def test_many_widgets_and_updates_are_quick(self):
        t0 = time.perf_counter()
        labels = []
        for i in range(1000):
            lab = tkinter.Label(self.root, text=str(i))
            lab.grid(row=i // 40, column=i % 40)
            labels.append(lab)
        counter = [0]

        def step():
            counter[0] += 1
            labels[0].configure(text=str(counter[0]))
            if counter[0] < 10000:
                self.root.after(0, step)
            else:
                self.root.quit()
        self.root.after(0, step)
        self.root.mainloop()
        elapsed = time.perf_counter() - t0
        self.assertEqual(labels[0].cget("text"), "10000")
        self.assertLess(elapsed, 10.0)


if __name__ == "__main__":
    unittest.main()
