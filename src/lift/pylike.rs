//! What a block's text looks like, for blocks whose markup does not say (plain `<pre>`, Sphinx's `default`, pdoc,
//! MkDocs without language classes, Stack Overflow's guesses): a small Python tokenizer that judges each logical
//! line, and quick tests for the texts most often mistaken for Python (JSON, TOML/INI, shell, tracebacks).

/// A token of Python-ish text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tok {
    Name(String),
    Keyword(&'static str),
    Number,
    Str,
    Op(&'static str),
    Open(char),
    Close(char),
    /// A character Python never has outside strings and comments (`$`, `?`, a backquote, a lone `!`), an
    /// unterminated string or an unmatched bracket.
    Bad,
}

#[derive(Debug, Clone)]
pub struct Token {
    pub tok: Tok,
    /// Whitespace came before it.
    pub spaced: bool,
    /// Bracket depth around it (0 at statement level).
    pub depth: u32,
}

/// One logical line: physical lines joined inside brackets, after `\` and inside triple-quoted strings.
#[derive(Debug, Clone, Default)]
pub struct Line {
    pub tokens: Vec<Token>,
    /// An IPython magic or shell escape (`%time`, `!pip`): neither Python nor against it.
    pub magic: bool,
    /// Its first physical line number (0-based).
    pub start: usize,
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];
const OPS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "===", "!==", "**", "//", "==", "!=", "<=", ">=", "->", "+=", "-=", "*=", "/=",
    "%=", "&=", "|=", "^=", "@=", ":=", "<<", ">>", "=>", "&&", "||", "+", "-", "*", "/", "%", "@", "&", "|", "^", "~",
    "<", ">", "=", ".", ",", ":", ";",
];
const ENTITIES: &[&str] = &["lt;", "gt;", "amp;", "quot;", "apos;", "nbsp;", "#"];

/// The result of [`tokenize`].
#[derive(Debug, Default)]
pub struct Tokens {
    pub lines: Vec<Line>,
    /// An HTML entity (`&lt;`, `&#39;`...) stands where code is, outside strings and comments.
    pub entity_in_code: bool,
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn entity_at(chars: &[char], i: usize) -> bool {
    let rest: String = chars[i + 1..chars.len().min(i + 12)].iter().collect();
    ENTITIES.iter().any(|e| {
        rest.starts_with(e)
            && (*e != "#" || {
                let body = rest[1..].trim_start_matches(['x', 'X']);
                let digits = body.chars().take_while(|c| c.is_ascii_hexdigit()).count();
                digits > 0 && body[digits..].starts_with(';')
            })
    })
}

/// Splits text into logical lines of tokens. Never fails: what is not Python becomes [`Tok::Bad`].
pub fn tokenize(text: &str) -> Tokens {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Tokens::default();
    let mut line = Line::default();
    let mut stack: Vec<char> = Vec::new();
    let mut phys = 0;
    let mut spaced = false;
    let mut i = 0;
    let push = |line: &mut Line, tok: Tok, spaced: &mut bool, depth: usize| {
        line.tokens.push(Token { tok, spaced: *spaced, depth: depth as u32 });
        *spaced = false;
    };
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            phys += 1;
            i += 1;
            if stack.is_empty() {
                if !line.tokens.is_empty() || line.magic {
                    out.lines.push(std::mem::take(&mut line));
                }
                line.start = phys;
            }
            spaced = true;
            continue;
        }
        if c == ' ' || c == '\t' || c == '\r' || c == '\x0c' {
            spaced = true;
            i += 1;
            continue;
        }
        if c == '\\' && chars.get(i + 1) == Some(&'\n') {
            phys += 1;
            i += 2;
            spaced = true;
            continue;
        }
        if c == '#' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        let at_start = line.tokens.is_empty() && stack.is_empty() && !line.magic;
        if at_start && (c == '%' || (c == '!' && chars.get(i + 1) != Some(&'='))) {
            line.magic = true;
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        // Strings, with their prefixes (r, b, f, u, rb, fr...).
        let mut j = i;
        while j < chars.len() && j - i < 2 && "rRbBuUfFtT".contains(chars[j]) {
            j += 1;
        }
        if j < chars.len() && (chars[j] == '"' || chars[j] == '\'') {
            let q = chars[j];
            let triple = chars.get(j + 1) == Some(&q) && chars.get(j + 2) == Some(&q);
            let mut k = if triple { j + 3 } else { j + 1 };
            let mut closed = false;
            while k < chars.len() {
                // A backslash keeps the next character in the string, even in a raw string.
                if chars[k] == '\\' {
                    if chars.get(k + 1) == Some(&'\n') {
                        phys += 1;
                    }
                    k += 2;
                    continue;
                }
                if chars[k] == '\n' {
                    if !triple {
                        break;
                    }
                    phys += 1;
                }
                if chars[k] == q && (!triple || (chars.get(k + 1) == Some(&q) && chars.get(k + 2) == Some(&q))) {
                    k += if triple { 3 } else { 1 };
                    closed = true;
                    break;
                }
                k += 1;
            }
            push(&mut line, if closed { Tok::Str } else { Tok::Bad }, &mut spaced, stack.len());
            i = k.min(chars.len());
            continue;
        }
        if c.is_ascii_digit() || (c == '.' && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())) {
            let mut k = i;
            let mut dot = false;
            while k < chars.len() {
                let d = chars[k];
                let exp_sign = (d == '+' || d == '-')
                    && k > i
                    && matches!(chars[k - 1], 'e' | 'E')
                    && !chars[i..k].iter().any(|c| matches!(c, 'x' | 'X'));
                if d == '.' && !dot && chars.get(k + 1) != Some(&'.') {
                    dot = true;
                } else if !(d.is_ascii_alphanumeric() || d == '_' || exp_sign) {
                    break;
                }
                k += 1;
            }
            push(&mut line, Tok::Number, &mut spaced, stack.len());
            i = k;
            continue;
        }
        if is_name_char(c) {
            let mut k = i;
            while k < chars.len() && is_name_char(chars[k]) {
                k += 1;
            }
            let word: String = chars[i..k].iter().collect();
            let tok = match KEYWORDS.iter().find(|k| **k == word) {
                Some(k) => Tok::Keyword(k),
                None => Tok::Name(word),
            };
            push(&mut line, tok, &mut spaced, stack.len());
            i = k;
            continue;
        }
        if "([{".contains(c) {
            push(&mut line, Tok::Open(c), &mut spaced, stack.len());
            stack.push(c);
            i += 1;
            continue;
        }
        if ")]}".contains(c) {
            let want = match c {
                ')' => '(',
                ']' => '[',
                _ => '{',
            };
            if stack.last() == Some(&want) {
                stack.pop();
                push(&mut line, Tok::Close(c), &mut spaced, stack.len());
            } else {
                push(&mut line, Tok::Bad, &mut spaced, stack.len());
            }
            i += 1;
            continue;
        }
        if c == '&' && entity_at(&chars, i) {
            out.entity_in_code = true;
        }
        let rest: String = chars[i..chars.len().min(i + 3)].iter().collect();
        match OPS.iter().find(|op| rest.starts_with(**op)) {
            Some(op) => {
                push(&mut line, Tok::Op(op), &mut spaced, stack.len());
                i += op.chars().count();
            }
            None => {
                push(&mut line, Tok::Bad, &mut spaced, stack.len());
                i += 1;
            }
        }
    }
    if !stack.is_empty() {
        line.tokens.push(Token { tok: Tok::Bad, spaced: false, depth: 0 });
    }
    if !line.tokens.is_empty() || line.magic {
        out.lines.push(line);
    }
    out
}

/// How one logical line reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Judged {
    /// Unmistakably Python: a keyword statement, an assignment, a call, a decorator.
    Strong,
    /// Valid but proves little: a bare expression or annotation (`[1, 2]`, `name: value`).
    Weak,
    /// Not Python.
    Invalid,
    /// A magic or shell escape.
    Neutral,
}

const COMPOUND: &[&str] =
    &["if", "elif", "else", "for", "while", "def", "class", "with", "try", "except", "finally", "async"];
const SIMPLE: &[&str] = &[
    "import", "return", "raise", "yield", "assert", "del", "pass", "break", "continue", "global", "nonlocal", "await",
];
/// Commands that start shell lines; followed by an argument they are not Python (`pip install x`, `cd ..`).
const COMMANDS: &[&str] = &[
    "pip", "pip3", "python", "python3", "py", "cd", "ls", "git", "npm", "npx", "yarn", "pnpm", "conda", "mamba",
    "sudo", "apt", "brew", "export", "source", "mkdir", "rm", "cp", "mv", "curl", "wget", "echo", "cat", "make",
    "cargo", "docker", "poetry", "uv", "pytest", "jupyter", "chmod", "touch", "set", "pipx",
];
const BAD_OPS: &[&str] = &["=>", "&&", "||", "===", "!=="];
const ASSIGN_OPS: &[&str] = &["=", "+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^=", "@="];

fn is_atom(t: &Tok) -> bool {
    matches!(t, Tok::Name(_) | Tok::Number | Tok::Str | Tok::Close(_) | Tok::Keyword("True" | "False" | "None"))
}

fn starts_atom(t: &Tok) -> bool {
    matches!(t, Tok::Name(_) | Tok::Number | Tok::Str | Tok::Open('{') | Tok::Keyword("True" | "False" | "None"))
}

/// The tokens (before an `=` or a `:`) form an assignment target (`a`, `a.b[i]`, `x, *rest`, `(a, b)`).
fn valid_target(tokens: &[Token]) -> bool {
    matches!(tokens.first().map(|t| &t.tok), Some(Tok::Name(_) | Tok::Open('(' | '[') | Tok::Op("*")))
        && tokens
            .iter()
            .filter(|t| t.depth == 0)
            .all(|t| matches!(t.tok, Tok::Name(_) | Tok::Open(_) | Tok::Close(_) | Tok::Op("." | "," | "*")))
}

/// Judges one logical line.
pub fn judge(line: &Line) -> Judged {
    let toks = &line.tokens;
    if line.magic {
        return Judged::Neutral;
    }
    let Some(first) = toks.first() else { return Judged::Neutral };
    let keyword = |k: &str| matches!(first.tok, Tok::Keyword(w) if w == k);
    let ends_colon = toks.last().is_some_and(|t| t.tok == Tok::Op(":") && t.depth == 0);
    // `match x:` and `case [a, b]:` are statements (soft keywords), not two names in a row.
    let soft = matches!(&first.tok, Tok::Name(n) if n == "match" || n == "case") && ends_colon;
    for (i, t) in toks.iter().enumerate().filter(|(i, _)| !(soft && *i == 1)) {
        let prev = i.checked_sub(1).map(|p| &toks[p].tok);
        let next = toks.get(i + 1).map(|n| &n.tok);
        let bad = match &t.tok {
            Tok::Bad => true,
            Tok::Op(op) if BAD_OPS.contains(op) => true,
            Tok::Op("->") => !(keyword("def") || keyword("async")),
            Tok::Op(";") => next.is_none(),
            // R's assignment arrow (`x <- c(1, 2)`); Python writes `x < -y` with a space, if ever.
            Tok::Op("<") => t.spaced && toks.get(i + 1).is_some_and(|n| n.tok == Tok::Op("-") && !n.spaced),
            Tok::Op(".") => {
                let relative = matches!(prev, Some(Tok::Keyword("from") | Tok::Op("." | "...")));
                let relative_ok = relative && matches!(next, Some(Tok::Op(".") | Tok::Keyword("import")));
                !(matches!(next, Some(Tok::Name(_))) || relative_ok)
            }
            tok => prev.is_some_and(|p| is_atom(p) && starts_atom(tok) && !(*p == Tok::Str && *tok == Tok::Str)),
        };
        if bad {
            return Judged::Invalid;
        }
    }
    if let (Tok::Name(cmd), Some(arg)) = (&first.tok, toks.get(1)) {
        let argument = matches!(arg.tok, Tok::Name(_) | Tok::Number | Tok::Str | Tok::Op("-" | "." | "/" | "~"));
        if COMMANDS.contains(&cmd.as_str()) && arg.spaced && argument {
            return Judged::Invalid;
        }
    }
    let top: Vec<(usize, &Tok)> =
        toks.iter().enumerate().filter(|(_, t)| t.depth == 0).map(|(i, t)| (i, &t.tok)).collect();
    let colons: Vec<usize> = top.iter().filter(|(_, t)| **t == Tok::Op(":")).map(|(i, _)| *i).collect();
    match &first.tok {
        Tok::Keyword(k) if COMPOUND.contains(k) => {
            return if colons.is_empty() { Judged::Invalid } else { Judged::Strong };
        }
        Tok::Keyword("from") => {
            let imports = toks.iter().any(|t| t.tok == Tok::Keyword("import"));
            return if imports { Judged::Strong } else { Judged::Invalid };
        }
        Tok::Keyword(k) if SIMPLE.contains(k) => return Judged::Strong,
        // Prose starts this way ("as shown below", "or else"); a Python statement never does.
        Tok::Keyword("in" | "is" | "and" | "or" | "as") => return Judged::Invalid,
        Tok::Name(_) if soft => return Judged::Strong,
        Tok::Op("@") => {
            return if matches!(toks.get(1).map(|t| &t.tok), Some(Tok::Name(_))) {
                Judged::Strong
            } else {
                Judged::Invalid
            };
        }
        Tok::Op("-" | "+" | "~" | "*" | "**" | "...") | Tok::Open(_) => {}
        Tok::Op(_) | Tok::Close(_) => return Judged::Invalid,
        _ => {}
    }
    let lambda = toks.iter().any(|t| t.tok == Tok::Keyword("lambda"));
    if ends_colon || (!lambda && colons.len() > 1) {
        return Judged::Invalid;
    }
    let assign = top.iter().find(|(_, t)| matches!(t, Tok::Op(op) if ASSIGN_OPS.contains(op))).map(|(i, _)| *i);
    if let Some(&colon) = colons.first().filter(|_| !lambda) {
        // An annotation: `name: type` or `name: type = value`.
        if !valid_target(&toks[..colon]) || assign.is_some_and(|a| a < colon) {
            return Judged::Invalid;
        }
        return if assign.is_some() { Judged::Strong } else { Judged::Weak };
    }
    if let Some(a) = assign {
        return if valid_target(&toks[..a]) { Judged::Strong } else { Judged::Invalid };
    }
    // A call statement: `f(x)`, `obj.method(a).other()`, nothing but names, dots and brackets at depth 0. A
    // lone constructor call (`Point(x=1, y=2)`) proves little: it is what a repr prints.
    let chain = top.iter().all(|(_, t)| matches!(t, Tok::Name(_) | Tok::Op(".") | Tok::Open(_) | Tok::Close(_)));
    let call = chain && matches!(first.tok, Tok::Name(_)) && toks.last().is_some_and(|t| t.tok == Tok::Close(')'));
    let constructor = matches!(&first.tok, Tok::Name(n) if n.starts_with(char::is_uppercase))
        && !top.iter().any(|(_, t)| **t == Tok::Op("."));
    if call && !constructor {
        Judged::Strong
    } else {
        Judged::Weak
    }
}

/// Counts of judged lines.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    pub strong: usize,
    pub weak: usize,
    pub invalid: usize,
}

pub fn score(text: &str) -> Score {
    let mut s = Score::default();
    for line in tokenize(text).lines {
        match judge(&line) {
            Judged::Strong => s.strong += 1,
            Judged::Weak => s.weak += 1,
            Judged::Invalid => s.invalid += 1,
            Judged::Neutral => {}
        }
    }
    s
}

/// Whether unlabelled text reads as Python: at least one strong line and no invalid one; a long block may have
/// one invalid line in ten (what this tokenizer gets wrong). `strict`, for blocks marked as plain text: two strong
/// lines, none invalid, and at least half of the lines strong, since such blocks are mostly program output.
pub fn looks_like_python(text: &str, strict: bool) -> bool {
    let s = score(text);
    let total = s.strong + s.weak + s.invalid;
    if strict {
        return s.strong >= 2 && s.invalid == 0 && s.strong * 2 >= total;
    }
    s.strong >= 1 && (s.invalid == 0 || (s.strong >= 3 && s.invalid * 10 <= total))
}

fn first_line(text: &str) -> &str {
    text.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim()
}

/// A Python traceback (as printed, or IPython's with a rule above it).
pub fn is_traceback(text: &str) -> bool {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next().unwrap_or("");
    let header = |l: &str| {
        l.starts_with("Traceback (most recent call last)")
            || l.contains("Traceback (most recent call last)") && l.ends_with(')')
    };
    header(first) || (first.chars().all(|c| c == '-') && lines.next().is_some_and(header))
}

/// A JSON document.
pub fn is_json(text: &str) -> bool {
    let t = text.trim();
    (t.starts_with('{') || t.starts_with('[')) && serde_json::from_str::<serde_json::Value>(t).is_ok()
}

/// A TOML or INI file: a `[section]` line first, `key = value` lines after it.
pub fn is_toml_or_ini(text: &str) -> bool {
    let key_char = |c: char| c.is_alphanumeric() || "_-.\" ".contains(c);
    let first = first_line(text);
    let section = first.len() > 2
        && first.starts_with('[')
        && first.ends_with(']')
        && first.trim_matches(['[', ']']).chars().all(key_char)
        && !first.trim_matches(['[', ']']).trim().is_empty();
    section
        && text
            .lines()
            .skip_while(|l| l.trim() != first)
            .skip(1)
            .any(|l| l.split_once('=').is_some_and(|(k, _)| !k.trim().is_empty() && k.trim().chars().all(key_char)))
}

/// A shell session: its first line starts with a `$` prompt (maybe after a `(venv)` marker) or `PS>`/`C:\>`.
pub fn is_shell_session(text: &str) -> bool {
    let first = first_line(text);
    let first = match first.strip_prefix('(').and_then(|r| r.split_once(") ")) {
        Some((_, rest)) => rest,
        None => first,
    };
    first == "$"
        || first.starts_with("$ ")
        || first.starts_with("PS ") && first.contains("> ")
        || first.starts_with("C:\\")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Python as documentation shows it, beyond the fixtures.
    const PYTHON: &[&str] = &[
        "print('hello')",
        "import numpy as np\narr = np.arange(10)\narr[arr > 5]",
        "@dataclass(frozen=True)\nclass Point:\n    x: int\n    y: int = 0",
        "async def main():\n    async with session.get(url) as r:\n        return await r.json()\n\nasyncio.run(main())",
        "match command.split():\n    case [\"go\", direction]:\n        move(direction)\n    case _:\n        pass",
        "if (n := len(items)) > 10:\n    print(f\"too many: {n}\")",
        "data = {\n    'a': [1, 2, 3],\n    'b': {'c': None},\n}\nresult = {k: v for k, v in data.items() if v}",
        "def f(*args, **kwargs) -> dict[str, int]:\n    '''Doc.\n\n    More: $5 and `code`?\n    '''\n    return {}",
        "x = r'\\d+\\s*' + \"it's\"\ny = b'\\x00' if x else rb\"\\n\"",
        "from . import models\nfrom ..utils import helper",
        "try:\n    risky()\nexcept (ValueError, KeyError) as e:\n    log.error('failed: %s', e)\nfinally:\n    cleanup()",
        "total = sum(\n    x * 2\n    for x in range(10)\n)\nassert total == 90",
        "fig, ax = plt.subplots()\nax.plot(x, y, '-o', label=\"data\")\nax.legend()\nplt.show()",
        "s = 'a' 'b'\nlong = 1 + \\\n    2",
        "class A(B, metaclass=Meta):\n    pass",
        "lambda_ = lambda x: x + 1\nsquares = list(map(lambda v: v ** 2, range(5)))",
        "for i, (a, b) in enumerate(zip(xs, ys)):\n    matrix[i][0] = a @ b",
        "with open('f.txt', encoding='utf-8') as fh:\n    text = fh.read()  # comment with $ and ?",
        "x: list[int] = []\nx.append(3)",
        "df.groupby('key').agg({'v': 'mean'}).reset_index()",
    ];

    /// Text that documentation shows next to Python and that is not Python.
    const NOT_PYTHON: &[&str] = &[
        "Hello, world!",
        "42",
        "[1, 2, 3]",
        "pip install numpy",
        "cd my-project\npython -m venv .venv\nsource .venv/bin/activate",
        "git clone https://github.com/user/repo.git\ncd repo",
        "npm install --save-dev vitepress",
        "const x = 1;\nconsole.log(x);",
        "function add(a, b) {\n  return a + b;\n}",
        "#include <stdio.h>\nint main(void) {\n    printf(\"hi\\n\");\n    return 0;\n}",
        "public class Main {\n    public static void main(String[] args) {}\n}",
        "fn main() {\n    let x = 5;\n    println!(\"{}\", x);\n}",
        "SELECT name, age FROM users WHERE age > 21 ORDER BY name;",
        "FROM python:3.12-slim\nRUN pip install -r requirements.txt\nCMD [\"python\", \"app.py\"]",
        "name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest",
        "numpy==1.26.4\npandas==2.2.1\nrequests>=2.31",
        "2024-01-01 12:00:00 INFO Starting server on port 8000\n2024-01-01 12:00:01 WARNING Slow request",
        "id,name,score\n1,Ada,95\n2,Bob,87",
        "--- a/file.py\n+++ b/file.py\n@@ -1,3 +1,3 @@\n-x = 1\n+x = 2",
        "GET /api/users HTTP/1.1\nHost: example.com\nAccept: application/json",
        "Ran 3 tests in 0.001s\n\nOK",
        "============================= test session starts ==============================\ncollected 2 items",
        "# Title\n\nSome *markdown* text with a [link](http://x).",
        "all:\n\tcargo build --release",
        "<div class=\"note\">Hi</div>",
        "Point(x=1, y=2)\nPoint(x=3, y=4)",
        "as shown below, or in the tutorial",
        "mean: 2.5\nstd: 1.12",
        "usage: tool [-h] [--verbose] FILE",
        "x <- c(1, 2, 3)\nmean(x)",
        "puts 'hello'\nputs [1, 2].map { |x| x * 2 }",
    ];

    #[test]
    fn python_reads_as_python() {
        let wrong: Vec<_> = PYTHON.iter().filter(|t| !looks_like_python(t, false)).map(|t| (t, score(t))).collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn other_text_does_not() {
        let wrong: Vec<_> = NOT_PYTHON
            .iter()
            .filter(|t| looks_like_python(t, false) && !is_json(t) && !is_toml_or_ini(t) && !is_shell_session(t))
            .map(|t| (t, score(t)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }
}
