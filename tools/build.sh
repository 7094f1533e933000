#!/usr/bin/env bash
# Builds the unpacked extension: tools/build.sh dist (what ships) or tools/build.sh dist-test (the same plus the
# test-only hooks and pages). Called by the Makefile; expects tools/setup.sh build to have run.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-dist}
features=()
[ "$out" = dist-test ] && features=(--features test-hooks)
bin=node_modules/.bin
# Builds of dist and dist-test share build/ and target/: take turns.
mkdir -p build
exec 9>build/.lock
flock 9

# 1. The Rust panel -> wasm + JS glue, then wasm-opt (npm binaryen; Debian's is too old for rustc's output).
cargo build --quiet --release --target wasm32-unknown-unknown "${features[@]}"
rm -rf "$out" && mkdir -p "$out/pkg" "$out/worker" "$out/pyodide" "$out/editor"
wasm-bindgen --target web --no-typescript --out-dir "$out/pkg" target/wasm32-unknown-unknown/release/pyroom.wasm
"$bin/wasm-opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-reference-types --enable-multivalue --enable-mutable-globals \
  "$out/pkg/pyroom_bg.wasm" -o "$out/pkg/pyroom_bg.wasm"

# 2. Monaco, bundled once into build/editor and copied.
editor_src=(extension/editor/editor.js extension/editor/python-names.js package-lock.json)
if [ ! -f build/editor/editor.js ] || [ -n "$(find "${editor_src[@]}" -newer build/editor/editor.js)" ]; then
  rm -rf build/editor
  "$bin/esbuild" extension/editor/editor.js --bundle --format=esm --minify --log-level=warning \
    --loader:.ttf=file --outdir=build/editor
  "$bin/esbuild" node_modules/monaco-editor/esm/vs/editor/editor.worker.js --bundle --format=esm --minify \
    --log-level=warning --outfile=build/editor/editor.worker.js
fi
cp -r build/editor/. "$out/editor/"

# 3. Pyodide's core, from the npm package, and the Python shims as one zip.
for f in pyodide.mjs pyodide.asm.mjs pyodide.asm.wasm python_stdlib.zip pyodide-lock.json; do
  cp node_modules/pyodide/$f "$out/pyodide/"
done
cp worker/*.mjs "$out/worker/"
python3 - "$out/shims.zip" <<'PY'
import sys, zipfile, pathlib
root = pathlib.Path("shims")
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for p in sorted(root.rglob("*.py")):
        if "__pycache__" not in p.parts and "tests" not in p.parts:
            z.write(p, p.relative_to(root).as_posix())
PY

# 4. The pages, the service worker, icons and the manifest.
cp extension/panel.html extension/panel.css extension/tk-widgets.css extension/tk-dialog.css extension/panel.js extension/service_worker.js "$out/"
cp -r extension/icons extension/content "$out/"
# Content scripts cannot be modules: a classic copy of collect.js for the page buttons.
sed 's/^export function collectBlocks/function collectBlocks/' extension/content/collect.js > "$out/content/collect.classic.js"
cp manifest.json "$out/"
if [ "$out" = dist-test ]; then
  # Test build only: the test pages, and read access to pages served on 127.0.0.1 (where a user would click the
  # toolbar icon, which headless tests cannot do, to grant activeTab).
  cp -r tests/e2e/pages "$out/test"
  python3 - "$out/manifest.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
m["host_permissions"] = ["http://127.0.0.1/*"]
json.dump(m, open(sys.argv[1], "w"), indent=2)
PY
fi

# 5. The store zip.
if [ "$out" = dist ]; then
  mkdir -p build
  rm -f build/pyroom.zip
  (cd "$out" && python3 -m zipfile -c ../build/pyroom.zip .)
fi
echo "built $out ($(du -sh "$out" | cut -f1))"
