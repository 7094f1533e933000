"""``BaseWidget`` and ``Widget``: creating, naming and destroying widgets."""
from . import _loop, _options
from ._geometry import Grid, Pack, Place
from ._misc import Misc, default_root, merge_cnf
from ._tcl import TclError

# Tk's widget command -> (option table, renderer kind, Tk class name)
WIDGETS = {
    "toplevel": ("Toplevel", "toplevel", "Toplevel"),
    "frame": ("Frame", "frame", "Frame"),
    "label": ("Label", "label", "Label"),
    "button": ("Button", "button", "Button"),
    "checkbutton": ("Checkbutton", "checkbutton", "Checkbutton"),
    "radiobutton": ("Radiobutton", "radiobutton", "Radiobutton"),
    "entry": ("Entry", "entry", "Entry"),
    "text": ("Text", "text", "Text"),
    "canvas": ("Canvas", "canvas", "Canvas"),
    "listbox": ("Listbox", "listbox", "Listbox"),
    "scrollbar": ("Scrollbar", "scrollbar", "Scrollbar"),
    "scale": ("Scale", "scale", "Scale"),
    "spinbox": ("Spinbox", "spinbox", "Spinbox"),
    "labelframe": ("LabelFrame", "labelframe", "Labelframe"),
    "panedwindow": ("PanedWindow", "panedwindow", "Panedwindow"),
    "menubutton": ("Menubutton", "menubutton", "Menubutton"),
    "message": ("Message", "message", "Message"),
    "menu": ("Menu", "menu", "Menu"),
}
for _n, _c in (("button", "TButton"), ("label", "TLabel"), ("entry", "TEntry"), ("frame", "TFrame"),
               ("combobox", "TCombobox"), ("progressbar", "TProgressbar"), ("notebook", "TNotebook"),
               ("treeview", "Treeview"), ("separator", "TSeparator"), ("scrollbar", "TScrollbar"),
               ("checkbutton", "TCheckbutton"), ("radiobutton", "TRadiobutton"), ("scale", "TScale"),
               ("spinbox", "TSpinbox"), ("labelframe", "TLabelframe"), ("panedwindow", "TPanedwindow"),
               ("menubutton", "TMenubutton"), ("sizegrip", "TSizegrip")):
    _table = {"labelframe": "Labelframe", "panedwindow": "Panedwindow"}.get(_n, _n.capitalize())
    WIDGETS["ttk::" + _n] = ("ttk." + _table, "ttk." + _n, _c)


class BaseWidget(Misc):
    """Internal class: a widget with a path name, options and a place in the tree."""

    _tclCommands = None
    _state_kind = None

    def _setup(self, master, cnf):
        if master is None:
            master = default_root()
        self.master = master
        self._app = master._app
        self.tk = master.tk
        name = cnf.pop("name", None)
        if not name:
            name = self.__class__.__name__.lower()
            if master._last_child_ids is None:
                master._last_child_ids = {}
            count = master._last_child_ids.get(name, 0) + 1
            master._last_child_ids[name] = count
            name = "!%s" % name if count == 1 else "!%s%d" % (name, count)
        self._name = str(name)
        self._w = "." + self._name if master._w == "." else master._w + "." + self._name
        self.children = {}
        old = master.children.get(self._name)
        if old is not None:
            old.destroy()

    def __init__(self, master, widgetName, cnf={}, kw={}, extra=()):
        cnf = dict(merge_cnf(cnf, kw) or {})
        self.widgetName = widgetName
        for k in [k for k in cnf if isinstance(k, type)]:
            cnf.pop(k)
        self._setup(master, cnf)
        table_key, self._kind, default_class = WIDGETS[widgetName]
        self._class = str(cnf.get("class_", cnf.get("class", default_class)))
        self._handle = _loop.new_handle()
        self._stack = []
        self._opts = _options.OptionSet(self._option_table(table_key), self._app)
        items = self._app.option_defaults(self) + self._loose_items(cnf) + list(extra)
        self._app.widgets[self._w] = self
        try:
            changed = self._opts.set(items, creating=True)
            self._check_options()
            self._init_widget()
            self._changed(changed)
        except BaseException:
            del self._app.widgets[self._w]
            raise
        self.master.children[self._name] = self
        self.master._stack.append(self)
        _loop.widgets[self._handle] = self
        self._create_op()
        self._after_create()

    def _option_table(self, key):
        return _options.table(key)

    def _init_widget(self):
        """Hook: set up the widget's content before its options are first applied."""

    def _check_options(self):
        """Hook: checks across options (raise TclError), after they are set."""

    def _create_op(self):
        opts = self._render_options()
        opts.update(self._extra_render(None))
        parent = self.master._handle if self.master is not None else None
        _loop.send("create", id=self._handle, kind=self._kind, parent=parent, options=opts)
        self._send_state()

    def _after_create(self):
        """Hook: ops that need the widget to exist in the renderer."""

    def _state(self):
        """Hook: the widget's ``state`` op fields (what the user can change), or None."""
        return None

    def _send_state(self):
        st = self._state()
        if st:
            from . import _ops
            _ops.check_state(self._kind, st)
            _loop.send("state", id=self._handle, state=st)

    def destroy(self):
        """Destroy this and all descendants widgets."""
        if self._w not in self._app.widgets or self._app.widgets[self._w] is not self:
            self._forget_python()
            return
        self._teardown()
        _loop.send("destroy", id=self._handle)

    def _teardown(self):
        for c in list(self.children.values()):
            if c._w in c._app.widgets and c._app.widgets[c._w] is c:
                c._teardown()
        self._unmanage_all()
        from . import _wm
        _wm.deliver_destroy(self)
        self._on_destroy()
        app = self._app
        if app.widgets.get(self._w) is self:
            del app.widgets[self._w]
        _loop.widgets.pop(self._handle, None)
        app.bind_tables.pop(self._w, None)
        app.unwatch(self)
        if app.focus is self:
            app.focus = None
        if self.master is not None and self in self.master._stack:
            self.master._stack.remove(self)
        self._forget_python()

    def _forget_python(self):
        if self.master is not None and self.master.children.get(self._name) is self:
            del self.master.children[self._name]
        if self._tclCommands is not None:
            for name in self._tclCommands:
                self._app.commands.pop(name, None)
            self._tclCommands = None

    def _on_destroy(self):
        """Hook: widget-specific cleanup."""

    def _unmanage_all(self):
        if self._manager:
            self._unmanage(send=False)

    def _do(self, name, args=()):
        raise TclError('bad option "%s"' % name)


class Widget(BaseWidget, Pack, Place, Grid):
    """Internal class: a widget that geometry managers can place."""
