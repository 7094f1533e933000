"""Writes src/tk/fixtures/ops_sample.json: the ops the shim sends for a program using every widget kind, canvas
item type, menu entry type and geometry manager, so the renderer's types are tested on real traffic.

    python3 tests/tkinter/tools/record_ops.py
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
sys.path.insert(0, os.path.join(ROOT, "shims"))
OUT = os.path.join(ROOT, "src", "tk", "fixtures", "ops_sample.json")


def program(tk, ttk):
    root = tk.Tk()
    root.title("Everything")
    root.geometry("500x400")
    menubar = tk.Menu(root)
    filemenu = tk.Menu(menubar, tearoff=0)
    filemenu.add_command(label="Open", accelerator="Ctrl+O")
    filemenu.add_separator()
    filemenu.add_checkbutton(label="Check", variable=tk.BooleanVar(value=True))
    filemenu.add_radiobutton(label="Radio", variable=tk.StringVar(value="a"), value="a")
    menubar.add_cascade(label="File", menu=filemenu)
    root.config(menu=menubar)
    top = tk.Frame(root, bd=2, relief="groove", padx=4, pady=4)
    top.pack(side="top", fill="x")
    tk.Label(top, text="Name:", fg="blue", font=("Helvetica", 12, "bold")).grid(row=0, column=0, sticky="w")
    tk.Entry(top, width=15).grid(row=0, column=1, sticky="ew", padx=(4, 0))
    top.columnconfigure(1, weight=1)
    tk.Button(top, text="Go", command=lambda: None).grid(row=1, column=0, columnspan=2)
    v = tk.IntVar(value=1)
    tk.Checkbutton(top, text="Check", variable=v).grid(row=2, column=0)
    tk.Radiobutton(top, text="A", value=1, variable=v).grid(row=2, column=1)
    c = tk.Canvas(root, width=200, height=100, bg="white")
    c.pack(side="left")
    c.create_line(0, 0, 50, 50, fill="red", width=3, arrow="last", dash=(4, 2))
    c.create_rectangle(10, 10, 40, 30, fill="yellow", outline="black", tags=("box",))
    c.create_oval(60, 10, 90, 40, fill="green")
    c.create_arc(100, 10, 140, 50, start=30, extent=120, style="pieslice", fill="orange")
    c.create_polygon(150, 10, 180, 40, 150, 40, fill="purple", smooth=True)
    c.create_text(100, 80, text="Hello", anchor="w", font=("Courier", 10))
    c.create_bitmap(20, 80, bitmap="info")
    img = tk.PhotoImage(width=4, height=4)
    img.put("red", to=(0, 0, 2, 2))
    c.create_image(60, 80, image=img)
    c.create_window(170, 80, window=tk.Button(c, text="In"))
    lb = tk.Listbox(root, height=4)
    for x in ("one", "two", "three"):
        lb.insert("end", x)
    lb.pack(side="left", fill="y")
    sb = tk.Scrollbar(root, command=lb.yview)
    sb.pack(side="left", fill="y")
    lb.config(yscrollcommand=sb.set)
    t = tk.Text(root, width=20, height=5)
    t.insert("1.0", "Hello\nWorld", ("big",))
    t.tag_config("big", foreground="red")
    t.pack(side="left")
    tk.Scale(root, from_=0, to=10, orient="horizontal").place(x=10, y=300)
    tk.Spinbox(root, from_=0, to=5).place(x=10, y=340)
    lf = tk.LabelFrame(root, text="Group")
    lf.place(relx=1.0, rely=1.0, anchor="se")
    tk.Message(lf, text="A message that wraps").pack()
    pw = tk.PanedWindow(root)
    pw.add(tk.Label(pw, text="L"))
    pw.add(tk.Label(pw, text="R"))
    pw.place(x=200, y=300)
    mb = tk.Menubutton(root, text="Menu")
    mb.place(x=300, y=300)
    tk.OptionMenu(root, tk.StringVar(value="x"), "x", "y").place(x=350, y=300)
    nb = ttk.Notebook(root)
    f1 = ttk.Frame(nb)
    nb.add(f1, text="Tab 1")
    ttk.Button(f1, text="ttk").pack()
    ttk.Label(f1, text="label").pack()
    ttk.Entry(f1).pack()
    ttk.Combobox(f1, values=("a", "b")).pack()
    ttk.Progressbar(f1, value=40).pack()
    ttk.Separator(f1).pack(fill="x")
    ttk.Checkbutton(f1, text="c").pack()
    ttk.Radiobutton(f1, text="r").pack()
    ttk.Scale(f1).pack()
    ttk.Spinbox(f1).pack()
    ttk.Scrollbar(f1).pack()
    ttk.Labelframe(f1, text="lf").pack()
    ttk.Menubutton(f1, text="mb").pack()
    ttk.Sizegrip(f1).pack()
    ttk.Panedwindow(f1).pack()
    tv = ttk.Treeview(f1, columns=("a",))
    tv.heading("a", text="A")
    tv.insert("", "end", "i1", text="Item", values=("1",))
    tv.pack()
    nb.place(x=0, y=0)
    ttk.Style().configure("My.TButton", foreground="red")
    top2 = tk.Toplevel(root)
    top2.title("Second")
    tk.Label(top2, text="Hi").pack()
    root.update()
    return root


def record():
    import tkinter as tk
    from tkinter import _backend, ttk
    _backend.set_factory(lambda: _backend.RecordingBackend())
    program(tk, ttk)
    ops = _backend.current().ops
    _backend.set_factory(None)
    return ops


if __name__ == "__main__":
    ops = record()
    with open(OUT, "w") as f:
        json.dump(ops, f, indent=0)
        f.write("\n")
    print("wrote %d ops to %s" % (len(ops), OUT))
