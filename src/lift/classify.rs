//! Python or not, and in which form: the markup's word ([`hints`]) where it gives one, the text's look
//! ([`pylike`]) where it does not.

use super::clean::normalize;
use super::hints::{self, Hint};
use super::pylike;
use super::RawBlock;
use serde::{Deserialize, Serialize};

/// How the Python is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Plain source (a script, a notebook cell).
    Script,
    /// A `>>>` session.
    Doctest,
    /// An IPython `In [n]:` session.
    Ipython,
}

/// A block judged Python: its form and its text, normalized (see [`normalize`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub form: Form,
    pub text: String,
}

/// Why a block is not offered as Python.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum Rejection {
    Empty,
    /// In a notebook's output area.
    Output,
    /// The markup names another language.
    Language {
        name: String,
    },
    Traceback,
    Shell,
    Json,
    /// TOML or INI.
    Config,
    /// Nothing says Python and the text does not read as Python.
    NotPython,
}

/// Prompts that Python sessions show (`>>>`, `...`, `In [1]:`, `...:`, `Out[1]:`).
fn python_prompt(p: &str) -> bool {
    let p = p.trim();
    p == ">>>" || p == "..." || p.ends_with("...:") || p.starts_with("In [") || p.starts_with("Out[")
}

fn first_line(text: &str) -> &str {
    text.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim_start()
}

/// `>>> x` or `>>>` alone.
pub(crate) fn doctest_prompt(line: &str) -> Option<&str> {
    let rest = line.trim_start().strip_prefix(">>>")?;
    if rest.is_empty() {
        Some("")
    } else {
        rest.strip_prefix(' ')
    }
}

/// `In [12]: x` -> `x`.
pub(crate) fn ipython_prompt(line: &str) -> Option<&str> {
    let rest = line.trim_start().strip_prefix("In [")?;
    let (n, rest) = rest.split_once("]:")?;
    n.chars().all(|c| c.is_ascii_digit()).then(|| rest.strip_prefix(' ').unwrap_or(rest))
}

pub fn form_of(text: &str) -> Form {
    let first = first_line(text);
    if doctest_prompt(first).is_some() {
        Form::Doctest
    } else if ipython_prompt(first).is_some() {
        Form::Ipython
    } else {
        Form::Script
    }
}

/// Judges one block.
pub fn classify(raw: &RawBlock) -> Result<Verdict, Rejection> {
    if raw.in_output {
        return Err(Rejection::Output);
    }
    let text = normalize(&raw.text);
    if text.trim().is_empty() {
        return Err(Rejection::Empty);
    }
    let hint = hints::hint(&raw.levels);
    if let Hint::Other(name) = hint {
        return Err(Rejection::Language { name });
    }
    if raw.prompts.iter().any(|p| !python_prompt(p)) || pylike::is_shell_session(&text) {
        return Err(Rejection::Shell);
    }
    let form = form_of(&text);
    if form != Form::Script {
        return Ok(Verdict { form, text });
    }
    if pylike::is_traceback(&text) {
        return Err(Rejection::Traceback);
    }
    let python = match hint {
        Hint::Python | Hint::Ipython => true,
        Hint::Plain => pylike::looks_like_python(&text, true),
        Hint::Console | Hint::Unknown | Hint::Other(_) => {
            if pylike::is_json(&text) {
                return Err(Rejection::Json);
            }
            if pylike::is_toml_or_ini(&text) {
                return Err(Rejection::Config);
            }
            pylike::looks_like_python(&text, false)
        }
    };
    if python {
        Ok(Verdict { form, text })
    } else {
        Err(Rejection::NotPython)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lift::Level;

    fn raw(text: &str, classes: &[&str]) -> RawBlock {
        let levels = classes
            .iter()
            .map(|c| Level {
                tag: "div".into(),
                classes: c.split_whitespace().map(String::from).collect(),
                ..Level::default()
            })
            .collect();
        RawBlock { text: text.into(), levels, ..RawBlock::default() }
    }

    #[test]
    fn labels_decide_where_they_speak() {
        assert_eq!(classify(&raw("x = 1", &["highlight-python"])).map(|v| v.form), Ok(Form::Script));
        assert_eq!(classify(&raw("x = 1", &["highlight-pytb"])), Err(Rejection::Language { name: "pytb".into() }));
        assert_eq!(classify(&raw("x = 1", &["language-bash"])), Err(Rejection::Language { name: "bash".into() }));
        // A session is a session whatever the label says, unless it names another language.
        assert_eq!(classify(&raw(">>> 1 + 1\n2", &["language-text"])).map(|v| v.form), Ok(Form::Doctest));
        assert_eq!(classify(&raw("In [1]: 1 + 1\nOut[1]: 2", &[""])).map(|v| v.form), Ok(Form::Ipython));
    }

    #[test]
    fn outputs_shells_and_tracebacks_are_not_python() {
        let mut out = raw("print(1)", &["highlight-python"]);
        out.in_output = true;
        assert_eq!(classify(&out), Err(Rejection::Output));
        let mut shell = raw("python -c 'print(1)'", &["highlight"]);
        shell.prompts = vec!["$".into()];
        assert_eq!(classify(&shell), Err(Rejection::Shell));
        assert_eq!(classify(&raw("(venv) $ pip install x", &[])), Err(Rejection::Shell));
        let tb = "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\nNameError: name 'y'";
        assert_eq!(classify(&raw(tb, &["highlight-python"])), Err(Rejection::Traceback));
        assert_eq!(classify(&raw("{\"a\": [1, 2]}", &[])), Err(Rejection::Json));
        assert_eq!(classify(&raw("[tool.black]\nline-length = 88", &[])), Err(Rejection::Config));
    }

    #[test]
    fn plain_text_needs_more_proof_than_no_label() {
        let one = "print(total)";
        assert!(classify(&raw(one, &[])).is_ok());
        assert_eq!(classify(&raw(one, &["language-text"])), Err(Rejection::NotPython));
        let two = "import sys\nprint(sys.version)";
        assert!(classify(&raw(two, &["language-text"])).is_ok());
    }
}
