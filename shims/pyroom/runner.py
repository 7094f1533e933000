"""Runs the editor's program as ``main.py`` in a fresh ``__main__``, as ``python main.py`` does on the desktop.

The interpreter stays warm between runs; each run gets a new ``__main__`` module, ``sys.argv == ['main.py']``, the
default recursion limit, and standard streams wired to the panel. ``run`` never raises: it returns the run's
Outcome (see ``src/protocol.rs``) as JSON, with the full traceback text; the panel hides Pyroom's own frames.
"""
import builtins
import io
import json
import linecache
import os
import sys
import time
import traceback
import types

from . import bridge

MAIN = "main.py"
_DEFAULT_RECURSION_LIMIT = sys.getrecursionlimit()


class BridgeStdin(io.TextIOBase):
    """``sys.stdin``: each line is typed by the user into the console's input field."""

    encoding = "utf-8"
    errors = "strict"

    def readable(self):
        return True

    def isatty(self):
        return False

    def readline(self, size=-1):
        reply = bridge.request("Input", prompt="")
        if reply["kind"] == "Line":
            line = reply["text"] + "\n"
            return line if size is None or size < 0 else line[:size]
        if reply["kind"] == "Eof":
            return ""
        raise OSError(reply["message"])

    def read(self, size=-1):
        parts = []
        while True:
            line = self.readline()
            if not line:
                return "".join(parts)
            parts.append(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


def _input(prompt=""):
    """``input()``: the prompt goes to stdout and the panel shows an input field after it."""
    prompt = str(prompt)
    if sys.stdin is not _stdin:
        if prompt:
            sys.stdout.write(prompt)
        sys.stdout.flush()
        line = sys.stdin.readline()
        if not line:
            raise EOFError("EOF when reading a line")
        return line[:-1] if line.endswith("\n") else line
    if prompt:
        sys.stdout.write(prompt)
    reply = bridge.request("Input", prompt=prompt)
    if reply["kind"] == "Eof":
        raise EOFError("EOF when reading a line")
    if reply["kind"] == "Refused":
        raise OSError(reply["message"])
    return reply["text"]


_stdin = BridgeStdin()
_stdout = _stderr = None


def install():
    """Wires the standard streams, ``input`` and ``time.sleep`` to the panel. Called once after start-up."""
    global _stdout, _stderr
    _stdout, _stderr = sys.stdout, sys.stderr
    os.environ.setdefault("PYTHON_COLORS", "0")
    _reset()


def _reset():
    new_run = getattr(sys.modules.get("tkinter._loop"), "new_run", None)
    if new_run is not None:
        new_run()
    sys.stdin = _stdin
    if _stdout is not None:
        sys.stdout, sys.stderr = _stdout, _stderr
    builtins.input = _input
    time.sleep = bridge.sleep
    sys.setrecursionlimit(_DEFAULT_RECURSION_LIMIT)
    sys.argv[:] = [MAIN]


_I32 = (-(2**31), 2**31 - 1)


def _exit_code(exc):
    """The exit status of ``sys.exit(code)``, as CPython computes it: None is 0, an int (a bool too) is itself,
    anything else is printed to stderr and counts as 1."""
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return max(_I32[0], min(_I32[1], int(code)))
    try:
        print(code, file=sys.stderr)
    except Exception:  # CPython ignores a failure to print the message, too
        pass
    return 1


def _format(exc):
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def _fresh_main(filename):
    main = types.ModuleType("__main__")
    main.__file__ = filename
    main.__builtins__ = builtins
    return main


def _execute(source, filename, module, echo=False):
    """Runs ``source`` in ``module`` as file ``filename``; returns the Outcome as JSON. With ``echo``, each
    top-level statement runs as at the ``>>>`` prompt, so expression values are printed."""
    _reset()
    sys.modules["__main__"] = module
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    try:
        for code in _compile(source, filename, echo):
            exec(code, module.__dict__)
        outcome = {"kind": "Ok"}
    except SystemExit as exc:
        outcome = {"kind": "Exit", "code": _exit_code(exc)}
    except KeyboardInterrupt as exc:
        outcome = {"kind": "Interrupted", "traceback": _format(exc)}
    except BaseException as exc:  # noqa: BLE001 - every error of the program is reported, never raised
        outcome = {"kind": "Error", "traceback": _format(exc)}
    finally:
        _end_run()
        bridge.flush_streams()
    return json.dumps(bridge.check("Outcome", outcome))


def _end_run():
    """Lets the shims show what the program left pending: turtle under ``tracer(0)`` draws at its last update, a
    tkinter window built without ``mainloop()`` still appears."""
    hooks = (
        getattr(sys.modules.get("turtle"), "_pyroom", None) and sys.modules["turtle"]._pyroom.end_run,
        getattr(sys.modules.get("tkinter._loop"), "finish", None),
    )
    for hook in hooks:
        if hook:
            try:
                hook()
            except BaseException:  # noqa: BLE001 - the program's own outcome is what matters here
                pass


def _compile(source, filename, echo):
    if not echo:
        yield compile(source, filename, "exec", dont_inherit=True)
        return
    import ast

    tree = compile(source, filename, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
    for stmt in tree.body:
        yield compile(ast.Interactive(body=[stmt]), filename, "single", dont_inherit=True)


def run(source):
    """Runs ``source`` as ``main.py`` in a fresh ``__main__``; returns the Outcome as JSON."""
    try:
        with open(MAIN, "w", encoding="utf-8") as f:
            f.write(source)
    except OSError:
        pass
    return _execute(source, MAIN, _fresh_main(MAIN))


_cells = None


def run_cell(source, name, fresh, echo=False):
    """Runs one block of a page in the page's shared namespace (a new one when ``fresh``), like a notebook."""
    global _cells
    if fresh or _cells is None:
        _cells = _fresh_main(name)
    return _execute(source, name, _cells, echo)


def check(source, name):
    """Runs a ``>>>`` session as a doctest in a fresh namespace; returns a Checked (or Error) Outcome as JSON."""
    import doctest

    _reset()
    failures = []

    class Recorder(doctest.DocTestRunner):
        def report_start(self, out, test, example):
            pass

        def report_success(self, out, test, example, got):
            pass

        def report_failure(self, out, test, example, got):
            failures.append(_failure(example, got))

        def report_unexpected_exception(self, out, test, example, exc_info):
            got = "Traceback (most recent call last):\n  ...\n"
            got += "".join(traceback.format_exception_only(exc_info[0], exc_info[1]))
            failures.append(_failure(example, got))

    module = _fresh_main(name)
    sys.modules["__main__"] = module
    try:
        test = doctest.DocTestParser().get_doctest(source, module.__dict__, name, name, 0)
        result = Recorder(verbose=False).run(test, out=lambda text: None, clear_globs=False)
        outcome = {"kind": "Checked", "attempted": result.attempted, "failures": failures}
    except KeyboardInterrupt as exc:
        outcome = {"kind": "Interrupted", "traceback": _format(exc)}
    except BaseException as exc:  # noqa: BLE001 - a malformed session is reported, never raised
        outcome = {"kind": "Error", "traceback": _format(exc)}
    finally:
        bridge.flush_streams()
    return json.dumps(bridge.check("Outcome", outcome))


def _failure(example, got):
    return {"line": example.lineno + 1, "source": example.source, "expected": example.want, "got": got}
