"""The undo buffer: the ring's own behaviour and what undo() restores."""
import unittest

from .support import TurtleCase, turtle
from turtle._undo import Tbuffer  # noqa: E402


class RingTest(unittest.TestCase):
    def test_push_pop(self):
        b = Tbuffer(3)
        self.assertEqual(b.nr_of_items(), 0)
        for i in range(5):
            b.push(("x", i))
        self.assertEqual(b.nr_of_items(), 3)  # the oldest were overwritten
        self.assertEqual([b.pop() for _ in range(3)], [("x", 4), ("x", 3), ("x", 2)])
        self.assertEqual(b.nr_of_items(), 0)
        self.assertEqual(b.pop(), [None])  # popping an empty slot gives the empty marker, as in CPython

    def test_cumulate(self):
        b = Tbuffer(5)
        b.push(["seq"])
        b.cumulate = True
        b.push(("a",))
        b.push(("b",))
        b.cumulate = False
        b.push(("c",))
        self.assertEqual(b.nr_of_items(), 2)
        b.pop()
        self.assertEqual(b.pop(), ["seq", ("a",), ("b",)])

    def test_remove(self):
        b = Tbuffer(4)
        for item in (("go", 1), ("stamp", 7), ("go", 2)):
            b.push(item)
        b.remove(("stamp", 7))
        self.assertEqual(b.nr_of_items(), 2)
        self.assertEqual(b.pop(), ("go", 2))
        self.assertEqual(b.pop(), ("go", 1))
        b.remove(("stamp", 99))  # not there: nothing happens

    def test_reset(self):
        b = Tbuffer(2)
        b.push(1)
        b.reset()
        self.assertEqual(b.nr_of_items(), 0)
        b.reset(5)
        self.assertEqual(b.bufsize, 5)


class UndoTest(TurtleCase):
    def setUp(self):
        super().setUp()
        self.t = turtle.Turtle()
        self.t.speed(0)

    def test_entries_per_action(self):
        t = self.t
        base = t.undobufferentries()
        for action, n in ((lambda: t.forward(10), 1), (lambda: t.left(10), 1), (lambda: t.circle(20), 1),
                          (lambda: t.dot(), 1), (lambda: t.write("x"), 1), (lambda: t.stamp(), 1),
                          (lambda: t.pencolor("red"), 1), (lambda: t.pencolor("red"), 0),
                          (lambda: t.penup(), 1), (lambda: t.penup(), 0), (lambda: t.begin_fill(), 1),
                          (lambda: t.end_fill(), 0), (lambda: t.speed(3), 1), (lambda: t.write("y", True), 1)):
            action()
            self.assertEqual(t.undobufferentries() - base, n)
            base = t.undobufferentries()

    def test_undo_restores(self):
        t = self.t
        t.forward(50)
        t.left(90)
        t.pencolor("red")
        t.forward(30)
        t.circle(10)
        t.undo()
        t.undo()
        self.assertPoint(t.pos(), (50, 0))
        self.assertEqual(t.pencolor(), "red")
        t.undo()
        self.assertEqual(t.pencolor(), "black")
        t.undo()
        self.assertEqual(t.heading(), 0)
        t.undo()
        self.assertPoint(t.pos(), (0, 0))
        self.assertEqual(self.visible_lines(), [])

    def visible_lines(self):
        return [i["points"] for i in self.items("line") if i["color"] and len(i["points"]) >= 2]

    def test_undo_text_stamp_dot_fill(self):
        t = self.t
        t.write("hello")
        sid = t.stamp()
        t.dot(10, "red")
        t.begin_fill()
        t.circle(20)
        t.end_fill()
        self.assertEqual(len(self.items("text")), 1)
        self.assertEqual(len(self.items("dot")), 1)
        while t.undobufferentries():
            t.undo()
        self.assertEqual(self.items("text"), [])
        self.assertEqual([d for d in self.items("dot") if d["color"]], [])
        self.assertNotIn(sid, self.backend.scene.items)
        self.assertEqual([p for p in self.items("poly") if p["fill"] and p["points"][0] != [0, 0]], [])
        self.assertEqual(self.visible_lines(), [])

    def test_clearstamp_fixes_the_buffer(self):
        t = self.t
        base = t.undobufferentries()
        a = t.stamp()
        t.forward(10)
        b = t.stamp()
        self.assertEqual(t.undobufferentries(), base + 3)
        t.clearstamp(a)
        self.assertEqual(t.undobufferentries(), base + 2)
        t.undo()  # the stamp b
        self.assertNotIn(b, self.backend.scene.items)
        t.undo()  # the move
        self.assertPoint(t.pos(), (0, 0))

    def test_no_buffer(self):
        t = self.t
        t.setundobuffer(None)
        self.assertEqual(t.undobufferentries(), 0)
        t.forward(10)
        t.undo()
        self.assertPoint(t.pos(), (10, 0))
        with self.assertRaises(AttributeError):  # as in CPython
            t.stamp()

    def test_poly_undo(self):
        t = self.t
        t.begin_poly()
        t.forward(10)
        t.left(90)
        t.forward(10)
        t.undo()
        self.assertEqual(len(t.get_poly()), 2)
        t.undo()
        t.undo()
        self.assertEqual(t.get_poly(), ((0, 0),))  # the first vertex stays, as in CPython


if __name__ == "__main__":
    unittest.main()
