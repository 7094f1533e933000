//! Widgets' requested sizes (`winfo_reqwidth/reqheight`) and containers' internal borders, computed from the
//! shim's strict options the way Tk 8.6 on X11 computes them (`TkpComputeButtonGeometry`, `EntryComputeGeometry`,
//! `ComputeMessageGeometry`, `ComputeScaleGeometry`, the ttk "default" theme's element sizes, ...), with text
//! measured through [`Measure`]. Pure: the browser only supplies the measurements.
//!
//! Requests depend on nothing but the widget itself: a frame or labelframe asks for its `-width`/`-height` (or
//! 1x1), and its children's sizes come in through the geometry managers ([`super::layout`]); a labelframe's label
//! is its [`min_request`]. A scrollbar's request is the one Tk settles on once the scrollbar got its own width.
//! The conformance tests (`req_tests.rs`) replay real Tk's measurements from `tests/tk-req/fixtures.json`.

use super::model::{Insets, Size};
use super::ops::{Font, Kind, Opts};

pub use super::req_text::text_size;
use super::req_text::{message, scale};
use super::req_ttk::ttk_requested;

pub struct Metrics {
    pub ascent: i32,
    pub descent: i32,
    pub linespace: i32,
}

pub trait Measure {
    /// Width in pixels of `text` in `font` (one line), as Tk's `font measure` would give.
    fn width(&self, font: &Font, text: &str) -> i32;
    fn metrics(&self, font: &Font) -> Metrics;
    /// The screen's width in pixels (a message without `-width` starts wrapping at half of it).
    fn screen_width(&self) -> i32 {
        1280
    }
    /// Screen pixels per millimetre times ten thousand (menubutton indicators are sized in millimetres).
    fn pixels_per_10k_mm(&self) -> i32 {
        37795 // 96 dpi
    }
}

/// What the widget shows beyond its options.
#[derive(Default)]
pub struct Content<'a> {
    /// Displayed text if not in `opts["text"]`: an entry's or spinbox's contents (for `-width 0`).
    pub text: Option<&'a str>,
    /// Size of the widget's `-image`, if any.
    pub image: Option<Size>,
    /// Number of a listbox's items (for `-height 0`); `items.len()` when larger.
    pub list_items: usize,
    /// A listbox's items (their widest sets the width for `-width 0`).
    pub items: Vec<&'a str>,
    /// A labelframe's `-labelwidget` requested size.
    pub labelwidget: Option<Size>,
    /// A ttk notebook's pages' requested sizes (each with its tab `-padding` added), in tab order.
    pub tabs: Vec<Size>,
    /// A ttk notebook's tab labels.
    pub tab_texts: Vec<&'a str>,
    /// A panedwindow's panes' sizes, each with its `-padx`/`-pady` on both sides (`-width`/`-height` or request).
    pub panes: Vec<Size>,
    /// A treeview's columns' `-width` (by column id, `#0` the tree column); a column not listed is 200 wide.
    pub column_widths: Vec<(&'a str, i32)>,
}

const fn sz(w: i32, h: i32) -> Size {
    Size { width: w, height: h }
}

/// The widget's font: its `-font`, else Tk's default font.
pub fn font_of(opts: &Opts) -> Font {
    opts.font("font").unwrap_or_else(Font::default_font)
}

/// Width of "0", Tk's average character width (at least 1).
pub fn avg_width(m: &dyn Measure, font: &Font) -> i32 {
    m.width(font, "0").max(1)
}

/// `-compound` for classic widgets: "none" or a side.
fn compound_of(opts: &Opts) -> &str {
    opts.str("compound").unwrap_or("none")
}

/// Sizes of Tk's built-in bitmaps.
fn bitmap_size(name: &str) -> Option<Size> {
    Some(match name {
        "error" => sz(8, 8),
        "gray75" | "gray50" | "gray25" | "gray12" => sz(16, 16),
        "hourglass" => sz(19, 21),
        "info" => sz(8, 21),
        "questhead" => sz(12, 22),
        "question" => sz(17, 27),
        "warning" => sz(6, 19),
        _ => return None,
    })
}

/// The image or bitmap a classic label-like widget shows.
fn picture(opts: &Opts, content: &Content) -> Option<Size> {
    if opts.get("image").is_some() {
        return content.image.or(Some(sz(0, 0)));
    }
    opts.str("bitmap").filter(|b| !b.is_empty()).map(|b| bitmap_size(b).unwrap_or(sz(16, 16)))
}

fn shown_text<'a>(opts: &'a Opts, content: &'a Content) -> &'a str {
    opts.str("text").or(content.text).unwrap_or("")
}

/// Labels, buttons, checkbuttons, radiobutons (tkUnixButton.c) and menubuttons (tkUnixMenubu.c).
fn button_like(kind: Kind, opts: &Opts, content: &Content, m: &dyn Measure) -> Size {
    let font = font_of(opts);
    let (padx, pady) = (opts.px("padx"), opts.px("pady"));
    let mut inset = opts.px("highlightthickness") + opts.px("borderwidth");
    if kind == Kind::Button && opts.str("default").is_some_and(|d| d != "disabled") {
        inset += 5;
    }
    let pic = picture(opts, content);
    let compound = compound_of(opts);
    let (mut width, mut height) = pic.map(|p| (p.width, p.height)).unwrap_or((0, 0));
    let (mut txt, mut avg, mut fm) = (sz(0, 0), 0, Metrics { ascent: 0, descent: 0, linespace: 0 });
    if pic.is_none() || compound != "none" {
        txt = text_size(m, &font, shown_text(opts, content), opts.px("wraplength"));
        avg = avg_width(m, &font);
        fm = m.metrics(&font);
    }
    let have_text = txt.width != 0 && txt.height != 0;
    let (w_opt, h_opt) = (opts.int("width") as i32, opts.int("height") as i32);
    let check_like = matches!(kind, Kind::Checkbutton | Kind::Radiobutton);
    let indicator_on = opts.bool("indicatoron");
    let mut indicator = 0;
    let image_indicator = |height: i32| if check_like && indicator_on { height } else { 0 };
    if compound != "none" && pic.is_some() && have_text {
        match compound {
            "top" | "bottom" => {
                height += txt.height + pady;
                width = width.max(txt.width);
            }
            "left" | "right" => {
                width += txt.width + padx;
                height = height.max(txt.height);
            }
            _ => {
                width = width.max(txt.width);
                height = height.max(txt.height);
            }
        }
        if w_opt > 0 {
            width = w_opt;
        }
        if h_opt > 0 {
            height = h_opt;
        }
        indicator = image_indicator(height);
        width += 2 * padx;
        height += 2 * pady;
    } else if pic.is_some() {
        if w_opt > 0 {
            width = w_opt;
        }
        if h_opt > 0 {
            height = h_opt;
        }
        indicator = image_indicator(height);
    } else {
        width = if w_opt > 0 { w_opt * avg } else { txt.width };
        height = if h_opt > 0 { h_opt * fm.linespace } else { txt.height };
        if check_like && indicator_on {
            let mut diameter = fm.linespace;
            if kind == Kind::Checkbutton {
                diameter = 80 * diameter / 100;
            }
            indicator = diameter + avg;
        }
        width += 2 * padx;
        height += 2 * pady;
    }
    if kind == Kind::Button {
        width += 2;
        height += 2;
    }
    if kind == Kind::Menubutton && indicator_on {
        let ppm = m.pixels_per_10k_mm();
        let ind_h = 17 * ppm / 100_000;
        indicator = 40 * ppm / 100_000 + 2 * ind_h;
    }
    sz(width + indicator + 2 * inset, height + 2 * inset)
}

/// A frame's own request: `-width` x `-height` when either is set, else nothing (1x1).
fn frame_request(opts: &Opts) -> Size {
    let (w, h) = (opts.px("width"), opts.px("height"));
    if w > 0 || h > 0 {
        sz(w.max(1), h.max(1))
    } else {
        sz(1, 1)
    }
}

/// A classic labelframe's label size (`labelReqWidth/Height`), if it has a label.
fn classic_label(opts: &Opts, content: &Content, m: &dyn Measure) -> Option<Size> {
    let bd = opts.px("borderwidth");
    let mut s = if let Some(lw) = content.labelwidget.filter(|_| opts.get("labelwidget").is_some()) {
        lw
    } else {
        let text = opts.str("text").filter(|t| !t.is_empty())?;
        let t = text_size(m, &font_of(opts), text, 0);
        sz(t.width + 2, t.height + 2)
    };
    let anchor = opts.str("labelanchor").unwrap_or("nw");
    if anchor.starts_with(['n', 's']) {
        s.height = s.height.max(bd);
    } else {
        s.width = s.width.max(bd);
    }
    Some(s)
}

pub fn requested(kind: Kind, opts: &Opts, content: &Content, m: &dyn Measure) -> Size {
    if kind.is_ttk() {
        return ttk_requested(kind, opts, content, m);
    }
    let font = || font_of(opts);
    let hl_bd = opts.px("highlightthickness") + opts.px("borderwidth");
    let out = match kind {
        Kind::Label | Kind::Button | Kind::Checkbutton | Kind::Radiobutton | Kind::Menubutton => {
            button_like(kind, opts, content, m)
        }
        Kind::Entry | Kind::Spinbox => {
            let f = font();
            let avg = avg_width(m, &f);
            let inset = hl_bd + 1;
            let width = opts.int("width") as i32;
            let mut w = if width > 0 {
                width * avg
            } else {
                let text = content.text.unwrap_or("");
                let shown: String = match opts.str("show").and_then(|s| s.chars().next()) {
                    Some(c) => std::iter::repeat_n(c, text.chars().count()).collect(),
                    None => text.to_string(),
                };
                match m.width(&f, &shown) {
                    0 => avg,
                    n => n,
                }
            };
            w += 2 * inset;
            if kind == Kind::Spinbox {
                w += (avg + 4).max(11);
            }
            sz(w, m.metrics(&f).linespace + 2 * inset)
        }
        Kind::Text => {
            let f = font();
            let fm = m.metrics(&f);
            let line = fm.linespace + opts.px("spacing1") + opts.px("spacing3");
            sz(
                opts.int("width") as i32 * avg_width(m, &f) + 2 * opts.px("padx") + 2 * hl_bd,
                opts.int("height") as i32 * line + 2 * opts.px("pady") + 2 * hl_bd,
            )
        }
        Kind::Canvas => sz(opts.px("width") + 2 * hl_bd, opts.px("height") + 2 * hl_bd),
        Kind::Listbox => {
            let f = font();
            let unit = avg_width(m, &f);
            let sel = opts.px("selectborderwidth");
            let line = m.metrics(&f).linespace + 1 + 2 * sel;
            let mut cols = opts.int("width") as i32;
            if cols <= 0 {
                let widest = content.items.iter().map(|t| m.width(&f, t)).max().unwrap_or(0);
                cols = ((widest + unit - 1) / unit).max(1);
            }
            let mut rows = opts.int("height") as i32;
            if rows <= 0 {
                rows = (content.list_items.max(content.items.len()) as i32).max(1);
            }
            sz(cols * unit + 2 * hl_bd + 2 * sel, rows * line + 2 * hl_bd)
        }
        Kind::Scrollbar => {
            let (bd, width) = (opts.px("borderwidth"), opts.px("width"));
            // The arrows are as long as the scrollbar is wide, once it got its requested width.
            let arrow = width + 1;
            let long = 2 * (arrow + bd + hl_bd);
            if opts.str("orient") == Some("horizontal") {
                sz(long, width + 2 * hl_bd)
            } else {
                sz(width + 2 * hl_bd, long)
            }
        }
        Kind::Scale => scale(opts, m),
        Kind::Message => message(opts, m),
        Kind::Frame | Kind::Labelframe => frame_request(opts),
        Kind::Toplevel => match (opts.px("width"), opts.px("height")) {
            (0, 0) => sz(200, 200),
            (w, h) => sz(w.max(1), h.max(1)),
        },
        Kind::Panedwindow => panedwindow(opts, content),
        Kind::Menu => sz(1, 1),
        _ => sz(1, 1),
    };
    sz(out.width.max(1), out.height.max(1))
}

/// tkPanedWindow.c `ComputeGeometry`: the panes side by side with a sash between each two.
fn panedwindow(opts: &Opts, content: &Content) -> Size {
    let bw = opts.px("borderwidth");
    let horizontal = opts.str("orient") != Some("vertical");
    let (sash_w, handle) = (opts.px("sashwidth"), opts.px("handlesize"));
    let sash = if opts.bool("showhandle") && handle > sash_w { handle } else { sash_w };
    let pad = opts.px("sashpad");
    let (mut along, mut across) = (bw, 0);
    for p in &content.panes {
        let (a, c) = if horizontal { (p.width, p.height) } else { (p.height, p.width) };
        along += a + pad + sash + pad;
        across = across.max(c);
    }
    let along = along - (sash + 2 * pad) + bw;
    let across = across + 2 * bw;
    let (w, h) = (opts.px("width"), opts.px("height"));
    if horizontal {
        sz(if w > 0 { w } else { along }, if h > 0 { h } else { across })
    } else {
        sz(if w > 0 { w } else { across }, if h > 0 { h } else { along })
    }
}

/// A container's internal border (frames, toplevels, labelframes, ttk frames/labelframes/notebooks).
pub fn border(kind: Kind, opts: &Opts, content: &Content, m: &dyn Measure) -> Insets {
    if kind.is_ttk() {
        return super::req_ttk::ttk_border(kind, opts, content, m);
    }
    let n = opts.px("borderwidth") + opts.px("highlightthickness");
    let (px, py) = (opts.px("padx"), opts.px("pady"));
    let mut b = Insets { left: n + px, top: n + py, right: n + px, bottom: n + py };
    if kind == Kind::Labelframe {
        if let Some(label) = classic_label(opts, content, m) {
            let bd = opts.px("borderwidth");
            match opts.str("labelanchor").unwrap_or("nw") {
                "e" | "en" | "es" => b.right += label.width - bd,
                "n" | "ne" | "nw" => b.top += label.height - bd,
                "s" | "se" | "sw" => b.bottom += label.height - bd,
                _ => b.left += label.width - bd,
            }
        }
    }
    match kind {
        Kind::Frame | Kind::Toplevel | Kind::Labelframe => b,
        Kind::Panedwindow => Insets::uniform(opts.px("borderwidth")),
        _ => Insets::uniform(n),
    }
}

/// Labelframes' minimum request (`Tk_SetMinimumRequestSize`): room for the label; zero for other widgets.
pub fn min_request(kind: Kind, opts: &Opts, content: &Content, m: &dyn Measure) -> Size {
    match kind {
        Kind::Labelframe => {
            // Without a label Tk still asks for room around an empty one.
            let label = classic_label(opts, content, m).unwrap_or_else(|| {
                let bd = opts.px("borderwidth");
                if opts.str("labelanchor").unwrap_or("nw").starts_with(['n', 's']) { sz(0, bd) } else { sz(bd, 0) }
            });
            let (bd, hl) = (opts.px("borderwidth"), opts.px("highlightthickness"));
            let mut padding = hl;
            if bd > 0 {
                padding += bd + 4;
            }
            padding *= 2;
            if opts.str("labelanchor").unwrap_or("nw").starts_with(['n', 's']) {
                sz(label.width + padding, label.height + bd + hl)
            } else {
                sz(label.width + bd + hl, label.height + padding)
            }
        }
        Kind::TLabelframe => super::req_ttk::ttk_min_request(opts, content, m),
        _ => sz(0, 0),
    }
}

#[cfg(test)]
#[path = "req_tests.rs"]
mod tests;
