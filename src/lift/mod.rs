//! Lifting Python from a documentation page: which of the page's code blocks are Python, and the runnable source of
//! each. Knows nothing of the browser: `extension/content/collect.js` reads the page into a [`Page`] of
//! [`RawBlock`]s, and [`lift`] turns it into the [`LiftedBlock`]s that the panel lists.
//!
//! - [`hints`]: the language a block's markup declares (classes and attributes of the generators and hosts).
//! - [`pylike`]: what the text itself looks like (a small Python tokenizer, JSON, TOML, shell, tracebacks).
//! - [`classify`]: the two combined: Python (and in which form) or not, and why.
//! - [`clean`]: the runnable source: prompts, output, line numbers, entities, magics, indentation.

pub mod classify;
pub mod clean;
pub mod hints;
pub mod pylike;

#[cfg(test)]
mod fixture_tests;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub use classify::{classify, Form, Rejection, Verdict};
pub use clean::{clean, Cleaned};

/// What `collectBlocks()` returns for one page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    pub url: String,
    pub title: String,
    pub blocks: Vec<RawBlock>,
}

/// One candidate code block as the page shows it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBlock {
    /// A CSS selector that finds the element again (for a Run button beside it).
    pub locator: String,
    /// The text through the DOM: entities decoded once by the browser, `<br>` and block children as newlines,
    /// line-number gutters, copy buttons and hidden parts left out, prompt spans kept.
    pub text: String,
    /// The distinct texts of the prompt spans inside the block (Pygments `.gp`, highlight.js `.prompt_`, ...).
    pub prompts: Vec<String>,
    /// The block sits in a notebook's output area.
    pub in_output: bool,
    /// The element itself (merged with its `<code>` child), then those of its 8 nearest ancestors that have a
    /// class or a language attribute, nearest first.
    pub levels: Vec<Level>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub tag: String,
    pub classes: Vec<String>,
    /// The language attributes present: `data-canonical-lang`, `data-lang`, `data-language`, `lang`.
    pub attrs: BTreeMap<String, String>,
}

/// How the block was written, which says how to run it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A script or a notebook cell.
    Python,
    /// A `>>>` session: [`LiftedBlock::examples`] holds each example with its expected output.
    Doctest,
    /// An IPython `In [n]:` session: examples as for doctests, `Out[n]:` values as the expected output.
    Ipython,
}

/// One example of a session: the source after its prompts, and the output the page shows for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Example {
    pub source: String,
    /// Expected output, lines joined by `\n`, `<BLANKLINE>` already turned into an empty line; empty if none.
    pub want: String,
}

/// A Python block of the page, ready for the editor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LiftedBlock {
    /// Position of the block in [`Page::blocks`].
    pub index: usize,
    pub locator: String,
    pub kind: Kind,
    /// The runnable source: exactly what goes into the editor.
    pub code: String,
    /// For sessions, the examples in order (their sources joined by `\n` make `code`); empty for [`Kind::Python`].
    pub examples: Vec<Example>,
}

impl LiftedBlock {
    /// For sessions, the text that Python's `doctest` checks: each example as `>>> ` and `... ` lines followed by
    /// its expected output, blank output lines written `<BLANKLINE>` (pages often show them blank, which `doctest`
    /// would read as the end of the output). IPython sessions become the same `>>>` form. `None` for scripts.
    pub fn doctest_text(&self) -> Option<String> {
        if self.kind == Kind::Python {
            return None;
        }
        let mut out = String::new();
        for ex in &self.examples {
            for (i, line) in ex.source.split('\n').enumerate() {
                let prompt = if i == 0 { ">>>" } else { "..." };
                out.push_str(prompt);
                if !line.is_empty() {
                    out.push(' ');
                    out.push_str(line);
                }
                out.push('\n');
            }
            for line in ex.want.lines() {
                out.push_str(if line.trim().is_empty() { "<BLANKLINE>" } else { line });
                out.push('\n');
            }
        }
        Some(out)
    }
}

/// Lifts one block: `Err` says why it is not offered as Python.
pub fn lift_block(index: usize, raw: &RawBlock) -> Result<LiftedBlock, Rejection> {
    let Verdict { form, text } = classify(raw)?;
    let Cleaned { kind, code, examples } = clean(&text, form);
    if code.trim().is_empty() {
        return Err(Rejection::Empty);
    }
    Ok(LiftedBlock { index, locator: raw.locator.clone(), kind, code, examples })
}

/// The Python blocks of a page, in page order.
pub fn lift(page: &Page) -> Vec<LiftedBlock> {
    page.blocks.iter().enumerate().filter_map(|(i, raw)| lift_block(i, raw).ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_become_doctest_text() {
        let raw = RawBlock {
            text: ">>> class A:\n...     x = 1\n...\n...     y = 2\n>>> print('a\\n\\nb')\na\n\nb\n".into(),
            ..RawBlock::default()
        };
        let block = lift_block(0, &raw).unwrap();
        assert_eq!(
            block.doctest_text().unwrap(),
            ">>> class A:\n...     x = 1\n...\n...     y = 2\n>>> print('a\\n\\nb')\na\n<BLANKLINE>\nb\n"
        );
        let ipy = RawBlock { text: "In [1]: 6 * 7\nOut[1]: 42".into(), ..RawBlock::default() };
        assert_eq!(lift_block(0, &ipy).unwrap().doctest_text().unwrap(), ">>> 6 * 7\n42\n");
        let script = RawBlock { text: "print(1)".into(), ..RawBlock::default() };
        assert_eq!(lift_block(0, &script).unwrap().doctest_text(), None);
    }

    #[test]
    fn a_page_lists_its_python_blocks_in_order() {
        let block =
            |text: &str| RawBlock { text: text.into(), locator: format!("#{}", text.len()), ..RawBlock::default() };
        let page = Page {
            url: "https://example.org/".into(),
            title: "t".into(),
            blocks: vec![block("import os"), block("pip install x"), block("   "), block(">>> 1\n1")],
        };
        let lifted = lift(&page);
        assert_eq!(
            lifted.iter().map(|b| (b.index, b.kind)).collect::<Vec<_>>(),
            [(0, Kind::Python), (3, Kind::Doctest)]
        );
        assert_eq!(lifted[0].locator, "#9");
    }
}

/// The runnable code of text the user selected on a page (prompts, output lines and the like cleaned as for blocks).
pub fn lift_text(text: &str) -> String {
    let normalized = clean::normalize(text);
    let form = classify::form_of(&normalized);
    clean(&normalized, form).code
}

/// The host permission pattern for a page: `https://host:8000/path` -> `https://host/*` (a pattern without a port
/// matches every port); None for pages that extensions cannot be given (chrome://, file://, ...).
pub fn site_pattern(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().map(|h| format!("[{h}]"))?,
        None => host.split(':').next()?.to_string(),
    };
    (!host.is_empty()).then(|| format!("{scheme}://{host}/*"))
}

#[cfg(test)]
mod entry_tests {
    use super::*;

    #[test]
    fn site_patterns() {
        assert_eq!(site_pattern("https://docs.python.org/3/x.html").as_deref(), Some("https://docs.python.org/*"));
        assert_eq!(site_pattern("http://127.0.0.1:8000/a?b").as_deref(), Some("http://127.0.0.1/*"));
        assert_eq!(site_pattern("http://user@[::1]:80/").as_deref(), Some("http://[::1]/*"));
        assert_eq!(site_pattern("chrome://extensions"), None);
        assert_eq!(site_pattern("file:///tmp/a.html"), None);
    }

    #[test]
    fn selections_are_cleaned_like_blocks() {
        assert_eq!(lift_text(">>> x = 1\n>>> x + 1\n2\n"), "x = 1\nx + 1");
        assert_eq!(lift_text("print('a')   \n"), "print('a')");
    }
}
