//! The console on screen: applies `console::Update`s to a `role="log"` element and hosts the inline `input()` field.

use super::dom::{el, text_el};
use crate::console::{Line, Update};
use std::collections::VecDeque;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement};

pub struct ConsoleView {
    pub root: HtmlElement,
    note: HtmlElement,
    lines_box: HtmlElement,
    rendered: VecDeque<(u64, HtmlElement)>,
    input: Option<HtmlInputElement>,
}

fn fill_line(div: &HtmlElement, line: &Line) -> Result<(), JsValue> {
    div.set_text_content(None);
    for span in &line.spans {
        let s = text_el("span", span.kind.class(), &span.text)?;
        div.append_child(&s)?;
    }
    if line.elided > 0 {
        let note = format!(" … ({} more characters not shown)", group(line.elided as u64));
        let s = text_el("span", "elided", &note)?;
        div.append_child(&s)?;
    }
    Ok(())
}

/// 1234567 -> "1,234,567".
pub fn group(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

impl ConsoleView {
    pub fn new() -> Result<ConsoleView, JsValue> {
        Self::labelled("Console")
    }

    /// A console with its own accessible name (the page blocks' outputs).
    pub fn labelled(label: &str) -> Result<ConsoleView, JsValue> {
        let root = el("div", "console", &[("role", "log"), ("aria-label", label), ("tabindex", "0")])?;
        let note = el("div", "dropped", &[("hidden", "")])?;
        let lines_box = el("div", "lines", &[])?;
        root.append_child(&note)?;
        root.append_child(&lines_box)?;
        Ok(ConsoleView { root, note, lines_box, rendered: VecDeque::new(), input: None })
    }

    fn at_bottom(&self) -> bool {
        let r = &self.root;
        r.scroll_height() - r.scroll_top() - r.client_height() < 24
    }

    /// Applies an update; `last_open` tells whether the last line still waits for its newline (an `input()` prompt).
    pub fn apply(&mut self, update: Update, last_open: bool) -> Result<(), JsValue> {
        if !update.reset && update.lines.is_empty() && self.rendered.front().is_none_or(|(id, _)| *id >= update.first_id) {
            return Ok(());
        }
        let stick = self.at_bottom();
        if update.reset {
            self.lines_box.set_text_content(None);
            self.rendered.clear();
        }
        while let Some((id, div)) = self.rendered.front() {
            if *id >= update.first_id {
                break;
            }
            div.remove();
            self.rendered.pop_front();
        }
        let mut fresh: Option<web_sys::DocumentFragment> = None;
        for (id, line) in &update.lines {
            let existing = self
                .rendered
                .front()
                .map(|(first, _)| id.wrapping_sub(*first) as usize)
                .and_then(|i| self.rendered.get(i))
                .filter(|(rid, _)| rid == id)
                .map(|(_, d)| d.clone());
            match existing {
                Some(div) => fill_line(&div, line)?,
                None => {
                    let div = el("div", "line", &[])?;
                    fill_line(&div, line)?;
                    let frag = match &fresh {
                        Some(f) => f.clone(),
                        None => {
                            let f = super::dom::document().create_document_fragment();
                            fresh = Some(f.clone());
                            f
                        }
                    };
                    frag.append_child(&div)?;
                    self.rendered.push_back((*id, div));
                }
            }
        }
        if let Some(f) = fresh {
            self.lines_box.append_child(&f)?;
        }
        if update.dropped > 0 {
            self.note.set_text_content(Some(&format!(
                "{} earlier lines not shown (the console keeps the last {}).",
                group(update.dropped),
                group(self.rendered.len() as u64)
            )));
            self.note.remove_attribute("hidden")?;
        } else {
            self.note.set_attribute("hidden", "")?;
        }
        self.set_last_open(last_open);
        if let Some(input) = &self.input {
            self.place_input(input)?;
        }
        if stick {
            self.root.set_scroll_top(self.root.scroll_height());
        }
        Ok(())
    }

    /// Puts the field at the end of the last line (after the prompt) or on a line of its own.
    fn place_input(&self, input: &HtmlInputElement) -> Result<(), JsValue> {
        match self.rendered.back() {
            Some((_, div)) if div.class_list().contains("open") => div.append_child(input)?,
            _ => self.lines_box.append_child(input)?,
        };
        Ok(())
    }

    fn set_last_open(&self, open: bool) {
        if let Some((_, div)) = self.rendered.back() {
            let _ = div.class_list().toggle_with_force("open", open);
        }
    }

    /// Shows the inline input field; `on_key` gets each keydown.
    pub fn show_input(&mut self, on_key: &js_sys::Function) -> Result<HtmlInputElement, JsValue> {
        self.hide_input();
        let input: HtmlInputElement = el(
            "input",
            "stdin",
            &[("type", "text"), ("aria-label", "Input for the program"), ("autocomplete", "off"), ("spellcheck", "false")],
        )?
        .dyn_into()?;
        input.set_onkeydown(Some(on_key));
        self.place_input(&input)?;
        self.root.set_scroll_top(self.root.scroll_height());
        let _ = input.focus();
        self.input = Some(input.clone());
        Ok(input)
    }

    pub fn hide_input(&mut self) {
        if let Some(i) = self.input.take() {
            i.set_onkeydown(None);
            i.remove();
        }
    }

    pub fn input_value(&self) -> Option<String> {
        self.input.as_ref().map(|i| i.value())
    }
}
