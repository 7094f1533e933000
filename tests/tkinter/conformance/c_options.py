"""Every option of every widget class: configure() as a whole, then each option set to a row of probe values
(cget, configure(name) or the error)."""
from conf import check, root, tk, ttk

PROBES = ["x", "3", "", 3, 2.5, "-3", "red", "#123", "sun", "1c", "TkDefaultFont", ("Arial", 12), "hand2",
          "info", True, "left", "nw", "1 2"]

CLASSES = [("Tk", None), ("Toplevel", tk.Toplevel), ("Frame", tk.Frame), ("Label", tk.Label),
           ("Button", tk.Button), ("Checkbutton", tk.Checkbutton), ("Radiobutton", tk.Radiobutton),
           ("Entry", tk.Entry), ("Text", tk.Text), ("Canvas", tk.Canvas), ("Listbox", tk.Listbox),
           ("Scrollbar", tk.Scrollbar), ("Scale", tk.Scale), ("Spinbox", tk.Spinbox), ("LabelFrame", tk.LabelFrame),
           ("PanedWindow", tk.PanedWindow), ("Menubutton", tk.Menubutton), ("Message", tk.Message),
           ("Menu", tk.Menu),
           ("ttk.Button", ttk.Button), ("ttk.Label", ttk.Label), ("ttk.Entry", ttk.Entry), ("ttk.Frame", ttk.Frame),
           ("ttk.Combobox", ttk.Combobox), ("ttk.Progressbar", ttk.Progressbar), ("ttk.Notebook", ttk.Notebook),
           ("ttk.Separator", ttk.Separator), ("ttk.Scrollbar", ttk.Scrollbar),
           ("ttk.Checkbutton", ttk.Checkbutton), ("ttk.Radiobutton", ttk.Radiobutton), ("ttk.Scale", ttk.Scale),
           ("ttk.Spinbox", ttk.Spinbox), ("ttk.Labelframe", ttk.Labelframe), ("ttk.Menubutton", ttk.Menubutton)]

SKIP = {"class", "colormap", "container", "screen", "use", "visual", "style", "command", "validatecommand",
        "invalidcommand", "xscrollcommand", "yscrollcommand", "postcommand", "tearoffcommand", "textvariable",
        "variable", "listvariable", "takefocus", "labelwidget", "menu", "window"}

for name, cls in CLASSES:
    w = root if cls is None else cls(root)
    check(name + " keys", w.keys)
    check(name + " configure()", w.configure)
    for opt in w.keys():
        if opt in SKIP:
            continue
        check("%s cget %s" % (name, opt), w.cget, opt)
        try:
            original = w.cget(opt)
        except Exception:
            continue
        for v in PROBES:
            label = "%s %s=%r" % (name, opt, v)
            check(label + " set", lambda: w.configure(**{opt: v}))
            check(label + " cget", w.cget, opt)
            check(label + " conf", w.configure, opt)
            try:
                w.configure(**{opt: original})
            except Exception:
                pass
