# The one build entry point. Quick start on a fresh machine: `make run`, then `make test`.
.PHONY: all dist dist-test run test test-native test-wasm test-python test-js test-conformance test-e2e bench setup setup-test clean

all: dist

setup:
	@tools/setup.sh build

setup-test:
	@tools/setup.sh test

dist: setup
	@tools/build.sh dist

dist-test: setup
	@tools/build.sh dist-test

# Opens Chromium with the extension loaded; with no display, runs a headless demo and prints Python's output.
run: dist
	@tools/setup.sh run
	@node tools/run.mjs

test: setup-test dist dist-test
	@$(MAKE) --no-print-directory test-native test-python test-js test-wasm test-conformance test-e2e
	@echo "make test: all suites passed"

test-native:
	cargo test --quiet

test-wasm:
	cargo test --target wasm32-unknown-unknown

# The Python shims, in CPython and inside Pyodide.
test-python:
	python3 -m unittest discover -s tests/python -t .
	node tests/python/in_pyodide.mjs
	python3 -m unittest discover -s tests/turtle -t .
	node tests/turtle/in_pyodide.mjs
	python3 -m unittest discover -s tests/tkinter -t .
	node tests/tkinter/in_pyodide.mjs

# Our shims against CPython's real modules on real Tk (under Xvfb).
test-conformance:
	python3 tests/turtle/conformance/run.py
	python3 tests/tkinter/conformance/run.py

test-js:
	node --test tests/js/

test-e2e:
	node --test --test-concurrency=1 tests/e2e/

bench: setup-test dist dist-test
	node bench/bench.mjs
	node bench/lift.mjs
	node bench/turtle.mjs
	node bench/tkinter.mjs

clean:
	rm -rf dist dist-test build target/wasm32-unknown-unknown
