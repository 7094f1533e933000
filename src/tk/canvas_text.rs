//! Text, image and bitmap items: boxes anchored at a point the way `tkCanvText.c`, `tkCanvImg.c` and
//! `tkCanvBmap.c` place them, and text laid out the way `Tk_ComputeTextLayout` lays it out.

use super::{anchored, bitmaps::BITMAPS, fmt, px, ItemEnv, Look, Node, BLACK};
use crate::tk::ops::{Font, Opts};

/// One line of a text item: its characters, where it starts in the item's text (in chars), its x offset inside the
/// block (justify), its baseline (canvas y) and its width.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLine {
    pub text: String,
    pub start: usize,
    pub x: f64,
    pub baseline: f64,
    pub width: f64,
}

/// A text item's layout: its lines and the block's top-left, width and height (unrotated, in canvas coordinates;
/// `-angle` turns the block around the anchor point). Tk's `bbox` of an unrotated text item is this box widened
/// by one pixel on the left and right.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLayout {
    pub lines: Vec<TextLine>,
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

fn font_of(opts: &Opts) -> Font {
    opts.font("font").unwrap_or_else(Font::default_font)
}

/// Splits one paragraph (no newlines) into lines no wider than `wrap` (when > 0): Tk breaks before the whitespace
/// after the last word that fits, drops the whitespace at the break, and cuts a word that alone is too wide after
/// the last character that fits (at least one).
fn wrap_paragraph(chars: &[char], wrap: f64, font: &Font, env: &dyn ItemEnv) -> Vec<(usize, usize)> {
    let n = chars.len();
    let width = |a: usize, b: usize| env.measure(font, &chars[a..b].iter().collect::<String>());
    if wrap <= 0.0 || n == 0 || width(0, n) <= wrap {
        return vec![(0, n)];
    }
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < n {
        if width(pos, n) <= wrap {
            out.push((pos, n));
            break;
        }
        let (mut fit, mut term, mut saw_word) = (pos, None, false);
        for (i, c) in chars.iter().enumerate().skip(pos) {
            if !c.is_whitespace() {
                saw_word = true;
            } else if saw_word {
                term = Some(i);
                saw_word = false;
            }
            if width(pos, i + 1) > wrap {
                break;
            }
            fit = i + 1;
        }
        let end = term.filter(|t| *t > pos).unwrap_or(fit.max(pos + 1));
        out.push((pos, end));
        pos = end;
        while pos < n && chars[pos].is_whitespace() {
            pos += 1;
        }
    }
    out
}

/// Lays out a text item as Tk does: lines from `\n` and `-width` wrapping, each line's baseline at
/// `top + ascent + i * linespace`, `-justify` inside the widest line, the block placed by `-anchor` at the rounded
/// point with whole-pixel halves.
pub fn text_layout(coords: &[f64], opts: &Opts, env: &dyn ItemEnv) -> TextLayout {
    let font = font_of(opts);
    let (ascent, _, linespace) = env.metrics(&font);
    let text: Vec<char> = opts.string("text").chars().collect();
    let wrap = opts.num("width").unwrap_or(0.0);
    let mut spans = Vec::new();
    let mut start = 0;
    for para in text.split(|c| *c == '\n') {
        for (a, b) in wrap_paragraph(para, wrap, &font, env) {
            spans.push((start + a, start + b));
        }
        start += para.len() + 1;
    }
    let mut lines: Vec<TextLine> = spans
        .into_iter()
        .enumerate()
        .map(|(i, (a, b))| {
            let s: String = text[a..b].iter().collect();
            let width = if s.is_empty() { 0.0 } else { env.measure(&font, &s) };
            TextLine { text: s, start: a, x: 0.0, baseline: ascent + i as f64 * linespace, width }
        })
        .collect();
    let width = lines.iter().map(|l| l.width).fold(0.0, f64::max);
    let height = linespace * lines.len() as f64;
    let (x, y) = (coords.first().copied().unwrap_or(0.0), coords.get(1).copied().unwrap_or(0.0));
    let (left, top) = anchored(x, y, width, height, opts.str("anchor").unwrap_or("center"));
    let justify = opts.str("justify").unwrap_or("left");
    for l in &mut lines {
        let extra = width - l.width;
        l.x = match justify {
            "center" => (extra / 2.0).floor(),
            "right" => extra,
            _ => 0.0,
        };
        l.baseline += top;
    }
    TextLayout { lines, left, top, width, height }
}

pub(super) fn text_svg(pts: &[(f64, f64)], look: &Look, env: &dyn ItemEnv) -> Option<Node> {
    let &(x, y) = pts.first()?;
    let opts = look.opts;
    let color = look.color("fill", Some(BLACK))?;
    let font = font_of(opts);
    let layout = text_layout(&[x, y], opts, env);
    let mut style = format!("font:{};white-space:pre", font.css());
    let deco: Vec<&str> = [(font.underline, "underline"), (font.overstrike, "line-through")]
        .into_iter()
        .filter_map(|(on, d)| on.then_some(d))
        .collect();
    if !deco.is_empty() {
        style.push_str(&format!(";text-decoration:{}", deco.join(" ")));
    }
    let mut t = Node::new("text").attr("style", style).attr("fill", color.clone());
    if let Some(o) = look.stipple("stipple") {
        t = t.attr("fill-opacity", fmt(o));
    }
    for l in layout.lines.iter().filter(|l| !l.text.is_empty()) {
        let mut span = Node::new("tspan").attr("x", fmt(layout.left + l.x)).attr("y", fmt(l.baseline));
        span.text = Some(l.text.clone());
        t.children.push(span);
    }
    let mut g = Node::new("g");
    g.children.push(t);
    // -underline: one character, drawn as Tk_UnderlineTextLayout does (descent/2 below the baseline).
    let ul = opts.int("underline");
    if opts.has("underline") && ul >= 0 {
        let ul = ul as usize;
        if let Some(l) = layout.lines.iter().find(|l| ul >= l.start && ul < l.start + l.text.chars().count()) {
            let k = ul - l.start;
            let before: String = l.text.chars().take(k).collect();
            let ch: String = l.text.chars().skip(k).take(1).collect();
            let (_, descent, _) = env.metrics(&font);
            let x0 = layout.left + l.x + env.measure(&font, &before);
            let rect = Node::new("rect")
                .attr("x", fmt(x0))
                .attr("y", fmt(l.baseline + (descent / 2.0).floor()))
                .attr("width", fmt(env.measure(&font, &ch)))
                .attr("height", fmt((font.px / 10.0).round().max(1.0)))
                .attr("fill", color);
            g.children.push(rect);
        }
    }
    let angle = opts.num("angle").unwrap_or(0.0);
    if angle != 0.0 {
        g = g.attr("transform", format!("rotate({} {} {})", fmt(-angle), fmt(px(x)), fmt(px(y))));
    }
    Some(g)
}

pub(super) fn image_svg(pts: &[(f64, f64)], look: &Look, env: &dyn ItemEnv) -> Option<Node> {
    let &(x, y) = pts.first()?;
    let opts = look.opts;
    let variant = look.variant("image").and_then(|k| opts.id(&k));
    let (href, w, h) = env.image(variant.or_else(|| opts.id("image"))?)?;
    let (left, top) = anchored(x, y, w, h, opts.str("anchor").unwrap_or("center"));
    Some(
        Node::new("image")
            .attr("x", fmt(left))
            .attr("y", fmt(top))
            .attr("width", fmt(w))
            .attr("height", fmt(h))
            .attr("href", href)
            .attr("preserveAspectRatio", "none"),
    )
}

/// A built-in bitmap's size (width, height), as Tk reports it.
pub fn bitmap_size(name: &str) -> Option<(u32, u32)> {
    BITMAPS.iter().find(|b| b.0 == name).map(|b| (b.1, b.2))
}

pub(super) fn bitmap_svg(pts: &[(f64, f64)], look: &Look) -> Option<Node> {
    let &(x, y) = pts.first()?;
    let opts = look.opts;
    let name = look.variant("bitmap").and_then(|k| opts.str(&k).map(str::to_string)).or_else(|| opts.str("bitmap").map(str::to_string))?;
    let &(_, w, h, rows) = BITMAPS.iter().find(|b| b.0 == name)?;
    let (left, top) = anchored(x, y, w as f64, h as f64, opts.str("anchor").unwrap_or("center"));
    let mut g = Node::new("g");
    if let Some(bg) = look.color("background", None) {
        g.children.push(
            Node::new("rect").attr("x", fmt(left)).attr("y", fmt(top)).attr("width", w.to_string()).attr("height", h.to_string()).attr("fill", bg),
        );
    }
    // Each row's runs of set bits as rectangles of one path.
    let mut d = String::new();
    for (r, bits) in rows.iter().enumerate() {
        let mut c = 0;
        while c < w {
            if bits >> c & 1 == 1 {
                let start = c;
                while c < w && bits >> c & 1 == 1 {
                    c += 1;
                }
                let (x0, y0) = (left + start as f64, top + r as f64);
                d.push_str(&format!("M{},{} H{} V{} H{} Z ", fmt(x0), fmt(y0), fmt(left + c as f64), fmt(y0 + 1.0), fmt(x0)));
            } else {
                c += 1;
            }
        }
    }
    let fg = look.color("foreground", Some(BLACK));
    if let Some(fg) = fg {
        g.children.push(Node::new("path").attr("d", d.trim_end().to_string()).attr("fill", fg));
    }
    Some(g)
}
