"""Tests of the Python shims (shims/pyroom), run by CPython and, through in_pyodide.mjs, inside Pyodide."""
