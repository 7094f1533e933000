"""The event loop: after ordering, mainloop with events and timers, its ends, callback errors, Stop, update,
and the main-thread fallback's entry point."""
import unittest

from .support import TkTestCase, captured_stderr, reset, tkinter

from tkinter import _backend, _loop  # noqa: E402


class Timers(TkTestCase):
    def test_update_runs_due_timers_then_idle(self):
        log = []
        self.root.after(0, lambda: log.append("a"))
        self.root.after_idle(lambda: log.append("idle"))
        self.root.after(0, lambda: (log.append("b"), self.root.after(0, lambda: log.append("nested"))))
        cancel = self.root.after(0, lambda: log.append("cancelled"))
        self.root.after_cancel(cancel)
        self.root.update()
        self.assertEqual(log, ["a", "b", "nested", "idle"])

    def test_after_ids_and_info(self):
        a = self.root.after(100, print)
        self.assertTrue(a.startswith("after#"))
        self.assertEqual(self.root.after_info(a)[1], "timer")
        self.assertIn(a, self.root.after_info())
        self.root.after_cancel(a)
        with self.assertRaisesRegex(tkinter.TclError, "doesn't exist"):
            self.root.after_info(a)
        self.root.after_cancel("after#999")
        with self.assertRaises(ValueError):
            self.root.after_cancel("")
        with self.assertRaisesRegex(tkinter.TclError, 'bad argument "1.5": must be cancel, idle, info, or an integer'):
            self.root.after(1.5, print)

    def test_mainloop_runs_timers_in_time_order(self):
        log = []
        self.root.after(30, lambda: log.append(30))
        self.root.after(10, lambda: log.append(10))
        self.root.after(20, lambda: log.append(20))
        self.root.after(40, self.root.quit)
        self.root.mainloop()
        self.assertEqual(log, [10, 20, 30])
        self.assertAlmostEqual(self.backend.now(), 0.04)

    def test_after_loop_and_destroy(self):
        ticks = []

        def tick():
            ticks.append(self.backend.now())
            if len(ticks) == 5:
                self.root.destroy()
            else:
                self.root.after(1000, tick)
        self.root.after(1000, tick)
        self.root.mainloop()
        self.assertEqual(len(ticks), 5)
        self.assertEqual(_loop.alive(), False)

    def test_sleeping_after(self):
        self.root.after(250)
        self.assertAlmostEqual(self.backend.now(), 0.25)


class Events(TkTestCase):
    def test_mainloop_serves_events_in_order_until_closed(self):
        b = tkinter.Button(self.root, text="go")
        clicks = []
        b.configure(command=lambda: clicks.append(self.backend.now()))
        self.backend.inject(self.event("invoke", b), delay=1.0)
        self.backend.inject(self.event("invoke", b), delay=2.0)
        self.backend.inject(self.event("close", self.root), delay=3.0)
        self.root.mainloop()
        self.assertEqual(clicks, [1.0, 2.0])
        self.assertFalse(_loop.alive())

    def test_close_runs_the_protocol_handler(self):
        asked = []
        self.root.protocol("WM_DELETE_WINDOW", lambda: asked.append(True))
        self.backend.inject(self.event("close", self.root), delay=0.5)
        self.root.after(2000, self.root.quit)
        self.root.mainloop()
        self.assertEqual(asked, [True])
        self.assertTrue(_loop.alive())

    def test_toplevel_close_does_not_end_the_loop(self):
        top = tkinter.Toplevel(self.root)
        self.backend.inject(self.event("close", top), delay=0.5)
        self.root.after(1000, self.root.quit)
        self.root.mainloop()
        self.assertFalse(top.winfo_exists())
        self.assertAlmostEqual(self.backend.now(), 1.0)

    def test_mainloop_returns_when_nothing_can_happen(self):
        self.root.mainloop()
        self.assertTrue(_loop.alive())

    def test_events_for_destroyed_widgets_are_dropped(self):
        b = tkinter.Button(self.root, command=lambda: 1 / 0)
        ev = self.event("invoke", b)
        b.destroy()
        _loop.handle_event(ev)


class Errors(TkTestCase):
    def test_callback_error_is_printed_and_the_loop_goes_on(self):
        log = []
        self.root.after(10, lambda: 1 / 0)
        self.root.after(20, lambda: log.append("still running"))
        self.root.after(30, self.root.quit)
        with captured_stderr() as err:
            self.root.mainloop()
        self.assertEqual(log, ["still running"])
        text = err.getvalue()
        self.assertTrue(text.startswith("Exception in Tkinter callback\nTraceback (most recent call last):"), text)
        self.assertIn("ZeroDivisionError: division by zero", text)

    def test_report_callback_exception_can_be_replaced(self):
        seen = []
        self.root.report_callback_exception = lambda exc, val, tb: seen.append(exc)
        b = tkinter.Button(self.root, command=lambda: [][1])
        self.dispatch("invoke", b)
        self.assertEqual(seen, [IndexError])

    def test_keyboard_interrupt_and_system_exit_propagate(self):
        def stop():
            raise KeyboardInterrupt
        self.root.after(10, stop)
        with self.assertRaises(KeyboardInterrupt):
            self.root.mainloop()

        def leave():
            raise SystemExit(3)
        self.root.after(10, leave)
        with self.assertRaises(SystemExit):
            self.root.mainloop()

    def test_error_in_binding(self):
        f = tkinter.Frame(self.root)
        f.bind("<Button-1>", lambda e: undefined_name)  # noqa: F821
        with captured_stderr() as err:
            self.dispatch("ButtonPress", f, num=1)
        self.assertIn("NameError", err.getvalue())

    def test_string_command_cannot_run(self):
        b = tkinter.Button(self.root, command="destroy .")
        with self.assertRaisesRegex(tkinter.TclError, 'invalid command name "destroy"'):
            b.invoke()


class MainThread(unittest.TestCase):
    """The fallback without a worker: mainloop returns, the panel calls dispatch, timers go to the browser."""

    def setUp(self):
        reset()
        self.addCleanup(reset)
        self.backend = _backend.RecordingBackend(mode="MainThread")
        _backend.set_factory(lambda: self.backend)
        self.scheduled = []
        _loop.scheduler = lambda delay, fn: self.scheduled.append((delay, fn))

    def test_mainloop_returns_and_dispatch_calls_back(self):
        root = tkinter.Tk()
        e = tkinter.Entry(root)
        log = []
        b = tkinter.Button(root, command=lambda: log.append(e.get()))
        root.mainloop()
        self.backend.flushes = 0
        _loop.dispatch('{"type": "edit", "widget": %d, "start": 0, "end": 0, "text": "hi"}' % e._handle)
        _loop.dispatch({"type": "invoke", "widget": b._handle})
        self.assertEqual(log, ["hi"])
        self.assertGreaterEqual(self.backend.flushes, 2, "each dispatch sends its ops")

    def test_timers_are_scheduled_on_the_browser_loop(self):
        root = tkinter.Tk()
        log = []
        root.after(50, lambda: log.append("t"))
        root.after_idle(lambda: log.append("idle"))
        delays = sorted(d for d, _ in self.scheduled)
        self.assertEqual(delays, [0.0, 0.05])
        self.backend.clock = 1.0
        for _, fn in self.scheduled:
            _loop.main_thread_step(fn)
        self.assertEqual(sorted(log), ["idle", "t"])

    def test_bad_events_are_refused(self):
        tkinter.Tk()
        with self.assertRaises(ValueError):
            _loop.dispatch({"type": "nonsense", "widget": 1})


if __name__ == "__main__":
    unittest.main()
