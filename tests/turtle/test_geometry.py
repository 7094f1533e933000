"""Vec2D and the navigator: positions, headings, angle units, modes, circles (pure logic)."""
import math
import unittest

from .support import TurtleCase, turtle

Vec2D = turtle.Vec2D


class Vec2DTest(unittest.TestCase):
    def test_arithmetic(self):
        a, b = Vec2D(1, 2), Vec2D(3, -1)
        self.assertEqual(a + b, (4, 1))
        self.assertEqual(a - b, (-2, 3))
        self.assertEqual(a * b, 1)
        self.assertEqual(a * 2, (2, 4))
        self.assertEqual(3 * a, (3, 6))
        self.assertEqual(-a, (-1, -2))
        self.assertEqual(abs(Vec2D(3, 4)), 5)
        self.assertIsInstance(a + b, Vec2D)
        self.assertEqual(repr(Vec2D(1, -2.345)), "(1.00,-2.35)")
        self.assertIs(a.__rmul__("x"), NotImplemented)

    def test_rotate(self):
        v = Vec2D(1, 0).rotate(90)
        self.assertAlmostEqual(v[0], 0)
        self.assertAlmostEqual(v[1], 1)
        self.assertAlmostEqual(abs(Vec2D(3, 4).rotate(33)), 5)

    def test_pickle_and_copy(self):
        import copy
        import pickle
        v = Vec2D(1.5, 2)
        self.assertEqual(pickle.loads(pickle.dumps(v)), v)
        self.assertIsInstance(copy.deepcopy(v), Vec2D)


class NavigatorTest(TurtleCase):
    def setUp(self):
        super().setUp()
        self.t = turtle.Turtle()
        self.t.speed(0)
        turtle.Screen().tracer(0)

    def test_forward_turns(self):
        t = self.t
        t.forward(100)
        t.left(90)
        t.forward(50)
        self.assertPoint(t.pos(), (100, 50))
        self.assertEqual(t.heading(), 90.0)
        t.right(135)
        self.assertEqual(t.heading(), 315.0)
        t.back(10)
        self.assertPoint(t.pos(), (100 - 10 * math.cos(math.radians(45)), 50 + 10 * math.sin(math.radians(45))))

    def test_goto_forms(self):
        t = self.t
        t.goto(10, 20)
        self.assertEqual(t.pos(), (10, 20))
        t.setpos((30, 40))
        self.assertEqual(t.position(), (30, 40))
        t.setposition(Vec2D(5, 6))
        t.setx(-1)
        t.sety(-2)
        self.assertEqual((t.xcor(), t.ycor()), (-1, -2))
        with self.assertRaises(TypeError):
            t.goto(5)

    def test_distance_towards(self):
        t = self.t
        t.goto(10, 10)
        self.assertEqual(t.towards(0, 0), 225.0)
        self.assertAlmostEqual(t.distance(0, 0), math.sqrt(200))
        other = turtle.Turtle()
        self.assertAlmostEqual(t.distance(other), math.sqrt(200))
        self.assertAlmostEqual(t.distance((13, 14)), 5)
        with self.assertRaises(UnboundLocalError):
            t.distance([1, 2])

    def test_setheading_takes_the_short_way(self):
        t = self.t
        t.setheading(350)
        self.assertEqual(t.heading(), 350.0)
        t.setheading(10)
        self.assertAlmostEqual(t.heading(), 10.0)
        entries = [e for e in t.undobuffer.buffer if e != [None]]
        self.assertEqual(entries[-1][0], "rot")
        self.assertAlmostEqual(entries[-1][1], 20.0)  # not -340

    def test_logo_mode(self):
        turtle.Screen().mode("logo")
        t = self.t
        self.assertEqual(t.heading(), 0.0)
        t.forward(10)
        self.assertPoint(t.pos(), (0, 10))
        t.right(90)
        self.assertEqual(t.heading(), 90.0)
        t.forward(10)
        self.assertPoint(t.pos(), (10, 10))
        self.assertEqual(t.towards(0, 0), 225.0)

    def test_angle_units(self):
        t = self.t
        t.left(90)
        t.radians()
        self.assertAlmostEqual(t.heading(), math.pi / 2)
        t.left(math.pi / 2)
        self.assertAlmostEqual(t.heading(), math.pi)
        t.degrees(400)
        self.assertAlmostEqual(t.heading(), 200)
        t.degrees()
        self.assertAlmostEqual(t.heading(), 180)

    def test_circle(self):
        t = self.t
        t.circle(50)
        self.assertPoint(t.pos(), (0, 0), places=5)
        self.assertAlmostEqual(t.heading() % 360, 0, places=5)
        t.circle(50, 180)
        self.assertPoint(t.pos(), (0, 100), places=5)
        self.assertAlmostEqual(t.heading(), 180)
        t.circle(-50, 90)
        self.assertAlmostEqual(t.heading(), 90)
        t.home()
        t.clear()
        t.circle(30, steps=6)
        self.assertEqual(len(t.currentLine), 7)  # a hexagon: six sides in the current line
        self.assertPoint(t.currentLine[3], (0, 60), places=5)
        # default steps: 1 + int(min(11 + r/6, 59) * frac)
        t.clear()
        t.circle(60, 90)
        self.assertEqual(len(t.currentLine) - 1, 1 + int(min(11 + 60 / 6, 59) * 0.25))

    def test_home_teleport(self):
        t = self.t
        t.goto(5, 5)
        t.left(33)
        t.home()
        self.assertEqual((t.pos(), t.heading()), ((0, 0), 0.0))
        t.teleport(7, 8)
        self.assertEqual(t.pos(), (7, 8))
        t.teleport(y=1)
        self.assertEqual(t.pos(), (7, 1))
        self.assertTrue(t.isdown())


if __name__ == "__main__":
    unittest.main()
