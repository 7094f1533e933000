"""The op schema (loose input in, strict data out), the send queue's merging, and the scene that applies ops."""
import json
import unittest

from .support import turtle  # noqa: F401  (puts shims/ first)
from turtle import _ops, _scene  # noqa: E402
from turtle._ops import OpError, make  # noqa: E402


class SchemaTest(unittest.TestCase):
    def test_loose_to_strict(self):
        op = make("line", id=3, points=((0, 1), turtle.Vec2D(2.5, -3)), color="Red", width=2)
        self.assertEqual(op, {"op": "line", "id": 3, "points": [[0.0, 1.0], [2.5, -3.0]], "color": "#ff0000",
                              "width": 2.0})
        self.assertEqual(make("poly", id=1, points=[], fill="", outline="#ABC", width=1)["outline"], "#aabbcc")
        self.assertEqual(json.loads(json.dumps(op)), op)

    def test_rejects(self):
        bad = [("line", dict(id=-1, points=[], color=None, width=1)),
               ("line", dict(id=1, points=[(0, 0)], color="nocolour", width=1)),
               ("line", dict(id=1, points=[(0,)], color=None, width=1)),
               ("line", dict(id=1, points=[(0, float("nan"))], color=None, width=1)),
               ("line", dict(id=True, points=[], color=None, width=1)),
               ("line", dict(id=1, points="ab", color=None, width=1)),
               ("line", dict(id=1, points=[], color=None)),
               ("line", dict(id=1, points=[], color=None, width=1, extra=2)),
               ("extend", dict(id=1, points=[])),
               ("bgcolor", dict(color="")),
               ("text", dict(id=1, x=0, y=0, text="a", color=None, anchor="n", font=("Arial", 8))),
               ("nonsense", {})]
        for kind, fields in bad:
            with self.subTest(kind=kind, fields=fields):
                with self.assertRaises(OpError):
                    make(kind, **fields)

    def test_every_kind_round_trips_through_check(self):
        samples = {
            "canvas": dict(width=400, height=300, xscale=1, yscale=1, region=(-200, -150, 200, 150)),
            "window": dict(width=640, height=480, title="t"), "bgcolor": dict(color="white"),
            "bgpic": dict(image=None), "image": dict(image=1, format="gif", width=1, height=1, data=""),
            "line": dict(id=1, points=[(0, 0), (1, 1)], color="red", width=1),
            "extend": dict(id=1, points=[(2, 2)]), "truncate": dict(id=1, length=2),
            "poly": dict(id=2, points=[(0, 0)] * 3, fill=None, outline=None, width=1),
            "dot": dict(id=3, x=0, y=0, size=5, color="blue"),
            "text": dict(id=4, x=0, y=0, text="hi", color="black", anchor="sw", font=("Arial", 8, "normal")),
            "picture": dict(id=5, x=0, y=0, image=None), "raise": dict(id=1), "delete": dict(ids=[1, 2]),
            "clear": {}, "focus": {}, "frame": {}, "bye": {},
        }
        self.assertEqual(set(samples), set(_ops.OPS))
        for kind, fields in samples.items():
            op = make(kind, **fields)
            self.assertEqual(_ops.check(json.loads(json.dumps(op))), op)

    def test_fonts(self):
        f = _ops.font_from_tk(("Arial", 12, "bold italic"))
        self.assertEqual(f, {"family": "Arial", "size": 16.0, "weight": "bold", "slant": "italic",
                             "underline": False, "overstrike": False})
        self.assertEqual(_ops.font_from_tk("{Times New Roman} -20 underline")["family"], "Times New Roman")
        self.assertEqual(_ops.font_from_tk("{Times New Roman} -20 underline")["size"], 20.0)
        self.assertTrue(_ops.font_from_tk(("Courier", 10, "overstrike"))["overstrike"])
        self.assertEqual(_ops.font_from_tk(("Arial",))["size"], _ops.DEFAULT_FONT_PT * _ops.PX_PER_PT)
        with self.assertRaises(OpError):
            _ops.font_from_tk(("Arial", 8, "wobbly"))
        with self.assertRaises(OpError):
            _ops.font_from_tk(("Arial", "big"))

    def test_queue_merges_extends(self):
        q = _ops.Queue()
        q.push(make("line", id=1, points=[(0, 0), (1, 0)], color="red", width=1))
        q.push(make("extend", id=1, points=[(2, 0)]))
        q.push(make("extend", id=1, points=[(3, 0)]))
        q.push(make("extend", id=2, points=[(3, 0)]))
        q.push(make("frame"))
        q.push(make("extend", id=2, points=[(4, 0)]))
        q.push(make("extend", id=2, points=[(5, 0)]))
        ops = q.take()
        self.assertEqual([op["op"] for op in ops], ["line", "extend", "frame", "extend"])
        self.assertEqual(ops[0]["points"], [[0, 0], [1, 0], [2, 0], [3, 0]])
        self.assertEqual(ops[3]["points"], [[4, 0], [5, 0]])
        self.assertEqual(len(q), 0)


class SceneTest(unittest.TestCase):
    def apply(self, scene, kind, **fields):
        scene.apply(make(kind, **fields))

    def test_stacking(self):
        s = _scene.Scene()
        self.apply(s, "line", id=1, points=[], color=None, width=2)
        self.apply(s, "poly", id=2, points=[(0, 0)] * 3, fill="red", outline=None, width=1)
        self.apply(s, "line", id=3, points=[], color=None, width=2)
        self.apply(s, "line", id=1, points=[(0, 0), (5, 5)], color="blue", width=1)  # replaced in place
        self.assertEqual(list(s.items), [1, 2, 3])
        self.apply(s, "raise", id=1)
        self.assertEqual(list(s.items), [2, 3, 1])
        self.assertEqual(s.top(), 1)
        self.apply(s, "extend", id=1, points=[(6, 6), (7, 7)])
        self.apply(s, "truncate", id=1, length=3)
        self.assertEqual(s.items[1]["points"], [[0, 0], [5, 5], [6, 6]])
        self.apply(s, "delete", ids=[2, 99])
        self.assertEqual(list(s.items), [3, 1])
        with self.assertRaises(OpError):
            self.apply(s, "extend", id=3 + 10, points=[(0, 0)])
        self.apply(s, "clear")
        self.assertEqual(list(s.items), [])

    def test_item_at(self):
        s = _scene.Scene()
        self.apply(s, "poly", id=1, points=[(-10, -10), (10, -10), (10, 10), (-10, 10)], fill="red", outline=None,
                   width=1)
        self.apply(s, "line", id=2, points=[(0, -50), (0, 50)], color="black", width=4)
        self.apply(s, "poly", id=3, points=[(40, 0), (60, 0), (50, 20)], fill=None, outline="blue", width=1)
        # canvas pixels have y down
        self.assertEqual(s.item_at(1.5, 0), 2)  # the line is on top of the square, 2 px wide each side
        self.assertEqual(s.item_at(5, -5), 1)
        self.assertIsNone(s.item_at(50, -5))  # inside an unfilled polygon
        self.assertEqual(s.item_at(50, 0), 3)  # on its outline
        self.assertIsNone(s.item_at(100, 100))


if __name__ == "__main__":
    unittest.main()
