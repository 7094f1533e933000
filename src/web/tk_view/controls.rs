//! The composite widgets' insides: scales, scrollbars, notebook tabs and treeview rows. Parts carry `data-part`
//! (and `data-index`, `data-item`, `data-tab`) so the input layer knows what was clicked.

use super::super::dom::{el, set_styles};
use super::widgets::El;
use crate::tk::ops::{Kind, ManagerKind};
use crate::tk::scene::{Scene, Widget};
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

fn part(host: &HtmlElement, name: &str, tag: &str) -> Result<HtmlElement, JsValue> {
    if let Some(e) = host.query_selector(&format!(":scope > [data-part=\"{name}\"]"))? {
        return Ok(wasm_bindgen::JsCast::unchecked_into(e));
    }
    let e = el(tag, &format!("tk-part tk-{name}"), &[("data-part", name)])?;
    host.append_child(&e)?;
    Ok(e)
}

/// Scale: label, value, trough and slider; vertical by default as in Tk.
pub fn scale(e: &El, w: &Widget) -> Result<(), JsValue> {
    let Some(b) = &e.body else { return Ok(()) };
    let o = &w.opts;
    let ttk = w.kind == Kind::TScale;
    let vertical = o.str("orient") == Some("vertical") || (!ttk && o.str("orient").is_none());
    let (from, to) = (o.num("from").unwrap_or(0.0), o.num("to").unwrap_or(if ttk { 1.0 } else { 100.0 }));
    let v = w.state.num("value").unwrap_or(from);
    let frac = if (to - from).abs() < 1e-12 { 0.0 } else { ((v - from) / (to - from)).clamp(0.0, 1.0) };
    e.face.set_attribute("aria-valuenow", &fmt(v, o.int("digits")))?;
    e.face.set_attribute("aria-valuemin", &from.min(to).to_string())?;
    e.face.set_attribute("aria-valuemax", &from.max(to).to_string())?;
    e.face.set_attribute("aria-orientation", if vertical { "vertical" } else { "horizontal" })?;
    b.class_list().toggle_with_force("tk-vertical", vertical)?;
    let label = part(b, "label", "span")?;
    label.set_text_content(Some(&o.string("label")));
    label.toggle_attribute_with_force("hidden", o.string("label").is_empty() || ttk)?;
    let value = part(b, "value", "span")?;
    value.set_text_content(Some(&fmt(v, o.int("digits"))));
    value.toggle_attribute_with_force("hidden", ttk || o.get("showvalue").and_then(|s| s.as_bool()) == Some(false))?;
    let trough = part(b, "trough", "span")?;
    let color = o.color("troughcolor").unwrap_or("#c3c3c3");
    let width = if ttk { 15 } else { o.px("width").max(4) };
    let slider_len = if ttk { 30 } else { o.px("sliderlength").max(6) };
    set_styles(&trough, &[("background", color), (if vertical { "width" } else { "height" }, &format!("{width}px"))]);
    let slider = part(&trough, "slider", "span")?;
    let at = format!("calc({:.4} * (100% - {slider_len}px))", frac);
    if vertical {
        set_styles(&slider, &[("top", &at), ("left", "0"), ("height", &format!("{slider_len}px")), ("width", "100%")]);
    } else {
        set_styles(&slider, &[("left", &at), ("top", "0"), ("width", &format!("{slider_len}px")), ("height", "100%")]);
    }
    Ok(())
}

/// A number shown by a scale: `digits` significant digits when set, else as Tk prints the resolution's decimals.
fn fmt(v: f64, digits: i64) -> String {
    if digits > 0 {
        let int_digits = (v.abs().max(1.0).log10().floor() as i64) + 1;
        let decimals = (digits - int_digits).max(0) as usize;
        return format!("{v:.decimals$}");
    }
    if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// Scrollbar: two arrows and a thumb from `first` to `last`.
pub fn scrollbar(e: &El, w: &Widget) -> Result<(), JsValue> {
    let Some(b) = &e.body else { return Ok(()) };
    let vertical = w.opts.str("orient") != Some("horizontal");
    let (first, last) = (w.state.num("first").unwrap_or(0.0), w.state.num("last").unwrap_or(1.0));
    e.face.set_attribute("aria-orientation", if vertical { "vertical" } else { "horizontal" })?;
    e.face.set_attribute("aria-valuenow", &format!("{:.0}", first * 100.0))?;
    b.class_list().toggle_with_force("tk-vertical", vertical)?;
    let up = part(b, "up", "span")?;
    up.set_text_content(Some(if vertical { "▲" } else { "◀" }));
    let trough = part(b, "trough", "span")?;
    let down = part(b, "down", "span")?;
    down.set_text_content(Some(if vertical { "▼" } else { "▶" }));
    let thumb = part(&trough, "thumb", "span")?;
    let (a, z) = (first.clamp(0.0, 1.0) * 100.0, (last.clamp(0.0, 1.0) - first.clamp(0.0, 1.0)).max(0.0) * 100.0);
    if vertical {
        set_styles(&thumb, &[("top", &format!("{a}%")), ("height", &format!("{z}%")), ("left", "0"), ("width", "100%")]);
    } else {
        set_styles(&thumb, &[("left", &format!("{a}%")), ("width", &format!("{z}%")), ("top", "0"), ("height", "100%")]);
    }
    Ok(())
}

/// The widgets shown as a notebook's tabs, in order.
pub fn tabs(scene: &Scene, nb: &Widget) -> Vec<(u32, String, String)> {
    nb.children
        .iter()
        .chain(scene.widgets.values().filter(|c| c.parent != Some(nb.id)).map(|c| &c.id))
        .filter_map(|id| scene.get(*id))
        .filter_map(|c| match &c.manager {
            Some((ManagerKind::Tab, m, o)) if *m == nb.id => Some((c.id, o.string("text"), o.string("state"))),
            _ => None,
        })
        .collect()
}

pub fn notebook(e: &El, w: &Widget, scene: &Scene) -> Result<(), JsValue> {
    let Some(strip) = &e.body else { return Ok(()) };
    strip.set_attribute("role", "tablist")?;
    let current = w.state.id("current");
    strip.set_text_content(None);
    for (id, text, state) in tabs(scene, w) {
        if state == "hidden" {
            continue;
        }
        let t = el("button", "tk-tab", &[("type", "button"), ("role", "tab"), ("data-tab", &id.to_string())])?;
        t.set_text_content(Some(&text));
        t.set_attribute("aria-selected", if Some(id) == current { "true" } else { "false" })?;
        t.toggle_attribute_with_force("disabled", state == "disabled")?;
        strip.append_child(&t)?;
    }
    Ok(())
}

/// Treeview: a heading row and the open rows, indented by depth.
pub fn treeview(e: &El, w: &Widget) -> Result<(), JsValue> {
    let Some(b) = &e.body else { return Ok(()) };
    b.set_text_content(None);
    let o = &w.opts;
    let columns: Vec<String> = match o.get("columns") {
        Some(serde_json::Value::Array(_)) => o.strs("columns"),
        Some(serde_json::Value::String(s)) => s.split_whitespace().map(str::to_string).collect(),
        _ => Vec::new(),
    };
    let show = o.string("show");
    let show_tree = show.is_empty() || show.contains("tree");
    let show_head = show.is_empty() || show.contains("headings");
    let mut cols: Vec<String> = Vec::new();
    if show_tree {
        cols.push("#0".into());
    }
    cols.extend(columns.iter().cloned());
    let width_of = |c: &str| w.tree_columns.get(c).and_then(|(co, _)| co.num("width")).unwrap_or(200.0);
    let template: String = cols.iter().map(|c| format!("{}px", width_of(c))).collect::<Vec<_>>().join(" ");
    if show_head {
        let head = el("div", "tk-tree-head", &[("role", "row")])?;
        set_styles(&head, &[("grid-template-columns", &template)]);
        for c in &cols {
            let h = el("span", "tk-tree-heading", &[("role", "columnheader"), ("data-column", c)])?;
            h.set_text_content(Some(&w.tree_columns.get(c).map(|(_, ho)| ho.string("text")).unwrap_or_default()));
            head.append_child(&h)?;
        }
        b.append_child(&head)?;
    }
    let selected = w.state.strs("selection");
    let mut stack: Vec<(String, usize)> = w.tree_rows.get("").map(|r| r.children.iter().rev().map(|c| (c.clone(), 0)).collect()).unwrap_or_default();
    while let Some((item, depth)) = stack.pop() {
        let Some(row) = w.tree_rows.get(&item) else { continue };
        let r = el("div", "tk-tree-row", &[("role", "treeitem"), ("data-item", &item)])?;
        set_styles(&r, &[("grid-template-columns", &template)]);
        r.set_attribute("aria-selected", if selected.contains(&item) { "true" } else { "false" })?;
        let open = row.opts.bool("open");
        if !row.children.is_empty() {
            r.set_attribute("aria-expanded", if open { "true" } else { "false" })?;
        }
        let values: Vec<String> = row.opts.get("values").and_then(|v| v.as_array()).map(|a| a.iter().map(|x| x.as_str().map(str::to_string).unwrap_or_else(|| x.to_string())).collect()).unwrap_or_default();
        for (i, c) in cols.iter().enumerate() {
            let cell = el("span", "tk-tree-cell", &[("role", "gridcell")])?;
            if c == "#0" {
                let toggle = if row.children.is_empty() { "" } else if open { "▾ " } else { "▸ " };
                cell.set_text_content(Some(&format!("{toggle}{}", row.opts.string("text"))));
                set_styles(&cell, &[("padding-left", &format!("{}px", 4 + depth * 18))]);
                if !toggle.is_empty() {
                    cell.set_attribute("data-part", "toggle")?;
                }
            } else {
                let k = i - usize::from(show_tree);
                cell.set_text_content(Some(values.get(k).map(String::as_str).unwrap_or("")));
            }
            r.append_child(&cell)?;
        }
        b.append_child(&r)?;
        if open {
            for c in row.children.iter().rev() {
                stack.push((c.clone(), depth + 1));
            }
        }
    }
    Ok(())
}
