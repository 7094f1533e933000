"""Colour strings as Tk parses them, and the turtle's colour arguments (tuples, colormode, errors)."""
import unittest

from . import tk_colour_samples
from .support import TurtleCase, turtle
from turtle import _colors, _tkcolors  # noqa: E402


class TkColourTest(unittest.TestCase):
    def test_agrees_with_real_tk(self):
        for text, want in tk_colour_samples.SAMPLES.items():
            with self.subTest(text=text):
                got = _colors.to_hex(text) if _colors.is_color(text) else None
                self.assertEqual(got, want)

    def test_names_case_insensitive(self):
        self.assertEqual(_colors.to_hex("Red"), "#ff0000")
        self.assertEqual(_colors.to_hex("LightGoldenrodYellow"), "#fafad2")
        self.assertEqual(_colors.to_hex("light goldenrod yellow"), "#fafad2")
        self.assertEqual(_colors.to_hex("GRAY50"), "#7f7f7f")
        self.assertIsNone(_colors.to_hex(""))
        with self.assertRaises(ValueError):
            _colors.to_hex("reddish")

    def test_table_is_the_whole_x11_list(self):
        self.assertGreater(len(_tkcolors.COLORS), 700)
        for name in ("rebeccapurple", "crimson", "navajowhite3", "gray0", "grey100", "dark slate gray"):
            self.assertIn(name, _tkcolors.COLORS)
        self.assertTrue(all(k == k.lower() for k in _tkcolors.COLORS))


class TurtleColourTest(TurtleCase):
    def setUp(self):
        super().setUp()
        self.t = turtle.Turtle()
        self.t.speed(0)

    def test_forms(self):
        t = self.t
        t.pencolor("brown")
        self.assertEqual(t.pencolor(), "brown")
        t.pencolor((0.2, 0.8, 0.55))
        self.assertEqual(t.pen()["pencolor"], "#33cc8c")
        self.assertAlmostEqual(t.pencolor()[1], 0.8)
        t.fillcolor(0, 0.5, 0)
        self.assertEqual(t.pen()["fillcolor"], "#008000")
        t.color("red", "green")
        self.assertEqual(t.color(), ("red", "green"))
        t.color((1, 0, 0))
        self.assertEqual(t.color(), ((1.0, 0.0, 0.0), (1.0, 0.0, 0.0)))
        turtle.colormode(255)
        t.color((40, 80, 120), (160, 200, 240))
        self.assertEqual(t.pen()["pencolor"], "#285078")
        self.assertEqual(t.color(), ((40.0, 80.0, 120.0), (160.0, 200.0, 240.0)))

    def test_errors(self):
        t = self.t
        cases = [(("notacolor",), "bad color string: notacolor"), (((1, 2, 3),), "bad color sequence: (1, 2, 3)"),
                 ((1, 2), "bad color arguments: (1, 2)"), (("#12",), "bad color string: #12")]
        for args, message in cases:
            with self.subTest(args=args):
                with self.assertRaises(turtle.TurtleGraphicsError) as cm:
                    t.pencolor(*args)
                self.assertEqual(str(cm.exception), message)
        with self.assertRaises(turtle.TurtleGraphicsError):
            turtle.Screen().bgcolor("blurple")

    def test_colormode(self):
        s = turtle.Screen()
        self.assertEqual(s.colormode(), 1.0)
        s.colormode(255)
        self.assertEqual(s.colormode(), 255)
        self.assertIsInstance(s.colormode(), int)
        s.colormode(7)  # ignored, as CPython does
        self.assertEqual(s.colormode(), 255)
        s.colormode(1)
        self.assertIsInstance(s.colormode(), float)

    def test_ops_get_hex(self):
        t = self.t
        t.pencolor("Navy")
        t.forward(10)
        t.pencolor("#f80")
        t.forward(10)
        colours = [item["color"] for item in self.items("line") if len(item["points"]) >= 2]
        self.assertEqual(colours, ["#000080", "#ff8800"])

    def test_bgcolor(self):
        s = turtle.Screen()
        s.bgcolor("orange")
        self.assertEqual(s.bgcolor(), "orange")
        self.assertEqual(self.backend.scene.bgcolor, "#ffa500")
        s.bgcolor(0.5, 0, 0.5)
        self.assertEqual(s.bgcolor(), (128 / 255, 0.0, 128 / 255))


if __name__ == "__main__":
    unittest.main()
