"""Windows: ``Tk`` (the root window and its interpreter), ``Toplevel`` and the window-manager methods (``Wm``);
also synthetic events (``event_generate``) and ``<Destroy>`` delivery."""
import collections
import os
import re
import sys

from . import _app, _events, _loop, _misc, _options, _tcl
from ._tcl import TclError
from ._widget import BaseWidget

_VersionInfo = collections.namedtuple("_VersionInfoType", ("major", "minor", "micro", "releaselevel", "serial"))
PATCHLEVEL = "8.6.13"


class _VersionInfoType(_VersionInfo):
    def __str__(self):
        return "%d.%d.%d" % (self.major, self.minor, self.micro)


PATCHLEVEL_INFO = _VersionInfoType(8, 6, 13, "final", 0)

_GEOMETRY_RE = re.compile(r"^=?(?:(\d+)x(\d+))?(?:([+-])(-?\d+)([+-])(-?\d+))?$")


def sleep_ms(widget, ms):
    ms = _tcl.parse_int(ms)
    _loop.flush()
    _loop.backend().sleep(max(0, ms) / 1000.0)


class Wm:
    """Window-manager methods of ``Tk`` and ``Toplevel``."""

    _wm_state = None

    def _wm(self):
        if self._wm_state is None:
            self._wm_state = {"title": "", "geometry": None, "resizable": (1, 1), "minsize": (1, 1),
                              "maxsize": None, "state": "normal", "protocols": {}, "attributes": {
                                  "alpha": 1.0, "topmost": 0, "zoomed": 0, "fullscreen": 0, "type": ""},
                              "iconname": "", "overrideredirect": 0, "transient": None, "menu": None}
        return self._wm_state

    def _wm_send(self, **options):
        _loop.send("wm", id=self._handle, options=options)

    def wm_title(self, string=None):
        if string is None:
            return self._wm()["title"]
        self._wm()["title"] = _tcl.tcl_str(string)
        self._wm_send(title=self._wm()["title"])
        return ""

    title = wm_title

    def wm_geometry(self, newGeometry=None):
        if newGeometry is None:
            x, y, w, h = self._geo()[:4]
            return "%dx%d+%d+%d" % (w, h, x, y)
        s = _tcl.tcl_str(newGeometry)
        m = _GEOMETRY_RE.match(s)
        if not m:
            raise TclError('bad geometry specifier "%s"' % s)
        geo = {"width": None, "height": None, "x": None, "y": None}
        if m.group(1):
            geo["width"], geo["height"] = int(m.group(1)), int(m.group(2))
        if m.group(3):
            geo["x"] = int(m.group(4)) * (-1 if m.group(3) == "-" else 1)
            geo["y"] = int(m.group(6)) * (-1 if m.group(5) == "-" else 1)
        self._wm()["geometry"] = geo
        self._wm_send(geometry=geo)
        return ""

    geometry = wm_geometry

    def _pair(self, key, width, height):
        if width is None and height is None:
            v = self._wm()[key]
            if v is None:
                return (self.winfo_screenwidth(), self.winfo_screenheight())
            return v
        v = (_tcl.parse_int(width), _tcl.parse_int(height))
        self._wm()[key] = v
        self._wm_send(**{key: list(v)})
        return None

    def wm_minsize(self, width=None, height=None):
        return self._pair("minsize", width, height)

    minsize = wm_minsize

    def wm_maxsize(self, width=None, height=None):
        return self._pair("maxsize", width, height)

    maxsize = wm_maxsize

    def wm_resizable(self, width=None, height=None):
        if width is None and height is None:
            return self._wm()["resizable"]
        if height is None:
            height = width
        v = (int(_tcl.parse_bool(width)), int(_tcl.parse_bool(height)))
        self._wm()["resizable"] = v
        self._wm_send(resizable=[bool(v[0]), bool(v[1])])
        return None

    resizable = wm_resizable

    def wm_state(self, newstate=None):
        if newstate is None:
            return self._wm()["state"]
        s = _tcl.tcl_str(newstate)
        if s not in ("normal", "iconic", "withdrawn", "icon", "zoomed"):
            raise TclError('bad argument "%s": must be normal, iconic, withdrawn, or zoomed' % s)
        self._wm()["state"] = s
        self._wm_send(state=s)
        return ""

    state = wm_state

    def wm_withdraw(self):
        return self.wm_state("withdrawn")

    withdraw = wm_withdraw

    def wm_iconify(self):
        return self.wm_state("iconic")

    iconify = wm_iconify

    def wm_deiconify(self):
        return self.wm_state("normal")

    deiconify = wm_deiconify

    def wm_protocol(self, name=None, func=None):
        protos = self._wm()["protocols"]
        if name is None:
            return tuple(protos)
        if func is None:
            return protos.get(str(name), "")
        cmd = self._register(func) if callable(func) else _tcl.tcl_str(func)
        protos[str(name)] = cmd
        return ""

    protocol = wm_protocol

    def wm_attributes(self, *args, return_python_dict=False, **kw):
        attrs = self._wm()["attributes"]
        if len(args) == 1 and not kw:
            key = str(args[0]).lstrip("-")
            if key not in attrs:
                raise TclError('bad attribute "-%s": must be -alpha, -topmost, -zoomed, -fullscreen, or -type' % key)
            return attrs[key]
        if not args and not kw:
            if return_python_dict:
                return dict(attrs)
            out = ()
            for k, v in attrs.items():
                out += ("-" + k, v)
            return out
        pairs = list(zip(args[0::2], args[1::2])) + list(kw.items())
        send = {}
        for k, v in pairs:
            key = str(k).lstrip("-")
            if key == "alpha":
                attrs[key] = max(0.0, min(1.0, _tcl.parse_double(v)))
            elif key in ("topmost", "zoomed", "fullscreen"):
                attrs[key] = int(_tcl.parse_bool(v))
            elif key == "type":
                attrs[key] = _tcl.tcl_str(v)
                continue
            else:
                raise TclError('bad attribute "-%s": must be -alpha, -topmost, -zoomed, -fullscreen, or -type' % key)
            send[key] = attrs[key] if key == "alpha" else bool(attrs[key])
        if send:
            self._wm_send(**send)
        return ""

    attributes = wm_attributes

    def wm_iconname(self, newName=None):
        if newName is None:
            return self._wm()["iconname"]
        self._wm()["iconname"] = _tcl.tcl_str(newName)
        return ""

    iconname = wm_iconname

    def wm_iconbitmap(self, bitmap=None, default=None):
        return ""

    iconbitmap = wm_iconbitmap

    def wm_iconphoto(self, default=False, *args):
        if args:
            self._wm_send(iconphoto=args[0]._handle)

    iconphoto = wm_iconphoto

    def wm_overrideredirect(self, boolean=None):
        if boolean is None:
            return bool(self._wm()["overrideredirect"]) or None
        self._wm()["overrideredirect"] = int(_tcl.parse_bool(boolean))
        self._wm_send(overrideredirect=bool(self._wm()["overrideredirect"]))
        return None

    overrideredirect = wm_overrideredirect

    def wm_transient(self, master=None):
        if master is None:
            t = self._wm()["transient"]
            return t._w if t is not None else ""
        self._wm()["transient"] = master if master != "" else None
        self._wm_send(transient=master._handle if hasattr(master, "_handle") else None)
        return ""

    transient = wm_transient

    def wm_frame(self):
        return hex(self._handle)

    frame = wm_frame

    def wm_focusmodel(self, model=None):
        return "passive" if model is None else ""

    focusmodel = wm_focusmodel

    def _wm_noop(self, *args, **kw):
        return ""

    wm_aspect = aspect = wm_client = client = wm_command = command = wm_group = group = _wm_noop
    wm_iconmask = iconmask = wm_iconposition = iconposition = wm_iconwindow = iconwindow = _wm_noop
    wm_positionfrom = positionfrom = wm_sizefrom = sizefrom = wm_colormapwindows = colormapwindows = _wm_noop
    wm_grid = _wm_noop

    def wm_manage(self, widget):
        raise TclError("wm manage is not available in Pyroom")

    manage = wm_manage

    def wm_forget(self, window):
        raise TclError("wm forget is not available in Pyroom")

    def _user_close(self, e):
        cmd = self._wm()["protocols"].get("WM_DELETE_WINDOW")
        if cmd:
            self._app.run_script(cmd)
        else:
            self.destroy()

    def _menu_changed(self, changed):
        """``-menu`` of a toplevel is its menu bar."""
        if "menu" in changed and self._handle in _loop.widgets:
            name = self._opts.strict("menu")
            w = self._app.widgets.get(name) if name else None
            self._wm_send(menu=w._handle if w is not None else None)


class Tk(_misc.Misc, Wm):
    """Toplevel widget of Tk which represents mostly the main window of an application. It has an associated
    Tcl interpreter."""

    _w = "."
    _is_toplevel = True

    def __init__(self, screenName=None, baseName=None, className="Tk", useTk=True, sync=False, use=None):
        from ._tkapp import TkApp
        self.master = None
        self.children = {}
        self._tclCommands = None
        self._app = _app.App()
        self._app.root = self
        self.tk = TkApp(self._app)
        self._name = ""
        self._class = str(className).capitalize() if className else "Tk"
        self._handle = _loop.new_handle()
        self._stack = []
        self._opts = _options.OptionSet(_options.table("Tk"), self._app)
        self._app.widgets["."] = self
        _loop.widgets[self._handle] = self
        if baseName is None:
            base = os.path.basename(sys.argv[0] if sys.argv and sys.argv[0] else "tk")
            base, ext = os.path.splitext(base)
            if ext not in (".py", ".pyc"):
                base = base + ext
            baseName = base or "tk"
        self._basename = baseName
        self._wm()["title"] = "tk"
        _loop.send("create", id=self._handle, kind="toplevel", parent=None, options=self._render_options())
        self._wm_send(title="tk")
        self.protocol("WM_DELETE_WINDOW", self.destroy)
        if _misc._support_default_root[0] and _misc._default_root[0] is None:
            _misc._default_root[0] = self
            import tkinter
            tkinter._default_root = self

    def destroy(self):
        """Destroy this and all descendants widgets. This will end the application of this Tcl interpreter."""
        if not self._app.alive:
            return
        for c in list(self.children.values()):
            c.destroy()
        deliver_destroy(self)
        self._app.alive = False
        self._app.widgets.pop(".", None)
        _loop.widgets.pop(self._handle, None)
        _loop.send("destroy", id=self._handle)
        _loop.app_gone(self._app)
        _loop.flush()
        if self._tclCommands is not None:
            for name in self._tclCommands:
                self._app.commands.pop(name, None)
            self._tclCommands = None
        if _misc._default_root[0] is self:
            _misc._default_root[0] = None
            import tkinter
            tkinter._default_root = None

    def _changed(self, changed):
        self._menu_changed(changed)

    def report_callback_exception(self, exc, val, tb):
        """Report callback exception on sys.stderr."""
        _loop.default_report(exc, val, tb)

    def loadtk(self):
        pass

    def readprofile(self, baseName, className):
        pass

    def __getattr__(self, attr):
        if attr.startswith("__") or attr in ("tk", "_app"):
            raise AttributeError(attr)
        return getattr(self.tk, attr)

    def _unmanage_all(self):
        pass


class Toplevel(BaseWidget, Wm):
    """Toplevel widget, e.g. for dialogs."""

    _is_toplevel = True

    def __init__(self, master=None, cnf={}, **kw):
        BaseWidget.__init__(self, master, "toplevel", cnf, kw)
        root = self._root()
        self._wm()["title"] = root.title()
        self._wm_send(title=self._wm()["title"])
        self.protocol("WM_DELETE_WINDOW", self.destroy)

    def _changed(self, changed):
        self._menu_changed(changed)

    def _after_create(self):
        if self._opts.strict("menu"):
            self._menu_changed({"menu": None})

    def _unmanage_all(self):
        pass


# ---- events Python makes ----

_TYPE_TO_WIRE = {"Key": "KeyPress", "Button": "ButtonPress"}


def generate(widget, sequence, kw):
    pats = _events.parse_sequence(sequence)
    if len(pats) != 1:
        raise TclError("Double, Triple, or Quadruple modifier not allowed" if pats[0].count > 1 else
                       "only one event specification allowed")
    p = pats[0]
    app = widget._app
    opts = {str(k).lstrip("-").rstrip("_"): v for k, v in kw.items()}
    when = opts.pop("when", None)
    if when not in (None, "now"):
        widget.after_idle(lambda: generate(widget, sequence, {k: v for k, v in kw.items() if k != "when"}))
        return
    state = _tcl.parse_int(opts.get("state", 0))
    for m in p.mods:
        state |= _events._MASKS[m]

    def num(k, default=0):
        return _tcl.parse_int(opts[k]) if k in opts else default
    if p.virtual is not None:
        occ = _events.Occurrence("Virtual", None, state)
        ev = app.make_event(widget, {"x": num("x"), "y": num("y"), "state": state}, etype="VirtualEvent")
        ev.type = _events.EventType.VirtualEvent
        _virtual_dispatch(app, widget, p.virtual, occ, ev)
        return
    wire = {"type": _TYPE_TO_WIRE.get(p.type, p.type), "widget": widget._handle}
    if p.type in ("Key", "KeyRelease"):
        keysym = opts.get("keysym", p.detail or "??")
        ch = _events.keysym_char(keysym)
        wire.update(keysym=keysym, keycode=num("keycode"), char=ch, state=state, time=0)
    elif p.type in ("Button", "ButtonRelease", "Motion", "Enter", "Leave", "MouseWheel"):
        wire.update(x=num("x"), y=num("y"), x_root=num("rootx"), y_root=num("rooty"), state=state, time=0,
                    item=None)
        if p.type in ("Button", "ButtonRelease"):
            wire["num"] = num("button", p.detail or 1)
        if p.type == "MouseWheel":
            wire["delta"] = num("delta")
    elif p.type == "Configure":
        wire.update(x=num("x"), y=num("y"), width=num("width"), height=num("height"))
    elif p.type not in ("FocusIn", "FocusOut"):
        occ = _events.Occurrence(p.type, None, state)
        ev = app.make_event(widget, {"state": state}, etype=p.type)
        app.dispatch_bindings(widget, occ, ev)
        return
    app.handle_x_event(widget, wire)


def _virtual_dispatch(app, widget, name, occ, ev):
    for tag in widget.bindtags():
        table = app.bind_tables.get(tag)
        if table is None:
            continue
        b = table.match([occ], {name: (1, (True, 9, 9))})
        if b is not None and app.run_binding(b, ev) == "break":
            return


def virtual_event(widget, name):
    """Sends ``<<name>>`` to a widget, as Tk's own widgets do (``<<ListboxSelect>>``...)."""
    app = widget._app
    occ = _events.Occurrence("Virtual", None, 0)
    ev = app.make_event(widget, {"x": 0, "y": 0, "state": 0}, etype="VirtualEvent")
    ev.type = _events.EventType.VirtualEvent
    _virtual_dispatch(app, widget, name, occ, ev)


def deliver_destroy(widget):
    app = widget._app
    occ = _events.Occurrence("Destroy", None, 0)
    ev = app.make_event(widget, {}, etype="Destroy")
    app.dispatch_bindings(widget, occ, ev)
