"""The bridge backend against a stand-in host: notes carry strict ops, frames batch them, time and input go
through pyroom.bridge, checked against the real protocol (src/protocol.rs, mirrored in pyroom/_protocol.py)."""
import unittest

from .support import FakeHost, TurtleCase, turtle  # noqa: F401
from pyroom import _protocol, bridge  # noqa: E402
from turtle import _backend, _ops  # noqa: E402


class BridgeCase(TurtleCase):
    def setUp(self):
        super().setUp()
        _backend.set_factory(None)  # the real choice: the bridge, since a host is installed

    def host(self, **kw):
        host = FakeHost(**kw)
        old = bridge.set_host(host)
        self.addCleanup(bridge.set_host, old)
        return host

    def ops(self, host):
        out = []
        for note in host.notes:
            self.assertEqual(note["kind"], "Turtle")
            out.extend(note["ops"])
        return out


class BridgeBackendTest(BridgeCase):
    def test_notes_carry_strict_ops_in_frames(self):
        host = self.host()
        t = turtle.Turtle()
        self.assertIsInstance(t.screen.cv.backend, _backend.BridgeBackend)
        t.forward(50)
        ops = self.ops(host)
        for op in ops:
            self.assertEqual(_ops.check(op), op)
        for note in host.notes:
            self.assertEqual(note["ops"][-1]["op"], "frame")  # a note per frame while animating
        self.assertTrue(host.sleeps and all(s == 0.01 for s in host.sleeps))
        self.assertTrue(all(w == 0.0 for w in host.waits))  # each update looks for input without waiting

    def test_tracer_off_sends_at_update(self):
        host = self.host()
        s = turtle.Screen()
        s.tracer(0)
        t = turtle.Turtle()
        n = len(host.notes)
        for _ in range(5000):
            t.forward(1)
            t.left(1)
        self.assertLessEqual(len(host.notes) - n, 5000 // 42 * 3 // _backend.BATCH + 2)
        s.update()
        ops = self.ops(host)
        self.assertEqual(ops[-1]["op"], "frame")
        points = sum(len(op["points"]) for op in ops if op["op"] in ("line", "extend"))
        self.assertGreaterEqual(points, 5000)

    def test_input_and_stop(self):
        host = self.host()
        s = turtle.Screen()
        log = []
        s.onkeypress(lambda: log.append("up"), "Up")
        s.listen()
        host.events.append([{"kind": "PreviewResized", "width": 300, "height": 200},
                            {"kind": "TurtleKey", "down": True, "key": "ArrowUp"}])
        s.update()
        self.assertEqual(log, ["up"])
        host.events.append(None)  # the panel answers None when the user pressed Stop

        def stopped(timeout):
            host.waits.append(timeout)
            return None
        host.wait_events = stopped
        with self.assertRaises(KeyboardInterrupt):
            s.mainloop()
        self.assertEqual(host.waits[-1], -1.0)  # mainloop waits without a timeout

    def test_sleep_interrupted(self):
        self.host(sleep_result=True)
        with self.assertRaises(KeyboardInterrupt):
            turtle.forward(10)

    def test_dialog_requests(self):
        host = self.host(replies=[{"kind": "Line", "text": "Ada"}, {"kind": "Eof"},
                                  {"kind": "Line", "text": "oops"}, {"kind": "Line", "text": "4"}])
        self.assertEqual(turtle.textinput("Name", "Who?"), "Ada")
        self.assertIsNone(turtle.textinput("Name", "Who?"))
        self.assertEqual(turtle.numinput("N", "How many?", 3), 4.0)
        self.assertEqual(host.requests[0], {"kind": "TurtleInput", "title": "Name", "prompt": "Who?",
                                            "number": False, "default": "", "error": ""})
        self.assertEqual(host.requests[3]["error"], "Not a floating-point value.\nPlease try again")

    def test_main_thread_fallback(self):
        host = self.host(mode="MainThread")
        s = turtle.Screen()
        turtle.forward(10)
        self.assertEqual(host.sleeps, [])
        self.assertEqual(host.waits, [])
        s.mainloop()  # returns at once
        self.assertTrue(host.notes)

    def test_notes_and_requests_fit_the_panels_protocol(self):
        host = self.host()
        turtle.forward(1)
        turtle.update()
        self.assertTrue(host.notes)
        for note in host.notes:
            bridge.check("BridgeNote", note)
        self.assertEqual(_protocol.PROTOCOL["channels"]["BridgeNote"]["variants"]["Turtle"], {"ops": "array"})


if __name__ == "__main__":
    unittest.main()
