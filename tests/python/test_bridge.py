"""pyroom.bridge: the protocol check and the blocking calls, against a stand-in for the JS host."""
import io
import json
import math
import sys
import time
import types
import unittest
from unittest import mock

from .support import FakeHost, HostMixin, bridge

from pyroom._protocol import LAYOUT, PROTOCOL  # noqa: E402  (support put shims/ on sys.path)

# The interpreter's own time.sleep, captured before any test lets the runner patch it.
REAL_SLEEP = time.sleep

# A value of each protocol type, and values of other types that must be refused in its place.
GOOD = {"string": "text", "number": 7, "boolean": True, "object": {"a": 1}, "array": [1, 2]}
ALSO_GOOD = {"string": "", "number": -2.5, "boolean": False, "object": {}, "array": []}
BAD = {
    "string": [1, True, None, [], {}, b"text"],
    "number": ["7", True, False, None, [], {}],
    "boolean": [1, 0, "true", None, [], {}],
    "object": [[], "x", 1, None, True],
    "array": [{}, "x", 1, None, (1, 2)],
}


def valid(channel, variant, values=GOOD):
    spec = PROTOCOL["channels"][channel]
    msg = {spec["tag"]: variant}
    for field, kind in spec["variants"][variant].items():
        if kind != "js":
            msg[field] = values[kind]
    return msg


def every_variant():
    for channel, spec in PROTOCOL["channels"].items():
        for variant in spec["variants"]:
            yield channel, variant


class RecordingStream(io.TextIOBase):
    """A stream that counts flushes, so tests can see that output is pushed out before Python blocks."""

    def __init__(self):
        self.flushes = 0
        self.text = ""

    def writable(self):
        return True

    def write(self, s):
        self.text += s
        return len(s)

    def flush(self):
        self.flushes += 1


class ProtocolShape(unittest.TestCase):
    def test_the_issue_channels_exist(self):
        channels = PROTOCOL["channels"]
        for name in ("PanelToWorker", "WorkerToPanel", "BridgeRequest", "BridgeReply", "BridgeEvent",
                     "BridgeNote", "Outcome"):
            self.assertIn(name, channels)
            self.assertTrue(channels[name]["variants"], name)
        self.assertEqual(channels["PanelToWorker"]["tag"], "type")
        self.assertEqual(channels["BridgeRequest"]["tag"], "kind")
        for variant in ("Ok", "Error", "Exit", "Interrupted"):
            self.assertIn(variant, channels["Outcome"]["variants"])
        for variant in ("Line", "Eof", "Refused"):
            self.assertIn(variant, channels["BridgeReply"]["variants"])

    def test_every_field_type_is_known(self):
        for channel, variant in every_variant():
            for field, kind in PROTOCOL["channels"][channel]["variants"][variant].items():
                self.assertIn(kind, set(GOOD) | {"js"}, f"{channel}.{variant}.{field}")

    def test_layout_areas_do_not_overlap_and_fit(self):
        L = LAYOUT
        self.assertEqual(L["REPLY_OFFSET"], L["HEADER_INTS"] * 4)
        self.assertLessEqual(L["REPLY_OFFSET"] + L["REPLY_CAP"], L["EVENT_OFFSET"])
        self.assertLessEqual(L["EVENT_OFFSET"] + L["EVENT_CAP"], L["OUT_OFFSET"])
        self.assertLessEqual(L["OUT_OFFSET"] + L["OUT_CAP"], L["TOTAL_BYTES"])
        self.assertEqual(L["OUT_CAP"] & (L["OUT_CAP"] - 1), 0, "the ring size is a power of two (masking)")
        self.assertLess(L["OUT_MAX_RECORD"] + 5, L["OUT_CAP"])
        ints = [L[k] for k in ("INTERRUPT", "WAKE", "REPLY_STATE", "REPLY_LEN", "REPLY_ID", "EVENT_LOCK",
                               "EVENT_LEN", "OUT_HEAD", "OUT_TAIL", "EVENTS_DROPPED")]
        self.assertEqual(len(set(ints)), len(ints), "header slots are distinct")
        self.assertLess(max(ints), L["HEADER_INTS"])


class Check(unittest.TestCase):
    def test_accepts_every_variant(self):
        for channel, variant in every_variant():
            for values in (GOOD, ALSO_GOOD):
                msg = valid(channel, variant, values)
                with self.subTest(channel=channel, msg=msg):
                    self.assertIs(bridge.check(channel, msg), msg)

    def test_accepts_known_messages(self):
        ok = [
            ("BridgeRequest", {"kind": "Input", "prompt": "Name? "}),
            ("BridgeReply", {"kind": "Line", "text": "Ada"}),
            ("BridgeReply", {"kind": "Eof"}),
            ("BridgeReply", {"kind": "Refused", "message": "no"}),
            ("BridgeEvent", {"kind": "PreviewResized", "width": 320, "height": 200.5}),
            ("BridgeNote", {"kind": "PreviewClear"}),
            ("Outcome", {"kind": "Ok"}),
            ("Outcome", {"kind": "Exit", "code": 3}),
            ("Outcome", {"kind": "Error", "traceback": "Traceback ...\n"}),
            ("Outcome", {"kind": "Interrupted", "traceback": "KeyboardInterrupt\n"}),
            ("PanelToWorker", {"type": "Run", "run": 1, "code": "print(1)"}),
            ("WorkerToPanel", {"type": "Ready", "python": "3.14.2", "pyodide": "314.0.7", "jspi": False}),
            ("WorkerToPanel", {"type": "Finished", "run": 2, "outcome": {"kind": "Ok"}}),
        ]
        for channel, msg in ok:
            with self.subTest(channel=channel, msg=msg):
                self.assertEqual(bridge.check(channel, msg), msg)

    def test_js_attached_fields_are_optional_and_untyped(self):
        js_fields = [(c, v, f) for c, v in every_variant()
                     for f, k in PROTOCOL["channels"][c]["variants"][v].items() if k == "js"]
        self.assertIn(("PanelToWorker", "Init", "control"), js_fields)
        for channel, variant, field in js_fields:
            msg = valid(channel, variant)
            self.assertNotIn(field, msg)
            bridge.check(channel, msg)
            for value in (object(), None, 1, "x", {"a": 1}):
                bridge.check(channel, {**msg, field: value})

    def test_rejects_unknown_or_missing_tag(self):
        for channel, spec in PROTOCOL["channels"].items():
            tag = spec["tag"]
            for msg in ({tag: "NoSuchVariant"}, {}, {tag: None}, {tag: 1}, {tag: "ok"}, {"other": "Ok"}):
                with self.subTest(channel=channel, msg=msg):
                    with self.assertRaises(bridge.ProtocolError):
                        bridge.check(channel, msg)

    def test_rejects_an_unhashable_tag_as_a_protocol_error(self):
        for msg in ({"kind": []}, {"kind": {}}):
            with self.subTest(msg=msg):
                with self.assertRaises(bridge.ProtocolError):
                    bridge.check("BridgeReply", msg)

    def test_rejects_the_other_channels_tag(self):
        with self.assertRaises(bridge.ProtocolError):
            bridge.check("BridgeReply", {"type": "Eof"})
        with self.assertRaises(bridge.ProtocolError):
            bridge.check("PanelToWorker", {"kind": "Run", "run": 1, "code": ""})

    def test_rejects_non_objects(self):
        for msg in (None, [], "Eof", 1, [("kind", "Eof")], json.dumps({"kind": "Eof"})):
            with self.subTest(msg=msg):
                with self.assertRaises(bridge.ProtocolError):
                    bridge.check("BridgeReply", msg)

    def test_rejects_unknown_fields(self):
        for channel, variant in every_variant():
            msg = {**valid(channel, variant), "surplus": 1}
            with self.subTest(channel=channel, variant=variant):
                with self.assertRaisesRegex(bridge.ProtocolError, "surplus"):
                    bridge.check(channel, msg)

    def test_rejects_a_field_of_another_variant(self):
        with self.assertRaises(bridge.ProtocolError):
            bridge.check("BridgeReply", {"kind": "Eof", "text": "x"})
        with self.assertRaises(bridge.ProtocolError):
            bridge.check("Outcome", {"kind": "Ok", "code": 0})

    def test_rejects_wrong_types(self):
        checked = 0
        for channel, variant in every_variant():
            for field, kind in PROTOCOL["channels"][channel]["variants"][variant].items():
                if kind == "js":
                    continue
                for bad in BAD[kind]:
                    msg = {**valid(channel, variant), field: bad}
                    with self.subTest(channel=channel, field=field, bad=bad):
                        with self.assertRaisesRegex(bridge.ProtocolError, field):
                            bridge.check(channel, msg)
                    checked += 1
        self.assertGreater(checked, 50)

    def test_bool_is_not_a_number(self):
        for value in (True, False):
            with self.assertRaises(bridge.ProtocolError):
                bridge.check("Outcome", {"kind": "Exit", "code": value})
            with self.assertRaises(bridge.ProtocolError):
                bridge.check("BridgeEvent", {"kind": "PreviewResized", "width": value, "height": 1})

    def test_numbers_may_be_int_or_float(self):
        bridge.check("BridgeEvent", {"kind": "PreviewResized", "width": 0, "height": 1.5})

    def test_rejects_missing_fields(self):
        checked = 0
        for channel, variant in every_variant():
            full = valid(channel, variant)
            for field, kind in PROTOCOL["channels"][channel]["variants"][variant].items():
                if kind == "js":
                    continue
                msg = {k: v for k, v in full.items() if k != field}
                with self.subTest(channel=channel, missing=field):
                    with self.assertRaisesRegex(bridge.ProtocolError, "missing " + field):
                        bridge.check(channel, msg)
                checked += 1
        self.assertGreater(checked, 10)

    def test_protocol_error_is_a_value_error(self):
        self.assertTrue(issubclass(bridge.ProtocolError, ValueError))

    def test_unknown_channel(self):
        with self.assertRaises(KeyError):
            bridge.check("NoSuchChannel", {"kind": "Ok"})


class Host(HostMixin, unittest.TestCase):
    def test_set_host_returns_the_previous_host(self):
        a, b = FakeHost(), FakeHost()
        self.install_host(a)
        self.assertIs(bridge.set_host(b), a)
        self.assertIs(bridge.set_host(a), b)

    def test_mode_defaults_to_worker(self):
        self.install_host(FakeHost())
        self.assertEqual(bridge.mode(), "Worker")
        host = FakeHost()
        host.mode = "MainThread"
        self.install_host(host)
        self.assertEqual(bridge.mode(), "MainThread")


class Request(HostMixin, unittest.TestCase):
    def test_sends_the_request_as_json_and_returns_the_checked_reply(self):
        host = self.install_host(FakeHost(replies=[{"kind": "Line", "text": "Ada"}]))
        reply = bridge.request("Input", prompt="Name? ")
        self.assertEqual(reply, {"kind": "Line", "text": "Ada"})
        self.assertEqual(host.requests, [{"kind": "Input", "prompt": "Name? "}])

    def test_every_reply_variant_comes_back(self):
        for reply in ({"kind": "Eof"}, {"kind": "Refused", "message": "busy"}, {"kind": "Line", "text": ""}):
            self.install_host(FakeHost(replies=[reply]))
            self.assertEqual(bridge.request("Input", prompt=""), reply)

    def test_invalid_requests_never_reach_the_host(self):
        host = self.install_host(FakeHost(replies=[{"kind": "Eof"}] * 4))
        bad = [("NoSuchKind", {}), ("Input", {}), ("Input", {"prompt": 1}), ("Input", {"prompt": "", "x": 1})]
        for kind, fields in bad:
            with self.subTest(kind=kind, fields=fields):
                with self.assertRaises(bridge.ProtocolError):
                    bridge.request(kind, **fields)
        self.assertEqual(host.requests, [])

    def test_none_from_the_host_means_interrupted(self):
        self.install_host(FakeHost(replies=[None]))
        with self.assertRaises(KeyboardInterrupt):
            bridge.request("Input", prompt="")

    def test_js_null_from_the_host_means_interrupted(self):
        # In Pyodide the worker's JS null arrives as pyodide.ffi.jsnull, which is not None.
        class JsNull:
            pass

        self.install_host(FakeHost(replies=[JsNull()]))
        with self.assertRaises(KeyboardInterrupt):
            bridge.request("Input", prompt="")

    def test_invalid_replies_are_refused(self):
        for raw in ({"kind": "Nope"}, {"kind": "Line"}, {"kind": "Line", "text": 3}, {"kind": "Eof", "x": 1}):
            with self.subTest(reply=raw):
                self.install_host(FakeHost(replies=[raw]))
                with self.assertRaises(bridge.ProtocolError):
                    bridge.request("Input", prompt="")

    def test_output_is_flushed_before_blocking(self):
        out, err = RecordingStream(), RecordingStream()
        seen = []
        host = self.install_host(FakeHost(replies=[lambda msg: seen.append((out.flushes, err.flushes)) or {"kind": "Eof"}]))
        with mock.patch.object(sys, "stdout", out), mock.patch.object(sys, "stderr", err):
            bridge.request("Input", prompt="")
        self.assertEqual(len(host.requests), 1)
        self.assertGreaterEqual(seen[0][0], 1, "stdout flushed before the request")
        self.assertGreaterEqual(seen[0][1], 1, "stderr flushed before the request")


class Note(HostMixin, unittest.TestCase):
    def test_sends_the_note_as_json(self):
        host = self.install_host(FakeHost())
        self.assertIsNone(bridge.note("PreviewClear"))
        self.assertEqual(host.notes, [{"kind": "PreviewClear"}])

    def test_invalid_notes_never_reach_the_host(self):
        host = self.install_host(FakeHost())
        for kind, fields in (("NoSuchNote", {}), ("PreviewClear", {"extra": 1}), ("Input", {"prompt": ""})):
            with self.subTest(kind=kind):
                with self.assertRaises(bridge.ProtocolError):
                    bridge.note(kind, **fields)
        self.assertEqual(host.notes, [])


class Sleep(HostMixin, unittest.TestCase):
    def test_waits_through_the_host_in_float_seconds(self):
        host = self.install_host(FakeHost())
        for value in (0.25, 2, 0, True):
            self.assertIsNone(bridge.sleep(value))
        self.assertEqual(host.sleeps, [0.25, 2.0, 0.0, 1.0])
        for s in host.sleeps:
            self.assertIs(type(s), float)

    def test_stop_raises_keyboard_interrupt(self):
        host = self.install_host(FakeHost(sleep_result=True))
        with self.assertRaises(KeyboardInterrupt):
            bridge.sleep(100)
        self.assertEqual(host.sleeps, [100.0])

    def test_argument_errors(self):
        host = self.install_host(FakeHost())
        cases = [("1", TypeError), (None, TypeError), ([], TypeError), (b"1", TypeError), (1j, TypeError),
                 (-1, ValueError), (-0.001, ValueError), (math.nan, ValueError)]
        for value, error in cases:
            with self.subTest(value=value):
                with self.assertRaises(error):
                    bridge.sleep(value)
        self.assertEqual(host.sleeps, [], "a bad argument never sleeps")

    def test_argument_errors_are_those_of_time_sleep(self):
        self.assertIsNot(REAL_SLEEP, bridge.sleep)
        self.install_host(FakeHost())
        for value in ("1", None, [], b"1", 1j, -1, -0.5, math.nan, object()):
            with self.subTest(value=value):
                with self.assertRaises(Exception) as real:
                    REAL_SLEEP(value)
                with self.assertRaises(Exception) as ours:
                    bridge.sleep(value)
                self.assertIs(type(ours.exception), type(real.exception))

    def test_output_is_flushed_before_sleeping(self):
        out = RecordingStream()
        seen = []
        host = FakeHost()
        host.sleep = lambda s: seen.append(out.flushes) or False
        self.install_host(host)
        with mock.patch.object(sys, "stdout", out):
            bridge.sleep(1)
        self.assertEqual(len(seen), 1)
        self.assertGreaterEqual(seen[0], 1)


class WaitEvents(HostMixin, unittest.TestCase):
    EVENT = {"kind": "PreviewResized", "width": 300, "height": 200}

    def test_timeouts_reach_the_host_as_float_seconds(self):
        host = self.install_host(FakeHost())
        self.assertEqual(bridge.wait_events(), [])
        self.assertEqual(bridge.wait_events(0.5), [])
        self.assertEqual(bridge.wait_events(2), [])
        self.assertEqual(bridge.wait_events(timeout=0), [])
        self.assertEqual(host.waits, [-1.0, 0.5, 2.0, 0.0])
        for w in host.waits:
            self.assertIs(type(w), float)

    def test_returns_the_checked_events_in_order(self):
        second = {**self.EVENT, "width": 301}
        host = self.install_host(FakeHost(events=[json.dumps([self.EVENT, second])]))
        self.assertEqual(bridge.wait_events(1), [self.EVENT, second])
        self.assertEqual(len(host.waits), 1)

    def test_none_means_interrupted(self):
        self.install_host(FakeHost(events=[None]))
        with self.assertRaises(KeyboardInterrupt):
            bridge.wait_events()

    def test_js_null_means_interrupted(self):
        class JsNull:
            pass

        self.install_host(FakeHost(events=[JsNull()]))
        with self.assertRaises(KeyboardInterrupt):
            bridge.wait_events()

    def test_invalid_events_are_refused(self):
        for bad in ({"kind": "Nope"}, {"kind": "PreviewResized", "width": 1}, {**self.EVENT, "width": "1"}):
            with self.subTest(event=bad):
                self.install_host(FakeHost(events=[json.dumps([self.EVENT, bad])]))
                with self.assertRaises(bridge.ProtocolError):
                    bridge.wait_events(0)

    def test_output_is_flushed_before_waiting(self):
        out = RecordingStream()
        seen = []
        host = FakeHost()
        host.wait_events = lambda t: seen.append(out.flushes) or "[]"
        self.install_host(host)
        with mock.patch.object(sys, "stdout", out):
            bridge.wait_events(0)
        self.assertGreaterEqual(seen[0], 1)


class FakePromise:
    def __init__(self, value):
        self.value = value


class MainThreadMode(HostMixin, unittest.TestCase):
    """In the main-thread fallback the host returns promises that Python waits on with pyodide.ffi.run_sync."""

    def promising_host(self):
        host = FakeHost(replies=[FakePromise(json.dumps({"kind": "Line", "text": "hi"}))])
        host.mode = "MainThread"
        host.sleep = lambda s: FakePromise(False)
        host.wait_events = lambda t: FakePromise(json.dumps([WaitEvents.EVENT]))
        return self.install_host(host)

    def fake_pyodide(self, can):
        ffi = types.ModuleType("pyodide.ffi")
        ffi.can_run_sync = lambda: can
        ffi.run_sync = lambda p: p.value
        pkg = types.ModuleType("pyodide")
        pkg.__path__ = []
        pkg.ffi = ffi
        return mock.patch.dict(sys.modules, {"pyodide": pkg, "pyodide.ffi": ffi})

    def test_promises_are_awaited_with_run_sync(self):
        self.promising_host()
        with self.fake_pyodide(True):
            self.assertEqual(bridge.request("Input", prompt=""), {"kind": "Line", "text": "hi"})
            self.assertIsNone(bridge.sleep(0.1))
            self.assertEqual(bridge.wait_events(0), [WaitEvents.EVENT])

    def test_without_jspi_blocking_calls_fail_clearly(self):
        self.promising_host()
        with self.fake_pyodide(False):
            for call in (lambda: bridge.request("Input", prompt=""), lambda: bridge.sleep(0.1),
                         lambda: bridge.wait_events(0)):
                with self.assertRaisesRegex(RuntimeError, "JSPI"):
                    call()


if __name__ == "__main__":
    unittest.main()
