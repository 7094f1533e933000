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
    sys.stdin = _stdin
    if _stdout is not None:
        sys.stdout, sys.stderr = _stdout, _stderr
    builtins.input = _input
    time.sleep = bridge.sleep
    sys.setrecursionlimit(_DEFAULT_RECURSION_LIMIT)
    sys.argv[:] = [MAIN]


def _exit_code(exc):
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int) and not isinstance(code, bool):
        return code
    print(code, file=sys.stderr)
    return 1


def _format(exc):
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def run(source):
    """Runs ``source`` as ``main.py``; returns the Outcome as JSON."""
    _reset()
    main = types.ModuleType("__main__")
    main.__file__ = MAIN
    main.__builtins__ = builtins
    sys.modules["__main__"] = main
    linecache.cache[MAIN] = (len(source), None, source.splitlines(True), MAIN)
    try:
        with open(MAIN, "w", encoding="utf-8") as f:
            f.write(source)
    except OSError:
        pass
    try:
        code = compile(source, MAIN, "exec", dont_inherit=True)
        exec(code, main.__dict__)
        outcome = {"kind": "Ok"}
    except SystemExit as exc:
        outcome = {"kind": "Exit", "code": _exit_code(exc)}
    except KeyboardInterrupt as exc:
        outcome = {"kind": "Interrupted", "traceback": _format(exc)}
    except BaseException as exc:  # noqa: BLE001 - every error of the program is reported, never raised
        outcome = {"kind": "Error", "traceback": _format(exc)}
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
    return json.dumps(bridge.check("Outcome", outcome))
