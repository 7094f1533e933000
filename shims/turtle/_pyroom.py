"""Hooks for Pyroom's runner (``shims/pyroom/runner.py``), which keeps the interpreter between runs.

- :func:`new_run` before each run: forget the previous run's screen and turtles (the next ``Screen()`` starts a
  new canvas, whose first ops clear the Preview). The module also does this by itself when it sees that
  ``__main__`` is a new module (each Run gets one), so the hook only makes it explicit.
- :func:`end_run` after each run: show what the program drew last (with ``tracer(0)`` and no ``update()`` the
  last ops are still waiting, as they would on the desktop until Tk's event loop runs).
- :func:`dispatch` in the main-thread fallback, where ``mainloop()`` returns at once: the panel hands each input
  event (``BridgeEvent`` form, see ``_events``) here and the callbacks run, then the new drawing goes out;
  :func:`tick`, called there every few milliseconds, runs the ``ontimer`` callbacks that are due.
"""
from . import _events
from ._screen import TurtleScreen, _Screen
from ._turtle import RawTurtle, Turtle


def new_run():
    Turtle._pen = None
    Turtle._screen = None
    _Screen._root = None
    _Screen._canvas = None
    TurtleScreen._RUNNING = True
    RawTurtle.screens.clear()


def end_run():
    screen = Turtle._screen
    if screen is not None:
        screen.cv.frame()


def dispatch(event):
    screen = Turtle._screen
    if screen is None:
        return
    parsed = _events.parse(event)
    if parsed is not None:
        screen._dispatch(parsed)
    screen._run_timers()
    screen.cv.frame()


def tick():
    screen = Turtle._screen
    if screen is None:
        return
    screen._run_timers()
    screen.cv.frame()
