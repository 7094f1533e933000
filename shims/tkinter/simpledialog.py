"""Simple dialogs: ``askstring``, ``askinteger`` and ``askfloat`` are modal dialogs of the panel (blocking
queries); ``Dialog`` and ``SimpleDialog`` are the classes programs subclass to build their own dialogs out of
widgets, as in tkinter."""
from tkinter import ACTIVE, LEFT, Button, Frame, Message, Toplevel, _misc, _tcl, messagebox
from tkinter._tcl import TclError
from tkinter.commondialog import parent_handle

__all__ = ["SimpleDialog", "Dialog", "askinteger", "askfloat", "askstring"]


class SimpleDialog:
    def __init__(self, master, text="", buttons=[], default=None, cancel=None, title=None, class_=None):
        self.root = Toplevel(master, class_=class_) if class_ else Toplevel(master)
        if title:
            self.root.title(title)
            self.root.iconname(title)
        self.message = Message(self.root, text=text, aspect=400)
        self.message.pack(expand=1, fill="both")
        self.frame = Frame(self.root)
        self.frame.pack()
        self.num = default
        self.cancel = cancel
        self.default = default
        self.root.bind("<Return>", self.return_event)
        for num, label in enumerate(buttons):
            b = Button(self.frame, text=label, command=(lambda self=self, num=num: self.done(num)))
            if num == default:
                b.config(relief="ridge", borderwidth=8)
            b.pack(side=LEFT, fill="both", expand=1)
        self.root.protocol("WM_DELETE_WINDOW", self.wm_delete_window)
        self.root.transient(master)

    def go(self):
        self.root.wait_visibility()
        self.root.grab_set()
        self.root.mainloop()
        self.root.destroy()
        return self.num

    def return_event(self, event):
        if self.default is None:
            self.root.bell()
        else:
            self.done(self.default)

    def wm_delete_window(self):
        if self.cancel is None:
            self.root.bell()
        else:
            self.done(self.cancel)

    def done(self, num):
        self.num = num
        self.root.quit()


class Dialog(Toplevel):
    """Class to open dialogs: subclass it and override ``body``, ``buttonbox``, ``validate`` and ``apply``."""

    def __init__(self, parent, title=None):
        master = parent
        if master is None:
            master = _misc.default_root("create dialog window")
        Toplevel.__init__(self, master)
        self.withdraw()
        if parent is not None and parent.winfo_viewable():
            self.transient(parent)
        if title:
            self.title(title)
        self.parent = parent
        self.result = None
        body = Frame(self)
        self.initial_focus = self.body(body)
        body.pack(padx=5, pady=5)
        self.buttonbox()
        if self.initial_focus is None:
            self.initial_focus = self
        self.protocol("WM_DELETE_WINDOW", self.cancel)
        self.deiconify()
        self.initial_focus.focus_set()
        self.wait_visibility()
        self.grab_set()
        self.wait_window(self)

    def destroy(self):
        """Destroy the window."""
        self.initial_focus = None
        Toplevel.destroy(self)

    def body(self, master):
        """Create dialog body; return the widget that should have initial focus."""
        pass

    def buttonbox(self):
        """Add standard button box (OK and Cancel)."""
        box = Frame(self)
        w = Button(box, text="OK", width=10, command=self.ok, default=ACTIVE)
        w.pack(side=LEFT, padx=5, pady=5)
        w = Button(box, text="Cancel", width=10, command=self.cancel)
        w.pack(side=LEFT, padx=5, pady=5)
        self.bind("<Return>", self.ok)
        self.bind("<Escape>", self.cancel)
        box.pack()

    def ok(self, event=None):
        if not self.validate():
            self.initial_focus.focus_set()
            return
        self.withdraw()
        self.update_idletasks()
        try:
            self.apply()
        finally:
            self.cancel()

    def cancel(self, event=None):
        if self.parent is not None:
            self.parent.focus_set()
        self.destroy()

    def validate(self):
        """Validate the data (override); return true to close the dialog."""
        return 1

    def apply(self):
        """Process the data (override)."""
        pass


def _ask(kind, title, prompt, convert, what, **kw):
    parent = kw.get("parent")
    master = parent or _misc.default_root("use " + what)
    initial = kw.get("initialvalue")
    text = "" if initial is None else _tcl.tcl_str(initial)
    minvalue, maxvalue = kw.get("minvalue"), kw.get("maxvalue")
    while True:
        q = {"query": "askstring", "title": _tcl.tcl_str(title or ""), "prompt": _tcl.tcl_str(prompt or ""),
             "initial": text, "kind": kind, "show": _tcl.tcl_str(kw.get("show", "")),
             "parent": parent_handle(kw)}
        from tkinter import _loop
        _loop.flush()
        answer = master._app.backend.query(q)["text"]
        if answer is None:
            return None
        text = answer
        try:
            value = convert(answer)
        except (ValueError, TclError):
            messagebox.showwarning("Illegal value", _ERRORS[kind] + "\nPlease try again", parent=parent)
            continue
        if minvalue is not None and value < minvalue:
            messagebox.showwarning("Too small", "The allowed minimum value is %s. Please try again." % minvalue,
                                   parent=parent)
            continue
        if maxvalue is not None and value > maxvalue:
            messagebox.showwarning("Too large", "The allowed maximum value is %s. Please try again." % maxvalue,
                                   parent=parent)
            continue
        return value


_ERRORS = {"integer": "Not an integer.", "float": "Not a floating-point value.", "string": ""}


def askinteger(title, prompt, **kw):
    """Get an integer from the user; returns None if cancelled."""
    return _ask("integer", title, prompt, _tcl.getint, "askinteger()", **kw)


def askfloat(title, prompt, **kw):
    """Get a float from the user; returns None if cancelled."""
    return _ask("float", title, prompt, _tcl.parse_double, "askfloat()", **kw)


def askstring(title, prompt, **kw):
    """Get a string from the user; returns None if cancelled."""
    return _ask("string", title, prompt, str, "askstring()", **kw)
