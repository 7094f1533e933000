"""HAND-WRITTEN pages in the markup of hosts whose generators cannot run here (GitHub and GitLab rendered Markdown,
Stack Overflow, a highlight.js site, a Prism site, Docusaurus, a notebook open in JupyterLab) and of a careless
blog. The markup follows what those
hosts serve, as far as we know it; it is written by this script, not by the hosts. Syntax colouring uses Pygments'
tokens renamed to each host's classes, so that the text is split into spans as on the real sites.
"""
import html
from pygments.lexers import get_lexer_by_name
from pygments.token import Comment, Generic, Keyword, Name, Number, String
from pygments.util import ClassNotFound

ESC = html.escape


def tokens(lang, text):
    try:
        lexer = get_lexer_by_name({"ipython3": "ipython", "console": "console"}.get(lang or "text", lang or "text"))
    except ClassNotFound:
        lexer = get_lexer_by_name("text")
    lexer.stripnl = False
    lexer.ensurenl = False
    yield from lexer.get_tokens(text)


def kind(tok):
    for parent, name in [(Generic.Prompt, "prompt"), (Generic.Output, "output"), (Comment, "comment"),
                         (String, "string"), (Number, "number"), (Keyword, "keyword"),
                         (Name.Function, "function"), (Name.Builtin, "builtin")]:
        if tok in parent:
            return name
    return None


def spans(lang, text, classes):
    """The text as HTML with each token in a span of the host's class (escaped, never raw)."""
    out = []
    for tok, value in tokens(lang, text):
        cls = classes.get(kind(tok))
        out.append(f'<span class="{cls}">{ESC(value)}</span>' if cls and value.strip() else ESC(value))
    return "".join(out)


def line_spans(lang, text, classes):
    """One HTML string per line (tokens spanning lines are split at the newline)."""
    lines, cur = [], []
    for tok, value in tokens(lang, text):
        cls = classes.get(kind(tok))
        for k, part in enumerate(value.split("\n")):
            if k:
                lines.append("".join(cur))
                cur = []
            if part:
                cur.append(f'<span class="{cls}">{ESC(part)}</span>' if cls and part.strip() else ESC(part))
    if cur:
        lines.append("".join(cur))
    return lines


GH = {"keyword": "pl-k", "string": "pl-s", "number": "pl-c1", "comment": "pl-c", "function": "pl-en",
      "builtin": "pl-c1"}
GH_LANG = {"python": "source-python", "pycon": "text-python-console", "console": "text-shell-session",
           "bash": "source-shell", "json": "source-json", "yaml": "source-yaml", "html": "text-html-basic",
           "pytb": "text-python-traceback"}
COPY_SVG = '<svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16"><path d="M0 6.75"></path></svg>'


def github(b):
    body = spans(b["lang"], b["text"], GH)
    button = (f'<div class="zeroclipboard-container"><clipboard-copy aria-label="Copy" class="ClipboardButton btn" '
              f'value="{ESC(b["text"])}" tabindex="0" role="button">{COPY_SVG}</clipboard-copy></div>')
    if b["lang"] in GH_LANG:
        return (f'<div class="highlight highlight-{GH_LANG[b["lang"]]} notranslate position-relative overflow-auto" '
                f'dir="auto"><pre>{body}</pre>{button}</div>')
    lang = f' lang="{b["lang"]}"' if b["lang"] else ""
    return (f'<div class="snippet-clipboard-content notranslate position-relative overflow-auto">'
            f'<pre{lang} class="notranslate"><code>{ESC(b["text"])}</code></pre>{button}</div>')


ROUGE = {"keyword": "k", "string": "s2", "number": "mi", "comment": "c1", "function": "nf", "builtin": "nb",
         "prompt": "gp", "output": "go"}
ROUGE_KNOWN = {"python", "console", "bash", "json", "yaml", "html", "text"}


def gitlab(b):
    lang = b["lang"] if b["lang"] in ROUGE_KNOWN else "plaintext"
    canonical = f' data-canonical-lang="{b["lang"]}"' if b["lang"] else ""
    lines = line_spans(b["lang"] if lang != "plaintext" else None, b["text"], ROUGE)
    code = "\n".join(f'<span id="LC{k}" class="line" lang="{lang}">{line}</span>' for k, line in enumerate(lines, 1))
    return (f'<div class="gl-relative markdown-code-block js-markdown-code">'
            f'<pre data-sourcepos="1:1-9:3"{canonical} class="code highlight js-syntax-highlight language-{lang}" '
            f'lang="{lang}" v-pre="true"><code>{code}</code></pre><copy-code><button type="button" '
            f'class="btn btn-default btn-md btn-icon" title="Copy to clipboard" aria-label="Copy to clipboard">'
            f'{COPY_SVG}</button></copy-code></div>')


HLJS = {"keyword": "hljs-keyword", "string": "hljs-string", "number": "hljs-number", "comment": "hljs-comment",
        "function": "hljs-title function_", "builtin": "hljs-built_in", "prompt": "hljs-meta prompt_"}
HLJS_LANG = {"python": "python", "pycon": "python-repl", "console": "shell", "bash": "bash", "json": "json",
             "yaml": "yaml", "html": "xml", "text": "plaintext", "pytb": "python", "ipython": "python",
             "ipython3": "python"}


def stackoverflow(b):
    if b["lang"]:
        return (f'<pre class="lang-{b["lang"]} s-code-block"><code class="hljs language-{HLJS_LANG.get(b["lang"])}" '
                f'data-highlighted="yes">{spans(b["lang"], b["text"], HLJS)}</code></pre>')
    # No hint: the question's tags decide the highlighting, so even program output comes out as "python".
    return (f'<pre class="default s-code-block"><code class="hljs language-python" data-highlighted="yes">'
            f'{spans("python", b["text"], HLJS)}</code></pre>')


def hljs_site(b):
    copy = '<button class="copy-code-button" type="button">Copy</button>'
    if not b["lang"]:
        return f'<pre>{copy}<code class="hljs">{ESC(b["text"])}</code></pre>'
    lang = HLJS_LANG.get(b["lang"])
    if b["linenos"]:  # the highlightjs-line-numbers plugin
        rows = "".join(
            f'<tr><td class="hljs-ln-line hljs-ln-numbers" data-line-number="{k}"><div class="hljs-ln-n" '
            f'data-line-number="{k}"></div></td><td class="hljs-ln-line hljs-ln-code" data-line-number="{k}">'
            f'<div class="hljs-ln-line">{line}</div></td></tr>'
            for k, line in enumerate(line_spans(b["lang"], b["text"], HLJS), 1))
        return f'<pre>{copy}<code class="language-{lang} hljs"><table class="hljs-ln"><tbody>{rows}</tbody></table></code></pre>'
    return f'<pre>{copy}<code class="language-{lang} hljs">{spans(b["lang"], b["text"], HLJS)}</code></pre>'


PRISM = {"keyword": "token keyword", "string": "token string", "number": "token number", "comment": "token comment",
         "function": "token function", "builtin": "token builtin", "prompt": "token shell-symbol important"}
PRISM_LANG = {"console": "shell-session", "pytb": "python", "ipython": "python", "ipython3": "python"}


def prism(b):
    if not b["lang"]:
        return f"<pre><code>{ESC(b['text'])}</code></pre>"
    lang = PRISM_LANG.get(b["lang"], b["lang"])
    body = spans(b["lang"], b["text"], PRISM)
    if b["linenos"]:
        rows = "<span></span>" * b["text"].count("\n")
        return (f'<pre class="line-numbers language-{lang}" tabindex="0"><code class="language-{lang}">{body}'
                f'<span aria-hidden="true" class="line-numbers-rows">{rows}</span></code></pre>')
    return f'<pre class="language-{lang}" tabindex="0"><code class="language-{lang}">{body}</code></pre>'


EMPTY_LINE = '<span class="token plain" style="display:inline-block"></span>'


def docusaurus(b):
    lang = b["lang"] or "text"  # Docusaurus gives unlabelled blocks the language "text"
    number = '<span class="codeLineNumber_Tfdd"></span>' if b["linenos"] else ""
    lines = "".join(
        f'<span class="token-line" style="color:#393A34">{number}<span class="codeLineContent_feaV">'
        f'{line or EMPTY_LINE}</span><br></span>'
        for line in line_spans(b["lang"], b["text"].rstrip("\n"), PRISM))
    numbered = " codeBlockLinesWithNumbering_o6Pm" if b["linenos"] else ""
    return (f'<div class="language-{lang} theme-code-block codeBlockContainer_Ckt0">'
            f'<div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-{lang} codeBlock_bY9V '
            f'thin-scrollbar"><code class="codeBlockLines_e6Vv{numbered}">{lines}</code></pre>'
            f'<div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" '
            f'class="clean-btn"><span class="copyButtonIcons_eSgA" aria-hidden="true">{COPY_SVG}</span></button>'
            f'</div></div></div>')


CM = {"keyword": "tok-keyword", "string": "tok-string", "number": "tok-number", "comment": "tok-comment",
      "function": "tok-variableName tok-definition", "builtin": "tok-variableName tok-standard"}


def jupyterlab(b):
    """A notebook open in JupyterLab 4: code cells are CodeMirror 6 editors (one div per line), outputs below."""
    code_cell = b["want"] and b["want"]["kind"] == "python" and b["lang"] in ("python", "ipython3", None)
    if not code_cell:  # a Markdown cell, as JupyterLab renders it
        lang = f' class="language-{b["lang"]}"' if b["lang"] else ""
        return (f'<div class="jp-Cell jp-MarkdownCell"><div class="jp-InputArea"><div class="jp-RenderedHTMLCommon '
                f'jp-RenderedMarkdown jp-MarkdownOutput" data-mime-type="text/markdown"><pre><code{lang}>'
                f'{ESC(b["text"])}</code></pre></div></div></div>')
    lines = "".join(f'<div class="cm-line">{line or "<br>"}</div>'
                    for line in line_spans(b["lang"], b["text"].rstrip("\n"), CM))
    gutter = "".join(f'<div class="cm-gutterElement">{k}</div>' for k in range(1, b["text"].count("\n") + 1))
    out = ""
    if isinstance(b["output"], str):
        out = (f'<div class="jp-OutputArea jp-Cell-outputArea"><div class="jp-OutputArea-child"><div '
               f'class="jp-OutputPrompt jp-OutputArea-prompt"></div><div class="jp-RenderedText '
               f'jp-OutputArea-output" data-mime-type="application/vnd.jupyter.stdout"><pre>{ESC(b["output"])}'
               f'</pre></div></div></div>')
    return (f'<div class="jp-Cell jp-CodeCell"><div class="jp-InputArea jp-Cell-inputArea"><div class="jp-InputPrompt '
            f'jp-InputArea-prompt">[1]:</div><div class="jp-CodeMirrorEditor jp-Editor jp-InputArea-editor" '
            f'data-type="inline"><div class="cm-editor ͼ1 ͼ2"><div class="cm-scroller"><div class="cm-gutters" '
            f'aria-hidden="true"><div class="cm-gutter cm-lineNumbers">{gutter}</div></div><div class="cm-content" '
            f'contenteditable="true" role="textbox" data-language="python" translate="no">{lines}</div></div></div>'
            f'</div></div>{out}</div>')


def blog(b):
    """A CMS page: plain <pre>, a <code> with <br> lines, a SyntaxHighlighter brush, text twice escaped."""
    if b["id"] == "double-escaped":
        return f"<pre>{ESC(b['text'])}</pre>"  # the text is already escaped once: the page shows the entities
    if b["id"] == "nbsp-indent":
        return f"<pre>{ESC(b['text']).replace(chr(0xa0), '&nbsp;')}</pre>"
    if b["id"] == "hello":
        return "<p><code>" + "<br>\n".join(ESC(line).replace("    ", "&nbsp;&nbsp;&nbsp;&nbsp;")
                                            for line in b["text"].rstrip("\n").split("\n")) + "</code></p>"
    if b["lang"]:
        return f'<pre class="brush: {b["lang"]}; title: ; notranslate" title="">{ESC(b["text"])}</pre>'
    return f"<pre>{ESC(b['text'])}</pre>"


HOSTS = {"hand-github": github, "hand-gitlab": gitlab, "hand-stackoverflow": stackoverflow, "hand-hljs": hljs_site,
         "hand-prism": prism, "hand-docusaurus": docusaurus, "hand-jupyterlab": jupyterlab, "hand-blog": blog}
BLOG = {"hello", "linenos-python", "unlabelled-python", "output-unlabelled", "prose-unlabelled", "shell-unlabelled",
        "json-unlabelled", "js-unlabelled", "toml-unlabelled", "traceback-unlabelled", "html-chars"}


def page(name, body):
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{name}</title></head>\n'
            f'<body>\n<!-- HAND-WRITTEN in the markup of {name[5:]}, by tools/lift-fixtures/handwritten.py -->\n'
            f'<main><h1>Lift</h1><p>Inline code such as <code>x = 1</code> is not a block.</p>\n{body}\n</main>'
            f'</body></html>\n')


def write(fix, blocks):
    pages = []
    for name, render in HOSTS.items():
        if name == "hand-blog":
            chosen = [b for b in blocks if b["id"] in BLOG or "hand-only" in b["only"]]
        else:
            chosen = [b for b in blocks if "hand" in b["only"]]
        body = "\n".join(f"<h2>Block {b['id']}</h2>\n<p>The {b['id']} example.</p>\n{render(b)}" for b in chosen)
        (fix / name).mkdir(parents=True, exist_ok=True)
        (fix / name / "index.html").write_text(page(name, body))
        pages.append((f"{name}/index.html", [b["id"] for b in chosen]))
    return pages
