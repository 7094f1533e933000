//! The panel's static structure: toolbar, editor, splitter, Preview and console. Built once; the controller
//! (`app.rs`) changes states and texts.

use super::console_view::ConsoleView;
use super::dom::{append, el, text_el, Listener};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlButtonElement, HtmlElement, HtmlSelectElement};

pub const FONT_SIZES: &[u32] = &[10, 11, 12, 13, 14, 15, 16, 18, 20, 22, 24];
pub const DEFAULT_FONT_SIZE: u32 = 13;

pub struct Ui {
    pub root: HtmlElement,
    pub run: HtmlButtonElement,
    pub stop: HtmlButtonElement,
    pub status: HtmlElement,
    pub font: HtmlSelectElement,
    pub banner: HtmlElement,
    pub editor_box: HtmlElement,
    pub splitter: HtmlElement,
    pub preview: HtmlElement,
    pub console: ConsoleView,
}

fn button(label: &str, icon: &str, title: &str) -> Result<HtmlButtonElement, JsValue> {
    let b: HtmlButtonElement = el("button", "tool", &[("type", "button"), ("title", title)])?.dyn_into()?;
    let i = text_el("span", "icon", icon)?;
    i.set_attribute("aria-hidden", "true")?;
    let l = text_el("span", "label", label)?;
    append(&b, &[&i, &l])?;
    Ok(b)
}

impl Ui {
    pub fn build(parent: &HtmlElement) -> Result<Ui, JsValue> {
        let root = el("div", "pyroom", &[])?;
        let toolbar = el("div", "toolbar", &[("role", "toolbar"), ("aria-label", "Program")])?;
        let run = button("Run", "▶", "Run (Ctrl+Enter)")?;
        run.set_class_name("tool run");
        let stop = button("Stop", "■", "Stop the running program")?;
        stop.set_class_name("tool stop");
        stop.set_disabled(true);
        let status = el("span", "status", &[("role", "status"), ("aria-live", "polite"), ("data-state", "loading")])?;
        status.set_text_content(Some("Loading Python…"));
        let spacer = el("span", "spacer", &[])?;
        let font: HtmlSelectElement = el("select", "font", &[("aria-label", "Font size"), ("title", "Font size")])?.dyn_into()?;
        for size in FONT_SIZES {
            let o = text_el("option", "", &format!("{size} px"))?;
            o.set_attribute("value", &size.to_string())?;
            font.append_child(&o)?;
        }
        font.set_value(&DEFAULT_FONT_SIZE.to_string());
        append(&toolbar, &[&run, &stop, &status, &spacer, &font])?;

        let banner = el("div", "banner", &[("hidden", ""), ("role", "note")])?;
        let editor_box = el("div", "editor", &[("aria-label", "Code editor")])?;
        let splitter = el(
            "div",
            "splitter",
            &[
                ("role", "separator"),
                ("aria-orientation", "horizontal"),
                ("aria-label", "Resize editor"),
                ("aria-valuemin", "15"),
                ("aria-valuemax", "85"),
                ("tabindex", "0"),
            ],
        )?;
        let lower = el("div", "lower", &[])?;
        let preview = el("section", "preview empty", &[("role", "region"), ("aria-label", "Preview")])?;
        let placeholder = text_el("p", "placeholder", "Turtle and tkinter programs draw here.")?;
        preview.append_child(&placeholder)?;
        let console = ConsoleView::new()?;
        append(&lower, &[&preview, &console.root])?;
        append(&root, &[&toolbar, &banner, &editor_box, &splitter, &lower])?;
        parent.append_child(&root)?;
        Ok(Ui { root, run, stop, status, font, banner, editor_box, splitter, preview, console })
    }

    pub fn set_status(&self, state: &str, text: &str) {
        let _ = self.status.set_attribute("data-state", state);
        self.status.set_text_content(Some(text));
    }

    pub fn show_banner(&self, text: &str) {
        self.banner.set_text_content(Some(text));
        let _ = self.banner.remove_attribute("hidden");
    }

    /// The editor's share of the height, 0.15 to 0.85.
    pub fn set_split(&self, fraction: f64) -> f64 {
        let f = fraction.clamp(0.15, 0.85);
        let style = self.root.style();
        let _ = style.set_property("--editor-share", &format!("{:.4}", f));
        // The editor and the lower area share what the toolbar and the page list leave, in this proportion.
        let _ = style.set_property("--editor-fr", &format!("{:.4}fr", f));
        let _ = style.set_property("--lower-fr", &format!("{:.4}fr", 1.0 - f));
        let _ = self.splitter.set_attribute("aria-valuenow", &format!("{}", (f * 100.0).round()));
        f
    }

    pub fn set_font_size(&self, px: u32) {
        let _ = self.root.style().set_property("--code-font-size", &format!("{px}px"));
        self.font.set_value(&px.to_string());
    }
}

/// Dragging and keyboard for the splitter; `on_change` gets the new share when a move ends.
pub fn splitter_listeners(ui: &Ui, on_change: impl Fn(f64) + 'static) -> Result<Vec<Listener>, JsValue> {
    let on_change = Rc::new(on_change);
    let dragging = Rc::new(Cell::new(false));
    // The editor's share of the space from its top to the panel's bottom (what the two areas divide).
    let editor = ui.editor_box.clone();
    let share = Rc::new(move |root: &HtmlElement, y: f64| {
        let top = editor.get_bounding_client_rect().top();
        let bottom = root.get_bounding_client_rect().bottom();
        (y - top) / (bottom - top - 6.0).max(1.0)
    });
    let mut out = Vec::new();
    {
        let d = dragging.clone();
        let s = ui.splitter.clone();
        out.push(Listener::new(&ui.splitter, "pointerdown", move |e| {
            if let Some(p) = e.dyn_ref::<web_sys::PointerEvent>() {
                let _ = s.set_pointer_capture(p.pointer_id());
                d.set(true);
                e.prevent_default();
            }
        })?);
    }
    {
        let d = dragging.clone();
        let root = ui.root.clone();
        let splitter = ui.splitter.clone();
        let share = share.clone();
        out.push(Listener::new(&ui.splitter, "pointermove", move |e| {
            if let (true, Some(p)) = (d.get(), e.dyn_ref::<web_sys::PointerEvent>()) {
                let f = share(&root, p.client_y() as f64).clamp(0.15, 0.85);
                let style = root.style();
                let _ = style.set_property("--editor-share", &format!("{:.4}", f));
                let _ = style.set_property("--editor-fr", &format!("{:.4}fr", f));
                let _ = style.set_property("--lower-fr", &format!("{:.4}fr", 1.0 - f));
                let _ = splitter.set_attribute("aria-valuenow", &format!("{}", (f * 100.0).round()));
            }
        })?);
    }
    {
        let d = dragging.clone();
        let root = ui.root.clone();
        let cb = on_change.clone();
        out.push(Listener::new(&ui.splitter, "pointerup", move |e| {
            if let (true, Some(p)) = (d.get(), e.dyn_ref::<web_sys::PointerEvent>()) {
                d.set(false);
                cb(share(&root, p.client_y() as f64));
            }
        })?);
    }
    {
        let splitter = ui.splitter.clone();
        let cb = on_change.clone();
        out.push(Listener::new(&ui.splitter, "keydown", move |e| {
            let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
            let now: f64 = splitter.get_attribute("aria-valuenow").and_then(|v| v.parse().ok()).unwrap_or(55.0) / 100.0;
            let next = match k.key().as_str() {
                "ArrowUp" => now - 0.05,
                "ArrowDown" => now + 0.05,
                "Home" => 0.15,
                "End" => 0.85,
                _ => return,
            };
            e.prevent_default();
            cb(next);
        })?);
    }
    Ok(out)
}
