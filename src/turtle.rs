//! The turtle's drawing operations, as the Python shim (`shims/turtle/_ops.py`) sends them, in their strict form,
//! and the pure parts of drawing them: frame batching, coordinates, SVG attribute text. The SVG DOM itself is
//! `web::turtle_view`.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ImageFormat {
    Gif,
    Png,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Anchor {
    Sw,
    S,
    Se,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Weight {
    Normal,
    Bold,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Slant {
    Roman,
    Italic,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Font {
    pub family: String,
    /// Canvas pixels.
    pub size: f64,
    pub weight: Weight,
    pub slant: Slant,
    pub underline: bool,
    pub overstrike: bool,
}

/// A colour in the only form the renderer accepts: `#rrggbb`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Color(String);

impl Color {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for Color {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        let ok = s.len() == 7 && s.starts_with('#') && s[1..].chars().all(|c| c.is_ascii_hexdigit());
        if ok {
            Ok(Color(s.to_ascii_lowercase()))
        } else {
            Err(serde::de::Error::custom(format!("not a #rrggbb colour: {s:?}")))
        }
    }
}

pub type Point = [f64; 2];

/// One drawing operation (see `shims/turtle/README.md` for the rules).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "lowercase", deny_unknown_fields)]
pub enum TurtleOp {
    Canvas { width: f64, height: f64, xscale: f64, yscale: f64, region: [f64; 4] },
    Window { width: u32, height: u32, title: String },
    Bgcolor { color: Color },
    Bgpic { image: Option<u64> },
    Image { image: u64, format: ImageFormat, width: u32, height: u32, data: String },
    Line { id: u64, points: Vec<Point>, color: Option<Color>, width: f64 },
    Extend { id: u64, points: Vec<Point> },
    Truncate { id: u64, length: usize },
    Poly { id: u64, points: Vec<Point>, fill: Option<Color>, outline: Option<Color>, width: f64 },
    Dot { id: u64, x: f64, y: f64, size: f64, color: Option<Color> },
    Text { id: u64, x: f64, y: f64, text: String, color: Option<Color>, anchor: Anchor, font: Font },
    Picture { id: u64, x: f64, y: f64, image: Option<u64> },
    Raise { id: u64 },
    Delete { ids: Vec<u64> },
    Clear,
    Focus,
    Frame,
    Bye,
}

/// One sample of every op, for the protocol's generated mirrors (`crate::protocol`).
pub fn samples() -> Vec<TurtleOp> {
    let c = || Some(Color("#000000".into()));
    let font = Font { family: "Arial".into(), size: 10.5, weight: Weight::Normal, slant: Slant::Roman, underline: false, overstrike: false };
    vec![
        TurtleOp::Canvas { width: 1.5, height: 1.5, xscale: 1.5, yscale: 1.5, region: [0.5; 4] },
        TurtleOp::Window { width: 1, height: 1, title: String::new() },
        TurtleOp::Bgcolor { color: Color("#ffffff".into()) },
        TurtleOp::Bgpic { image: Some(1) },
        TurtleOp::Image { image: 1, format: ImageFormat::Png, width: 1, height: 1, data: String::new() },
        TurtleOp::Line { id: 1, points: vec![[0.5, 0.5]], color: c(), width: 1.5 },
        TurtleOp::Extend { id: 1, points: vec![[0.5, 0.5]] },
        TurtleOp::Truncate { id: 1, length: 1 },
        TurtleOp::Poly { id: 1, points: vec![], fill: c(), outline: c(), width: 1.5 },
        TurtleOp::Dot { id: 1, x: 0.5, y: 0.5, size: 1.5, color: c() },
        TurtleOp::Text { id: 1, x: 0.5, y: 0.5, text: String::new(), color: c(), anchor: Anchor::Sw, font },
        TurtleOp::Picture { id: 1, x: 0.5, y: 0.5, image: Some(1) },
        TurtleOp::Raise { id: 1 },
        TurtleOp::Delete { ids: vec![] },
        TurtleOp::Clear,
        TurtleOp::Focus,
        TurtleOp::Frame,
        TurtleOp::Bye,
    ]
}

/// The index of an op's variant in [`samples`] (exhaustive, so a new op needs a sample).
pub fn variant(op: &TurtleOp) -> usize {
    match op {
        TurtleOp::Canvas { .. } => 0,
        TurtleOp::Window { .. } => 1,
        TurtleOp::Bgcolor { .. } => 2,
        TurtleOp::Bgpic { .. } => 3,
        TurtleOp::Image { .. } => 4,
        TurtleOp::Line { .. } => 5,
        TurtleOp::Extend { .. } => 6,
        TurtleOp::Truncate { .. } => 7,
        TurtleOp::Poly { .. } => 8,
        TurtleOp::Dot { .. } => 9,
        TurtleOp::Text { .. } => 10,
        TurtleOp::Picture { .. } => 11,
        TurtleOp::Raise { .. } => 12,
        TurtleOp::Delete { .. } => 13,
        TurtleOp::Clear => 14,
        TurtleOp::Focus => 15,
        TurtleOp::Frame => 16,
        TurtleOp::Bye => 17,
    }
}

/// World (turtle) coordinates to canvas pixels, as the `canvas` op defines them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    pub xscale: f64,
    pub yscale: f64,
    /// Scroll region in canvas pixels: x1, y1, x2, y2.
    pub region: [f64; 4],
    /// The window (what the user sees without scrolling), in pixels.
    pub window: (f64, f64),
}

impl Default for Geometry {
    fn default() -> Self {
        Geometry { xscale: 1.0, yscale: 1.0, region: [-200.0, -150.0, 200.0, 150.0], window: (640.0, 768.0) }
    }
}

impl Geometry {
    pub fn px(&self, p: Point) -> (f64, f64) {
        (p[0] * self.xscale, -p[1] * self.yscale)
    }

    /// Canvas pixels to world coordinates (the inverse of [`Geometry::px`]).
    pub fn world(&self, x: f64, y: f64) -> Point {
        [x / self.xscale, -y / self.yscale]
    }

    /// `points` attribute text for SVG.
    pub fn points_attr(&self, points: &[Point]) -> String {
        let mut s = String::with_capacity(points.len() * 16);
        for p in points {
            let (x, y) = self.px(*p);
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(&fmt(x));
            s.push(',');
            s.push_str(&fmt(y));
        }
        s
    }

    /// What the window shows, in canvas pixels: the scroll region, grown to the window's size around the region's
    /// centre where the window is larger (as Tk centres a small canvas region in its window).
    pub fn visible(&self) -> [f64; 4] {
        let [x1, y1, x2, y2] = self.region;
        let (w, h) = ((x2 - x1).max(self.window.0), (y2 - y1).max(self.window.1));
        let (cx, cy) = ((x1 + x2) / 2.0, (y1 + y2) / 2.0);
        [cx - w / 2.0, cy - h / 2.0, cx + w / 2.0, cy + h / 2.0]
    }

    pub fn view_box(&self) -> String {
        let [x1, y1, x2, y2] = self.visible();
        format!("{} {} {} {}", fmt(x1), fmt(y1), fmt(x2 - x1), fmt(y2 - y1))
    }

    /// The scale at which the drawing is shown: the window's width fits the available width (never enlarged).
    pub fn fit(&self, available_width: f64) -> f64 {
        if self.window.0 <= 0.0 || available_width <= 0.0 {
            return 1.0;
        }
        (available_width / self.window.0).min(1.0)
    }
}

/// Short decimal text for SVG (two decimals at most, no trailing zeros).
pub fn fmt(v: f64) -> String {
    let r = (v * 100.0).round() / 100.0;
    let r = if r == 0.0 { 0.0 } else { r };
    let s = format!("{r:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// SVG `text-anchor` for a Tk anchor on the bottom edge.
pub fn text_anchor(a: Anchor) -> &'static str {
    match a {
        Anchor::Sw => "start",
        Anchor::S => "middle",
        Anchor::Se => "end",
    }
}

/// Baselines of a text's lines, given the y of its bounding box's bottom edge: lines stack upwards, as Tk draws
/// them. Line spacing and descent are Tk's usual proportions of the font's pixel size.
pub fn baselines(bottom: f64, size: f64, lines: usize) -> Vec<f64> {
    let descent = size * 0.23;
    let spacing = size * 1.17;
    (0..lines).map(|i| bottom - descent - (lines - 1 - i) as f64 * spacing).collect()
}

/// Ops arrive in batches; the screen shows the state only at `frame` ops, never in between.
#[derive(Default)]
pub struct Frames {
    pending: Vec<TurtleOp>,
}

impl Frames {
    /// Adds a batch; returns the ops to apply now (everything up to and including the last `frame`).
    pub fn push(&mut self, ops: Vec<TurtleOp>) -> Vec<TurtleOp> {
        self.pending.extend(ops);
        match self.pending.iter().rposition(|op| *op == TurtleOp::Frame) {
            Some(i) => {
                let rest = self.pending.split_off(i + 1);
                std::mem::replace(&mut self.pending, rest)
            }
            None => Vec::new(),
        }
    }

    /// Everything still waiting (the program ended without a last frame).
    pub fn flush(&mut self) -> Vec<TurtleOp> {
        std::mem::take(&mut self.pending)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(json: &str) -> Result<TurtleOp, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn strict_ops_parse_and_loose_ones_do_not() {
        let line = op(r##"{"op":"line","id":3,"points":[[0.0,0.0],[10.0,5.5]],"color":"#FF0000","width":2.0}"##);
        assert_eq!(
            line.unwrap(),
            TurtleOp::Line { id: 3, points: vec![[0.0, 0.0], [10.0, 5.5]], color: Some(Color("#ff0000".into())), width: 2.0 }
        );
        assert!(op(r#"{"op":"line","id":3,"points":[],"color":"red","width":1.0}"#).is_err(), "colour names are the shim's job");
        assert!(op(r#"{"op":"line","id":3,"points":[],"color":null,"width":1.0,"dash":1}"#).is_err());
        assert!(op(r#"{"op":"spline","id":1}"#).is_err());
        assert!(op(r#"{"op":"text","id":1,"x":0,"y":0,"text":"a","color":null,"anchor":"nw","font":{"family":"Arial","size":10,"weight":"normal","slant":"roman","underline":false,"overstrike":false}}"#).is_err());
        assert_eq!(op(r#"{"op":"frame"}"#).unwrap(), TurtleOp::Frame);
    }

    #[test]
    fn world_to_canvas_pixels_flips_y() {
        let g = Geometry { xscale: 2.0, yscale: 0.5, ..Geometry::default() };
        assert_eq!(g.px([10.0, 10.0]), (20.0, -5.0));
        assert_eq!(g.world(20.0, -5.0), [10.0, 10.0]);
        assert_eq!(g.points_attr(&[[0.0, 0.0], [1.005, -3.0]]), "0,0 2.01,1.5");
        let small = Geometry { window: (300.0, 200.0), ..Geometry::default() };
        assert_eq!(small.view_box(), "-200 -150 400 300");
        let big = Geometry { window: (640.0, 768.0), ..Geometry::default() };
        assert_eq!(big.view_box(), "-320 -384 640 768", "a small region is centred in a larger window");
    }

    #[test]
    fn fit_shrinks_but_never_enlarges() {
        let g = Geometry { window: (640.0, 480.0), ..Geometry::default() };
        assert_eq!(g.fit(320.0), 0.5);
        assert_eq!(g.fit(1000.0), 1.0);
    }

    #[test]
    fn frames_release_ops_only_up_to_the_last_frame() {
        let mut f = Frames::default();
        let clear = TurtleOp::Clear;
        assert!(f.push(vec![clear.clone()]).is_empty());
        let out = f.push(vec![TurtleOp::Frame, TurtleOp::Focus, TurtleOp::Frame, TurtleOp::Raise { id: 1 }]);
        assert_eq!(out, vec![clear, TurtleOp::Frame, TurtleOp::Focus, TurtleOp::Frame]);
        assert_eq!(f.flush(), vec![TurtleOp::Raise { id: 1 }]);
    }

    #[test]
    fn text_lines_stack_upwards_from_the_bottom() {
        let b = baselines(100.0, 10.0, 2);
        assert!(b[0] < b[1] && b[1] < 100.0);
        assert!((b[1] - b[0] - 11.7).abs() < 1e-9);
        assert_eq!(text_anchor(Anchor::S), "middle");
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(fmt(1.0), "1");
        assert_eq!(fmt(-0.001), "0");
        assert_eq!(fmt(2.5), "2.5");
        assert_eq!(fmt(-3.14159), "-3.14");
    }
}
