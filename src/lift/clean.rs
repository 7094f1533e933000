//! The runnable source of a block: what lands in the editor.
//!
//! [`normalize`] makes the page's text plain (line ends, no-break and zero-width spaces, copy-button words, line
//! numbers typed into the text, a second layer of HTML escaping, trailing whitespace); [`clean`] then removes the
//! prompts of sessions and keeps their expected output apart, comments out IPython magics and removes the
//! indentation that all lines share (relative indentation is kept).

use super::classify::{doctest_prompt, ipython_prompt, Form};
use super::pylike;
use super::{Example, Kind};

/// A block's source and, for sessions, its examples.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned {
    pub kind: Kind,
    pub code: String,
    pub examples: Vec<Example>,
}

const COPY_WORDS: &[&str] = &["copy", "copied", "copied!", "copy code", "copy to clipboard", "copied to clipboard"];

pub fn normalize(text: &str) -> String {
    let text: String = text
        .replace("\r\n", "\n")
        .chars()
        .filter(|c| !matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}'))
        .map(|c| match c {
            '\u{a0}' => ' ',
            '\r' => '\n',
            c => c,
        })
        .collect();
    let mut lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let copy_word = |l: &&str| COPY_WORDS.contains(&l.trim().to_lowercase().as_str());
    while lines.last().is_some_and(|l| l.is_empty() || copy_word(l)) {
        lines.pop();
    }
    while lines.first().is_some_and(|l| l.is_empty() || copy_word(l)) {
        lines.remove(0);
    }
    let mut text = strip_line_numbers(&lines).unwrap_or_else(|| lines.join("\n"));
    if pylike::tokenize(&text).entity_in_code {
        text = decode_entities(&text);
    }
    text
}

/// Line numbers typed into the text (`1  import os`): every line starts with the next number.
fn strip_line_numbers(lines: &[&str]) -> Option<String> {
    if lines.iter().filter(|l| !l.trim().is_empty()).count() < 2 {
        return None;
    }
    let mut next: Option<u64> = None;
    let mut rests = Vec::with_capacity(lines.len());
    for line in lines {
        let t = line.trim_start();
        let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
        let n: u64 = t[..digits].parse().ok()?;
        if next.is_some_and(|want| want != n) {
            return None;
        }
        next = Some(n + 1);
        let rest = &t[digits..];
        if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
            return None;
        }
        rests.push(rest);
    }
    let sep = rests.iter().filter(|r| !r.trim().is_empty()).map(|r| r.len() - r.trim_start().len()).min()?;
    Some(rests.iter().map(|r| if r.trim().is_empty() { "" } else { &r[sep..] }).collect::<Vec<_>>().join("\n"))
}

fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let decoded = rest.find(';').filter(|end| *end <= 10).and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "lt" => Some('<'),
                "gt" => Some('>'),
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ => {
                    let num = name.strip_prefix('#')?;
                    let n = match num.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok(),
                        None => num.parse().ok(),
                    };
                    n.and_then(char::from_u32)
                }
            };
            c.map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Removes the indentation all non-blank lines share, and blank lines at both ends.
fn dedent(lines: &[String]) -> String {
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| &l[..l.len() - l.trim_start().len()])
        .reduce(|a, b| {
            let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).map(|(x, _)| x.len_utf8()).sum();
            &a[..common]
        })
        .unwrap_or("");
    let body: Vec<&str> = lines.iter().map(|l| l.strip_prefix(indent).unwrap_or(l.trim_start()).trim_end()).collect();
    let start = body.iter().position(|l| !l.is_empty()).unwrap_or(body.len());
    let end = body.iter().rposition(|l| !l.is_empty()).map_or(start, |e| e + 1);
    body[start..end].join("\n")
}

/// Comments out IPython magics and shell escapes (`%matplotlib inline` -> `# %matplotlib inline`).
fn comment_magics(code: &str) -> String {
    let magic: Vec<usize> = pylike::tokenize(code).lines.iter().filter(|l| l.magic).map(|l| l.start).collect();
    let lines: Vec<String> = code
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if magic.contains(&i) {
                let body = l.trim_start();
                format!("{}# {}", &l[..l.len() - body.len()], body)
            } else {
                l.to_string()
            }
        })
        .collect();
    lines.join("\n")
}

fn session(kind: Kind, examples: Vec<Example>) -> Cleaned {
    let code = examples.iter().map(|e| e.source.as_str()).collect::<Vec<_>>().join("\n");
    Cleaned { kind, code, examples }
}

/// `>>>` examples as Python's doctest reads them: the source after `>>> ` and `... `, then the expected output up
/// to a blank line or the next `>>>`, each relative to the indentation of its `>>>`.
fn doctest(text: &str) -> Cleaned {
    let lines: Vec<&str> = text.lines().collect();
    let mut examples = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(first) = doctest_prompt(lines[i]) else {
            i += 1;
            continue;
        };
        let indent = &lines[i][..lines[i].len() - lines[i].trim_start().len()];
        let mut source = vec![first.to_string()];
        i += 1;
        while let Some(more) = lines.get(i).and_then(|l| l.strip_prefix(indent)).and_then(continuation) {
            source.push(more.to_string());
            i += 1;
        }
        let mut want = Vec::new();
        while i < lines.len() && doctest_prompt(lines[i]).is_none() && !ends_output(&lines[i..]) {
            let line = lines[i].strip_prefix(indent).unwrap_or(lines[i].trim_start());
            want.push(if line == "<BLANKLINE>" { "" } else { line });
            i += 1;
        }
        examples.push(Example { source: dedent(&source), want: want.join("\n") });
    }
    session(Kind::Doctest, examples)
}

/// Blank lines end an example's output, except where more output follows before the next `>>>`: a code block
/// holds no prose, and Sphinx shows `<BLANKLINE>` as a blank line (`trim_doctest_flags`).
fn ends_output(rest: &[&str]) -> bool {
    rest.first().is_none_or(|l| l.trim().is_empty())
        && rest.iter().find(|l| !l.trim().is_empty()).is_none_or(|l| doctest_prompt(l).is_some())
}

fn continuation(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("...")?;
    if rest.is_empty() {
        Some("")
    } else {
        rest.strip_prefix(' ')
    }
}

/// `   ...: x` -> `x`.
fn ipython_continuation(line: &str) -> Option<&str> {
    let rest = line.trim_start().strip_prefix("...")?.trim_start_matches('.').strip_prefix(':')?;
    Some(rest.strip_prefix(' ').unwrap_or(rest))
}

/// `In [n]:` cells: the source after the prompts; printed lines and the `Out[n]:` value as the expected output.
fn ipython(text: &str) -> Cleaned {
    let lines: Vec<&str> = text.lines().collect();
    let mut examples = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(first) = ipython_prompt(lines[i]) else {
            i += 1;
            continue;
        };
        let mut source = vec![first.to_string()];
        i += 1;
        while let Some(more) = lines.get(i).and_then(|l| ipython_continuation(l)) {
            source.push(more.to_string());
            i += 1;
        }
        let mut want = Vec::new();
        while i < lines.len() && !lines[i].trim().is_empty() && ipython_prompt(lines[i]).is_none() {
            let line = lines[i].trim_start();
            let value = line.strip_prefix("Out[").and_then(|r| r.split_once("]:")).map(|(_, v)| v.trim_start());
            want.push(value.unwrap_or(lines[i]));
            i += 1;
        }
        examples.push(Example { source: comment_magics(&dedent(&source)), want: want.join("\n") });
    }
    session(Kind::Ipython, examples)
}

/// The runnable source of a normalized block of the given form.
pub fn clean(text: &str, form: Form) -> Cleaned {
    match form {
        Form::Doctest => doctest(text),
        Form::Ipython => ipython(text),
        Form::Script => {
            let lines: Vec<String> = text.lines().map(String::from).collect();
            Cleaned { kind: Kind::Python, code: comment_magics(&dedent(&lines)), examples: Vec::new() }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ex(source: &str, want: &str) -> Example {
        Example { source: source.into(), want: want.into() }
    }

    fn script(raw: &str) -> String {
        clean(&normalize(raw), Form::Script).code
    }

    #[test]
    fn doctest_prompts_output_and_blanklines() {
        let text = ">>> for i in range(2):\n...     print(i)\n...\n0\n1\n>>> print('a\\n\\nb')   \na\n<BLANKLINE>\nb\n>>>\n>>> x = 1";
        let c = clean(&normalize(text), Form::Doctest);
        assert_eq!(c.kind, Kind::Doctest);
        assert_eq!(c.code, "for i in range(2):\n    print(i)\nprint('a\\n\\nb')\n\nx = 1");
        assert_eq!(
            c.examples,
            vec![
                ex("for i in range(2):\n    print(i)", "0\n1"),
                ex("print('a\\n\\nb')", "a\n\nb"),
                ex("", ""),
                ex("x = 1", "")
            ]
        );
    }

    #[test]
    fn doctest_blank_output_line_as_sphinx_shows_it() {
        let c = clean(">>> print('a\\n\\nb')\na\n\nb\n\n>>> 1 + 1\n2\n\n", Form::Doctest);
        assert_eq!(c.examples, vec![ex("print('a\\n\\nb')", "a\n\nb"), ex("1 + 1", "2")]);
    }

    #[test]
    fn doctest_indented_and_ellipsis_output() {
        let text =
            "    >>> def f():\n    ...     return [1] * 100\n    >>> f()\n    [1, 1, ...]\n    ... more output\n";
        let c = clean(text, Form::Doctest);
        assert_eq!(c.code, "def f():\n    return [1] * 100\nf()");
        assert_eq!(c.examples[1], ex("f()", "[1, 1, ...]\n... more output"));
    }

    #[test]
    fn ipython_prompts_outputs_and_magics() {
        let text = "In [1]: %time x = 2\n\nIn [2]: print(x)\n2\n\nIn [12]: def f(a):\n    ...:     return a\n    ...:\n\nIn [13]: f(x)\nOut[13]: 2";
        let c = clean(text, Form::Ipython);
        assert_eq!(c.kind, Kind::Ipython);
        assert_eq!(c.code, "# %time x = 2\nprint(x)\ndef f(a):\n    return a\nf(x)");
        assert_eq!(c.examples[1], ex("print(x)", "2"));
        assert_eq!(c.examples[3], ex("f(x)", "2"));
    }

    #[test]
    fn script_magics_commented_but_not_modulo_lines() {
        assert_eq!(
            script("%matplotlib inline\n!pip install rich\nx = (10\n% 3)"),
            "# %matplotlib inline\n# !pip install rich\nx = (10\n% 3)"
        );
    }

    #[test]
    fn indentation_kept_shared_indent_removed() {
        assert_eq!(script("\n    def f():\n        return 1\n\n    f()   \n\n"), "def f():\n    return 1\n\nf()");
        assert_eq!(script("if x:\n\ty = 1"), "if x:\n\ty = 1");
    }

    #[test]
    fn typed_line_numbers_removed() {
        assert_eq!(script("1  def f():\n2      return 1\n3\n4  f()"), "def f():\n    return 1\n\nf()");
        assert_eq!(script("9\tx = 1\n10\tif x:\n11\t    y = 2"), "x = 1\nif x:\n    y = 2");
        // Not consecutive, or a single line: the numbers are code.
        assert_eq!(script("1 + 1\n3 + 3"), "1 + 1\n3 + 3");
        assert_eq!(script("42"), "42");
    }

    #[test]
    fn copy_button_words_and_odd_spaces() {
        assert_eq!(
            script("Copy\nx = 1\r\nif x:\r\n\u{a0}\u{a0}\u{a0}\u{a0}y\u{200b} = 2\nCopied!"),
            "x = 1\nif x:\n    y = 2"
        );
    }

    #[test]
    fn entities_decoded_only_when_the_page_escaped_twice() {
        assert_eq!(
            script("if a &lt; b &amp;&amp; c:\n    print(&quot;x&quot;, &#39;y&#39;)"),
            "if a < b && c:\n    print(\"x\", 'y')"
        );
        let html = "s = html.escape('<a>')\nassert s == '&lt;a&gt;'";
        assert_eq!(script(html), html);
    }
}
