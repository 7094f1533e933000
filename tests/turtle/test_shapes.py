"""Shapes: registration, compound shapes, images, stretch/shear/tilt and their matrix (pure geometry)."""
import math
import os
import struct
import tempfile
import unittest
import zlib

from .support import TurtleCase, turtle
from turtle import _shapes  # noqa: E402

GIF = bytes.fromhex("4749463839610600040091000000d9d9d9ff00000000ffffffff21f90401000000002c00000000060004000002068c"
                    "1f22a8e805003b")


def png(width, height):
    raw = b"".join(b"\0" + b"\xff\0\0" * width for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


class GeometryTest(unittest.TestCase):
    def test_shapetrafo(self):
        self.assertEqual(_shapes.shapetrafo((1, 1), 0, 0), (1, 0, -0.0, 1))
        t11, t12, t21, t22 = _shapes.shapetrafo((2, 3), 0.5, math.pi / 2)
        self.assertAlmostEqual(t11, 0)
        self.assertAlmostEqual(t12, 3)
        self.assertAlmostEqual(t21, -2)
        self.assertAlmostEqual(t22, -1.5)

    def test_transform_and_place(self):
        self.assertEqual(_shapes.transform(((1, 2),), (2, 0, 0, 3)), ((2, 6),))
        # shape y points along the heading: a turtle heading east draws (0, 10) at (10, 0)
        pts = _shapes.place([(0, 10), (5, 0)], (100, 50), (1.0, 0.0), 1.0, 1.0)
        self.assertEqual(pts, [(110.0, 50.0), (100.0, 45.0)])
        # unequal world scales keep the pixel shape
        pts = _shapes.place([(0, 10)], (0, 0), (1.0, 0.0), 2.0, 4.0)
        self.assertEqual(pts, [(5.0, 0.0)])

    def test_image_headers(self):
        self.assertEqual(_shapes._size(GIF), ("gif", 6, 4))
        self.assertEqual(_shapes._size(png(7, 3)), ("png", 7, 3))
        self.assertIsNone(_shapes._size(b"not an image"))

    def test_shape_class(self):
        s = turtle.Shape("polygon", [(0, 0), (1, 1), (1, 0)])
        self.assertEqual(s._data, ((0, 0), (1, 1), (1, 0)))
        c = turtle.Shape("compound")
        c.addcomponent(((0, 0), (1, 1), (1, 0)), "red")
        self.assertEqual(c._data, [[((0, 0), (1, 1), (1, 0)), "red", "red"]])
        with self.assertRaises(turtle.TurtleGraphicsError):
            turtle.Shape("hexagon")
        with self.assertRaises(turtle.TurtleGraphicsError):
            s.addcomponent(((0, 0),), "red")


class TurtleShapeTest(TurtleCase):
    def setUp(self):
        super().setUp()
        self.t = turtle.Turtle()
        self.t.speed(0)

    def test_stretch_shear_tilt(self):
        t = self.t
        t.shape("square")
        t.shapesize(2, 3, 4)
        self.assertEqual(t.shapesize(), (2, 3, 4))
        self.assertEqual(t.resizemode(), "user")
        t.shearfactor(0.5)
        t.tiltangle(30)
        self.assertAlmostEqual(t.tiltangle(), 30)
        m = t.shapetransform()
        t.shapetransform(*m)  # decomposes back into the same stretch, shear and tilt
        self.assertAlmostEqual(t.shearfactor(), 0.5)
        self.assertAlmostEqual(t.tiltangle(), 30)
        sw, sl, _ = t.shapesize()
        self.assertAlmostEqual(sw, 2)
        self.assertAlmostEqual(sl, 3)
        t.tilt(15)
        self.assertAlmostEqual(t.tiltangle(), 45)
        with self.assertRaises(turtle.TurtleGraphicsError):
            t.shapetransform(1, 2, 2, 4)
        with self.assertRaises(turtle.TurtleGraphicsError):
            t.shapesize(0)

    def test_get_shapepoly_per_resizemode(self):
        t = self.t
        t.shape("square")
        self.assertEqual(t.get_shapepoly(), ((10, -10), (10, 10), (-10, 10), (-10, -10)))
        t.resizemode("auto")
        t.pensize(10)
        self.assertEqual(t.get_shapepoly()[0], (20, -20))
        t.shapetransform(4, -1, 0, 2)
        self.assertEqual(t.get_shapepoly(), ((50, -20), (30, 20), (-50, 20), (-30, -20)))

    def test_drawn_shape_follows_the_turtle(self):
        t = self.t
        t.shape("triangle")
        t.left(90)
        t.forward(20)
        item = self.backend.scene.items[t.turtle._item]
        expected = _shapes.place(((10, -5.77), (0, 11.55), (-10, -5.77)), (0, 20), t._orient, 1, 1)
        for got, want in zip(item["points"], expected):
            self.assertPoint(got, want, places=3)
        self.assertEqual(self.backend.scene.top(), t.turtle._item)

    def test_compound_and_image_shapes(self):
        s = turtle.Screen()
        c = turtle.Shape("compound")
        c.addcomponent(((0, 0), (10, -5), (0, 10)), "red", "blue")
        c.addcomponent(((0, 12), (4, 16), (-4, 16)), (0, 1, 0))
        s.register_shape("flag", c)
        t = self.t
        t.shape("flag")
        self.assertEqual(len(t.turtle._item), 2)
        fills = [self.backend.scene.items[i]["fill"] for i in t.turtle._item]
        self.assertEqual(fills, ["#ff0000", "#00ff00"])
        stamp = t.stamp()
        self.assertIsInstance(stamp, tuple)
        folder = tempfile.mkdtemp()
        path = os.path.join(folder, "pic.png")
        with open(path, "wb") as f:
            f.write(png(5, 3))
        s.register_shape(path)
        s.addshape("pic", path)  # 3.14: a name and an image file
        t.shape("pic")
        t.forward(10)
        pictures = self.items("picture")
        image_ops = self.ops("image")
        self.assertEqual(len(image_ops), 1)
        self.assertEqual((image_ops[0]["width"], image_ops[0]["height"], image_ops[0]["format"]), (5, 3, "png"))
        self.assertIn(image_ops[0]["image"], [p["image"] for p in pictures])
        with self.assertRaises(turtle.TurtleGraphicsError):
            s.register_shape(os.path.join(folder, "missing.gif"))

    def test_shape_errors(self):
        with self.assertRaises(turtle.TurtleGraphicsError) as cm:
            self.t.shape("dragon")
        self.assertEqual(str(cm.exception), "There is no shape named dragon")
        with self.assertRaises(KeyError):
            turtle.Turtle(shape="dragon")


if __name__ == "__main__":
    unittest.main()
