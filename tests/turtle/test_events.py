"""Input: key and mouse bindings, timers, the main loop and dialogs, driven by scripted panel events."""
import contextlib
import io
import unittest

from .support import TurtleCase, turtle
from turtle import _backend, _events  # noqa: E402


def key(k, down=True):
    return {"kind": "TurtleKey", "down": down, "key": k}


def mouse(action, x, y, button=1):
    return {"kind": "TurtleMouse", "action": action, "button": button, "x": x, "y": y}


class KeyNamesTest(unittest.TestCase):
    def test_dom_to_keysym(self):
        for dom, sym in (("ArrowUp", "Up"), (" ", "space"), ("Enter", "Return"), ("a", "a"), ("A", "A"),
                         ("1", "1"), ("!", "exclam"), ("F5", "F5"), ("PageDown", "Next"), ("Escape", "Escape")):
            self.assertEqual(_events.keysym(dom), sym)

    def test_parse(self):
        self.assertEqual(_events.parse(key("ArrowLeft", False)), _events.Key(False, "Left"))
        self.assertEqual(_events.parse(mouse("press", 1, 2, 3)), _events.Mouse("press", 3, 1.0, 2.0))
        self.assertIsInstance(_events.parse({"kind": "TurtleClose"}), _events.Close)
        self.assertIsNone(_events.parse({"kind": "PreviewResized", "width": 1, "height": 1}))
        with self.assertRaises(ValueError):
            _events.parse({"kind": "TurtleMouse", "action": "wiggle", "button": 1, "x": 0, "y": 0})


class InputTest(TurtleCase):
    def setUp(self):
        super().setUp()
        self.screen = turtle.Screen()
        self.log = []

    def send(self, *events):
        for e in events:
            self.backend.inject(e)
        self.screen.update()

    def test_keys_need_listen(self):
        s = self.screen
        s.onkeypress(lambda: self.log.append("press Up"), "Up")
        s.onkey(lambda: self.log.append("release Up"), "Up")
        s.onkeypress(lambda: self.log.append("any"))
        self.send(key("ArrowUp"))
        self.assertEqual(self.log, [])
        s.listen()
        self.assertTrue(self.backend.scene.focused)
        self.send(key("ArrowUp"), key("ArrowUp", False), key("x"), key("x", False))
        self.assertEqual(self.log, ["press Up", "release Up", "any"])
        s.onkeypress(None, "Up")
        self.send(key("ArrowUp"))
        self.assertEqual(self.log[-1], "any")
        s.onkeyrelease(lambda: self.log.append("space"), " ")
        self.send(key(" ", False))
        self.assertEqual(self.log[-1], "space")

    def test_events_during_animation(self):
        s = self.screen
        s.listen()
        t = turtle.Turtle()
        s.onkeypress(lambda: self.log.append(t.pos()), "a")
        self.backend.inject(key("a"), delay=0.05)
        t.forward(100)  # the key comes while the turtle walks, as Tk handles it at an update
        self.assertEqual(len(self.log), 1)
        self.assertGreater(self.log[0][0], 0)
        self.assertLess(self.log[0][0], 100)

    def test_mouse(self):
        s = self.screen
        t = turtle.Turtle()
        t.shape("square")
        t.speed(0)
        s.onscreenclick(lambda x, y: self.log.append(("screen", x, y)))
        t.onclick(lambda x, y: self.log.append(("turtle", x, y)))
        t.ondrag(lambda x, y: (self.log.append(("drag", x, y)), t.goto(x, y)))
        t.onrelease(lambda x, y: self.log.append(("release", x, y)))
        self.send(mouse("press", 100, -50), mouse("release", 100, -50))
        self.assertEqual(self.log, [("screen", 100, 50)])
        self.log.clear()
        self.send(mouse("press", 3, -4), mouse("move", 30, -40), mouse("move", 60, -40, 0),
                  mouse("release", 30, -40))
        self.assertEqual(self.log, [("turtle", 3, 4), ("screen", 3, 4), ("drag", 30, 40), ("release", 30, 40)])
        self.assertEqual(t.pos(), (30, 40))
        s.onclick(None)
        t.onclick(lambda x, y: self.log.append("added"), add=True)
        self.log.clear()
        self.send(mouse("press", 30, -40))
        self.assertEqual(self.log, [("turtle", 30, 40), "added"])
        s.onclick(lambda x, y: self.log.append(("right", x, y)), 3)
        self.send(mouse("press", 0, 0, 3))
        self.assertEqual(self.log[-1], ("right", 0, 0))

    def test_world_coordinates_clicks(self):
        s = self.screen
        s.setup(400, 300)
        s.setworldcoordinates(0, 0, 38, 28)  # 10 canvas pixels per unit
        s.onclick(lambda x, y: self.log.append((x, y)))
        self.send(mouse("press", 50, -70))
        self.assertEqual(self.log, [(5, 7)])

    def test_callback_errors_are_printed(self):
        s = self.screen
        s.onclick(lambda x, y: 1 / 0)
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            self.send(mouse("press", 0, 0))
        self.assertIn("Exception in Tkinter callback", err.getvalue())
        self.assertIn("ZeroDivisionError", err.getvalue())

    def test_timers(self):
        s = self.screen
        s.ontimer(lambda: self.log.append("b"), 200)
        s.ontimer(lambda: self.log.append("a"), 100)
        s.ontimer(lambda: self.log.append("now"))
        s.update()
        self.assertEqual(self.log, ["now"])
        self.backend.stop_at = 0.25
        with self.assertRaises(_backend.Idle):
            s.mainloop()
        self.assertEqual(self.log, ["now", "a", "b"])

    def test_mainloop_ends_with_bye_and_close(self):
        s = self.screen
        backend = self.backend  # (after bye, Screen() makes a new screen and backend)
        s.onclick(lambda x, y: s.bye())
        backend.inject(mouse("press", 0, 0), delay=5)
        s.mainloop()
        self.assertEqual(backend.clock, 5)
        self.assertTrue(backend.scene.closed)
        self.assertFalse(turtle.TurtleScreen._RUNNING)
        with self.assertRaises(turtle.Terminator):
            turtle.forward(10)
        turtle.forward(10)  # the next call makes a new screen
        s2 = turtle.Screen()
        self.assertIsNot(s2, s)
        s2.cv.backend.inject({"kind": "TurtleClose"}, delay=1)
        s2.mainloop()
        self.assertTrue(s2.cv.backend.scene.closed)

    def test_exitonclick(self):
        s = self.screen
        backend = self.backend
        backend.inject(mouse("press", 10, 10), delay=2)
        s.exitonclick()
        self.assertTrue(backend.scene.closed)

    def test_dialogs(self):
        self.backend.answers.extend(["Ada", "x", "50", "7", None])
        s = self.screen
        self.assertEqual(s.textinput("Name", "Your name?"), "Ada")
        self.assertEqual(s.numinput("N", "Sides?", 5, minval=3, maxval=12), 7.0)
        asked = self.backend.asked
        self.assertEqual(asked[0], {"title": "Name", "prompt": "Your name?", "number": False, "default": "",
                                    "error": ""})
        self.assertEqual([a["error"] for a in asked[1:]],
                         ["", "Not a floating-point value.\nPlease try again",
                          "The allowed maximum value is 12. Please try again."])
        self.assertEqual(asked[1]["default"], "5")
        self.assertIsNone(turtle.textinput("t", "cancel"))


if __name__ == "__main__":
    unittest.main()
