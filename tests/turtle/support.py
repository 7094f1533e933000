"""Shared helpers for the turtle tests: shims/ first on sys.path, a fresh turtle world per test, a stand-in host."""
import json
import os
import sys
import unittest

SHIMS = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shims"))
if sys.path[0] != SHIMS:
    sys.path.insert(0, SHIMS)
if "turtle" in sys.modules and not getattr(sys.modules["turtle"], "__file__", "").startswith(SHIMS):
    del sys.modules["turtle"]  # the standard library's (Tk) turtle must not be the one under test

import turtle  # noqa: E402
from turtle import _backend, _pyroom  # noqa: E402

assert turtle.__file__.startswith(SHIMS), turtle.__file__


class TurtleCase(unittest.TestCase):
    """Each test gets a new screen on a RecordingBackend (``self.backend``), made on first use."""

    backend_options = {}

    def setUp(self):
        _pyroom.new_run()
        self.backends = []

        def factory():
            backend = _backend.RecordingBackend(**self.backend_options)
            self.backends.append(backend)
            return backend
        _backend.set_factory(factory)
        self.addCleanup(_backend.set_factory, None)
        self.addCleanup(_pyroom.new_run)

    @property
    def backend(self):
        turtle.Screen()
        return self.backends[-1]

    def ops(self, kind=None):
        return [op for op in self.backend.ops if kind is None or op["op"] == kind]

    def items(self, kind=None):
        return [item for item in self.backend.scene.items.values() if kind is None or item["kind"] == kind]

    def assertPoint(self, a, b, places=6):
        self.assertEqual(len(a), len(b))
        for x, y in zip(a, b):
            self.assertAlmostEqual(x, y, places=places)


class FakeHost:
    """Stands in for the panel's ``_pyroom_host`` module (JSON text in and out, as worker.mjs does)."""

    def __init__(self, replies=(), events=(), sleep_result=False, mode="Worker"):
        self.replies = list(replies)
        self.events = list(events)
        self.sleep_result = sleep_result
        self.mode = mode
        self.notes, self.requests, self.sleeps, self.waits = [], [], [], []

    def note(self, text):
        self.notes.append(json.loads(text))

    def request(self, text):
        self.requests.append(json.loads(text))
        return json.dumps(self.replies.pop(0))

    def sleep(self, secs):
        self.sleeps.append(secs)
        return self.sleep_result

    def wait_events(self, timeout):
        self.waits.append(timeout)
        return json.dumps(self.events.pop(0) if self.events else [])


# The protocol variants the turtle shim needs (to be added to src/protocol.rs; see shims/turtle/README.md).

