#!/usr/bin/env bash
# Rebuilds the lift fixtures (tests/fixtures/lift/): installs the real documentation generators (PyPI into
# build/lift-venv, VitePress from npm into build/vitepress), renders tests/fixtures/lift/src/blocks.py into each
# generator's sources, builds the pages, then reads every page with extension/content/collect.js in headless
# Chromium into <generator>/raw.json. The native tests read only the committed results; nothing here runs at test
# time. Usage: tools/lift-fixtures/generate.sh [family ...]   (sphinx mkdocs vitepress nbconvert pdoc hand)
#          tools/lift-fixtures/generate.sh --capture-only    (collect.js changed: re-read the committed pages)
#          tools/lift-fixtures/generate.sh --check           (fail if collect.js no longer gives the committed raw.json)
set -euo pipefail
cd "$(dirname "$0")/../.."
here=tools/lift-fixtures
say() { printf '[lift-fixtures] %s\n' "$*"; }

case "${1:-}" in
  --capture-only) exec node "$here/capture.mjs" ;;
  --check) exec node "$here/capture.mjs" --check ;;
esac

if [ ! -x build/lift-venv/bin/python ]; then
  say "creating build/lift-venv"
  python3 -m venv build/lift-venv
fi
if ! cmp -s "$here/requirements.txt" build/lift-venv/requirements.txt; then
  say "installing the Python generators"
  build/lift-venv/bin/pip install --quiet --disable-pip-version-check -r "$here/requirements.txt"
  cp "$here/requirements.txt" build/lift-venv/requirements.txt
fi
if ! cmp -s "$here/vitepress/package-lock.json" build/vitepress/package-lock.json; then
  say "installing VitePress"
  mkdir -p build/vitepress
  cp "$here/vitepress/package.json" "$here/vitepress/package-lock.json" build/vitepress/
  (cd build/vitepress && npm ci --no-audit --no-fund --silent)
fi
if [ ! -f node_modules/playwright-core/package.json ]; then
  say "installing the project's npm packages (playwright-core)"
  npm ci --no-audit --no-fund
fi

build/lift-venv/bin/python "$here/generate.py" "$@"
node "$here/capture.mjs"
say "done: review with git diff tests/fixtures/lift, then run cargo test"
