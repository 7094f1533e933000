"""Pyroom's Python side: the runner that executes the editor's program and the bridge to the panel.

``pyroom.runner`` runs a program as ``main.py``; ``pyroom.bridge`` is the one way Python code (the runner, and the
``turtle`` and ``tkinter`` shims) talks to the panel. Both follow the protocol in ``pyroom._protocol``, which is
generated from the Rust definitions in ``src/protocol.rs``.
"""
