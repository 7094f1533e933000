//! The language a block's markup declares. Each generator and host says it its own way:
//!
//! | markup | where |
//! | --- | --- |
//! | `div.highlight-python` (`-python3`, `-pycon`, `-ipython`, `-default` = guess) | Sphinx, every theme |
//! | `div.language-python.highlight` (only with `pygments_lang_class`), none otherwise | MkDocs Material |
//! | `div.hl-ipython3` on input cells; outputs flagged by `collect.js` | Jupyter nbconvert |
//! | nothing: Pygments spans only | pdoc, Markdown cells of nbconvert |
//! | `div.highlight-source-python`, `-text-python-console`; `pre[lang]` for others | GitHub |
//! | `pre.language-python[lang][data-canonical-lang]`; `plaintext` without a canonical language = none | GitLab |
//! | `pre.lang-py` explicit; `pre.default` + `code.language-python` guessed from the question's tags | Stack Overflow |
//! | `code.language-python.hljs`, `code.hljs.python` (old) | highlight.js |
//! | `pre.language-python`, `code.language-python` | Prism, Docusaurus (`language-text` when none) |
//! | `div.language-python` (`language-` when none) | VitePress |
//! | `pre.sourceCode.python`, `pre.brush:.python;` | pandoc, SyntaxHighlighter (WordPress) |

use super::Level;

/// What the markup says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hint {
    Python,
    /// A `>>>` session (`pycon`).
    Console,
    /// IPython: code with magics, or an `In [n]:` session.
    Ipython,
    /// Explicitly plain text (`text`, `none`, `plaintext`): usually output, now and then unlabelled code.
    Plain,
    /// Nothing said, or "guess" (Sphinx's `default`).
    Unknown,
    /// Another language (the name as written), including Python tracebacks.
    Other(String),
}

const PYTHON: &[&str] =
    &["python", "py", "python3", "py3", "python2", "py2", "sage", "pyodide", "pyscript", "micropython", "cpython"];
const CONSOLE: &[&str] = &[
    "pycon",
    "pycon3",
    "python-console",
    "python-repl",
    "pyrepl",
    "py-repl",
    "doctest",
    "pydoctest",
    "python-doctest",
];
const IPYTHON: &[&str] =
    &["ipython", "ipython3", "ipython2", "ipythonconsole", "ipython3console", "ipython-console", "jupyter"];
const PLAIN: &[&str] = &["text", "plaintext", "plain", "txt", "none", "nohighlight", "no-highlight"];
/// Names that count as a language even as a bare class (`<code class="hljs python">`).
const BARE_OTHERS: &[&str] = &[
    "bash",
    "sh",
    "shell",
    "zsh",
    "console",
    "powershell",
    "json",
    "yaml",
    "yml",
    "toml",
    "ini",
    "javascript",
    "js",
    "typescript",
    "ts",
    "html",
    "xml",
    "css",
    "c",
    "cpp",
    "java",
    "rust",
    "go",
    "ruby",
    "sql",
    "pytb",
    "diff",
    "markdown",
];

fn from_name(name: &str) -> Hint {
    let name = name.trim().trim_end_matches(';').to_ascii_lowercase();
    let is = |list: &[&str]| list.contains(&name.as_str());
    if is(PYTHON) {
        Hint::Python
    } else if is(CONSOLE) {
        Hint::Console
    } else if is(IPYTHON) {
        Hint::Ipython
    } else if is(PLAIN) {
        Hint::Plain
    } else if name.is_empty() || name == "default" || name == "auto" {
        Hint::Unknown
    } else {
        Hint::Other(name)
    }
}

fn known_bare(name: &str) -> Option<Hint> {
    let hint = from_name(name);
    match &hint {
        Hint::Other(n) if !BARE_OTHERS.contains(&n.as_str()) => None,
        Hint::Unknown => None,
        _ => Some(hint),
    }
}

/// The language a class names, if it names one.
fn from_class(class: &str, bare_ok: bool) -> Option<Hint> {
    if let Some(rest) = class.strip_prefix("highlight-") {
        // GitHub's linguist scopes: highlight-source-python, highlight-text-python-console.
        let rest = rest.strip_prefix("source-").or_else(|| rest.strip_prefix("text-")).unwrap_or(rest);
        return Some(from_name(rest));
    }
    for prefix in ["language-", "lang-", "hl-"] {
        if let Some(rest) = class.strip_prefix(prefix) {
            return Some(from_name(rest));
        }
    }
    if bare_ok {
        return known_bare(class);
    }
    None
}

fn has(level: &Level, class: &str) -> bool {
    level.classes.iter().any(|c| c == class)
}

/// What one element (or ancestor) says, if anything.
fn level_hint(level: &Level, is_block: bool) -> Option<Hint> {
    // Stack Overflow: with no hint in the post, the language comes from the question's tags: a guess.
    if has(level, "s-code-block") && has(level, "default") {
        return Some(Hint::Unknown);
    }
    // GitLab writes "plaintext" for both ```text and ```; only the former keeps a canonical language.
    if has(level, "js-syntax-highlight")
        && !level.attrs.contains_key("data-canonical-lang")
        && level.attrs.get("lang").is_some_and(|l| l == "plaintext")
    {
        return Some(Hint::Unknown);
    }
    for attr in ["data-canonical-lang", "data-lang", "data-language"] {
        if let Some(v) = level.attrs.get(attr) {
            return Some(from_name(v));
        }
    }
    // `lang` is a natural language elsewhere; on the block itself GitHub and GitLab use it for the code's.
    if is_block {
        if let Some(v) = level.attrs.get("lang") {
            if let Some(hint) = known_bare(v).or_else(|| (v.len() > 2).then(|| from_name(v))) {
                return Some(hint);
            }
        }
    }
    // pandoc (`sourceCode python`), old highlight.js (`hljs python`) and SyntaxHighlighter (`brush: python;`).
    let bare_ok = ["sourceCode", "hljs", "brush:"].iter().any(|c| has(level, c));
    level.classes.iter().find_map(|c| from_class(c, bare_ok))
}

/// The language of a block from its levels, nearest first; [`Hint::Unknown`] when none says.
pub fn hint(levels: &[Level]) -> Hint {
    levels.iter().enumerate().find_map(|(i, level)| level_hint(level, i == 0)).unwrap_or(Hint::Unknown)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn level(tag: &str, classes: &str, attrs: &[(&str, &str)]) -> Level {
        Level {
            tag: tag.into(),
            classes: classes.split_whitespace().map(String::from).collect(),
            attrs: attrs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        }
    }

    #[test]
    fn generators_and_hosts() {
        let sphinx = [level("pre", "", &[]), level("div", "highlight", &[]), level("div", "highlight-pycon", &[])];
        assert_eq!(hint(&sphinx), Hint::Console);
        let default = [level("pre", "", &[]), level("div", "highlight", &[]), level("div", "highlight-default", &[])];
        assert_eq!(hint(&default), Hint::Unknown);
        let github = [level("pre", "", &[]), level("div", "highlight highlight-source-python notranslate", &[])];
        assert_eq!(hint(&github), Hint::Python);
        let console = [level("pre", "", &[]), level("div", "highlight highlight-text-python-console", &[])];
        assert_eq!(hint(&console), Hint::Console);
        let gitlab_none =
            [level("pre", "code highlight js-syntax-highlight language-plaintext", &[("lang", "plaintext")])];
        assert_eq!(hint(&gitlab_none), Hint::Unknown);
        let gitlab_pycon = [level(
            "pre",
            "code js-syntax-highlight language-plaintext",
            &[("lang", "plaintext"), ("data-canonical-lang", "pycon")],
        )];
        assert_eq!(hint(&gitlab_pycon), Hint::Console);
        let so_guess = [level("pre", "default s-code-block hljs language-python", &[])];
        assert_eq!(hint(&so_guess), Hint::Unknown);
        let so = [level("pre", "lang-py s-code-block hljs language-python", &[])];
        assert_eq!(hint(&so), Hint::Python);
        assert_eq!(hint(&[level("pre", "", &[]), level("div", "language- vp-adaptive-theme", &[])]), Hint::Unknown);
        assert_eq!(hint(&[level("code", "hljs python", &[])]), Hint::Python);
        assert_eq!(hint(&[level("pre", "brush: python; title: ; notranslate", &[])]), Hint::Python);
        assert_eq!(hint(&[level("pre", "sourceCode bash", &[])]), Hint::Other("bash".into()));
        assert_eq!(
            hint(&[level("pre", "notranslate", &[]), level("div", "content", &[("lang", "en")])]),
            Hint::Unknown
        );
        assert_eq!(hint(&[level("pre", "prism-code language-text", &[])]), Hint::Plain);
        assert_eq!(hint(&[level("pre", "", &[]), level("div", "highlight hl-ipython3", &[])]), Hint::Ipython);
    }
}
