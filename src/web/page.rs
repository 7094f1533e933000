//! "On this page": the Python blocks lifted from the page the user reads, each with its cleaned code, buttons to
//! open or run it (and check `>>>` sessions), and its own output. The lifting itself is `crate::lift`.

use super::console_view::ConsoleView;
use super::dom::{append, el, text_el, Listener};
use crate::console::{Console, Limits};
use crate::lift::{Kind, LiftedBlock};
use crate::protocol::DoctestFailure;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlButtonElement, HtmlElement, HtmlSelectElement};

pub struct Item {
    pub block: LiftedBlock,
    pub console: Console,
    pub view: ConsoleView,
    li: HtmlElement,
    verdict: HtmlElement,
    pub open: HtmlButtonElement,
    pub run: HtmlButtonElement,
    pub check: Option<HtmlButtonElement>,
    pub listeners: Vec<Listener>,
}

pub struct PageView {
    pub root: HtmlElement,
    toggle: HtmlButtonElement,
    pub run_all: HtmlButtonElement,
    pub allow: HtmlButtonElement,
    /// Run buttons on pages: "off", "site" (this site) or "all" (every site).
    pub buttons: HtmlSelectElement,
    note: HtmlElement,
    list: HtmlElement,
    pub items: Vec<Item>,
    pub listeners: Vec<Listener>,
}

fn small_button(label: &str, aria: &str) -> Result<HtmlButtonElement, JsValue> {
    let b: HtmlButtonElement = el("button", "mini", &[("type", "button"), ("aria-label", aria)])?.dyn_into()?;
    b.set_text_content(Some(label));
    Ok(b)
}

impl PageView {
    pub fn new() -> Result<PageView, JsValue> {
        let root = el("section", "page", &[("role", "region"), ("aria-label", "On this page")])?;
        let head = el("div", "page-head", &[])?;
        let toggle: HtmlButtonElement =
            el("button", "page-toggle", &[("type", "button"), ("aria-expanded", "true")])?.dyn_into()?;
        toggle.set_text_content(Some("On this page"));
        let run_all = small_button("Run all", "Run all blocks")?;
        run_all.set_hidden(true);
        let allow = small_button("Allow on this site", "Allow Pyroom to read this site")?;
        allow.set_hidden(true);
        let buttons: HtmlSelectElement = el(
            "select",
            "mini",
            &[("aria-label", "Run buttons on pages"), ("title", "Show Pyroom's Run buttons beside the page's Python blocks")],
        )?
        .dyn_into()?;
        for (value, label) in [("off", "No page buttons"), ("site", "Buttons on this site"), ("all", "Buttons on every site")] {
            let o = text_el("option", "", label)?;
            o.set_attribute("value", value)?;
            buttons.append_child(&o)?;
        }
        append(&head, &[&toggle, &run_all, &allow, &buttons])?;
        let note = text_el("p", "page-note", "Looking at the page…")?;
        let list = el("ol", "blocks", &[])?;
        append(&root, &[&head, &note, &list])?;
        let mut v = PageView { root, toggle, run_all, allow, buttons, note, list, items: Vec::new(), listeners: Vec::new() };
        let (t, l) = (v.toggle.clone(), v.list.clone());
        v.listeners.push(Listener::new(&v.toggle, "click", move |_| {
            let open = t.get_attribute("aria-expanded").as_deref() != Some("true");
            let _ = t.set_attribute("aria-expanded", if open { "true" } else { "false" });
            l.set_hidden(!open);
        })?);
        Ok(v)
    }

    /// A message instead of (or above) the list.
    pub fn set_note(&self, text: &str, offer_allow: bool) {
        self.note.set_text_content(Some(text));
        self.note.set_hidden(text.is_empty());
        self.allow.set_hidden(!offer_allow);
    }

    /// Replaces the list with the blocks of a page.
    pub fn show(&mut self, blocks: Vec<LiftedBlock>, title: &str) -> Result<(), JsValue> {
        self.list.set_text_content(None);
        self.items.clear();
        let n = blocks.len();
        self.toggle.set_text_content(Some(&format!("On this page ({n})")));
        self.run_all.set_hidden(n < 2);
        if n == 0 {
            self.set_note(&format!("No Python code blocks found on “{title}”."), false);
        } else {
            self.set_note("", false);
        }
        for (i, block) in blocks.into_iter().enumerate() {
            self.items.push(Item::new(i, block)?);
            self.list.append_child(&self.items[i].li)?;
        }
        Ok(())
    }
}

impl Item {
    fn new(i: usize, block: LiftedBlock) -> Result<Item, JsValue> {
        let n = i + 1;
        let li = el("li", "block", &[("aria-label", &format!("Block {n}"))])?;
        let code = text_el("pre", "code", &block.code)?;
        let bar = el("div", "block-bar", &[])?;
        let kind = text_el(
            "span",
            "kind",
            match block.kind {
                Kind::Python => "Python",
                Kind::Doctest => ">>> session",
                Kind::Ipython => "IPython session",
            },
        )?;
        let open = small_button("Open in editor", &format!("Open block {n} in editor"))?;
        let run = small_button("Run", &format!("Run block {n}"))?;
        append(&bar, &[&kind, &open, &run])?;
        let check = if block.examples.is_empty() {
            None
        } else {
            let c = small_button("Check", &format!("Check block {n}"))?;
            bar.append_child(&c)?;
            Some(c)
        };
        let verdict = el("span", "verdict", &[("role", "status")])?;
        bar.append_child(&verdict)?;
        let view = ConsoleView::labelled(&format!("Output of block {n}"))?;
        view.root.set_hidden(true);
        append(&li, &[&code, &bar, &view.root])?;
        let limits = Limits { max_lines: 500, max_line_chars: 2_000, max_total_chars: 200_000 };
        Ok(Item {
            block,
            console: Console::new(limits),
            view,
            li,
            verdict,
            open,
            run,
            check,
            listeners: Vec::new(),
        })
    }

    pub fn begin(&mut self) {
        self.console.clear();
        self.view.root.set_hidden(false);
        self.set_verdict("running", "Running…");
    }

    pub fn set_verdict(&self, state: &str, text: &str) {
        let _ = self.verdict.set_attribute("data-state", state);
        self.verdict.set_text_content(Some(text));
    }

    /// The text of a doctest run's report, for the block's output.
    pub fn report(attempted: u32, failures: &[DoctestFailure]) -> String {
        let mut out = String::new();
        for f in failures {
            out.push_str(&format!("Line {}:\n>>> {}", f.line, f.source));
            out.push_str(&format!("Expected:\n{}", indent(&f.expected)));
            out.push_str(&format!("Got:\n{}", indent(&f.got)));
        }
        if failures.is_empty() {
            out.push_str(&format!("{} give the output the page shows.\n", examples(attempted)));
        }
        out
    }
}

fn indent(text: &str) -> String {
    if text.is_empty() {
        return "    (nothing)\n".into();
    }
    text.lines().map(|l| format!("    {l}\n")).collect()
}

/// "1 example", "3 examples".
pub fn examples(n: u32) -> String {
    if n == 1 {
        "1 example".into()
    } else {
        format!("{n} examples")
    }
}
