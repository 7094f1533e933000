"""Pyroom's tkinter: the tkinter API, rendered as DOM by the Pyroom panel instead of by Tk.

Programs import it unchanged. Widgets, their options and variables live here, in Python: options are checked the
way Tk checks them (``_options``), widgets send strict operations to the renderer (``_ops``) through one backend
(``_backend``), and the event loop (``_loop``) serves the panel's events and ``after`` timers. Outside Pyroom (plain
CPython, tests) a recording backend stands in for the panel.
"""
import enum  # noqa: F401  (tkinter exposes it)
import re  # noqa: F401
import sys  # noqa: F401

from tkinter.constants import *  # noqa: F401,F403

from ._tcl import TclError, Tcl_Obj  # noqa: F401
from ._events import Event, EventType  # noqa: F401
from ._vars import Variable, StringVar, IntVar, DoubleVar, BooleanVar  # noqa: F401
from ._misc import Misc  # noqa: F401
from ._geometry import Pack, Place, Grid  # noqa: F401
from ._widget import BaseWidget, Widget  # noqa: F401
from ._wm import Wm, Tk, Toplevel  # noqa: F401
from ._buttons import (Frame, Label, Message, LabelFrame, Button, Menubutton, Checkbutton,  # noqa: F401
                       Radiobutton, Scale, Scrollbar)
from ._entry import Entry, Spinbox  # noqa: F401
from ._text import Text  # noqa: F401
from ._listbox import Listbox  # noqa: F401
from ._canvas import Canvas  # noqa: F401
from ._menu import Menu, OptionMenu  # noqa: F401
from ._panes import PanedWindow  # noqa: F401
from ._image import Image, PhotoImage, BitmapImage, image_names, image_types  # noqa: F401
from ._views import XView, YView  # noqa: F401
from . import _loop, _misc, _wm

for _obj in list(globals().values()):
    if isinstance(_obj, type) and _obj.__module__.startswith("tkinter._"):
        _obj.__module__ = "tkinter"
del _obj
TclError.__module__ = "_tkinter"  # as CPython's tracebacks name it

TkVersion = 8.6
TclVersion = 8.6
READABLE = 2
WRITABLE = 4
EXCEPTION = 8
wantobjects = 1
_default_root = None
_support_default_root = True

_magic_re = re.compile(r'([\\{}])')
_space_re = re.compile(r'([\s])', re.ASCII)


def NoDefaultRoot():
    """Inhibit setting of default root window."""
    global _support_default_root, _default_root
    _misc._support_default_root[0] = False
    _misc._default_root[0] = None
    _support_default_root = False
    _default_root = None
    del _default_root


def _get_default_root(what=None):
    return _misc.default_root(what)


def mainloop(n=0):
    """Run the main loop of Tcl."""
    _misc.default_root("run the main loop")
    _loop.mainloop()


getint = int
getdouble = float


def getboolean(s):
    """Convert Tcl object to True or False."""
    from ._tcl import parse_bool
    _misc.default_root("use getboolean()")
    try:
        return parse_bool(s)
    except TclError:
        raise ValueError("invalid literal for getboolean()") from None


def Tcl(screenName=None, baseName=None, className="Tk", useTk=False):
    """An interpreter without a window (a withdrawn root here)."""
    root = Tk(screenName, baseName, className, useTk)
    root.withdraw()
    return root


class CallWrapper:
    """Internal class. Stores function to call when some user defined Tcl function is called e.g. after an
    event occurred."""

    def __init__(self, func, subst, widget):
        self.func = func
        self.subst = subst
        self.widget = widget

    def __call__(self, *args):
        if self.subst:
            args = self.subst(*args)
        return self.func(*args)


def _test():
    root = Tk()
    Label(root, text="This is Tcl/Tk %s" % TkVersion).pack()
    Button(root, text="Click me!", command=lambda: print("clicked")).pack()
    Button(root, text="QUIT", command=root.destroy).pack()
    root.mainloop()


__all__ = [name for name, obj in globals().items()
           if not name.startswith('_') and not isinstance(obj, type(sys))
           and name not in {'wantobjects'}]
