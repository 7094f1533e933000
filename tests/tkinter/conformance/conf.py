"""What every conformance script imports: the tkinter under test, a root window and ``check``.

``run.py`` runs each script twice, under the real tkinter (Tk under Xvfb) and under Pyroom's (``--ours``: the
shims first on ``sys.path``, the recording backend), and compares what the scripts ``check``. A check records
a label and either the normalised result of a call or the exception it raised (type and message).
"""
import json
import os
import re
import sys

OURS = os.environ.get("PYROOM_TK_SIDE") == "ours"
if OURS:
    shims = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shims"))
    sys.path.insert(0, shims)
    for name in [m for m in sys.modules if m == "tkinter" or m.startswith("tkinter.")]:
        del sys.modules[name]

import tkinter as tk  # noqa: E402
from tkinter import ttk  # noqa: E402

if OURS:
    assert tk.__file__.startswith(shims), tk.__file__

_out = open(os.environ["PYROOM_TK_OUT"], "w", buffering=1) if os.environ.get("PYROOM_TK_OUT") else sys.stdout
_NUM_NAME = re.compile(r"^\d{6,}")


def norm(v):
    """A JSON-ready, comparable form of a tkinter result."""
    if isinstance(v, bool):
        return {"bool": v}
    if v is None or isinstance(v, (int, str)):
        if isinstance(v, str):
            return _NUM_NAME.sub("<id>", v)
        return v
    if isinstance(v, float):
        return {"float": round(v, 6)}
    if type(v).__name__ == "Tcl_Obj":
        return {"tclobj": v.typename, "s": _NUM_NAME.sub("<id>", str(v))}
    if isinstance(v, (tuple, list)):
        return {type(v).__name__: [norm(x) for x in v]}
    if isinstance(v, dict):
        return {"dict": {str(k): norm(x) for k, x in sorted(v.items(), key=lambda kv: str(kv[0]))}}
    if isinstance(v, (tk.Misc,)):
        return {"widget": str(v)}
    if isinstance(v, tk.Variable):
        return {"var": type(v).__name__, "name": str(v)}
    return {"repr": type(v).__name__}


def check(label, fn, *args, **kw):
    """Records ``fn(*args, **kw)`` (or the exception it raises) under ``label``."""
    try:
        result = {"value": norm(fn(*args, **kw))}
    except Exception as e:
        result = {"error": type(e).__name__, "message": _NUM_NAME.sub("<id>", str(e))}
    _out.write(json.dumps({"label": label, **result}) + "\n")


def record(label, value):
    """Records a value computed by the script."""
    _out.write(json.dumps({"label": label, "value": norm(value)}) + "\n")


root = tk.Tk()
root.tk.call("tk", "scaling", 96 / 72)
