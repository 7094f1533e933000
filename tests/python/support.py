"""Shared helpers: puts shims/ on sys.path and provides a stand-in for the JS ``_pyroom_host`` module."""
import json
import os
import sys

SHIMS = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shims"))
if SHIMS not in sys.path:
    sys.path.insert(0, SHIMS)

from pyroom import bridge  # noqa: E402


class FakeHost:
    """What worker/worker.mjs registers as ``_pyroom_host``: strings in, strings out, None for "interrupted".

    ``replies`` are served in order to ``request``: each is a dict (sent as JSON), a str (sent as is), None
    (interrupted) or a callable taking the request dict. ``sleep_result`` is what ``sleep`` returns (True:
    the user pressed Stop). ``events`` are the JSON answers of successive ``wait_events`` calls.
    """

    def __init__(self, replies=(), sleep_result=False, events=()):
        self.replies = list(replies)
        self.sleep_result = sleep_result
        self.events = list(events)
        self.requests = []
        self.notes = []
        self.sleeps = []
        self.waits = []
        # What the program had written to stdout when each request was made (set by tests that care).
        self.stdout_at_request = []
        self.stdout_probe = None

    def request(self, text):
        assert isinstance(text, str), "the bridge sends JSON text"
        msg = json.loads(text)
        self.requests.append(msg)
        if self.stdout_probe is not None:
            self.stdout_at_request.append(self.stdout_probe())
        if not self.replies:
            raise AssertionError(f"unexpected request {msg!r}")
        reply = self.replies.pop(0)
        if callable(reply):
            reply = reply(msg)
        if isinstance(reply, dict):
            return json.dumps(reply)
        return reply

    def note(self, text):
        assert isinstance(text, str), "the bridge sends JSON text"
        self.notes.append(json.loads(text))

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        return self.sleep_result

    def wait_events(self, timeout):
        self.waits.append(timeout)
        if not self.events:
            return "[]"
        return self.events.pop(0)


class HostMixin:
    """Installs a FakeHost for the test and restores whatever was there before."""

    def install_host(self, host):
        old = bridge.set_host(host)
        self.addCleanup(bridge.set_host, old)
        return host
