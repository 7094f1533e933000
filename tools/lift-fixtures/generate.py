"""Renders tests/fixtures/lift/src/blocks.py into the sources of each documentation generator, builds them with the
real generators (installed by generate.sh), keeps only the HTML pages under tests/fixtures/lift/<generator>/, writes
the hand-written host pages, and writes tests/fixtures/lift/expected.json from the manifest.

Run through generate.sh, which installs the generators first. Work files go to build/lift/.
"""
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIX = ROOT / "tests/fixtures/lift"
WORK = ROOT / "build/lift"
VENV_BIN = ROOT / "build/lift-venv/bin"
sys.path.insert(0, str(FIX / "src"))
sys.path.insert(0, str(Path(__file__).parent))
from blocks import BLOCKS  # noqa: E402
import handwritten  # noqa: E402

SPHINX_THEMES = {
    "sphinx-alabaster": "alabaster",
    "sphinx-furo": "furo",
    "sphinx-rtd": "sphinx_rtd_theme",
    "sphinx-pydata": "pydata_sphinx_theme",
    "sphinx-book": "sphinx_book_theme",
}
INTRO = "Lift fixture: every kind of block a documentation page shows."


def shown(family):
    return [b for b in BLOCKS if family in b["only"]]


def run(*cmd, cwd=None):
    print("[lift-fixtures]", " ".join(str(c) for c in cmd), flush=True)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL)


def slim(html):
    """Drops inlined theme CSS, scripts and SVG sprites bigger than 1 kB (the code blocks never hold raw tags)."""
    big = lambda m: "" if len(m.group(0)) > 1000 else m.group(0)  # noqa: E731
    for tag in ("style", "script", "svg"):
        html = re.sub(rf"<{tag}\b.*?</{tag}>", big, html, flags=re.S)
    return html


def keep(page: Path, name: str, family: str):
    """Copies one built page into the fixtures, without its theme's assets; returns (page, ids of its blocks)."""
    dest = FIX / name
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    (dest / "index.html").write_text(slim(page.read_text()))
    return f"{name}/index.html", [b["id"] for b in shown(family)]


def indent(text, pad="   "):
    return "".join(pad + line if line.strip() else line for line in text.splitlines(True))


def rst_block(b):
    if b["lang"] is None and b["text"].startswith(">>>"):
        return b["text"]  # a bare doctest block
    if b["lang"] is None:
        return "::\n\n" + indent(b["text"])
    opts = "   :linenos:\n" if b["linenos"] else ""
    return f".. code-block:: {b['lang']}\n{opts}\n" + indent(b["text"])


def build_sphinx():
    src = WORK / "sphinx-src"
    shutil.rmtree(src, ignore_errors=True)
    src.mkdir(parents=True)
    (src / "conf.py").write_text('project = "Lift"\nextensions = []\nhtml_static_path = []\n')
    parts = ["Lift\n====\n", INTRO + " Inline code such as ``x = 1`` is not a block.\n"]
    for b in shown("sphinx"):
        parts.append(f"Block {b['id']}\n{'-' * (6 + len(b['id']))}\n\nThe {b['id']} example.\n\n{rst_block(b)}")
    (src / "index.rst").write_text("\n".join(parts))
    pages = []
    for name, theme in SPHINX_THEMES.items():
        out = WORK / name
        shutil.rmtree(out, ignore_errors=True)
        run(VENV_BIN / "sphinx-build", "-q", "-b", "html", "-D", f"html_theme={theme}", src, out)
        pages.append(keep(out / "index.html", name, "sphinx"))
    return pages


def md_block(b, linenos_attr):
    lang = b["lang"] or ""
    if b["linenos"] and lang:
        lang = linenos_attr(lang)
    return f"```{lang}\n{b['text']}```\n"


def md_page(family, linenos_attr):
    parts = ["# Lift\n", INTRO + " Inline code such as `x = 1` is not a block.\n"]
    for b in shown(family):
        parts.append(f"## Block {b['id']}\n\nThe {b['id']} example.\n\n{md_block(b, linenos_attr)}")
    return "\n".join(parts)


# The first as pymdownx.highlight comes (no language class on the block), the second as Material recommends.
MKDOCS = {
    "mkdocs-material": {},
    "mkdocs-material-inline": {"pygments_lang_class": True, "linenums_style": "pymdownx-inline",
                               "anchor_linenums": True, "line_spans": "__span"},
}


def build_mkdocs():
    pages = []
    for name, highlight in MKDOCS.items():
        src = WORK / (name + "-src")
        shutil.rmtree(src, ignore_errors=True)
        (src / "docs").mkdir(parents=True)
        (src / "docs/index.md").write_text(md_page("mkdocs", lambda lang: f'{lang} linenums="1"'))
        config = {
            "site_name": "Lift",
            "theme": {"name": "material", "features": ["content.code.copy"]},
            "markdown_extensions": [{"pymdownx.highlight": highlight}, "pymdownx.inlinehilite",
                                    "pymdownx.superfences"],
        }
        (src / "mkdocs.yml").write_text(json.dumps(config, indent=1))  # JSON is YAML
        run(VENV_BIN / "mkdocs", "build", "-q", "-f", src / "mkdocs.yml", "-d", src / "site")
        pages.append(keep(src / "site/index.html", name, "mkdocs"))
    return pages


def build_vitepress():
    src = WORK / "vitepress-src"
    shutil.rmtree(src, ignore_errors=True)
    (src / "docs/.vitepress").mkdir(parents=True)
    (src / "docs/index.md").write_text(md_page("vitepress", lambda lang: f"{lang}:line-numbers"))
    (src / "docs/.vitepress/config.mjs").write_text("export default { title: 'Lift' }\n")
    vitepress = ROOT / "build/vitepress/node_modules/.bin/vitepress"
    run(vitepress, "build", "docs", cwd=src)
    return [keep(src / "docs/.vitepress/dist/index.html", "vitepress", "vitepress")]


def notebook():
    def lines(text):
        return text.splitlines(True)

    cells = [{"cell_type": "markdown", "metadata": {}, "source": lines("# Lift\n\n" + INTRO)}]
    count = 0
    for b in shown("nbconvert"):
        code_cell = b["want"] and b["want"]["kind"] == "python" and b["lang"] in ("python", "ipython3", None)
        if not code_cell:
            md = f"The {b['id']} example.\n\n```{b['lang'] or ''}\n{b['text']}```"
            cells.append({"cell_type": "markdown", "metadata": {}, "source": lines(md)})
            continue
        count += 1
        outputs = []
        if isinstance(b["output"], str):
            outputs.append({"output_type": "stream", "name": "stdout", "text": lines(b["output"])})
        elif isinstance(b["output"], tuple):
            name, message = b["output"]
            tb = ["\x1b[31m---------------------------------------------------------------------------\x1b[39m",
                  f"\x1b[31m{name}\x1b[39m                                Traceback (most recent call last)",
                  "Cell \x1b[32mIn[%d]\x1b[39m, line 2\n      1 numbers = [1, 2, 3]\n----> 2 print(numbers[3])" % count,
                  f"\x1b[31m{name}\x1b[39m: {message}"]
            outputs.append({"output_type": "error", "ename": name, "evalue": message, "traceback": tb})
        if b["id"] == "ipython-magic":
            outputs.append({"output_type": "execute_result", "execution_count": count, "metadata": {},
                            "data": {"text/plain": ["2.5"]}})
        cells.append({"cell_type": "code", "execution_count": count, "metadata": {}, "outputs": outputs,
                      "source": lines(b["text"].rstrip("\n"))})
    for k, cell in enumerate(cells):
        cell["id"] = f"cell-{k}"
    return {"cells": cells, "nbformat": 4, "nbformat_minor": 5,
            "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
                         "language_info": {"name": "python", "pygments_lexer": "ipython3"}}}


def build_nbconvert():
    src = WORK / "nbconvert-src"
    shutil.rmtree(src, ignore_errors=True)
    src.mkdir(parents=True)
    (src / "lift.ipynb").write_text(json.dumps(notebook(), indent=1))
    pages = []
    for name, template in {"nbconvert-lab": "lab", "nbconvert-classic": "classic"}.items():
        run(VENV_BIN / "jupyter", "nbconvert", "--log-level=ERROR", "--to", "html", "--template", template,
            "--output", name, src / "lift.ipynb")
        pages.append(keep(src / f"{name}.html", name, "nbconvert"))
    return pages


def build_pdoc():
    src = WORK / "pdoc-src"
    shutil.rmtree(src, ignore_errors=True)
    src.mkdir(parents=True)
    fenced, bare, order = [], [], []
    for b in shown("pdoc"):
        if b["lang"] is None and b["text"].startswith(">>>"):
            bare.append(b)  # doctests in a function's docstring, as most libraries write them
        else:
            order.append(b["id"])
            fenced.append(f"The {b['id']} example.\n\n```{b['lang'] or ''}\n{b['text']}```\n")
    order += [b["id"] for b in bare]
    module = "r'''" + INTRO + "\n\n" + "\n".join(fenced) + "'''\n"
    for k, b in enumerate(bare):
        module += f"\n\ndef example_{k}():\n    r'''The {b['id']} example.\n\n{indent(b['text'], '    ')}    '''\n"
    (src / "liftdemo.py").write_text(module)
    out = src / "html"
    run(VENV_BIN / "pdoc", "-d", "markdown", "--no-show-source", "--no-search", "-o", out, src / "liftdemo.py")
    page, _ = keep(out / "liftdemo.html", "pdoc", "pdoc")
    return [(page, order)]


def check_manifest():
    """The expectations must be true Python: every expected code compiles, every session passes as a doctest."""
    import doctest
    for b in BLOCKS:
        wants = [b["want"]] + [w for _, w in b["defects"].values()]
        for want in filter(None, wants):
            compile(want["code"], b["id"], "exec")
            if want["kind"] == "python":
                continue
            text = ""
            for ex in want["examples"]:
                lines = ex["source"].split("\n")
                text += "".join(("... " if i else ">>> ") + line + "\n" for i, line in enumerate(lines))
                text += "".join((line or "<BLANKLINE>") + "\n" for line in ex["want"].splitlines())
            test = doctest.DocTestParser().get_doctest(text, {}, b["id"], None, 0)
            result = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS).run(test, out=lambda s: print(s, end=""))
            assert result.failed == 0, f"{b['id']}: the expected session does not pass as a doctest"


def main():
    check_manifest()
    WORK.mkdir(parents=True, exist_ok=True)
    only = set(sys.argv[1:])
    builders = {"sphinx": build_sphinx, "mkdocs": build_mkdocs, "vitepress": build_vitepress,
                "nbconvert": build_nbconvert, "pdoc": build_pdoc, "hand": lambda: handwritten.write(FIX, BLOCKS)}
    expected_path = FIX / "expected.json"
    old = json.loads(expected_path.read_text()) if expected_path.exists() else {"pages": {}}
    for family, build in builders.items():
        if only and family not in only:
            continue
        for page, ids in build():
            old["pages"][page] = ids
            defects = {b["id"]: dict(why=b["defects"][family][0], want=b["defects"][family][1])
                       for b in BLOCKS if b["id"] in ids and family in b["defects"]}
            old.setdefault("defects", {}).pop(page, None)
            if defects:
                old["defects"][page] = defects
    old["blocks"] = {b["id"]: b["want"] for b in BLOCKS}
    old["note"] = "Generated by tools/lift-fixtures/generate.py from tests/fixtures/lift/src/blocks.py."
    expected_path.write_text(json.dumps(old, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
