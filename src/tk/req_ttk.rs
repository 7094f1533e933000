//! ttk widgets' requested sizes and internal borders in the "default" theme (the theme Tk 8.6 uses on X11): each
//! widget's layout of elements, with the element sizes and style defaults of `ttkDefaultTheme.c` and
//! `library/ttk/defaults.tcl` (button `-padding 3 -width -9`, checkbutton `-padding 1`, menubutton
//! `-padding {10 3}`, labelframe `-borderwidth 2`, notebook tabs `-padding {4 2}`, ...).

use super::model::{Insets, Size};
use super::ops::{Kind, Opts};
use super::req::{avg_width, font_of, Content, Measure};
use super::req_text::text_size;
use serde_json::Value;

const fn sz(w: i32, h: i32) -> Size {
    Size { width: w, height: h }
}

/// A ttk `-padding` (strict: a list of numbers or a string of up to four numbers; empty: `default`).
pub fn padding(opts: &Opts, default: Insets) -> Insets {
    let nums: Vec<i32> = match opts.get("padding") {
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_f64).map(|v| v.round() as i32).collect(),
        Some(Value::String(s)) => s.split_whitespace().filter_map(|t| t.parse::<f64>().ok()).map(|v| v.round() as i32).collect(),
        Some(Value::Number(n)) => n.as_f64().map(|v| vec![v.round() as i32]).unwrap_or_default(),
        _ => Vec::new(),
    };
    match nums[..] {
        [] => default,
        [a] => Insets::uniform(a),
        [l, t] => Insets { left: l, top: t, right: l, bottom: t },
        [l, t, r] => Insets { left: l, top: t, right: r, bottom: t },
        [l, t, r, b, ..] => Insets { left: l, top: t, right: r, bottom: b },
    }
}

/// A ttk `-width` in characters (a string; empty: the style's).
fn width_chars(opts: &Opts, default: Option<i32>) -> Option<i32> {
    match opts.get("width") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.trim().parse::<f64>().ok().map(|v| v as i32),
        Some(Value::Number(n)) => n.as_f64().map(|v| v as i32),
        _ => default,
    }
}

/// ttkLabel.c `LabelSize`: text and/or image side by side per `-compound`, `-space 4` between them, the text
/// at least (negative `-width`) or exactly (positive) that many average characters wide.
fn label_element(opts: &Opts, content: &Content, m: &dyn Measure, style_width: Option<i32>) -> Size {
    let image = if opts.get("image").is_some() { content.image } else { None };
    let compound = match (opts.str("compound").unwrap_or("none"), image) {
        ("text", _) | (_, None) => "text",
        ("none", Some(_)) => "image",
        (c, Some(_)) => c,
    };
    let img = image.unwrap_or_default();
    if compound == "image" {
        return img;
    }
    let font = font_of(opts);
    let text = text_size(m, &font, opts.str("text").or(content.text).unwrap_or(""), opts.px("wraplength"));
    let req_w = match width_chars(opts, style_width) {
        Some(w) if w > 0 => avg_width(m, &font) * w,
        Some(w) => (avg_width(m, &font) * -w).max(text.width),
        None => text.width,
    };
    const SPACE: i32 = 4;
    match compound {
        "text" => sz(req_w, text.height),
        "top" | "bottom" => sz(img.width.max(req_w), img.height + text.height + SPACE),
        "left" | "right" => sz(img.width + req_w + SPACE, img.height.max(text.height)),
        _ => sz(img.width.max(req_w), img.height.max(text.height)),
    }
}

fn grow(s: Size, p: Insets) -> Size {
    sz(s.width + p.horizontal(), s.height + p.vertical())
}

fn orient_vertical(opts: &Opts) -> bool {
    opts.str("orient") == Some("vertical")
}

pub fn ttk_requested(kind: Kind, opts: &Opts, content: &Content, m: &dyn Measure) -> Size {
    let font = || font_of(opts);
    let out = match kind {
        Kind::TLabel => {
            let bd = opts.num("borderwidth").map(|v| v.round() as i32).unwrap_or(1);
            let s = grow(label_element(opts, content, m, None), padding(opts, Insets::default()));
            grow(s, Insets::uniform(bd))
        }
        Kind::TButton => {
            // Button.border (1) > Button.focus (1) > Button.padding > Button.label: 5 in all, on both axes.
            let s = grow(label_element(opts, content, m, Some(-9)), padding(opts, Insets::uniform(3)));
            sz(s.width + 5, s.height + 5)
        }
        Kind::TCheckbutton | Kind::TRadiobutton => {
            let ind = if kind == Kind::TCheckbutton { 14 } else { 17 };
            let label = label_element(opts, content, m, None);
            let pad = padding(opts, Insets::uniform(1));
            sz(pad.horizontal() + ind + label.width + 2, pad.vertical() + ind.max(label.height + 2))
        }
        Kind::TMenubutton => {
            let label = grow(label_element(opts, content, m, None), padding(opts, Insets { left: 10, top: 3, right: 10, bottom: 3 }));
            sz(label.width + 25 + 4, label.height + 4)
        }
        Kind::TEntry | Kind::TCombobox | Kind::TSpinbox => {
            let f = font();
            let lines = m.metrics(&f).linespace;
            let w = opts.int("width") as i32 * avg_width(m, &f);
            match kind {
                Kind::TEntry => sz(w + 4, lines + 4),
                Kind::TCombobox => sz(w + 17, lines + 4),
                _ => sz(w + 25, (lines + 2).max(20)),
            }
        }
        Kind::TProgressbar | Kind::TScale => {
            let thick = if kind == Kind::TProgressbar { 19 } else { 17 };
            let len = opts.px("length");
            if orient_vertical(opts) { sz(thick, len) } else { sz(len, thick) }
        }
        Kind::TScrollbar => if orient_vertical(opts) { sz(15, 32) } else { sz(32, 15) },
        Kind::TSeparator => sz(2, 2),
        Kind::TSizegrip => sz(15, 15),
        Kind::TTreeview => {
            let show = opts.str("show").unwrap_or("tree headings");
            let all: Vec<&str> = opts.str("columns").map(|c| c.split_whitespace().collect()).unwrap_or_default();
            let shown: Vec<&str> = match opts.str("displaycolumns") {
                Some(d) if d != "#all" => d
                    .split_whitespace()
                    .map(|c| c.parse::<usize>().ok().and_then(|i| all.get(i).copied()).unwrap_or(c))
                    .collect(),
                _ => all.clone(),
            };
            let width_of = |c: &str| content.column_widths.iter().find(|(n, _)| *n == c).map_or(200, |(_, w)| *w);
            let tree = if show.contains("tree") { width_of("#0") } else { 0 };
            let columns: i32 = shown.iter().map(|c| width_of(c)).sum();
            let heading = if show.contains("headings") { m.metrics(&font()).linespace + 2 } else { 0 };
            let rows = opts.int("height") as i32;
            grow(sz(tree + columns + 2, heading + 20 * rows + 2), padding(opts, Insets::default()))
        }
        Kind::TNotebook => notebook(opts, content, m),
        // ttkPanedwindow.c `PanedSize`: the panes end to end with a 5-pixel sash between each two.
        Kind::TPanedwindow if !content.panes.is_empty() => {
            let n = content.panes.len() as i32;
            let vertical = opts.str("orient") != Some("horizontal");
            let (along, across) = if vertical {
                (content.panes.iter().map(|p| p.height).sum::<i32>(), content.panes.iter().map(|p| p.width).max())
            } else {
                (content.panes.iter().map(|p| p.width).sum::<i32>(), content.panes.iter().map(|p| p.height).max())
            };
            let along = along + 5 * (n - 1);
            let across = across.unwrap_or(0);
            let (w, h) = if vertical { (across, along) } else { (along, across) };
            let (ow, oh) = (opts.px("width"), opts.px("height"));
            sz(if ow > 0 { ow } else { w }, if oh > 0 { oh } else { h })
        }
        Kind::TFrame | Kind::TLabelframe | Kind::TPanedwindow => {
            let (w, h) = (opts.px("width"), opts.px("height"));
            if w > 0 || h > 0 { sz(w.max(1), h.max(1)) } else { sz(1, 1) }
        }
        _ => sz(1, 1),
    };
    sz(out.width.max(1), out.height.max(1))
}

/// The tab row of a notebook: tabs of `-padding {4 2}` plus focus ring and border, at least `-mintabwidth` wide.
fn tab_row(content: &Content, m: &dyn Measure) -> Size {
    if content.tab_texts.is_empty() {
        return sz(0, 0);
    }
    let font = super::ops::Font::default_font();
    // Each tab at least `-mintabwidth` (24); the row's width is just the tabs' (measured on Tk 8.6.13).
    let width: i32 = content.tab_texts.iter().map(|t| (text_size(m, &font, t, 0).width + 12).max(24)).sum();
    let height = content.tab_texts.iter().map(|t| text_size(m, &font, t, 0).height + 5).max().unwrap_or(0);
    sz(width, height + 2)
}

fn notebook(opts: &Opts, content: &Content, m: &dyn Measure) -> Size {
    let mut client = content.tabs.iter().fold(sz(0, 0), |a, s| sz(a.width.max(s.width), a.height.max(s.height)));
    if opts.px("width") > 0 {
        client.width = opts.px("width");
    }
    if opts.px("height") > 0 {
        client.height = opts.px("height");
    }
    let row = tab_row(content, m);
    let pad = padding(opts, Insets::default());
    sz(row.width.max(client.width) + pad.horizontal() + 2, row.height + client.height + pad.vertical() + 2)
}

/// A ttk labelframe's label: its `-labelwidget` or its text (an empty text still takes a line).
fn ttk_label(opts: &Opts, content: &Content, m: &dyn Measure) -> Size {
    if let Some(lw) = content.labelwidget.filter(|_| opts.get("labelwidget").is_some()) {
        return lw;
    }
    let font = font_of(opts);
    let text = opts.str("text").unwrap_or("");
    let s = text_size(m, &font, text, 0);
    if text.is_empty() { sz(avg_width(m, &font), s.height) } else { s }
}

fn label_side(opts: &Opts) -> char {
    opts.str("labelanchor").and_then(|a| a.chars().next()).unwrap_or('n')
}

pub fn ttk_border(kind: Kind, opts: &Opts, content: &Content, m: &dyn Measure) -> Insets {
    let pad = padding(opts, Insets::default());
    match kind {
        Kind::TFrame => {
            let bd = opts.px("borderwidth");
            Insets { left: pad.left + bd, top: pad.top + bd, right: pad.right + bd, bottom: pad.bottom + bd }
        }
        Kind::TLabelframe => {
            let bd = opts.num("borderwidth").map(|v| v.round() as i32).unwrap_or(2);
            let mut b = Insets { left: pad.left + bd, top: pad.top + bd, right: pad.right + bd, bottom: pad.bottom + bd };
            let label = ttk_label(opts, content, m);
            match label_side(opts) {
                'w' => b.left += label.width,
                'e' => b.right += label.width,
                's' => b.bottom += label.height,
                _ => b.top += label.height,
            }
            b
        }
        Kind::TNotebook => {
            let row = tab_row(content, m);
            Insets { left: pad.left + 1, top: pad.top + row.height + 1, right: pad.right + 1, bottom: pad.bottom + 1 }
        }
        _ => Insets::default(),
    }
}

/// A ttk labelframe's minimum request: its label with `-labelmargins` and border.
pub fn ttk_min_request(opts: &Opts, content: &Content, m: &dyn Measure) -> Size {
    let bd = opts.num("borderwidth").map(|v| v.round() as i32).unwrap_or(2);
    let label = ttk_label(opts, content, m);
    match label_side(opts) {
        'w' | 'e' => sz(label.width + 2 * bd, label.height + 16 + 2 * bd),
        _ => sz(label.width + 16 + 2 * bd, label.height + 2 * bd),
    }
}
