"""What a drawing sends: merged lines, dots, fills, text, world coordinates, frames and animation timing."""
import unittest

from .support import TurtleCase, turtle


class DrawingTest(TurtleCase):
    def test_first_ops_set_up_the_screen(self):
        turtle.Turtle()
        kinds = [op["op"] for op in self.backend.ops[:5]]
        self.assertEqual(kinds[:3], ["canvas", "clear", "bgcolor"])
        self.assertIn("window", kinds)
        self.assertEqual(self.backend.scene.window["width"], 640)  # half of the 1280x1024 virtual display

    def test_segments_extend_one_line(self):
        s = turtle.Screen()
        s.tracer(0)
        t = turtle.Turtle()
        for i in range(10):
            t.forward(10)
            t.left(36)
        s.update()
        lines = [i for i in self.items("line") if len(i["points"]) > 1]
        self.assertEqual(len(lines), 1)
        self.assertEqual(len(lines[0]["points"]), 11)
        s.tracer(1)
        n = len(self.ops())
        t.speed(0)
        t.forward(10)
        new = [op["op"] for op in self.backend.ops[n:]]
        self.assertIn("extend", new)
        self.assertNotIn("line", new)

    def test_lines_chunk_at_42_points_and_pen_changes(self):
        s = turtle.Screen()
        s.tracer(0)
        t = turtle.Turtle()
        for _ in range(50):
            t.forward(2)
        t.pencolor("red")
        t.forward(2)
        s.update()
        lines = [i for i in self.items("line") if len(i["points"]) > 1]
        self.assertEqual([len(line["points"]) for line in lines], [43, 9, 2])
        self.assertEqual([line["color"] for line in lines], ["#000000", "#000000", "#ff0000"])

    def test_dot_fill_text(self):
        t = turtle.Turtle()
        t.speed(0)
        t.dot(20, "blue")
        dots = [d for d in self.items("dot") if d["color"]]
        self.assertEqual([(d["size"], d["color"]) for d in dots], [(20.0, "#0000ff")])
        t.color("black", "yellow")
        t.begin_fill()
        for _ in range(5):
            t.forward(100)
            t.right(144)
        t.end_fill()
        shape = self.backend.scene.items[t.turtle._item]
        fills = [p for p in self.items("poly") if p["fill"] == "#ffff00" and p is not shape]
        self.assertEqual(len(fills), 1)
        self.assertEqual(len(fills[0]["points"]), 6)
        order = list(self.backend.scene.items)
        fill_id = [k for k, v in self.backend.scene.items.items() if v is fills[0]][0]
        star_line = [k for k, v in self.backend.scene.items.items() if v["kind"] == "line" and
                     len(v["points"]) == 6][0]
        self.assertLess(order.index(fill_id), order.index(star_line))  # outline above its fill, as in Tk
        t.write("Hi", align="center", font=("Courier", 12, "bold"))
        text = self.items("text")[0]
        self.assertEqual((text["text"], text["anchor"], text["font"]["weight"]), ("Hi", "s", "bold"))
        self.assertAlmostEqual(text["x"], t.xcor() - 1, places=3)

    def test_write_move_uses_text_width(self):
        t = turtle.Turtle()
        t.speed(0)
        t.write("Hello world", move=True)
        self.assertEqual(t.xcor(), 52)  # as Tk: Arial 8 pt is 11 px, "Hello world" 53 px wide, from x - 1
        t.home()
        t.write("", move=True)
        self.assertEqual(t.xcor(), -1)

    def test_world_coordinates(self):
        s = turtle.Screen()
        s.setup(400, 300)
        s.setworldcoordinates(0, 0, 10, 5)
        canvas = self.backend.scene.canvas
        self.assertEqual((canvas["width"], canvas["height"]), (380, 280))
        self.assertAlmostEqual(canvas["xscale"], 38)
        self.assertAlmostEqual(canvas["yscale"], 56)
        self.assertEqual(canvas["region"], [0.0, -280.0, 380.0, 0.0])
        t = turtle.Turtle()
        t.speed(0)
        t.goto(10, 5)
        line = [i for i in self.items("line") if len(i["points"]) > 1][0]
        self.assertEqual(line["points"], [[0, 0], [10, 5]])  # items keep world coordinates
        s.mode("standard")
        self.assertEqual(self.backend.scene.canvas["xscale"], 1.0)

    def test_hidden_turtle_draws_nothing_of_itself(self):
        t = turtle.Turtle(visible=False)
        item = self.backend.scene.items[t.turtle._item]
        self.assertIsNone(item["fill"])
        self.assertIsNone(item["outline"])

    def test_clear_reset_clearscreen(self):
        s = turtle.Screen()
        t = turtle.Turtle()
        t.speed(0)
        t.forward(50)
        t.stamp()
        t.clear()
        self.assertEqual([i for i in self.items("line") if len(i["points"]) > 1], [])
        t.forward(10)
        t.reset()
        self.assertEqual(t.pos(), (0, 0))
        s.clearscreen()
        self.assertEqual(s.turtles(), [])
        self.assertEqual(len(self.backend.scene.items), 0)
        self.assertEqual(self.backend.scene.bgcolor, "#ffffff")


class TimingTest(TurtleCase):
    """Animation keeps CPython's steps: one frame and one delay per update."""

    def setUp(self):
        super().setUp()
        self.t = turtle.Turtle()
        self.backend.sleeps.clear()

    def test_forward_steps_at_each_speed(self):
        for speed, distance in ((1, 100), (3, 100), (6, 37), (10, 250)):
            self.backend.sleeps.clear()
            self.t.speed(speed)
            self.backend.sleeps.clear()
            self.t.forward(distance)
            hops = 1 + int(distance / (3 * 1.1 ** speed * speed))
            self.assertEqual(len(self.backend.sleeps), hops, speed)
            self.assertTrue(all(s == 0.01 for s in self.backend.sleeps))

    def test_turn_steps(self):
        self.t.speed(3)
        self.backend.sleeps.clear()
        self.t.left(90)
        self.assertEqual(len(self.backend.sleeps), 1 + (1 + int(90 / 9)))

    def test_speed_zero_still_waits_the_delay(self):
        self.t.speed(0)
        self.backend.sleeps.clear()
        self.t.forward(100)
        self.t.left(90)
        self.assertEqual(self.backend.sleeps, [0.01, 0.01])

    def test_tracer_and_delay(self):
        s = turtle.Screen()
        s.tracer(0)
        self.backend.sleeps.clear()
        frames = self.backend.scene.frames
        for _ in range(100):
            self.t.forward(5)
            self.t.left(10)
        self.assertEqual(self.backend.sleeps, [])
        self.assertEqual(self.backend.scene.frames, frames)
        s.update()
        self.assertEqual(self.backend.scene.frames, frames + 1)
        s.tracer(1, 0)
        self.backend.sleeps.clear()
        self.t.forward(100)
        self.assertEqual(self.backend.sleeps, [])
        s.delay(25)
        self.t.speed(0)
        self.backend.sleeps.clear()
        self.t.forward(1)
        self.assertEqual(self.backend.sleeps, [0.025])

    def test_tracer_n_updates_every_nth(self):
        s = turtle.Screen()
        s.tracer(4)
        self.t.speed(0)
        frames = self.backend.scene.frames
        for _ in range(8):
            self.t.forward(5)
        self.assertEqual(self.backend.scene.frames - frames, 2)

    def test_no_animation(self):
        s = turtle.Screen()
        with s.no_animation():
            self.assertEqual(s.tracer(), 0)
            self.t.circle(50)
        self.assertEqual(s.tracer(), 1)
        self.assertEqual(self.backend.sleeps, [])


if __name__ == "__main__":
    unittest.main()
