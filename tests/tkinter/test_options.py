"""Options: validation with Tk's messages, cget/configure/keys results, aliases, rollback, strict values."""
import unittest

from .support import TkTestCase, tkinter

from tkinter import _options, _tcl  # noqa: E402

TclError = tkinter.TclError


class ValueKinds(unittest.TestCase):
    def test_colors(self):
        self.assertEqual(_options._colors.parse("Red"), "#ff0000")
        self.assertEqual(_options._colors.parse("alice blue"), "#f0f8ff")
        self.assertEqual(_options._colors.parse("#f00"), "#ff0000")
        self.assertEqual(_options._colors.parse("#fff000000"), "#ff0000")
        self.assertEqual(_options._colors.parse("rgb:1/2/3"), "#112233")
        with self.assertRaisesRegex(TclError, '^unknown color name "blu"$'):
            _options._colors.parse("blu")
        with self.assertRaisesRegex(TclError, '^invalid color name "#12345"$'):
            _options._colors.parse("#12345")

    def test_distances(self):
        self.assertEqual(_options.pixels(5), 5)
        self.assertEqual(_options.pixels("1i"), 96)
        self.assertEqual(_options.pixels("2.5"), 3)
        self.assertEqual(_options.pixels("-2.5"), -3)
        self.assertEqual(_options.pixels(" 3 "), 3)
        for bad in ("x", "3x", "", "1 i j"):
            with self.assertRaisesRegex(TclError, '^bad screen distance "%s"$' % bad):
                _options.pixels(bad)

    def test_tcl_numbers(self):
        self.assertEqual(_tcl.parse_int("0x1f"), 31)
        self.assertEqual(_tcl.parse_int("010"), 8)
        self.assertEqual(_tcl.parse_int(" +5 "), 5)
        for bad in ("08", "1.5", "", "1_0", "1e3"):
            with self.assertRaisesRegex(TclError, '^expected integer but got "%s"$' % bad):
                _tcl.parse_int(bad)
        self.assertEqual(_tcl.parse_double("1e3"), 1000.0)
        self.assertEqual(_tcl.parse_double("0x10"), 16.0)
        with self.assertRaisesRegex(TclError, "Not a Number"):
            _tcl.parse_double("nan")
        self.assertTrue(_tcl.parse_bool("tr"))
        self.assertFalse(_tcl.parse_bool("of"))
        self.assertTrue(_tcl.parse_bool("2"))
        with self.assertRaisesRegex(TclError, '^expected boolean value but got "o"$'):
            _tcl.parse_bool("o")

    def test_tcl_lists(self):
        for items in (["a", "b c", ""], ["{", "}"], ['a"b', "x\\y"], ["#x", "y"]):
            self.assertEqual(list(_tcl.split(_tcl.merge(items))), items)
        self.assertEqual(_tcl.merge(["Comic Sans MS", "12"]), "{Comic Sans MS} 12")
        with self.assertRaisesRegex(TclError, "unmatched open brace"):
            _tcl.split("{a")

    def test_tcl_obj_compares_only_with_tcl_obj(self):
        a, b = _tcl.Tcl_Obj("pixel", "2m"), _tcl.Tcl_Obj("pixel", "2m")
        self.assertEqual(a, b)
        self.assertNotEqual(a, "2m")
        self.assertEqual(repr(a), "<pixel object: '2m'>")
        self.assertEqual(str(a), "2m")


class WidgetOptions(TkTestCase):
    def test_messages(self):
        b = tkinter.Button(self.root)
        cases = [({"foo": 1}, 'unknown option "-foo"'), ({"bg": "blu"}, 'unknown color name "blu"'),
                 ({"bd": "x"}, 'bad screen distance "x"'), ({"width": "a"}, 'expected integer but got "a"'),
                 ({"relief": "x"}, 'bad relief "x": must be flat, groove, raised, ridge, solid, or sunken'),
                 ({"relief": "s"}, 'ambiguous relief "s": must be flat, groove, raised, ridge, solid, or sunken'),
                 ({"anchor": "x"}, 'bad anchor "x": must be n, ne, e, se, s, sw, w, nw, or center'),
                 ({"justify": "x"}, 'bad justification "x": must be left, right, or center'),
                 ({"state": "x"}, 'bad state "x": must be active, disabled, or normal'),
                 ({"font": "{"}, 'font "{" doesn\'t exist'), ({"font": ("Arial", "x")}, 'expected integer but got "x"'),
                 ({"font": "Arial 12 bad"}, 'unknown font style "bad"'), ({"cursor": "xx"}, 'bad cursor spec "xx"'),
                 ({"image": "nope"}, 'image "nope" doesn\'t exist'), ({"bitmap": "nope"}, 'bitmap "nope" not defined')]
        for kw, msg in cases:
            with self.subTest(kw=kw):
                with self.assertRaises(TclError) as cm:
                    b.configure(**kw)
                self.assertEqual(str(cm.exception), msg)

    def test_cget_types_follow_tk(self):
        b = tkinter.Button(self.root, text="hi")
        self.assertEqual(b.cget("text"), "hi")
        self.assertEqual(b.cget("width"), 0)
        self.assertEqual(b["bd"], _tcl.Tcl_Obj("pixel", "1"))
        b.configure(bd=5, padx="1c", text=7, relief="sun", font=("Arial", 12))
        self.assertEqual(b.cget("bd"), 5)
        self.assertEqual(b.cget("padx"), _tcl.Tcl_Obj("pixel", "1c"))
        self.assertEqual(b.cget("text"), 7)
        self.assertEqual(b.cget("relief"), "sunken")
        self.assertEqual(b.cget("font"), "Arial 12")
        b.configure(command=lambda: None)
        self.assertTrue(b.cget("command").endswith("<lambda>"))

    def test_configure_forms(self):
        b = tkinter.Button(self.root)
        self.assertEqual(b.configure("bg"), ("background", "background", "Background",
                                             _tcl.Tcl_Obj("border", "#d9d9d9"), "#d9d9d9"))
        everything = b.configure()
        self.assertEqual(everything["bd"], ("bd", "-borderwidth"))
        self.assertEqual(len(everything["text"]), 5)
        self.assertEqual(b.keys()[:4], ["activebackground", "activeforeground", "anchor", "background"])
        self.assertIn("bg", b.keys())
        self.assertEqual(b.cget("backg"), "#d9d9d9")
        with self.assertRaisesRegex(TclError, 'unknown option "-b"'):
            b.cget("b")
        b["text"] = "set"
        self.assertEqual(b["text"], "set")
        with self.assertRaisesRegex(TclError, "unknown option"):
            tkinter.Button(self.root, foo=1)

    def test_error_rolls_back_the_whole_call(self):
        b = tkinter.Button(self.root, text="a")
        with self.assertRaises(TclError):
            b.configure(text="b", relief="bad")
        self.assertEqual(b.cget("text"), "a")
        c = tkinter.Canvas(self.root)
        with self.assertRaises(TclError):
            c.configure(width=5, relief="bad")
        self.assertEqual(c.cget("width"), "5", "old-style widgets keep what was set before the error")

    def test_create_only_options(self):
        f = tkinter.Frame(self.root, class_="Fancy")
        self.assertEqual(f.winfo_class(), "Fancy")
        with self.assertRaisesRegex(TclError, "can't modify -class option after widget is created"):
            f.configure(class_="Other")

    def test_strict_values_reach_the_renderer(self):
        b = tkinter.Button(self.root, bg="Red", bd="1c", font="Helvetica -12 bold", relief="sun")
        op = self.ops("create", id=b._handle)[0]
        o = op["options"]
        self.assertEqual(o["background"], "#ff0000")
        self.assertEqual(o["borderwidth"], 38)
        self.assertEqual(o["relief"], "sunken")
        self.assertEqual(o["font"], {"family": "Helvetica", "px": 12.0, "weight": "bold", "slant": "roman",
                                     "underline": False, "overstrike": False})
        self.assertNotIn("command", o)
        b.configure(fg="blue")
        self.assertEqual(self.ops("configure", id=b._handle)[-1]["options"], {"foreground": "#0000ff"})

    def test_named_fonts_follow_their_changes(self):
        from tkinter import font
        f = font.Font(family="Arial", size=10)
        lab = tkinter.Label(self.root, font=f)
        self.assertEqual(lab.cget("font"), f.name)
        f.configure(size=20)
        sent = self.ops("configure", id=lab._handle)[-1]["options"]["font"]
        self.assertAlmostEqual(sent["px"], 20 * 96 / 72, places=2)

    def test_option_database(self):
        self.root.option_add("*Button.background", "pink")
        self.root.option_add("*font", "Courier 9")
        b = tkinter.Button(self.root)
        self.assertEqual(b.cget("background"), "pink")
        self.assertEqual(b.cget("font"), "Courier 9")
        self.assertNotEqual(tkinter.Label(self.root).cget("background"), "pink")

    def test_negative_distances_are_clamped_like_tk(self):
        f = tkinter.Frame(self.root, highlightthickness=-3)
        self.assertEqual(f.cget("highlightthickness"), 0)
        t = tkinter.Text(self.root, width=-3)
        self.assertEqual(t.cget("width"), 1)


if __name__ == "__main__":
    unittest.main()
