//! Menus: a window's menu bar (`root.config(menu=...)`) and drop-down menus (cascades, menubuttons, `tk_popup`).
//! Entries carry `data-menu` (the menu's handle) and `data-index` (the entry's index, tear-off included, as Tk
//! counts); cascades `data-cascade` (the submenu's handle).

use super::super::dom::{el, set_styles};
use crate::tk::ops::{EntryType, Id};
use crate::tk::scene::{Scene, Widget};
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

fn style_from(e: &HtmlElement, m: &Widget) {
    let o = &m.opts;
    let font = o.font("font").unwrap_or_else(crate::tk::ops::Font::default_font);
    set_styles(e, &[
        ("background", o.color("background").unwrap_or("#d9d9d9")),
        ("color", o.color("foreground").unwrap_or("#000000")),
        ("font", &font.css()),
    ]);
}

/// A label with its `underline` character underlined (Tk's mnemonic), which `data-mnemonic` names in lower case.
fn underlined(host: &HtmlElement, text: &str, underline: i64) -> Result<(), JsValue> {
    host.set_text_content(None);
    let chars: Vec<char> = text.chars().collect();
    let Some(c) = usize::try_from(underline).ok().and_then(|u| chars.get(u).copied()) else {
        host.set_text_content(Some(text));
        return Ok(());
    };
    let u = underline as usize;
    let before: String = chars[..u].iter().collect();
    let after: String = chars[u + 1..].iter().collect();
    let mark = el("u", "", &[])?;
    mark.set_text_content(Some(&c.to_string()));
    host.append_with_str_1(&before)?;
    host.append_child(&mark)?;
    host.append_with_str_1(&after)?;
    host.set_attribute("data-mnemonic", &c.to_lowercase().to_string())?;
    Ok(())
}

/// The menu bar of a window: the top-level entries of `menu` in a row.
pub fn menubar(host: &HtmlElement, menu: &Widget) -> Result<(), JsValue> {
    host.set_text_content(None);
    host.set_attribute("role", "menubar")?;
    style_from(host, menu);
    for (i, e) in menu.entries.iter().enumerate() {
        if matches!(e.ty, EntryType::Tearoff | EntryType::Separator) {
            continue;
        }
        let b = el("button", "tk-menubar-item", &[("type", "button"), ("role", "menuitem"), ("data-menu", &menu.id.to_string()), ("data-index", &i.to_string())])?;
        underlined(&b, &e.opts.string("label"), e.opts.get("underline").and_then(|u| u.as_i64()).unwrap_or(-1))?;
        if let Some(sub) = e.opts.id("menu").filter(|_| e.ty == EntryType::Cascade) {
            b.set_attribute("data-cascade", &sub.to_string())?;
            b.set_attribute("aria-haspopup", "menu")?;
            b.set_attribute("aria-expanded", "false")?;
        }
        b.toggle_attribute_with_force("disabled", e.opts.str("state") == Some("disabled"))?;
        host.append_child(&b)?;
    }
    Ok(())
}

/// A drop-down menu for `menu` at (x, y) in `layer`'s coordinates.
pub fn dropdown(layer: &HtmlElement, scene: &Scene, menu: Id, x: f64, y: f64) -> Result<Option<HtmlElement>, JsValue> {
    let Some(m) = scene.get(menu) else { return Ok(None) };
    let d = el("div", "tk-menu", &[("role", "menu"), ("data-menu", &menu.to_string())])?;
    style_from(&d, m);
    set_styles(&d, &[("left", &format!("{x}px")), ("top", &format!("{y}px"))]);
    for (i, e) in m.entries.iter().enumerate() {
        let o = &e.opts;
        let item = match e.ty {
            EntryType::Tearoff => continue,
            EntryType::Separator => el("div", "tk-menu-sep", &[("role", "separator")])?,
            ty => {
                let role = match ty {
                    EntryType::Checkbutton => "menuitemcheckbox",
                    EntryType::Radiobutton => "menuitemradio",
                    _ => "menuitem",
                };
                let b = el("button", "tk-menu-item", &[("type", "button"), ("role", role), ("data-menu", &menu.to_string()), ("data-index", &i.to_string())])?;
                let mark = el("span", "tk-menu-mark", &[("aria-hidden", "true")])?;
                if matches!(ty, EntryType::Checkbutton | EntryType::Radiobutton) {
                    let on = o.bool("selected");
                    b.set_attribute("aria-checked", if on { "true" } else { "false" })?;
                    mark.set_text_content(Some(if !on { "" } else if ty == EntryType::Checkbutton { "✓" } else { "●" }));
                }
                let label = el("span", "tk-menu-label", &[])?;
                underlined(&label, &o.string("label"), o.get("underline").and_then(|u| u.as_i64()).unwrap_or(-1))?;
                if let Some(m) = label.get_attribute("data-mnemonic") {
                    b.set_attribute("data-mnemonic", &m)?;
                }
                let acc = el("span", "tk-menu-acc", &[])?;
                acc.set_text_content(Some(&if ty == EntryType::Cascade { "▸".to_string() } else { o.string("accelerator") }));
                b.append_child(&mark)?;
                b.append_child(&label)?;
                b.append_child(&acc)?;
                if let Some(sub) = o.id("menu").filter(|_| ty == EntryType::Cascade) {
                    b.set_attribute("data-cascade", &sub.to_string())?;
                    b.set_attribute("aria-haspopup", "menu")?;
                }
                b.toggle_attribute_with_force("disabled", o.str("state") == Some("disabled"))?;
                if let Some(c) = o.color("foreground") {
                    set_styles(&b, &[("color", c)]);
                }
                if let Some(c) = o.color("background") {
                    set_styles(&b, &[("background", c)]);
                }
                b
            }
        };
        d.append_child(&item)?;
    }
    layer.append_child(&d)?;
    Ok(Some(d))
}
