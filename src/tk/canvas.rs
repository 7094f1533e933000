//! Tk canvas items as SVG descriptions, drawn the way Tk 8.6 draws them on X11 (no browser needed): the caller turns
//! each [`Node`] into an SVG element.
//!
//! Pixel model (checked against real Tk by reading back X pixels): Tk rounds every coordinate to a whole pixel;
//! fills cover their geometry exactly (a rectangle 10,10,20,20 fills pixels 10..19), while a stroke of odd width
//! at coordinate `x` covers pixel `x`, i.e. its centre is at `x + 0.5` in SVG terms (even widths are centred on
//! `x`). So strokes are shifted by half a pixel when their (whole-pixel) width is odd, and come out crisp.
//!
//! - line: polyline or Tk's B-spline (`TkMakeBezierCurve`), caps, joins, dashes, arrowheads (`ConfigureArrows`).
//! - rectangle, oval, polygon (closed spline when smooth), arc (pieslice/chord/arc; extents are reduced modulo
//!   360 as Tk does, so 360 is 0).
//! - text (see `text`): Tk's layout (`Tk_ComputeTextLayout`): lines, wrapping, justify, anchor, angle, underline.
//! - image, bitmap (Tk's built-in bitmaps, pixel for pixel).

use super::ops::{Font, ItemType, Opts};

#[path = "canvas_path.rs"]
mod path;
#[path = "canvas_bitmaps.rs"]
mod bitmaps;
#[path = "canvas_text.rs"]
mod text;

use path::{smooth_kind, trace, Path};
pub use path::bbox;
pub use text::{bitmap_size, text_layout, TextLayout, TextLine};

/// One SVG element.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Node {
    pub tag: &'static str,
    pub attrs: Vec<(&'static str, String)>,
    pub text: Option<String>,
    pub children: Vec<Node>,
}

impl Node {
    pub fn new(tag: &'static str) -> Node {
        Node { tag, ..Node::default() }
    }
    pub fn attr(mut self, k: &'static str, v: impl Into<String>) -> Node {
        self.attrs.push((k, v.into()));
        self
    }
    pub fn get(&self, k: &str) -> Option<&str> {
        self.attrs.iter().find(|(a, _)| *a == k).map(|(_, v)| v.as_str())
    }
    fn num(&self, k: &str) -> f64 {
        self.get(k).and_then(|v| v.parse().ok()).unwrap_or(0.0)
    }
}

/// What the renderer knows that the item options don't: font measurements and images.
pub trait ItemEnv {
    /// Text width, for wrapping (`-width`) and justify.
    fn measure(&self, font: &Font, text: &str) -> f64;
    /// Ascent, descent, linespace.
    fn metrics(&self, font: &Font) -> (f64, f64, f64);
    /// Data URL (or blob URL), width, height of a PhotoImage.
    fn image(&self, handle: u32) -> Option<(String, f64, f64)>;
}

/// A number for SVG: at most 2 decimals, no trailing zeros.
pub fn fmt(v: f64) -> String {
    let r = (v * 100.0).round() / 100.0;
    if r == 0.0 || !r.is_finite() {
        "0".into()
    } else {
        format!("{r}")
    }
}

/// Tk's rounding of canvas coordinates to drawable pixels (`Tk_CanvasDrawableCoords`): half away from zero.
fn px(v: f64) -> f64 {
    v.round()
}

const BLACK: &str = "#000000";

/// Options read for the item's current state (normal, active, disabled).
struct Look<'a> {
    opts: &'a Opts,
    active: bool,
    disabled: bool,
}

impl Look<'_> {
    fn variant(&self, key: &str) -> Option<String> {
        let prefix = if self.disabled { "disabled" } else if self.active { "active" } else { return None };
        Some(format!("{prefix}{key}"))
    }
    /// A colour option: the state's variant when set, else the option (None when ""), else `default`.
    fn color(&self, key: &str, default: Option<&str>) -> Option<String> {
        if let Some(c) = self.variant(key).and_then(|k| self.opts.color(&k).map(str::to_string)) {
            return Some(c);
        }
        if self.opts.has(key) {
            self.opts.color(key).map(str::to_string)
        } else {
            default.map(str::to_string)
        }
    }
    /// The width as configured (`-width`, or the active/disabled width when it applies), in float pixels.
    fn width(&self) -> f64 {
        let w = self.opts.num("width").unwrap_or(1.0);
        if self.disabled {
            self.opts.num("disabledwidth").filter(|d| *d > 0.0).unwrap_or(w)
        } else if self.active {
            self.opts.num("activewidth").filter(|a| *a > w).unwrap_or(w)
        } else {
            w
        }
    }
    fn dash(&self) -> Vec<f64> {
        let v = self.variant("dash").map(|k| self.opts.nums(&k)).unwrap_or_default();
        if v.is_empty() {
            self.opts.nums("dash")
        } else {
            v
        }
    }
    fn stipple(&self, key: &str) -> Option<f64> {
        let name = self.variant(key).and_then(|k| self.opts.str(&k).map(str::to_string)).or_else(|| self.opts.str(key).map(str::to_string))?;
        match name.as_str() {
            "gray12" => Some(0.125),
            "gray25" => Some(0.25),
            "gray50" => Some(0.5),
            "gray75" => Some(0.75),
            _ => None,
        }
    }
}

/// A stroke: colour, whole-pixel width, and the half-pixel shift of odd widths.
struct Stroke {
    color: String,
    width: f64,
    shift: f64,
}

impl Stroke {
    /// `thin_ok`: lines draw widths below 1 as 1 pixel; outlines of closed shapes draw nothing at width 0.
    fn new(color: Option<String>, width: f64, thin_ok: bool) -> Option<Stroke> {
        let w = width.round();
        let w = if w < 1.0 {
            if !thin_ok {
                return None;
            }
            1.0
        } else {
            w
        };
        let shift = if (w as i64) % 2 == 1 { 0.5 } else { 0.0 };
        color.map(|color| Stroke { color, width: w, shift })
    }
    fn apply(&self, mut n: Node, look: &Look) -> Node {
        n = n.attr("stroke", self.color.clone()).attr("stroke-width", fmt(self.width));
        let dash = look.dash();
        if !dash.is_empty() {
            n = n.attr("stroke-dasharray", dash.iter().map(|d| fmt(*d)).collect::<Vec<_>>().join(" "));
            if let Some(o) = look.opts.num("dashoffset").filter(|o| *o != 0.0) {
                n = n.attr("stroke-dashoffset", fmt(o));
            }
        }
        if let Some(o) = look.stipple("outlinestipple") {
            n = n.attr("stroke-opacity", fmt(o));
        }
        n
    }
}

/// The SVG for one item (None: nothing to draw, e.g. hidden, or a window item which the DOM layer places itself).
pub fn item_svg(ty: ItemType, coords: &[f64], opts: &Opts, env: &dyn ItemEnv) -> Option<Node> {
    item_svg_active(ty, coords, opts, env, false)
}

/// [`item_svg`] for the item under the mouse (`active`: Tk's `-active*` options apply).
pub fn item_svg_active(ty: ItemType, coords: &[f64], opts: &Opts, env: &dyn ItemEnv, active: bool) -> Option<Node> {
    let state = opts.str("state").unwrap_or("normal");
    if state == "hidden" {
        return None;
    }
    let disabled = state == "disabled";
    let look = Look { opts, active: active && !disabled, disabled };
    let pts: Vec<(f64, f64)> = coords.chunks_exact(2).map(|c| (c[0], c[1])).collect();
    match ty {
        ItemType::Line => line(&pts, &look),
        ItemType::Rectangle | ItemType::Oval => rect_oval(ty, &pts, &look),
        ItemType::Polygon => polygon(&pts, &look),
        ItemType::Arc => arc(&pts, &look),
        ItemType::Text => text::text_svg(&pts, &look, env),
        ItemType::Image => text::image_svg(&pts, &look, env),
        ItemType::Bitmap => text::bitmap_svg(&pts, &look),
        ItemType::Window => None,
    }
}

/// Where a window item puts its widget: top-left in canvas coordinates given the widget's size (the item's
/// `-width`/`-height` win when non-zero), placed by `-anchor` the way `ComputeWindowBbox` does.
pub fn window_origin(coords: &[f64], opts: &Opts, size: (f64, f64)) -> (f64, f64) {
    let w = opts.num("width").filter(|w| *w > 0.0).unwrap_or(size.0);
    let h = opts.num("height").filter(|h| *h > 0.0).unwrap_or(size.1);
    let (x, y) = (coords.first().copied().unwrap_or(0.0), coords.get(1).copied().unwrap_or(0.0));
    anchored(x, y, w, h, opts.str("anchor").unwrap_or("center"))
}

/// The top-left of a `w`×`h` box anchored at (x, y): Tk rounds the point, then subtracts whole-pixel halves.
fn anchored(x: f64, y: f64, w: f64, h: f64, anchor: &str) -> (f64, f64) {
    let (x, y) = (px(x), px(y));
    let dx = match anchor {
        "n" | "s" | "center" => (w / 2.0).floor(),
        "ne" | "e" | "se" => w,
        _ => 0.0,
    };
    let dy = match anchor {
        "w" | "e" | "center" => (h / 2.0).floor(),
        "sw" | "s" | "se" => h,
        _ => 0.0,
    };
    (x - dx, y - dy)
}

/// Tk's `ConfigureArrows`: the arrowhead polygon at `tip` for a line arriving from `from`, and the point the line
/// is pulled back to so that its end hides inside the arrowhead.
fn arrowhead(tip: (f64, f64), from: (f64, f64), shape: [f64; 3], width: f64) -> ([(f64, f64); 6], (f64, f64)) {
    let a = shape[0] + 0.001;
    let b = shape[1] + 0.001;
    let c = shape[2] + width / 2.0 + 0.001;
    let frac = (width / 2.0) / c;
    let backup = frac * b + a * (1.0 - frac) / 2.0;
    let (dx, dy) = (tip.0 - from.0, tip.1 - from.1);
    let len = dx.hypot(dy);
    let (sin, cos) = if len == 0.0 { (0.0, 0.0) } else { (dy / len, dx / len) };
    let vert = (tip.0 - a * cos, tip.1 - a * sin);
    let p1 = (tip.0 - b * cos + c * sin, tip.1 - b * sin - c * cos);
    let p4 = (p1.0 - 2.0 * c * sin, p1.1 + 2.0 * c * cos);
    let p2 = (p1.0 * frac + vert.0 * (1.0 - frac), p1.1 * frac + vert.1 * (1.0 - frac));
    let p3 = (p4.0 * frac + vert.0 * (1.0 - frac), p4.1 * frac + vert.1 * (1.0 - frac));
    ([tip, p1, p2, p3, p4, tip], (tip.0 - backup * cos, tip.1 - backup * sin))
}

fn points_attr(pts: &[(f64, f64)]) -> String {
    pts.iter().map(|(x, y)| format!("{},{}", fmt(px(*x)), fmt(px(*y)))).collect::<Vec<_>>().join(" ")
}

fn line(pts: &[(f64, f64)], look: &Look) -> Option<Node> {
    if pts.len() < 2 {
        return None;
    }
    let opts = look.opts;
    let raw_width = look.width();
    let stroke = Stroke::new(look.color("fill", Some(BLACK)), raw_width, true)?;
    let mut pts = pts.to_vec();
    let arrow = opts.str("arrow").unwrap_or("none");
    let shape = match opts.nums("arrowshape").as_slice() {
        [a, b, c] => [*a, *b, *c],
        _ => [8.0, 10.0, 3.0],
    };
    let mut heads = Vec::new();
    let n = pts.len();
    if arrow == "first" || arrow == "both" {
        let (poly, neck) = arrowhead(pts[0], pts[1], shape, raw_width);
        heads.push(poly);
        pts[0] = neck;
    }
    if arrow == "last" || arrow == "both" {
        let (poly, neck) = arrowhead(pts[n - 1], pts[n - 2], shape, raw_width);
        heads.push(poly);
        pts[n - 1] = neck;
    }
    let steps = if opts.has("splinesteps") { opts.int("splinesteps") } else { 12 };
    let d = trace(&pts, smooth_kind(opts), steps, stroke.shift, false);
    let cap = match opts.str("capstyle").unwrap_or("butt") {
        "projecting" => "square",
        "round" => "round",
        _ => "butt",
    };
    let join = opts.str("joinstyle").unwrap_or("round");
    let mut path = Node::new("path").attr("d", d).attr("fill", "none");
    path = stroke.apply(path, look).attr("stroke-linecap", cap).attr("stroke-linejoin", join);
    if join == "miter" {
        path = path.attr("stroke-miterlimit", "10.43");
    }
    if heads.is_empty() {
        return Some(path);
    }
    let mut g = Node::new("g");
    g.children.push(path);
    for h in heads {
        let mut poly = Node::new("polygon").attr("points", points_attr(&h[..5])).attr("fill", stroke.color.clone());
        if let Some(o) = look.stipple("stipple") {
            poly = poly.attr("fill-opacity", fmt(o));
        }
        g.children.push(poly);
    }
    Some(g)
}

/// Fill and stroke attributes of a closed shape; the stroke's shift (0 when there is no stroke).
fn paint(mut n: Node, fill: &Option<String>, stroke: &Option<Stroke>, look: &Look) -> Node {
    n = n.attr("fill", fill.clone().unwrap_or_else(|| "none".into()));
    if let (Some(_), Some(o)) = (fill, look.stipple("stipple")) {
        n = n.attr("fill-opacity", fmt(o));
    }
    match stroke {
        Some(s) => s.apply(n, look),
        None => n,
    }
}

fn rect_oval(ty: ItemType, pts: &[(f64, f64)], look: &Look) -> Option<Node> {
    let [(ax, ay), (bx, by)] = pts.get(..2)?.try_into().ok()?;
    let fill = look.color("fill", None);
    let stroke = Stroke::new(look.color("outline", Some(BLACK)), look.width(), false);
    if fill.is_none() && stroke.is_none() {
        return None;
    }
    let (x1, y1) = (px(ax.min(bx)), px(ay.min(by)));
    let (x2, y2) = (px(ax.max(bx)).max(x1 + 1.0), px(ay.max(by)).max(y1 + 1.0));
    let s = stroke.as_ref().map_or(0.0, |s| s.shift);
    let n = if ty == ItemType::Rectangle {
        Node::new("rect").attr("x", fmt(x1 + s)).attr("y", fmt(y1 + s)).attr("width", fmt(x2 - x1)).attr("height", fmt(y2 - y1))
    } else {
        Node::new("ellipse")
            .attr("cx", fmt((x1 + x2) / 2.0 + s))
            .attr("cy", fmt((y1 + y2) / 2.0 + s))
            .attr("rx", fmt((x2 - x1) / 2.0))
            .attr("ry", fmt((y2 - y1) / 2.0))
    };
    Some(paint(n, &fill, &stroke, look))
}

fn polygon(pts: &[(f64, f64)], look: &Look) -> Option<Node> {
    if pts.len() < 2 {
        return None;
    }
    let fill = look.color("fill", Some(BLACK));
    let stroke = Stroke::new(look.color("outline", None), look.width(), false);
    if fill.is_none() && stroke.is_none() {
        return None;
    }
    let s = stroke.as_ref().map_or(0.0, |s| s.shift);
    let smooth = smooth_kind(look.opts);
    let mut closed = pts.to_vec();
    if smooth == Some("bezier") && closed.first() != closed.last() {
        closed.push(pts[0]);
    }
    let steps = if look.opts.has("splinesteps") { look.opts.int("splinesteps") } else { 12 };
    let d = trace(&closed, smooth, steps, s, true);
    let mut n = paint(Node::new("path").attr("d", d), &fill, &stroke, look);
    if stroke.is_some() {
        n = n.attr("stroke-linejoin", look.opts.str("joinstyle").unwrap_or("round"));
    }
    Some(n)
}

/// Tk reduces start and extent modulo 360 (truncating), so an extent of 360 is 0.
fn reduce(a: f64) -> f64 {
    a - (a / 360.0).trunc() * 360.0
}

fn arc(pts: &[(f64, f64)], look: &Look) -> Option<Node> {
    let [(ax, ay), (bx, by)] = pts.get(..2)?.try_into().ok()?;
    let style = look.opts.str("style").unwrap_or("pieslice");
    let fill = if style == "arc" { None } else { look.color("fill", None) };
    let stroke = Stroke::new(look.color("outline", Some(BLACK)), look.width(), false);
    if fill.is_none() && stroke.is_none() {
        return None;
    }
    let s = stroke.as_ref().map_or(0.0, |s| s.shift);
    let (x1, y1) = (px(ax.min(bx)), px(ay.min(by)));
    let (x2, y2) = (px(ax.max(bx)), px(ay.max(by)));
    let (cx, cy, rx, ry) = ((x1 + x2) / 2.0 + s, (y1 + y2) / 2.0 + s, (x2 - x1) / 2.0, (y2 - y1) / 2.0);
    let start = reduce(look.opts.num("start").unwrap_or(0.0)).to_radians();
    let extent = reduce(look.opts.num("extent").unwrap_or(90.0)).to_radians();
    let at = |t: f64| (cx + rx * t.cos(), cy - ry * t.sin());
    let mut path = Path::default();
    if style == "pieslice" {
        path.m((cx, cy));
        path.l(at(start));
    } else {
        path.m(at(start));
    }
    // Pieces of at most 90 degrees, each a cubic (the standard 4/3·tan(θ/4) handles, scaled to the ellipse).
    let pieces = (extent.abs() / std::f64::consts::FRAC_PI_2).ceil().max(1.0) as usize;
    let step = extent / pieces as f64;
    let k = 4.0 / 3.0 * (step / 4.0).tan();
    for i in 0..pieces {
        let (t0, t1) = (start + step * i as f64, start + step * (i + 1) as f64);
        let (p0, p1) = (at(t0), at(t1));
        let c1 = (p0.0 - k * rx * t0.sin(), p0.1 - k * ry * t0.cos());
        let c2 = (p1.0 + k * rx * t1.sin(), p1.1 + k * ry * t1.cos());
        if extent != 0.0 {
            path.c(c1, c2, p1);
        }
    }
    if style != "arc" {
        path.z();
    }
    let mut n = paint(Node::new("path").attr("d", path.0), &fill, &stroke, look);
    if stroke.is_some() && style != "arc" {
        n = n.attr("stroke-linejoin", "miter");
    }
    Some(n)
}

#[cfg(test)]
#[path = "canvas_tests.rs"]
mod tests;
