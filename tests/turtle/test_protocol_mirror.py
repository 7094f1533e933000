"""The shim's op schema (_ops.OPS) and the renderer's strict TurtleOp (src/turtle.rs, mirrored into
pyroom/_protocol.py) name the same ops with the same fields; and the kinds the backend sends exist."""
import unittest

from tests.turtle import support  # noqa: F401  (puts shims/ first on sys.path)
from pyroom._protocol import PROTOCOL
from turtle import _ops


class ProtocolMirror(unittest.TestCase):
    def test_ops_match_the_renderer(self):
        rust = PROTOCOL["channels"]["TurtleOp"]["variants"]
        self.assertEqual(sorted(rust), sorted(_ops.OPS))
        for kind, fields in _ops.OPS.items():
            self.assertEqual(sorted(rust[kind]), sorted(fields), kind)

    def test_the_note_and_request_kinds_exist(self):
        notes = PROTOCOL["channels"]["BridgeNote"]["variants"]
        self.assertEqual(notes["Turtle"], {"ops": "array"})
        request = PROTOCOL["channels"]["BridgeRequest"]["variants"]["TurtleInput"]
        self.assertEqual(sorted(request), ["default", "error", "number", "prompt", "title"])
        events = PROTOCOL["channels"]["BridgeEvent"]["variants"]
        self.assertEqual(sorted(events["TurtleMouse"]), ["action", "button", "x", "y"])
        self.assertIn("TurtleKey", events)
        self.assertIn("TurtleClose", events)


if __name__ == "__main__":
    unittest.main()
