"""Input: event bindings, timers, dialogs and the main loop of a turtle screen.

Events come from the backend (``_events`` forms) and are handled where Tk handles them: whenever the screen
updates (each animation step, ``update()``) and in ``mainloop()``. Callbacks run as Tk runs them: an exception is
printed with its traceback and the program goes on; Stop (KeyboardInterrupt) and ``sys.exit`` end it.
"""
import heapq
import itertools
import sys
import traceback
from collections import deque

from ._events import Close, Key, Mouse, binding_key


class EventLoop:
    def __init__(self):
        self._item_bindings = {}  # (event, item, button) -> [fun]; event in click/release/drag
        self._screen_bindings = {}  # button -> [fun]
        self._key_bindings = {}  # ("press"|"release", keysym or None) -> fun
        self._timers = []  # heap of (due, seq, fun)
        self._timer_seq = itertools.count()
        self._pending = deque()
        self._grab = None  # (item, button) pressed on
        self._focused = False
        self._closed = False

    # ---- bindings (the Tk primitives the turtle code uses) ----

    def _bind(self, table, key, fun, add):
        if fun is None:
            table.pop(key, None)
        elif add:
            table.setdefault(key, []).append(fun)
        else:
            table[key] = [fun]

    def _bind_item(self, event, item, fun, num, add):
        for one in item if isinstance(item, (list, tuple)) else (item,):
            self._bind(self._item_bindings, (event, one, num), fun, add)

    def _onclick(self, item, fun, num=1, add=None):
        """Bind fun to mouse-click event on turtle.
        fun must be a function with two arguments, the coordinates
        of the clicked point on the canvas.
        num, the number of the mouse-button defaults to 1
        """
        self._bind_item("click", item, fun, num, add)

    def _onrelease(self, item, fun, num=1, add=None):
        """Bind fun to mouse-button-release event on turtle."""
        self._bind_item("release", item, fun, num, add)

    def _ondrag(self, item, fun, num=1, add=None):
        """Bind fun to mouse-move-event (with pressed mouse button) on turtle."""
        self._bind_item("drag", item, fun, num, add)

    def _onscreenclick(self, fun, num=1, add=None):
        """Bind fun to mouse-click event on canvas."""
        self._bind(self._screen_bindings, num, fun, add)

    def _onkeyrelease(self, fun, key):
        """Bind fun to key-release event of key."""
        self._bind_key("release", key, fun)

    def _onkeypress(self, fun, key=None):
        """Bind fun to key-press event of key, or of any key if key is None."""
        self._bind_key("press", key, fun)

    def _bind_key(self, event, key, fun):
        k = (event, None if key is None else binding_key(key))
        if fun is None:
            self._key_bindings.pop(k, None)
        else:
            self._key_bindings[k] = fun

    def _listen(self):
        """Set focus on canvas (in order to collect key-events)
        """
        self._focused = True
        self._send("focus")

    def _ontimer(self, fun, t):
        """Install a timer, which calls fun after t milliseconds.
        """
        due = self.cv.backend.now() + max(t, 0) / 1000
        heapq.heappush(self._timers, (due, next(self._timer_seq), fun))

    def _unbind_all(self):
        self._item_bindings.clear()
        self._screen_bindings.clear()
        self._key_bindings.clear()
        self._grab = None

    # ---- handling input ----

    def _process(self, timeout):
        """Takes the events that came (waiting up to ``timeout`` seconds, None: until one comes), handles them and
        runs the timers that are due."""
        self._pending.extend(self.cv.backend.poll_events(timeout))
        while self._pending:
            self._dispatch(self._pending.popleft())
        self._run_timers()

    def _run_timers(self):
        now = self.cv.backend.now()
        last = next(self._timer_seq)  # timers set by these callbacks wait for the next round
        while self._timers and self._timers[0][0] <= now and self._timers[0][1] < last:
            _, _, fun = heapq.heappop(self._timers)
            self._call(fun)

    def _call(self, fun, *args):
        try:
            fun(*args)
        except Exception:
            print("Exception in Tkinter callback", file=sys.stderr)
            traceback.print_exc()

    def _dispatch(self, event):
        if isinstance(event, Key):
            if not self._focused:
                return
            if event.down:
                fun = self._key_bindings.get(("press", event.keysym)) or self._key_bindings.get(("press", None))
            else:
                fun = self._key_bindings.get(("release", event.keysym))
            if fun is not None:
                self._call(fun)
        elif isinstance(event, Mouse):
            x, y = event.x / self.xscale, -event.y / self.yscale
            if event.action == "press":
                item = self._scene.item_at(event.x, event.y)
                self._grab = (item, event.button)
                for fun in list(self._item_bindings.get(("click", item, event.button), ())):
                    self._call(fun, x, y)
                for fun in list(self._screen_bindings.get(event.button, ())):
                    self._call(fun, x, y)
            elif event.action == "move":
                if self._grab is not None and self._grab[1] == event.button:
                    for fun in list(self._item_bindings.get(("drag", self._grab[0], event.button), ())):
                        try:
                            fun(x, y)
                        except Exception:
                            pass  # as CPython's turtle: errors while dragging are ignored
            elif event.action == "release":
                grab, self._grab = self._grab, None
                if grab is not None and grab[1] == event.button:
                    for fun in list(self._item_bindings.get(("release", grab[0], event.button), ())):
                        self._call(fun, x, y)
        elif isinstance(event, Close):
            self._window_closed()

    def _window_closed(self):
        self._closed = True

    def mainloop(self):
        """Starts event loop - calling Tkinter's mainloop function.

        No argument.

        Must be last statement in a turtle graphics program.
        Must NOT be used if a script is run from within IDLE in -n mode
        (No subprocess) - for interactive use of turtle graphics.

        Example (for a TurtleScreen instance named screen):
        >>> screen.mainloop()

        """
        backend = self.cv.backend
        self.cv.frame()
        if not getattr(backend, "can_wait", True):
            return
        while not self._closed:
            timeout = None
            if self._timers:
                timeout = max(0.0, self._timers[0][0] - backend.now())
            self._process(timeout)
            self.cv.frame()

    # ---- dialogs ----

    def textinput(self, title, prompt):
        """Pop up a dialog window for input of a string.

        Arguments: title is the title of the dialog window,
        prompt is a text mostly describing what information to input.

        Return the string input
        If the dialog is canceled, return None.

        Example (for a TurtleScreen instance named screen):
        >>> screen.textinput("NIM", "Name of first player:")

        """
        self.cv.frame()
        return self.cv.backend.ask({"title": str(title), "prompt": str(prompt), "number": False, "default": "",
                                    "error": ""})

    def numinput(self, title, prompt, default=None, minval=None, maxval=None):
        """Pop up a dialog window for input of a number.

        Arguments: title is the title of the dialog window,
        prompt is a text mostly describing what numerical information to input.
        default: default value
        minval: minimum value for input
        maxval: maximum value for input

        The number input must be in the range minval .. maxval if these are
        given. If not, a hint is issued and the dialog remains open for
        correction. Return the number input.
        If the dialog is canceled,  return None.

        Example (for a TurtleScreen instance named screen):
        >>> screen.numinput("Poker", "Your stakes:", 1000, minval=10, maxval=10000)

        """
        self.cv.frame()
        error = ""
        while True:
            text = self.cv.backend.ask({"title": str(title), "prompt": str(prompt), "number": True,
                                        "default": "" if default is None else str(default), "error": error})
            if text is None:
                return None
            try:
                value = float(text)
            except ValueError:
                error = "Not a floating-point value.\nPlease try again"
                continue
            if minval is not None and value < minval:
                error = "The allowed minimum value is %s. Please try again." % minval
            elif maxval is not None and value > maxval:
                error = "The allowed maximum value is %s. Please try again." % maxval
            else:
                return value
