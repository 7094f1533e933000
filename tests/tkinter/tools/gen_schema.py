"""Writes src/tk/schema.json: the shim's op schema (`_ops.schema()`) and its wire schema (`_wire`), which the Rust
renderer's types are tested against. Run after changing `_ops.py` or `_wire.py`; `test_ops` checks it is current.

    python3 tests/tkinter/tools/gen_schema.py
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
sys.path.insert(0, os.path.join(ROOT, "shims"))
OUT = os.path.join(ROOT, "src", "tk", "schema.json")


def build():
    from tkinter import _ops, _wire
    data = _ops.schema()
    data["kind_names"] = list(_ops.KINDS)
    data["item_types"] = list(_ops.ITEM_TYPES)
    data["entry_types"] = list(_ops.MENU_ENTRY_TYPES)
    data["events"] = _wire.EVENTS
    data["queries"] = _wire.QUERIES
    data["answers"] = _wire.ANSWERS
    return json.dumps(data, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    with open(OUT, "w") as f:
        f.write(build())
    print("wrote", OUT)
