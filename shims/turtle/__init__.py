"""Turtle graphics for Pyroom: CPython's ``turtle`` module, drawn in the panel's Preview.

The whole turtle state (positions, headings, modes, colours, shapes, stamps, the undo buffer, bindings, timers)
lives here in Python; what is drawn goes out as strict ops (``_ops``) to a backend (``_backend``): the panel in
Pyroom, a recorder in tests. Where Pyroom is silent, this module does what CPython's turtle does.

Modules (see README.md): ``_vec`` (Vec2D), ``_colors`` and ``_tkcolors`` (Tk colour strings), ``_ops`` (the op
schema), ``_scene`` (the canvas state), ``_backend`` (backends), ``_events`` and ``_loop`` (input), ``_canvas``
(Tk-like canvas primitives), ``_text`` and ``_fontmetrics`` (text widths), ``_screen`` (TurtleScreen, Screen),
``_navigator``, ``_pen``, ``_turtle``, ``_turtle_shape`` and ``_turtle_draw`` (the turtle), ``_shapes``,
``_undo``, ``_config``, ``_errors``, ``_procedural`` (the module functions), ``_export`` (PostScript and SVG),
``_pyroom`` (hooks for the runner).
"""
from ._canvas import Canvas, ScrolledCanvas, TurtleScreenBase
from ._config import _CFG, config_dict, readconfig
from ._errors import Terminator, TurtleGraphicsError
from ._navigator import TNavigator
from ._pen import TPen
from ._procedural import ALIASES as _alias_list
from ._procedural import SCREEN_FUNCTIONS as _tg_screen_functions
from ._procedural import TURTLE_FUNCTIONS as _tg_turtle_functions
from ._procedural import make_functions as _make_functions
from ._screen import Screen, TurtleScreen, _Screen
from ._shapes import Shape
from ._turtle import Pen, RawPen, RawTurtle, Turtle, _TurtleImage
from ._undo import Tbuffer
from ._vec import Vec2D

_tg_classes = ['ScrolledCanvas', 'TurtleScreen', 'Screen',
               'RawTurtle', 'Turtle', 'RawPen', 'Pen', 'Shape', 'Vec2D']
_tg_utilities = ['write_docstringdict', 'done']

__all__ = (_tg_classes + _tg_screen_functions + _tg_turtle_functions +
           _tg_utilities + ['Terminator'])


def write_docstringdict(filename="turtle_docstringdict"):
    """Create and write docstring-dictionary to file.

    Optional argument:
    filename -- a string, used as filename
                default value is turtle_docstringdict

    Has to be called explicitly, (not used by the turtle-graphics classes)
    The docstring dictionary will be written to the Python script <filename>.py
    It is intended to serve as a template for translation of the docstrings
    into different languages.
    """
    docs = {}
    for name in _tg_screen_functions:
        docs["_Screen." + name] = getattr(_Screen, name).__doc__
    for name in _tg_turtle_functions:
        docs["Turtle." + name] = getattr(Turtle, name).__doc__
    keys = sorted(k for k in docs if k.split(".")[1] not in _alias_list)
    with open("%s.py" % filename, "w") as f:
        f.write("docsdict = {\n\n")
        for i, key in enumerate(keys):
            f.write("%s :\n" % repr(key))
            f.write('        """%s\n"""%s\n\n' % (docs[key], "," if i < len(keys) - 1 else ""))
        f.write("}\n")


_make_functions(globals())
done = mainloop  # noqa: F821 - defined by _make_functions

for _cls in (Canvas, TurtleScreenBase, Terminator, TurtleGraphicsError, TNavigator, TPen, TurtleScreen, _Screen,
             Shape, RawTurtle, Turtle, _TurtleImage, Tbuffer, Vec2D):
    _cls.__module__ = __name__
Screen.__module__ = __name__
del _cls
