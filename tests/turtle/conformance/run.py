"""Turtle conformance: each script in scripts/ runs under CPython's real turtle (Tk under Xvfb) and under Pyroom's
(shims/turtle, recording backend); the positions, headings, return values, errors, undo buffers, screen state,
update and delay counts and drawn items they record (see harness.py) must agree.

    python3 tests/turtle/conformance/run.py [-v] [script names...]

Prints one line per mismatch (-v: all differences) and ``turtle conformance: N passed, M failed``; exits 1 on any
failure. Numbers agree within 0.01 (within 3 in records whose label starts with "~": text widths depend on fonts).
"""
import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/root/.pyenv/versions/3.13.0/bin/python3"
TOL = 0.01
LOOSE = 3.0


def run_one(impl, script, tmp):
    out = os.path.join(tmp, f"{os.path.basename(script)}.{impl}.json")
    cmd = [PYTHON, os.path.join(HERE, "harness.py"), impl, script, out]
    if impl == "real":
        cmd = ["xvfb-run", "-a"] + cmd
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if proc.returncode != 0 or not os.path.exists(out):
        return {"crash": proc.stderr[-3000:] or proc.stdout[-3000:]}
    with open(out) as f:
        data = json.load(f)
    data["stderr"] = proc.stderr
    return data


def diff(a, b, path, tol, out):
    if isinstance(a, float) and isinstance(b, float):
        if abs(a - b) > tol * max(1.0, abs(a) / 100):
            out.append((path, a, b))
    elif isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                out.append((f"{path}.{k}", a.get(k, "<missing>"), b.get(k, "<missing>")))
            else:
                diff(a[k], b[k], f"{path}.{k}", tol, out)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append((f"{path}[len]", len(a), len(b)))
        for i, (x, y) in enumerate(zip(a, b)):
            diff(x, y, f"{path}[{i}]", tol, out)
    elif a != b:
        out.append((path, a, b))


def compare(real, ours):
    if "crash" in real:
        return [("real crashed", real["crash"], "")]
    if "crash" in ours:
        return [("ours crashed", "", ours["crash"])]
    out = []
    if real["uncaught"]:
        out.append(("script error under the real turtle", real["uncaught"][2], ""))
    diff(real["uncaught"] and real["uncaught"][:2], ours["uncaught"] and ours["uncaught"][:2], "uncaught", TOL, out)
    ra, oa = real["records"], ours["records"]
    if [r["label"] for r in ra] != [r["label"] for r in oa]:
        out.append(("labels", [r["label"] for r in ra], [r["label"] for r in oa]))
    for r, o in zip(ra, oa):
        tol = LOOSE if r["label"].startswith("~") else TOL
        diff(r, o, r["label"], tol, out)
    return out


def short(v, n=300):
    s = json.dumps(v) if not isinstance(v, str) else v
    return s if len(s) <= n else s[:n] + "..."


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    scripts_dir = os.path.join(HERE, "scripts")
    names = sorted(f for f in os.listdir(scripts_dir) if f.endswith(".py"))
    if args:
        names = [n for n in names if any(a in n for a in args)]
    if shutil.which("xvfb-run") is None:
        sys.exit("xvfb-run is missing (apt-get install xvfb python3-tk)")
    tmp = tempfile.mkdtemp(prefix="turtle-conformance-")
    jobs = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        for name in names:
            path = os.path.join(scripts_dir, name)
            jobs[name] = (pool.submit(run_one, "real", path, tmp), pool.submit(run_one, "ours", path, tmp))
        passed = failed = 0
        for name in names:
            real, ours = (f.result() for f in jobs[name])
            diffs = compare(real, ours)
            if diffs:
                failed += 1
                print(f"FAIL {name}: {len(diffs)} difference(s)")
                for path, a, b in diffs[: None if verbose else 5]:
                    print(f"  {path}\n    real: {short(a)}\n    ours: {short(b)}")
                if verbose and ours.get("stderr"):
                    print("  ours stderr:", ours["stderr"][-2000:])
            else:
                passed += 1
                print(f"ok   {name} ({len(real['records'])} records)")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"turtle conformance: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
