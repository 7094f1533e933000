"""The module's surface: names, signatures, the singleton screen, 3.14's additions, save(), the runner hooks."""
import inspect
import os
import tempfile
import unittest

from .support import TurtleCase, turtle
from turtle import _pyroom  # noqa: E402

ALL_313 = ['ScrolledCanvas', 'TurtleScreen', 'Screen', 'RawTurtle', 'Turtle', 'RawPen', 'Pen', 'Shape', 'Vec2D',
           'addshape', 'bgcolor', 'bgpic', 'bye', 'clearscreen', 'colormode', 'delay', 'exitonclick', 'getcanvas',
           'getshapes', 'listen', 'mainloop', 'mode', 'numinput', 'onkey', 'onkeypress', 'onkeyrelease',
           'onscreenclick', 'ontimer', 'register_shape', 'resetscreen', 'screensize', 'setup',
           'setworldcoordinates', 'textinput', 'title', 'tracer', 'turtles', 'update', 'window_height',
           'window_width', 'back', 'backward', 'begin_fill', 'begin_poly', 'bk', 'circle', 'clear', 'clearstamp',
           'clearstamps', 'clone', 'color', 'degrees', 'distance', 'dot', 'down', 'end_fill', 'end_poly', 'fd',
           'fillcolor', 'filling', 'forward', 'get_poly', 'getpen', 'getscreen', 'get_shapepoly', 'getturtle',
           'goto', 'heading', 'hideturtle', 'home', 'ht', 'isdown', 'isvisible', 'left', 'lt', 'onclick', 'ondrag',
           'onrelease', 'pd', 'pen', 'pencolor', 'pendown', 'pensize', 'penup', 'pos', 'position', 'pu', 'radians',
           'right', 'reset', 'resizemode', 'rt', 'seth', 'setheading', 'setpos', 'setposition', 'setundobuffer',
           'setx', 'sety', 'shape', 'shapesize', 'shapetransform', 'shearfactor', 'showturtle', 'speed', 'st',
           'stamp', 'teleport', 'tilt', 'tiltangle', 'towards', 'turtlesize', 'undo', 'undobufferentries', 'up',
           'width', 'write', 'xcor', 'ycor', 'write_docstringdict', 'done', 'Terminator']
ADDED_314 = ['no_animation', 'save', 'fill', 'poly']


class NamesTest(unittest.TestCase):
    def test_all(self):
        self.assertEqual(len(ALL_313), 122)
        self.assertEqual(set(turtle.__all__), set(ALL_313) | set(ADDED_314))
        for name in turtle.__all__:
            self.assertTrue(hasattr(turtle, name), name)
        ns = {}
        exec("from turtle import *", ns)
        self.assertTrue(set(turtle.__all__) <= set(ns))

    def test_signatures_mirror_the_methods(self):
        for name in turtle._tg_turtle_functions:
            method = inspect.signature(getattr(turtle.Turtle, name))
            self.assertEqual(str(inspect.signature(getattr(turtle, name))),
                             str(method.replace(parameters=list(method.parameters.values())[1:])), name)
        self.assertEqual(str(inspect.signature(turtle.write)),
                         "(arg, move=False, align='left', font=('Arial', 8, 'normal'))")
        self.assertEqual(str(inspect.signature(turtle.setup)),
                         "(width=0.5, height=0.75, startx=None, starty=None)")
        self.assertIs(turtle.done, turtle.mainloop)

    def test_type_errors_name_the_function(self):
        with self.assertRaises(TypeError) as cm:
            turtle.forward()
        self.assertEqual(str(cm.exception), "forward() missing 1 required positional argument: 'distance'")
        with self.assertRaises(TypeError) as cm:
            turtle.RawTurtle.stamp(None, 1)
        self.assertIn("RawTurtle.stamp()", str(cm.exception))
        with self.assertRaises(TypeError) as cm:
            turtle.TNavigator.forward(None)
        self.assertIn("TNavigator.forward()", str(cm.exception))

    def test_classes_look_like_cpythons(self):
        self.assertEqual(turtle.Turtle.__module__, "turtle")
        self.assertIs(turtle.Pen, turtle.Turtle)
        self.assertIs(turtle.RawPen, turtle.RawTurtle)
        self.assertTrue(issubclass(turtle.RawTurtle, (turtle.TPen, turtle.TNavigator)))
        self.assertFalse(hasattr(turtle.RawTurtle, "settiltangle"))  # removed in 3.13


class ScreenTest(TurtleCase):
    def test_singleton(self):
        s = turtle.Screen()
        self.assertIs(turtle.Screen(), s)
        t = turtle.Turtle()
        self.assertIs(t.getscreen(), s)
        self.assertEqual(s.turtles(), [t])
        turtle.forward(1)  # the anonymous turtle
        self.assertEqual(len(s.turtles()), 2)
        self.assertIs(turtle.getturtle(), s.turtles()[1])
        self.assertIsInstance(s.getcanvas(), turtle.ScrolledCanvas)

    def test_rawturtle_on_canvas_and_screen(self):
        cv = turtle.ScrolledCanvas(None, 300, 200, 300, 200)
        a = turtle.RawTurtle(cv)
        b = turtle.RawTurtle(cv)
        self.assertIs(a.screen, b.screen)
        ts = turtle.TurtleScreen(turtle.ScrolledCanvas())
        c = turtle.RawTurtle(ts)
        self.assertIs(c.screen, ts)
        with self.assertRaises(turtle.TurtleGraphicsError):
            turtle.RawTurtle("canvas")

    def test_314_context_managers(self):
        t = turtle.Turtle()
        t.speed(0)
        with t.fill():
            self.assertTrue(t.filling())
            t.circle(10)
        self.assertFalse(t.filling())
        with t.poly():
            t.forward(10)
            t.left(90)
            t.forward(10)
        self.assertEqual(len(t.get_poly()), 3)
        with turtle.fill():
            turtle.forward(5)
        with turtle.no_animation():
            self.assertEqual(turtle.tracer(), 0)

    def test_save(self):
        t = turtle.Turtle()
        t.speed(0)
        t.forward(50)
        t.write("hi")
        folder = tempfile.mkdtemp()
        path = os.path.join(folder, "drawing.eps")
        turtle.save(path)
        with open(path) as f:
            text = f.read()
        self.assertTrue(text.startswith("%!PS-Adobe-3.0 EPSF-3.0"))
        self.assertIn("lineto", text)
        self.assertIn("(hi) show", text)
        with self.assertRaises(FileExistsError):
            turtle.save(path)
        turtle.save(path, overwrite=True)
        with self.assertRaises(ValueError):
            turtle.save(os.path.join(folder, "drawing.png"))
        with self.assertRaises(FileNotFoundError):
            turtle.save(os.path.join(folder, "missing", "d.ps"))
        self.assertIn("%%BoundingBox", turtle.getcanvas().postscript())

    def test_svg_reference(self):
        from turtle import _export
        t = turtle.Turtle()
        t.speed(0)
        t.color("red", "yellow")
        with t.fill():
            t.circle(20)
        t.dot(9, "blue")
        t.write("<a&b>")
        svg = _export.svg(turtle.Screen().cv.backend.scene)
        self.assertIn('fill-rule="evenodd"', svg)
        self.assertIn("&lt;a&amp;b&gt;", svg)
        self.assertIn('<circle', svg)

    def test_setup_and_sizes(self):
        s = turtle.Screen()
        self.assertEqual((s.window_width(), s.window_height()), (640, 768))
        s.setup(500, 400)
        self.assertEqual((s.window_width(), s.window_height()), (500, 400))
        s.setup(0.25, 0.5)
        self.assertEqual((s.window_width(), s.window_height()), (320, 512))
        self.assertEqual(s.screensize(), (400, 300))
        s.screensize(800, 600, "yellow")
        self.assertEqual(s.screensize(), (800, 600))
        self.assertEqual(self.backend.scene.bgcolor, "#ffff00")
        s.title("Hello")
        self.assertEqual(self.backend.scene.window["title"], "Hello")


class ProgramErrorsTest(TurtleCase):
    def test_values_tk_would_refuse_raise_turtle_errors(self):
        cases = [(lambda: turtle.write("x", font=("Arial", "big")), 'expected integer but got "big"'),
                 (lambda: turtle.write("x", font=("Arial", 8, "wobbly")), 'unknown font style "wobbly"'),
                 (lambda: turtle.screensize(bg="nocolour"), 'unknown color name "nocolour"')]
        for func, message in cases:
            with self.assertRaises(turtle.TurtleGraphicsError) as cm:
                func()
            self.assertEqual(str(cm.exception), message)
        self.assertEqual(turtle.getcanvas().bg, "white")
        with self.assertRaises(KeyError):
            turtle.write("x", align="middle")


class HooksTest(TurtleCase):
    def test_new_run_forgets_the_screen(self):
        s = turtle.Screen()
        turtle.forward(10)
        _pyroom.new_run()
        self.assertIsNot(turtle.Screen(), s)
        self.assertEqual(turtle.Screen().turtles(), [])

    def test_a_new_main_module_is_a_new_run(self):
        import sys
        import types
        s = turtle.Screen()
        turtle.forward(10)
        old = sys.modules["__main__"]
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            self.assertIsNot(turtle.Screen(), s)
            self.assertEqual(turtle.Screen().turtles(), [])
        finally:
            sys.modules["__main__"] = old

    def test_end_run_shows_pending_drawing(self):
        s = turtle.Screen()
        s.tracer(0)
        turtle.forward(10)
        frames = self.backend.scene.frames
        _pyroom.end_run()
        self.assertEqual(self.backend.scene.frames, frames + 1)

    def test_dispatch(self):
        s = turtle.Screen()
        log = []
        s.onclick(lambda x, y: log.append((x, y)))
        _pyroom.dispatch({"kind": "TurtleMouse", "action": "press", "button": 1, "x": 5, "y": -6})
        self.assertEqual(log, [(5, 6)])


if __name__ == "__main__":
    unittest.main()
