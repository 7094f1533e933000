//! A Text widget's tags on screen. The user types in a `<textarea>`; when tags change how text looks (colours,
//! fonts, underline), a mirror behind it shows the same text as styled runs and the textarea's own text turns
//! transparent, leaving its caret and selection. Runs are built as text nodes, never HTML.

use super::super::dom::el;
use crate::tk::ops::Opts;
use crate::tk::scene::Widget;
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// A styled tag: its name, options and ranges of code points.
type Styled<'a> = (&'a String, &'a Opts, Vec<(usize, usize)>);

const LOOKS: [&str; 6] = ["foreground", "background", "font", "underline", "overstrike", "relief"];

/// Tags that change the look of text (the selection is the textarea's own).
fn styled(w: &Widget) -> Vec<Styled<'_>> {
    let mut tags: Vec<Styled<'_>> = w
        .text_tags
        .iter()
        .filter(|(name, (o, _))| name.as_str() != "sel" && LOOKS.iter().any(|k| o.get(k).is_some_and(|v| v != &Value::Bool(false))))
        .map(|(name, (o, ranges))| (name, o, ranges.iter().filter_map(pair).collect()))
        .collect();
    let rank = |n: &String| w.tag_order.iter().position(|t| t == n).unwrap_or(usize::MAX);
    tags.sort_by_key(|(n, _, _)| rank(n));
    tags
}

fn pair(v: &Value) -> Option<(usize, usize)> {
    let a = v.as_array()?;
    Some((a.first()?.as_u64()? as usize, a.get(1)?.as_u64()? as usize))
}

/// Moves tag ranges for a user's edit of [start, end) into `len` characters (the shim resends them after).
pub fn shift_tags(w: &mut Widget, start: usize, end: usize, len: usize) {
    let moved = |p: usize| if p >= end { p + len - (end - start) } else if p > start { start } else { p };
    for (_, ranges) in w.text_tags.values_mut() {
        for r in ranges.iter_mut() {
            if let Some((a, b)) = pair(r) {
                *r = Value::from(vec![moved(a), moved(b)]);
            }
        }
    }
}

/// Shows the widget's tags: builds (or drops) the mirror behind `area`.
pub fn render(face: &HtmlElement, area: &HtmlElement, w: &Widget) -> Result<(), JsValue> {
    let tags = styled(w);
    let existing = face.query_selector(".tk-text-mirror")?.and_then(|m| m.dyn_into::<HtmlElement>().ok());
    if tags.is_empty() {
        if let Some(m) = existing {
            m.remove();
        }
        area.class_list().remove_1("tk-mirrored")?;
        return Ok(());
    }
    let mirror = match existing {
        Some(m) => m,
        None => {
            let m = el("div", "tk-text-mirror", &[("aria-hidden", "true")])?;
            face.insert_before(&m, Some(area))?;
            m
        }
    };
    area.class_list().add_1("tk-mirrored")?;
    let s = area.style();
    let m = mirror.style();
    for k in ["padding", "font", "white-space"] {
        m.set_property(k, &s.get_property_value(k)?)?;
    }
    m.set_property("white-space", if area.get_attribute("wrap").as_deref() == Some("off") { "pre" } else { "pre-wrap" })?;
    m.set_property("color", w.opts.color("foreground").unwrap_or("#000000"))?;
    mirror.set_text_content(None);
    let chars: Vec<char> = w.text.chars().collect();
    let mut cuts: Vec<usize> = vec![0, chars.len()];
    for (_, _, ranges) in &tags {
        for &(a, b) in ranges {
            cuts.push(a.min(chars.len()));
            cuts.push(b.min(chars.len()));
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    for win in cuts.windows(2) {
        let (a, b) = (win[0], win[1]);
        let text: String = chars[a..b].iter().collect();
        let span = el("span", "", &[])?;
        span.set_text_content(Some(&text));
        let st = span.style();
        // Lowest priority first, so higher tags win.
        for (_, o, ranges) in &tags {
            if !ranges.iter().any(|&(x, y)| x <= a && b <= y) {
                continue;
            }
            if let Some(c) = o.color("foreground") {
                st.set_property("color", c)?;
            }
            if let Some(c) = o.color("background") {
                st.set_property("background", c)?;
            }
            if let Some(f) = o.font("font") {
                st.set_property("font", &f.css())?;
            }
            let mut deco = Vec::new();
            if o.bool("underline") {
                deco.push("underline");
            }
            if o.bool("overstrike") {
                deco.push("line-through");
            }
            if !deco.is_empty() {
                st.set_property("text-decoration", &deco.join(" "))?;
            }
        }
        mirror.append_child(&span)?;
    }
    // A trailing newline needs a character after it to take a line.
    mirror.append_with_str_1("\u{200b}")?;
    mirror.set_scroll_top(area.scroll_top());
    Ok(())
}

/// Keeps the mirror scrolled with the textarea.
pub fn sync_scroll(area: &HtmlElement) {
    if let Some(m) = area.previous_element_sibling().filter(|m| m.class_list().contains("tk-text-mirror")) {
        m.set_scroll_top(area.scroll_top());
        m.set_scroll_left(area.scroll_left());
    }
}
