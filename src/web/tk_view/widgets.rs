//! One widget's DOM: an absolutely positioned box (`data-tk` = its handle) holding its face (highlight ring,
//! relief border, background) and its content, rebuilt from the scene's options and state. Text goes in as text.

use super::super::dom::{document, el, set_styles};
use super::super::tk_measure::Measurer;
use crate::tk::ops::{Id, Kind, Opts};
use crate::tk::scene::{Scene, Widget};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

pub struct El {
    pub outer: HtmlElement,
    pub face: HtmlElement,
    /// The control or content inside the face (input, textarea, svg, list, text span).
    pub body: Option<HtmlElement>,
    pub svg: Option<Element>,
    pub kind: Kind,
}

/// Tk's 3D border shades of a background colour (TkpGetShadows): dark is 60%, light the brighter of 140% and
/// halfway to white.
pub fn shades(bg: &str) -> (String, String) {
    let c = |i: usize| u8::from_str_radix(bg.get(i..i + 2).unwrap_or("d9"), 16).unwrap_or(0xd9) as u32;
    let (r, g, b) = (c(1), c(3), c(5));
    let dark = |v: u32| v * 60 / 100;
    let light = |v: u32| (v * 14 / 10).max((255 + v) / 2).min(255);
    (format!("#{:02x}{:02x}{:02x}", light(r), light(g), light(b)), format!("#{:02x}{:02x}{:02x}", dark(r), dark(g), dark(b)))
}

/// CSS border colours (top right bottom left) for a relief.
pub fn relief_colors(relief: &str, bg: &str) -> String {
    let (l, d) = shades(bg);
    match relief {
        "raised" => format!("{l} {d} {d} {l}"),
        "sunken" => format!("{d} {l} {l} {d}"),
        "ridge" | "groove" => format!("{d} {l} {l} {d}"),
        "solid" => "#000000".into(),
        _ => bg.to_string(),
    }
}

fn role_of(kind: Kind) -> Option<&'static str> {
    Some(match kind {
        Kind::Checkbutton | Kind::TCheckbutton => "checkbox",
        Kind::Radiobutton | Kind::TRadiobutton => "radio",
        Kind::Scale | Kind::TScale => "slider",
        Kind::Scrollbar | Kind::TScrollbar => "scrollbar",
        Kind::Listbox => "listbox",
        Kind::TProgressbar => "progressbar",
        Kind::TSeparator => "separator",
        Kind::TTreeview => "tree",
        Kind::Canvas => "img",
        _ => return None,
    })
}

pub fn build(id: Id, kind: Kind) -> Result<El, JsValue> {
    let outer = el("div", &format!("tk-w tkw-{}", kind.name().replace('.', "-")), &[("data-tk", &id.to_string())])?;
    let (face_tag, body_tag) = match kind {
        Kind::Button | Kind::TButton | Kind::Menubutton | Kind::TMenubutton => ("button", None),
        Kind::Entry | Kind::TEntry | Kind::Spinbox | Kind::TSpinbox | Kind::TCombobox => ("div", Some("input")),
        Kind::Text => ("div", Some("textarea")),
        _ => ("div", Some("span")),
    };
    let face = el(face_tag, "tk-face", &[])?;
    if face_tag == "button" {
        face.set_attribute("type", "button")?;
    }
    if let Some(role) = role_of(kind) {
        face.set_attribute("role", role)?;
        if !matches!(kind, Kind::Canvas | Kind::TSeparator) {
            face.set_attribute("tabindex", "0")?;
        }
    }
    outer.append_child(&face)?;
    let mut svg = None;
    let body = match (kind, body_tag) {
        (Kind::Canvas, _) => {
            let s = document().create_element_ns(Some("http://www.w3.org/2000/svg"), "svg")?;
            s.set_attribute("class", "tk-svg")?;
            face.append_child(&s)?;
            svg = Some(s);
            None
        }
        (Kind::Menu, _) | (Kind::Frame | Kind::TFrame | Kind::Toplevel | Kind::Panedwindow | Kind::TPanedwindow, _) => None,
        (_, Some(tag)) => {
            let b = el(tag, "tk-body", &[])?;
            if tag == "input" {
                b.set_attribute("spellcheck", "false")?;
                b.set_attribute("autocomplete", "off")?;
            }
            if tag == "textarea" {
                b.set_attribute("spellcheck", "false")?;
                b.set_attribute("wrap", "soft")?;
            }
            face.append_child(&b)?;
            Some(b)
        }
        (_, None) => {
            let b = el("span", "tk-body", &[])?;
            face.append_child(&b)?;
            Some(b)
        }
    };
    if kind == Kind::Menu {
        outer.style().set_property("display", "none")?;
    }
    Ok(El { outer, face, body, svg, kind })
}

fn justify(anchor: &str) -> (&'static str, &'static str) {
    if anchor == "center" {
        return ("center", "center");
    }
    let h = if anchor.contains('w') { "flex-start" } else if anchor.contains('e') { "flex-end" } else { "center" };
    let v = if anchor.starts_with('n') { "flex-start" } else if anchor.starts_with('s') { "flex-end" } else { "center" };
    (h, v)
}

/// The text a widget shows (`text`, or for a ttk widget its `text` too).
pub fn shown_text(w: &Widget) -> String {
    w.opts.string("text")
}

/// Brings the widget's DOM in line with its options and state.
pub fn update(e: &El, w: &Widget, scene: &Scene, m: &Measurer, focused: bool) -> Result<(), JsValue> {
    let o = &w.opts;
    let ttk = w.kind.is_ttk();
    let style = if w.kind.is_ttk() { scene.ttk_style(w) } else { Opts::default() };
    let bg = o.color("background").or(style.color("background")).unwrap_or("#d9d9d9").to_string();
    let fg = o.color("foreground").or(style.color("foreground")).unwrap_or("#000000").to_string();
    let ht = o.px("highlightthickness").max(0);
    let mut bd = o.px("borderwidth").max(0);
    let mut relief = o.str("relief").unwrap_or("flat").to_string();
    if ttk {
        (bd, relief) = ttk_border(w.kind);
    }
    let ring = if focused { o.color("highlightcolor") } else { o.color("highlightbackground") }.unwrap_or(&bg).to_string();
    let ring_focus = o.color("highlightcolor").unwrap_or("#000000");
    let _ = (ring, focused);
    set_styles(&e.outer, &[("background", &bg), ("--ht", &format!("{ht}px")), ("--hl", o.color("highlightbackground").unwrap_or(&bg)), ("--hlf", ring_focus),
        ("--abg", o.color("activebackground").unwrap_or(&bg)), ("--afg", o.color("activeforeground").unwrap_or(&fg))]);
    set_styles(&e.outer, &[("cursor", cursor(o.str("cursor")))]);
    let disabled = o.str("state") == Some("disabled") || w.opts.strs("states").iter().any(|s| s == "disabled");
    let font = o.font("font").or(style.font("font")).unwrap_or_else(crate::tk::ops::Font::default_font);
    let face_bg = match w.kind {
        Kind::Entry | Kind::Spinbox | Kind::Listbox | Kind::Text => bg.clone(),
        Kind::TEntry | Kind::TCombobox | Kind::TSpinbox | Kind::TTreeview => style.color("fieldbackground").unwrap_or("#ffffff").into(),
        _ => bg.clone(),
    };
    let fgc = if disabled { o.color("disabledforeground").unwrap_or("#a3a3a3").to_string() } else { fg.clone() };
    set_styles(
        &e.face,
        &[
            ("inset", &format!("{ht}px")),
            ("border-width", &format!("{bd}px")),
            ("border-style", if relief == "flat" { "none" } else { "solid" }),
            ("border-color", &relief_colors(&relief, &bg)),
            ("background", &face_bg),
            ("color", &fgc),
            ("font", &font.css()),
        ],
    );
    let text = shown_text(w);
    match w.kind {
        Kind::Label | Kind::Button | Kind::Menubutton | Kind::Message | Kind::TLabel | Kind::TButton
        | Kind::TMenubutton | Kind::Checkbutton | Kind::Radiobutton | Kind::TCheckbutton | Kind::TRadiobutton => {
            let (h, v) = justify(o.str("anchor").unwrap_or("center"));
            let (px, py) = (o.px("padx"), o.px("pady"));
            set_styles(&e.face, &[("justify-content", h), ("align-items", v), ("padding", &format!("{py}px {px}px"))]);
            if e.face.tag_name() == "BUTTON" {
                if e.face.text_content().as_deref() != Some(text.as_str()) || e.face.child_element_count() > 0 {
                    label_content(&e.face, &text, o, m)?;
                }
                e.face.toggle_attribute_with_force("disabled", disabled)?;
                if matches!(w.kind, Kind::Menubutton | Kind::TMenubutton) {
                    e.face.set_attribute("aria-haspopup", "menu")?;
                    // Tk's option-menu indicator: a small raised bar at the right.
                    let ind = w.kind == Kind::TMenubutton || o.bool("indicatoron");
                    e.face.class_list().toggle_with_force("tk-mb-indicator", ind)?;
                }
            } else if let Some(b) = &e.body {
                label_content(b, &text, o, m)?;
                let wrap = o.px("wraplength");
                let width = if w.kind == Kind::Message { o.px("width") } else { 0 };
                set_styles(b, &[("text-align", o.str("justify").unwrap_or("left")), ("white-space", if wrap > 0 || w.kind == Kind::Message { "pre-wrap" } else { "pre" }),
                    ("max-width", &if wrap > 0 { format!("{wrap}px") } else if width > 0 { format!("{width}px") } else { "none".into() })]);
            }
            if matches!(w.kind, Kind::Checkbutton | Kind::Radiobutton | Kind::TCheckbutton | Kind::TRadiobutton) {
                let on = w.state.bool("selected");
                e.face.set_attribute("aria-checked", if on { "true" } else { "false" })?;
                e.face.set_attribute("aria-label", &text)?;
                let indicator = o.get("indicatoron").and_then(|v| v.as_bool()).unwrap_or(true);
                e.face.class_list().toggle_with_force("tk-on", on)?;
                e.face.class_list().toggle_with_force("tk-indicator", indicator)?;
                if !indicator && on {
                    set_styles(&e.face, &[("border-color", &relief_colors("sunken", &bg)), ("background", o.color("selectcolor").unwrap_or(&bg))]);
                }
                e.face.toggle_attribute_with_force("aria-disabled", disabled)?;
            }
        }
        Kind::Entry | Kind::TEntry | Kind::Spinbox | Kind::TSpinbox | Kind::TCombobox => {
            if let Some(input) = e.body.as_ref().and_then(|b| b.dyn_ref::<HtmlInputElement>()) {
                let want = w.state.string("text");
                if input.value() != want {
                    input.set_value(&want);
                }
                let show = o.string("show");
                input.set_type(if show.is_empty() { "text" } else { "password" });
                input.set_read_only(disabled || o.str("state") == Some("readonly") || w.opts.strs("states").iter().any(|s| s == "readonly"));
                input.set_disabled(disabled);
                set_styles(input, &[("text-align", o.str("justify").unwrap_or("left")), ("color", &fgc), ("background", &face_bg), ("font", &font.css())]);
                if matches!(w.kind, Kind::Spinbox | Kind::TSpinbox) {
                    input.set_attribute("role", "spinbutton")?;
                }
                if w.kind == Kind::TCombobox {
                    input.set_attribute("role", "combobox")?;
                }
                ensure_arrows(e, w.kind)?;
            }
        }
        Kind::Text => {
            if let Some(ta) = e.body.as_ref().and_then(|b| b.dyn_ref::<HtmlTextAreaElement>()) {
                // The shim keeps a trailing newline as Tk does; the textarea shows the user's text.
                let want = w.text.strip_suffix('\n').unwrap_or(&w.text);
                if ta.value() != want {
                    ta.set_value(want);
                }
                ta.set_read_only(disabled);
                ta.set_attribute("wrap", if o.str("wrap") == Some("none") { "off" } else { "soft" })?;
                let (px, py) = (o.px("padx"), o.px("pady"));
                set_styles(ta, &[("padding", &format!("{py}px {px}px")), ("color", &fgc), ("background", "transparent"), ("font", &font.css()),
                    ("caret-color", o.color("insertbackground").unwrap_or("#000000"))]);
                super::text::render(&e.face, ta, w)?;
            }
        }
        Kind::Listbox => list_content(e, w, &fgc, o)?,
        Kind::Labelframe | Kind::TLabelframe => {
            if let Some(b) = &e.body {
                b.set_text_content(Some(&text));
                let lm = crate::tk::req::Measure::metrics(m, &font);
                set_styles(&e.face, &[("top", &format!("{}px", ht + lm.linespace / 2)), ("border-style", "solid"), ("border-color", &relief_colors(if ttk { "groove" } else { &relief }, &bg))]);
                set_styles(b, &[("background", &bg), ("top", &format!("-{}px", lm.linespace / 2 + bd))]);
                b.toggle_attribute_with_force("hidden", text.is_empty())?;
            }
        }
        Kind::TProgressbar => {
            let max = o.num("maximum").unwrap_or(100.0).max(1e-9);
            let v = w.state.num("value").or(o.num("value")).unwrap_or(0.0);
            e.face.set_attribute("aria-valuenow", &v.to_string())?;
            e.face.set_attribute("aria-valuemax", &max.to_string())?;
            if let Some(b) = &e.body {
                let frac = (v / max).clamp(0.0, 1.0) * 100.0;
                let horizontal = o.str("orient") != Some("vertical");
                set_styles(b, &[("width", &if horizontal { format!("{frac}%") } else { "100%".into() }), ("height", &if horizontal { "100%".into() } else { format!("{frac}%") })]);
            }
        }
        Kind::Canvas => {
            if let Some(svg) = &e.svg {
                // Canvas coordinates start at the window's corner, under the border and the highlight ring.
                let inset = ht + bd;
                svg.set_attribute("style", &format!("left:-{inset}px;top:-{inset}px;width:calc(100% + {}px);height:calc(100% + {}px)", 2 * inset, 2 * inset))?;
            }
        }
        Kind::Scale | Kind::TScale => super::controls::scale(e, w)?,
        Kind::Scrollbar | Kind::TScrollbar => super::controls::scrollbar(e, w)?,
        Kind::TNotebook => super::controls::notebook(e, w, scene)?,
        Kind::TTreeview => super::controls::treeview(e, w)?,
        Kind::TSeparator => {
            let horizontal = o.str("orient") != Some("vertical");
            e.face.set_attribute("aria-orientation", if horizontal { "horizontal" } else { "vertical" })?;
        }
        _ => {}
    }
    Ok(())
}

/// The CSS cursor closest to a Tk (X11) cursor name.
fn cursor(name: Option<&str>) -> &'static str {
    match name.unwrap_or("") {
        "hand1" | "hand2" => "pointer",
        "xterm" => "text",
        "watch" | "clock" => "wait",
        "crosshair" | "tcross" | "cross" | "plus" | "cross_reverse" | "diamond_cross" => "crosshair",
        "fleur" => "move",
        "sb_h_double_arrow" => "ew-resize",
        "sb_v_double_arrow" => "ns-resize",
        "question_arrow" => "help",
        "X_cursor" | "pirate" => "not-allowed",
        "circle" | "dot" | "dotbox" => "cell",
        "none" => "none",
        "top_left_corner" | "bottom_right_corner" => "nwse-resize",
        "top_right_corner" | "bottom_left_corner" => "nesw-resize",
        _ => "default",
    }
}

fn ttk_border(kind: Kind) -> (i32, String) {
    match kind {
        Kind::TButton | Kind::TMenubutton => (1, "raised".into()),
        Kind::TEntry | Kind::TCombobox | Kind::TSpinbox | Kind::TTreeview => (1, "sunken".into()),
        Kind::TProgressbar | Kind::TScale => (1, "sunken".into()),
        _ => (0, "flat".into()),
    }
}

/// Text and an optional image (by `compound`) inside a label-like element.
fn label_content(host: &HtmlElement, text: &str, o: &Opts, m: &Measurer) -> Result<(), JsValue> {
    host.set_text_content(None);
    let image = o.id("image").and_then(|h| m.images.borrow().get(&h).cloned());
    let compound = o.str("compound").unwrap_or("none");
    let img = match &image {
        Some((url, w, h)) => {
            let i = el("img", "tk-img", &[("alt", ""), ("draggable", "false")])?;
            i.set_attribute("src", url)?;
            set_styles(&i, &[("width", &format!("{w}px")), ("height", &format!("{h}px"))]);
            Some(i)
        }
        None => None,
    };
    let show_text = img.is_none() || compound != "none";
    let span = show_text.then(|| {
        let s = document().create_element("span").ok()?;
        s.set_text_content(Some(text));
        let u = o.get("underline").and_then(|v| v.as_i64()).unwrap_or(-1);
        if u >= 0 && (u as usize) < text.chars().count() {
            // Tk underlines one character: rebuild the span as three text runs.
            s.set_text_content(None);
            let (a, rest): (String, String) = (text.chars().take(u as usize).collect(), text.chars().skip(u as usize).collect());
            let mut chars = rest.chars();
            let c = chars.next().map(String::from).unwrap_or_default();
            let u_el = document().create_element("u").ok()?;
            u_el.set_text_content(Some(&c));
            s.append_with_str_1(&a).ok()?;
            s.append_child(&u_el).ok()?;
            s.append_with_str_1(chars.as_str()).ok()?;
        }
        Some(s)
    }).flatten();
    let dir = match compound {
        "top" => "column",
        "bottom" => "column-reverse",
        "left" => "row",
        "right" => "row-reverse",
        _ => "row",
    };
    set_styles(host, &[("flex-direction", dir)]);
    if let Some(i) = &img {
        host.append_child(i)?;
    }
    if let Some(s) = &span {
        host.append_child(s)?;
    }
    Ok(())
}

fn list_content(e: &El, w: &Widget, fg: &str, o: &Opts) -> Result<(), JsValue> {
    let Some(list) = &e.body else { return Ok(()) };
    list.set_attribute("role", "presentation")?;
    let sel: Vec<i64> = w.state.get("selection").and_then(|v| v.as_array()).map(|a| a.iter().filter_map(|x| x.as_i64()).collect()).unwrap_or_default();
    let selbg = o.color("selectbackground").unwrap_or("#c3c3c3").to_string();
    let selfg = o.color("selectforeground").unwrap_or("#000000").to_string();
    let n = w.list.len();
    let rows = list.children();
    while rows.length() as usize > n {
        if let Some(last) = list.last_element_child() {
            last.remove();
        }
    }
    for (i, item) in w.list.iter().enumerate() {
        let row: HtmlElement = match rows.item(i as u32) {
            Some(r) => r.dyn_into()?,
            None => {
                let r = el("div", "tk-option", &[("role", "option")])?;
                list.append_child(&r)?;
                r
            }
        };
        if row.text_content().as_deref() != Some(item.as_str()) {
            row.set_text_content(Some(item));
        }
        let on = sel.contains(&(i as i64));
        row.set_attribute("aria-selected", if on { "true" } else { "false" })?;
        row.set_attribute("data-index", &i.to_string())?;
        let item_opts = w.list_opts.get(&(i as i64));
        let ibg = item_opts.and_then(|io| io.color(if on { "selectbackground" } else { "background" }).map(str::to_string));
        let ifg = item_opts.and_then(|io| io.color(if on { "selectforeground" } else { "foreground" }).map(str::to_string));
        set_styles(&row, &[
            ("background", &ibg.unwrap_or_else(|| if on { selbg.clone() } else { "transparent".into() })),
            ("color", &ifg.unwrap_or_else(|| if on { selfg.clone() } else { fg.to_string() })),
        ]);
    }
    Ok(())
}

/// Spinbox arrows and the combobox's drop-down button.
fn ensure_arrows(e: &El, kind: Kind) -> Result<(), JsValue> {
    if e.face.query_selector(".tk-arrows")?.is_some() {
        return Ok(());
    }
    let labels: &[(&str, &str, &str)] = match kind {
        Kind::Spinbox | Kind::TSpinbox => &[("up", "▲", "Increment"), ("down", "▼", "Decrement")],
        Kind::TCombobox => &[("open", "▼", "Show values")],
        _ => return Ok(()),
    };
    let box_ = el("span", "tk-arrows", &[])?;
    for (what, glyph, name) in labels {
        let b = el("button", "tk-arrow", &[("type", "button"), ("tabindex", "-1"), ("data-arrow", what), ("aria-label", name)])?;
        b.set_text_content(Some(glyph));
        box_.append_child(&b)?;
    }
    e.face.append_child(&box_)?;
    Ok(())
}
