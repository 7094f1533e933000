"""pyroom.runner: runs a program as main.py in a fresh __main__ and reports its Outcome, as ``python main.py`` would.

runner.install() patches sys.stdin, builtins.input and time.sleep for the whole interpreter; every test puts back
what it found, so that the test process itself keeps working.
"""
import builtins
import io
import json
import linecache
import os
import shutil
import sys
import tempfile
import textwrap
import time
import unittest

from .support import FakeHost, HostMixin, bridge

from pyroom import runner  # noqa: E402


class PanelStream(io.TextIOBase):
    """Output as the panel sees it: text becomes ``visible`` only when flushed, as with Pyodide's batched streams."""

    def __init__(self):
        self.pending = []
        self.visible = ""

    def writable(self):
        return True

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        self.pending.append(s)
        return len(s)

    def flush(self):
        self.visible += "".join(self.pending)
        self.pending.clear()


def line(text):
    return {"kind": "Line", "text": text}


EOF_REPLY = {"kind": "Eof"}


class RunnerTest(HostMixin, unittest.TestCase):
    def setUp(self):
        saved = {
            "stdin": sys.stdin, "stdout": sys.stdout, "stderr": sys.stderr, "input": builtins.input,
            "sleep": time.sleep, "argv": list(sys.argv), "limit": sys.getrecursionlimit(),
            "main": sys.modules.get("__main__"), "r_stdout": runner._stdout, "r_stderr": runner._stderr,
            "colors": os.environ.get("PYTHON_COLORS"), "cwd": os.getcwd(),
            "linecache": linecache.cache.get(runner.MAIN),
        }
        self.addCleanup(self.restore, saved)
        # runner.run writes main.py into the working directory: keep it out of the repository.
        tmp = tempfile.mkdtemp(prefix="pyroom-runner-")
        self.addCleanup(shutil.rmtree, tmp, True)
        os.chdir(tmp)
        self.out, self.err = PanelStream(), PanelStream()
        sys.stdout, sys.stderr = self.out, self.err
        self.host = self.install_host(FakeHost())
        self.host.stdout_probe = lambda: self.out.visible
        runner.install()

    @staticmethod
    def restore(saved):
        sys.stdin, sys.stdout, sys.stderr = saved["stdin"], saved["stdout"], saved["stderr"]
        builtins.input = saved["input"]
        time.sleep = saved["sleep"]
        sys.argv[:] = saved["argv"]
        sys.setrecursionlimit(saved["limit"])
        if saved["main"] is not None:
            sys.modules["__main__"] = saved["main"]
        runner._stdout, runner._stderr = saved["r_stdout"], saved["r_stderr"]
        if saved["colors"] is None:
            os.environ.pop("PYTHON_COLORS", None)
        else:
            os.environ["PYTHON_COLORS"] = saved["colors"]
        os.chdir(saved["cwd"])
        if saved["linecache"] is None:
            linecache.cache.pop(runner.MAIN, None)
        else:
            linecache.cache[runner.MAIN] = saved["linecache"]

    def run_program(self, source, *replies, sleep_result=False):
        self.host.replies.extend(replies)
        self.host.sleep_result = sleep_result
        raw = runner.run(textwrap.dedent(source))
        self.assertIsInstance(raw, str)
        outcome = json.loads(raw)
        bridge.check("Outcome", outcome)
        return outcome

    def assertOk(self, outcome):
        self.assertEqual(outcome, {"kind": "Ok"}, f"stdout={self.out.visible!r} stderr={self.err.visible!r}")


class Outcomes(RunnerTest):
    def test_ok_with_stdout_and_stderr_apart(self):
        outcome = self.run_program("""\
            import sys
            print("hello")
            print("oops", file=sys.stderr)
            print("héllo €")
        """)
        self.assertOk(outcome)
        self.assertEqual(self.out.visible, "hello\nhéllo €\n")
        self.assertEqual(self.err.visible, "oops\n")

    def test_output_is_flushed_when_the_run_ends(self):
        self.assertOk(self.run_program("import sys\nsys.stdout.write('no newline')\nsys.stderr.write('e')"))
        self.assertEqual(self.out.visible, "no newline")
        self.assertEqual(self.err.visible, "e")

    def test_error_traceback_names_main_py_and_the_lines(self):
        outcome = self.run_program("""\
            x = 1

            def divide(a):
                return a / 0

            divide(x)
        """)
        self.assertEqual(outcome["kind"], "Error")
        tb = outcome["traceback"]
        self.assertTrue(tb.startswith("Traceback (most recent call last):\n"), tb)
        self.assertIn('File "main.py", line 6, in <module>', tb)
        self.assertIn('File "main.py", line 4, in divide', tb)
        self.assertIn("return a / 0", tb, "the failing line's source is shown")
        self.assertTrue(tb.rstrip("\n").endswith("ZeroDivisionError: division by zero"), tb)
        self.assertLess(tb.index("line 6, in <module>"), tb.index("line 4, in divide"))

    def test_traceback_source_follows_the_current_program(self):
        self.run_program("raise ValueError('first')\n")
        outcome = self.run_program("x = 2\nassert x == 3, 'second'\n")
        tb = outcome["traceback"]
        self.assertIn('File "main.py", line 2', tb)
        self.assertIn("assert x == 3, 'second'", tb)
        self.assertNotIn("first", tb)
        self.assertTrue(tb.rstrip("\n").endswith("AssertionError: second"), tb)

    def test_syntax_error(self):
        outcome = self.run_program("print('before')\nx = = 1\n")
        self.assertEqual(outcome["kind"], "Error")
        tb = outcome["traceback"]
        self.assertIn('File "main.py", line 2', tb)
        self.assertIn("x = = 1", tb)
        self.assertIn("SyntaxError", tb)
        self.assertEqual(self.out.visible, "", "nothing runs when the program does not compile")

    def test_indentation_error(self):
        outcome = self.run_program("if True:\nprint(1)\n")
        self.assertEqual(outcome["kind"], "Error")
        self.assertIn('File "main.py", line 2', outcome["traceback"])
        self.assertIn("IndentationError", outcome["traceback"])

    def test_recursion_error_is_reported(self):
        outcome = self.run_program("def f(n):\n    return f(n + 1)\nf(0)\n")
        self.assertEqual(outcome["kind"], "Error")
        self.assertIn("RecursionError", outcome["traceback"])
        self.assertIn('File "main.py", line 2, in f', outcome["traceback"])
        self.assertOk(self.run_program("print('still alive')"))
        self.assertTrue(self.out.visible.endswith("still alive\n"))

    def test_exit_codes(self):
        cases = [
            ("import sys\nsys.exit()", 0, ""),
            ("import sys\nsys.exit(None)", 0, ""),
            ("import sys\nsys.exit(0)", 0, ""),
            ("import sys\nsys.exit(3)", 3, ""),
            ("raise SystemExit(7)", 7, ""),
            ("import sys\nsys.exit(-1)", -1, ""),
            ("import sys\nsys.exit('fatal: no input')", 1, "fatal: no input\n"),
            ("import sys\nsys.exit(['a', 1])", 1, "['a', 1]\n"),
        ]
        for source, code, err in cases:
            with self.subTest(source=source):
                self.err.visible = ""
                outcome = self.run_program(source)
                self.assertEqual(outcome, {"kind": "Exit", "code": code})
                self.assertEqual(self.err.visible, err)

    def test_exit_stops_the_program(self):
        outcome = self.run_program("print('a')\nraise SystemExit(2)\nprint('b')")
        self.assertEqual(outcome, {"kind": "Exit", "code": 2})
        self.assertEqual(self.out.visible, "a\n")

    def test_exit_with_a_bool_is_an_int_as_in_cpython(self):
        # CPython treats bool as int here: sys.exit(False) is status 0 and sys.exit(True) status 1, both silent.
        for value, code in (("False", 0), ("True", 1)):
            with self.subTest(value=value):
                self.err.visible = ""
                outcome = self.run_program(f"import sys\nsys.exit({value})")
                self.assertEqual(outcome, {"kind": "Exit", "code": code})
                self.assertEqual(self.err.visible, "")

    def test_exit_code_fits_the_protocol(self):
        # Outcome::Exit { code: i32 } in src/protocol.rs: a larger code would make the panel reject Finished.
        outcome = self.run_program("import sys\nsys.exit(2**40)")
        self.assertEqual(outcome["kind"], "Exit")
        self.assertIsInstance(outcome["code"], int)
        self.assertTrue(-2**31 <= outcome["code"] < 2**31, outcome)

    def test_keyboard_interrupt_is_interrupted(self):
        outcome = self.run_program("print('working')\nraise KeyboardInterrupt\n")
        self.assertEqual(outcome["kind"], "Interrupted")
        self.assertIn('File "main.py", line 2', outcome["traceback"])
        self.assertTrue(outcome["traceback"].rstrip("\n").endswith("KeyboardInterrupt"))
        self.assertEqual(self.out.visible, "working\n")

    def test_run_never_raises(self):
        programs = [
            "import sys\ndel sys.stdout",
            "import sys\ndel sys.stderr\nsys.exit('bye')",
            "import sys\nclass Code:\n    def __str__(self):\n        raise ValueError('no str')\nsys.exit(Code())",
            "import sys\nsys.stdout = None\nsys.stderr = None",
            "class E(Exception):\n    def __str__(self):\n        raise ValueError('no str')\nraise E()",
        ]
        for source in programs:
            with self.subTest(source=source):
                try:
                    raw = runner.run(source)
                except BaseException as exc:  # noqa: BLE001
                    self.fail(f"runner.run raised {exc!r}")
                finally:
                    runner._reset()
                bridge.check("Outcome", json.loads(raw))


class FreshMain(RunnerTest):
    def test_globals_do_not_leak_between_runs(self):
        self.assertOk(self.run_program("secret = 42\nimport json"))
        outcome = self.run_program("print(secret)")
        self.assertEqual(outcome["kind"], "Error")
        self.assertIn("NameError", outcome["traceback"])
        self.assertOk(self.run_program("print('json' in globals(), 'secret' in globals())"))
        self.assertTrue(self.out.visible.endswith("False False\n"))

    def test_main_module_is_the_program(self):
        self.assertOk(self.run_program("""\
            import sys, __main__
            print(__name__, __file__)
            print(__main__.__dict__ is globals(), sys.modules['__main__'] is __main__)
            if __name__ == "__main__":
                print("as a script")
        """))
        self.assertEqual(self.out.visible, "__main__ main.py\nTrue True\nas a script\n")

    def test_a_new_main_module_each_run(self):
        self.assertOk(self.run_program("import sys\nsys.modules['__main__'].__dict__['planted'] = 1"))
        first = sys.modules["__main__"]
        self.assertOk(self.run_program("print('planted' in globals())"))
        self.assertIsNot(sys.modules["__main__"], first)
        self.assertEqual(self.out.visible, "False\n")

    def test_classes_of_main_work_with_pickle_and_dataclasses(self):
        self.assertOk(self.run_program("""\
            import pickle
            from dataclasses import dataclass

            @dataclass
            class Point:
                x: int
                y: int = 0

            p = pickle.loads(pickle.dumps(Point(1, 2)))
            print(p, p == Point(1, 2))
        """))
        self.assertEqual(self.out.visible, "Point(x=1, y=2) True\n")

    def test_inspect_finds_the_source(self):
        self.assertOk(self.run_program("import inspect\ndef f():\n    return 1\nprint(inspect.getsource(f), end='')\n"))
        self.assertEqual(self.out.visible, "def f():\n    return 1\n")

    def test_argv(self):
        self.assertOk(self.run_program("import sys\nprint(sys.argv)\nsys.argv.append('--extra')"))
        self.assertOk(self.run_program("import sys\nprint(sys.argv)\nsys.argv = ['other']"))
        self.assertOk(self.run_program("import sys\nprint(sys.argv)"))
        self.assertEqual(self.out.visible, "['main.py']\n" * 3)

    def test_recursion_limit_is_restored_between_runs(self):
        default = runner._DEFAULT_RECURSION_LIMIT
        self.assertGreaterEqual(default, 100)
        self.assertOk(self.run_program("import sys\nsys.setrecursionlimit(%d)" % (default + 1234)))
        self.assertEqual(sys.getrecursionlimit(), default + 1234)
        self.assertOk(self.run_program("import sys\nprint(sys.getrecursionlimit())"))
        self.assertEqual(self.out.visible, f"{default}\n")

    def test_streams_and_patches_are_restored_between_runs(self):
        self.assertOk(self.run_program("""\
            import builtins, io, sys, time
            sys.stdout = io.StringIO()
            sys.stderr = io.StringIO()
            sys.stdin = io.StringIO('x')
            builtins.input = lambda *a: 'patched'
            time.sleep = lambda s: None
        """))
        self.assertOk(self.run_program("""\
            import sys, time
            print('out')
            print('err', file=sys.stderr)
            print(input('? '))
            time.sleep(0.5)
        """, line("typed")))
        self.assertEqual(self.out.visible, "out\n? typed\n")
        self.assertEqual(self.err.visible, "err\n")
        self.assertEqual(self.host.requests, [{"kind": "Input", "prompt": "? "}])
        self.assertEqual(self.host.sleeps, [0.5])

    def test_install_turns_colours_off(self):
        os.environ.pop("PYTHON_COLORS", None)
        runner.install()
        self.assertEqual(os.environ.get("PYTHON_COLORS"), "0")


class Input(RunnerTest):
    def test_input_prompt_goes_to_stdout_before_the_request(self):
        outcome = self.run_program("name = input('Name? ')\nprint('Hello,', name)", line("Ada"))
        self.assertOk(outcome)
        self.assertEqual(self.host.requests, [{"kind": "Input", "prompt": "Name? "}])
        self.assertEqual(self.host.stdout_at_request, ["Name? "], "the prompt is on screen while Python waits")
        self.assertEqual(self.out.visible, "Name? Hello, Ada\n")

    def test_earlier_output_is_visible_while_waiting(self):
        self.assertOk(self.run_program("print('first', end='')\nprint('!')\ninput()", line("")))
        self.assertEqual(self.host.stdout_at_request, ["first!\n"])
        self.assertEqual(self.host.requests, [{"kind": "Input", "prompt": ""}])

    def test_prompt_is_converted_with_str(self):
        self.assertOk(self.run_program("print(repr(input(42)))", line("x")))
        self.assertEqual(self.host.requests, [{"kind": "Input", "prompt": "42"}])
        self.assertEqual(self.out.visible, "42'x'\n")

    def test_several_inputs(self):
        self.assertOk(self.run_program("a = int(input('a: '))\nb = int(input('b: '))\nprint(a + b)",
                                       line("2"), line("40")))
        self.assertEqual(self.out.visible, "a: b: 42\n")
        self.assertEqual(len(self.host.requests), 2)

    def test_eof_raises_eof_error(self):
        self.assertOk(self.run_program("""\
            try:
                input('> ')
            except EOFError as e:
                print('eof:', e)
        """, EOF_REPLY))
        self.assertEqual(self.out.visible, "> eof: EOF when reading a line\n")
        outcome = self.run_program("input()", EOF_REPLY)
        self.assertEqual(outcome["kind"], "Error")
        self.assertIn("EOFError", outcome["traceback"])
        self.assertIn('File "main.py", line 1', outcome["traceback"])

    def test_refused_raises_os_error(self):
        outcome = self.run_program("input()", {"kind": "Refused", "message": "the panel is closing"})
        self.assertEqual(outcome["kind"], "Error")
        self.assertIn("the panel is closing", outcome["traceback"])
        self.assertIn("OSError", outcome["traceback"])

    def test_stop_while_waiting_is_interrupted(self):
        outcome = self.run_program("print('before')\ninput('wait: ')\nprint('after')", None)
        self.assertEqual(outcome["kind"], "Interrupted")
        self.assertIn("KeyboardInterrupt", outcome["traceback"])
        self.assertIn('File "main.py", line 2', outcome["traceback"])
        self.assertEqual(self.out.visible, "before\nwait: ")

    def test_stdin_readline(self):
        self.assertOk(self.run_program("""\
            import sys
            print(repr(sys.stdin.readline()))
            print(repr(sys.stdin.readline(2)))
            print(repr(sys.stdin.readline()))
        """, line("abc"), line("def"), EOF_REPLY))
        self.assertEqual(self.out.visible, "'abc\\n'\n'de'\n''\n")
        self.assertEqual(self.host.requests, [{"kind": "Input", "prompt": ""}] * 3)

    def test_stdin_iteration_and_read(self):
        self.assertOk(self.run_program("""\
            import sys
            for l in sys.stdin:
                print(l.strip().upper())
            print('done')
        """, line("a"), line("b"), EOF_REPLY))
        self.assertEqual(self.out.visible, "A\nB\ndone\n")
        self.assertOk(self.run_program("import sys\nprint(repr(sys.stdin.read()))", line("x"), line("y"), EOF_REPLY))
        self.assertTrue(self.out.visible.endswith("'x\\ny\\n'\n"))

    def test_stdin_looks_like_a_text_stream(self):
        self.assertOk(self.run_program("""\
            import sys
            print(sys.stdin.readable(), sys.stdin.isatty(), sys.stdin.encoding)
        """))
        self.assertEqual(self.out.visible, "True False utf-8\n")

    def test_input_reads_a_replaced_stdin(self):
        self.assertOk(self.run_program("""\
            import io, sys
            sys.stdin = io.StringIO('one\\ntwo')
            print(input('p> '))
            print(input())
            try:
                input()
            except EOFError:
                print('eof')
        """))
        self.assertEqual(self.out.visible, "p> one\ntwo\neof\n")
        self.assertEqual(self.host.requests, [])

    def test_time_sleep_is_the_interruptible_one(self):
        self.assertOk(self.run_program("import time\nfrom time import sleep\ntime.sleep(0.5)\nsleep(2)"))
        self.assertEqual(self.host.sleeps, [0.5, 2.0])

    def test_output_before_a_sleep_is_visible_during_it(self):
        seen = []
        self.host.sleep = lambda s: seen.append(self.out.visible) or False
        self.assertOk(self.run_program("print('tick')\nimport time\ntime.sleep(1)\nprint('tock')"))
        self.assertEqual(seen, ["tick\n"])
        self.assertEqual(self.out.visible, "tick\ntock\n")

    def test_stop_during_sleep_is_interrupted(self):
        outcome = self.run_program("import time\nprint('a')\ntime.sleep(100)\nprint('b')", sleep_result=True)
        self.assertEqual(outcome["kind"], "Interrupted")
        self.assertIn('File "main.py", line 3', outcome["traceback"])
        self.assertEqual(self.out.visible, "a\n")
        self.assertEqual(self.host.sleeps, [100.0])


if __name__ == "__main__":
    unittest.main()
