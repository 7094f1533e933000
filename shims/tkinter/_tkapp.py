"""``root.tk``: a stand-in for ``_tkinter``'s interpreter object.

Pyroom has no Tcl. Programs that reach for ``root.tk`` mostly call the helpers (``splitlist``, ``getint``,
``globalsetvar``...) or a handful of Tcl commands (``tk scaling``, ``info patchlevel``, ``wm attributes``,
``set``, ``after``); those work. Any other Tcl command raises TclError saying so.
"""
from . import _loop, _options, _tcl
from ._tcl import TclError


class TkApp:
    def __init__(self, app):
        self._app = app

    # ---- helpers ----

    def splitlist(self, s):
        if isinstance(s, tuple):
            return s
        if isinstance(s, list):
            return tuple(s)
        return _tcl.split(s)

    def split(self, s):
        return self.splitlist(s)

    def getint(self, s):
        return _tcl.getint(s)

    def getdouble(self, s):
        return _tcl.parse_double(s)

    def getboolean(self, s):
        return _tcl.parse_bool(s)

    def wantobjects(self, *args):
        return 1

    def interpaddr(self):
        return id(self._app)

    def willdispatch(self):
        pass

    def globalsetvar(self, name, value):
        self._app.setvar(str(name), value)

    setvar = globalsetvar

    def globalgetvar(self, name):
        return self._app.getvar(str(name))

    getvar = globalgetvar

    def globalunsetvar(self, name):
        self._app.unsetvar(str(name))

    unsetvar = globalunsetvar

    def createcommand(self, name, func):
        self._app.commands[str(name)] = func

    def deletecommand(self, name):
        if self._app.commands.pop(str(name), None) is None:
            raise TclError("can't delete \"%s\": command doesn't exist" % name)

    def mainloop(self, threshold=0):
        _loop.mainloop()

    def quit(self):
        _loop.quit()

    def dooneevent(self, flags=0):
        _loop.process(block=False)
        return 1

    def adderrorinfo(self, msg):
        pass

    def exprstring(self, s):
        return str(self.exprdouble(s))

    def exprdouble(self, s):
        return _tcl.parse_double(s)

    def exprlong(self, s):
        return _tcl.parse_int(s)

    def exprboolean(self, s):
        return int(_tcl.parse_bool(s))

    # ---- commands ----

    def eval(self, script):
        result = ""
        for line in str(script).replace(";", "\n").splitlines():
            if line.strip() and not line.strip().startswith("#"):
                result = self.call(*_tcl.split(line))
        return "" if result is None else result

    def call(self, *args):
        if len(args) == 1 and isinstance(args[0], (tuple, list)):
            args = tuple(args[0])
        args = [a for a in args if a is not None]
        if not args:
            return ""
        cmd = str(args[0])
        rest = args[1:]
        app = self._app
        if cmd in app.commands:
            return app.commands[cmd](*rest)
        handler = getattr(self, "_cmd_" + cmd, None)
        if handler is not None:
            return handler(*rest)
        if cmd.startswith(".") and cmd in app.widgets:
            return self._widget_cmd(app.widgets[cmd], rest)
        raise TclError('invalid command name "%s" (Pyroom runs no Tcl)' % cmd)

    def _cmd_info(self, sub, *args):
        if sub == "patchlevel":
            return "8.6.13"
        if sub == "exists":
            return int(self._app.exists(str(args[0])))
        if sub == "commands":
            return tuple(self._app.commands)
        raise TclError('unknown or unsupported "info %s"' % sub)

    def _cmd_tk(self, sub, *args):
        if sub == "scaling":
            args = [a for a in args if a != "-displayof" and not str(a).startswith(".")]
            if not args:
                return self._app.scaling
            self._app.scaling = _tcl.parse_double(args[0])
            _options.PIXELS_PER_MM = 1280 / round(1280 * 25.4 / (self._app.scaling * 72))
            return ""
        if sub == "windowingsystem":
            return "x11"
        if sub == "appname":
            return self._app.root._basename if self._app.root else "tk"
        raise TclError('unknown or unsupported "tk %s"' % sub)

    def _cmd_set(self, name, *value):
        if value:
            self._app.setvar(str(name), value[0])
            return value[0]
        return self._app.getvar(str(name))

    def _cmd_unset(self, *names):
        for n in names:
            self._app.unsetvar(str(n))
        return ""

    def _cmd_after(self, sub, *args):
        root = self._app.root
        if sub == "cancel":
            root.after_cancel(args[0])
            return ""
        if sub == "info":
            return root.after_info(*args)
        if sub == "idle":
            return root.after_idle(*args)
        return root.after(sub, *args)

    def _cmd_update(self, *args):
        if args and args[0] == "idletasks":
            _loop.update_idletasks()
        else:
            _loop.update()
        return ""

    def _cmd_wm(self, sub, path, *args):
        w = self._app.widgets.get(str(path))
        if w is None:
            raise TclError('bad window path name "%s"' % path)
        fn = getattr(w, "wm_" + str(sub), None)
        if fn is None:
            raise TclError('unknown or unsupported "wm %s"' % sub)
        return fn(*args)

    def _cmd_winfo(self, sub, path, *args):
        w = self._app.widgets.get(str(path))
        if w is None:
            raise TclError('bad window path name "%s"' % path)
        return getattr(w, "winfo_" + str(sub))(*args)

    def _cmd_focus(self, *args):
        if not args:
            f = self._app.focus
            return f._w if f is not None else ""
        self._app.widgets[str(args[-1])].focus_set()
        return ""

    def _cmd_destroy(self, *paths):
        for p in paths:
            w = self._app.widgets.get(str(p))
            if w is not None:
                w.destroy()
        return ""

    def _cmd_bell(self, *args):
        _loop.send("bell")
        return ""

    def _cmd_image(self, sub, *args):
        root = self._app.root
        if sub == "names":
            return root.image_names()
        if sub == "types":
            return root.image_types()
        img = self._app.images.get(str(args[0])) if args else None
        if img is None:
            raise TclError('image "%s" doesn\'t exist' % (args[0] if args else ""))
        if sub == "delete":
            img._delete()
            return ""
        if sub in ("width", "height", "type"):
            return getattr(img, sub)()
        raise TclError('unknown or unsupported "image %s"' % sub)

    def _cmd_font(self, sub, *args):
        from . import font
        root = self._app.root
        if sub == "names":
            return font.names(root)
        if sub == "families":
            return font.families(root)
        if sub == "measure":
            return font.Font(root, font=args[0], exists=False).measure(args[-1])
        if sub == "metrics":
            f = font.Font(root, font=args[0])
            return f.metrics(*[str(a).lstrip("-") for a in args[1:]])
        raise TclError('unknown or unsupported "font %s"' % sub)

    def _widget_cmd(self, w, args):
        if not args:
            raise TclError('wrong # args: should be "%s option ?arg ...?"' % w._w)
        sub = str(args[0])
        rest = list(args[1:])
        if sub == "cget":
            return w.cget(str(rest[0]).lstrip("-"))
        if sub == "configure":
            if not rest:
                return w.configure()
            if len(rest) == 1:
                return w.configure(str(rest[0]).lstrip("-"))
            w.configure(**{str(k).lstrip("-"): v for k, v in zip(rest[0::2], rest[1::2])})
            return ""
        fn = getattr(w, sub, None)
        if fn is None or sub.startswith("_"):
            raise TclError('bad option "%s"' % sub)
        return fn(*rest)
