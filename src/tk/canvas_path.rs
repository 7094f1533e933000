//! Paths: an SVG path builder, Tk's curves (`TkMakeBezierCurve`, raw Bezier), and [`bbox`] of a drawn node.

use super::{fmt, px, Node};
use crate::tk::ops::Opts;

/// An SVG path under construction (absolute M, L, C, Z only).
#[derive(Default)]
pub(super) struct Path(pub(super) String);

impl Path {
    fn cmd(&mut self, c: char, pts: &[(f64, f64)]) {
        if !self.0.is_empty() {
            self.0.push(' ');
        }
        self.0.push(c);
        for (x, y) in pts {
            self.0.push_str(&format!("{},{} ", fmt(*x), fmt(*y)));
        }
        if !pts.is_empty() {
            self.0.pop();
        }
    }
    pub(super) fn m(&mut self, p: (f64, f64)) {
        self.cmd('M', &[p]);
    }
    pub(super) fn l(&mut self, p: (f64, f64)) {
        self.cmd('L', &[p]);
    }
    pub(super) fn c(&mut self, a: (f64, f64), b: (f64, f64), p: (f64, f64)) {
        self.cmd('C', &[a, b, p]);
    }
    pub(super) fn z(&mut self) {
        self.cmd('Z', &[]);
    }
}

pub(super) fn smooth_kind(opts: &Opts) -> Option<&'static str> {
    match opts.get("smooth") {
        Some(serde_json::Value::Bool(true)) => Some("bezier"),
        Some(serde_json::Value::String(s)) if s == "raw" => Some("raw"),
        Some(serde_json::Value::String(s)) if matches!(s.as_str(), "1" | "true" | "yes" | "on" | "bezier") => Some("bezier"),
        _ => None,
    }
}

/// One piece of a curve after its first point.
#[derive(Debug, Clone, Copy)]
enum Seg {
    Line((f64, f64)),
    Cubic((f64, f64), (f64, f64), (f64, f64)),
}

fn lerp(a: (f64, f64), b: (f64, f64), ta: f64, tb: f64) -> (f64, f64) {
    (ta * a.0 + tb * b.0, ta * a.1 + tb * b.1)
}

/// Tk's `TkMakeBezierCurve`: a quadratic B-spline written as cubic pieces through the segments' midpoints (the end
/// points are kept unless the curve is closed, i.e. its first and last points coincide).
fn bezier(p: &[(f64, f64)]) -> ((f64, f64), Vec<Seg>) {
    let n = p.len();
    let closed = n > 2 && p[0] == p[n - 1];
    let first = if closed { lerp(p[n - 2], p[0], 0.5, 0.5) } else { p[0] };
    let mut segs = Vec::new();
    if closed {
        let c1 = lerp(p[n - 2], p[0], 0.167, 0.833);
        let c2 = lerp(p[0], p[1], 0.833, 0.167);
        segs.push(Seg::Cubic(c1, c2, lerp(p[0], p[1], 0.5, 0.5)));
    }
    for i in 2..n {
        let (a, b, c) = (p[i - 2], p[i - 1], p[i]);
        let c1 = if i == 2 && !closed { lerp(a, b, 0.333, 0.667) } else { lerp(a, b, 0.167, 0.833) };
        let (c2, end) = if i == n - 1 && !closed { (lerp(b, c, 0.667, 0.333), c) } else { (lerp(b, c, 0.833, 0.167), lerp(b, c, 0.5, 0.5)) };
        if a == b || b == c {
            segs.push(Seg::Line(end));
        } else {
            segs.push(Seg::Cubic(c1, c2, end));
        }
    }
    (first, segs)
}

/// Tk's "raw" smoothing: every three points after the first are two control points and an end point.
fn raw_curve(p: &[(f64, f64)]) -> ((f64, f64), Vec<Seg>) {
    let segs = p[1..].chunks(3).map(|c| if c.len() == 3 { Seg::Cubic(c[0], c[1], c[2]) } else { Seg::Line(c[c.len() - 1]) }).collect();
    (p[0], segs)
}

fn cubic_at(a: (f64, f64), b: (f64, f64), c: (f64, f64), d: (f64, f64), t: f64) -> (f64, f64) {
    let u = 1.0 - t;
    let (k0, k1, k2, k3) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
    (k0 * a.0 + k1 * b.0 + k2 * c.0 + k3 * d.0, k0 * a.1 + k1 * b.1 + k2 * c.1 + k3 * d.1)
}

/// A path through the points: straight (rounded to pixels, as Tk draws) or smoothed. `steps` below 12 draws the
/// spline as Tk's polyline of that many steps per piece; otherwise as true cubics.
pub(super) fn trace(pts: &[(f64, f64)], smooth: Option<&str>, steps: i64, shift: f64, close: bool) -> String {
    let sh = |p: (f64, f64)| (p.0 + shift, p.1 + shift);
    let mut path = Path::default();
    match smooth.filter(|_| pts.len() > 2) {
        None => {
            for (i, p) in pts.iter().enumerate() {
                let q = sh((px(p.0), px(p.1)));
                if i == 0 { path.m(q) } else { path.l(q) }
            }
        }
        Some(kind) => {
            let (first, segs) = if kind == "raw" { raw_curve(pts) } else { bezier(pts) };
            path.m(sh(first));
            let mut last = first;
            for s in segs {
                match s {
                    Seg::Line(p) => path.l(sh(p)),
                    Seg::Cubic(a, b, p) if steps > 0 && steps < 12 => {
                        for k in 1..=steps {
                            path.l(sh(cubic_at(last, a, b, p, k as f64 / steps as f64)));
                        }
                    }
                    Seg::Cubic(a, b, p) => path.c(sh(a), sh(b), sh(p)),
                }
                last = match s {
                    Seg::Line(p) | Seg::Cubic(_, _, p) => p,
                };
            }
        }
    }
    if close {
        path.z();
    }
    path.0
}

/// The extent of a node's drawing in canvas coordinates, strokes included (text has none: use [`text_layout`]).
pub fn bbox(node: &Node) -> Option<(f64, f64, f64, f64)> {
    let mut pts: Vec<(f64, f64)> = Vec::new();
    let sw = if node.get("stroke").is_some() { node.num("stroke-width") / 2.0 } else { 0.0 };
    match node.tag {
        "g" => {
            let boxes: Vec<_> = node.children.iter().filter_map(bbox).collect();
            return boxes.into_iter().reduce(|a, b| (a.0.min(b.0), a.1.min(b.1), a.2.max(b.2), a.3.max(b.3)));
        }
        "rect" | "image" => {
            let (x, y) = (node.num("x"), node.num("y"));
            pts.extend([(x, y), (x + node.num("width"), y + node.num("height"))]);
        }
        "ellipse" => {
            let (cx, cy, rx, ry) = (node.num("cx"), node.num("cy"), node.num("rx"), node.num("ry"));
            pts.extend([(cx - rx, cy - ry), (cx + rx, cy + ry)]);
        }
        "polygon" => {
            let v: Vec<f64> = node.get("points")?.split([' ', ',']).filter_map(|s| s.parse().ok()).collect();
            pts.extend(v.chunks_exact(2).map(|c| (c[0], c[1])));
        }
        "path" => pts = path_points(node.get("d")?),
        _ => return None,
    }
    let x1 = pts.iter().map(|p| p.0).reduce(f64::min)?;
    let y1 = pts.iter().map(|p| p.1).reduce(f64::min)?;
    let x2 = pts.iter().map(|p| p.0).reduce(f64::max)?;
    let y2 = pts.iter().map(|p| p.1).reduce(f64::max)?;
    Some((x1 - sw, y1 - sw, x2 + sw, y2 + sw))
}

/// Points along a path of absolute M, L, H, V, C, Z commands (cubics sampled).
fn path_points(d: &str) -> Vec<(f64, f64)> {
    let mut out = Vec::new();
    let mut cur = (0.0, 0.0);
    let mut cmd = ' ';
    let mut nums: Vec<f64> = Vec::new();
    let flush = |cmd: char, nums: &mut Vec<f64>, cur: &mut (f64, f64), out: &mut Vec<(f64, f64)>| {
        match cmd {
            'M' | 'L' => {
                for c in nums.chunks_exact(2) {
                    *cur = (c[0], c[1]);
                    out.push(*cur);
                }
            }
            'H' => nums.iter().for_each(|x| { cur.0 = *x; out.push(*cur) }),
            'V' => nums.iter().for_each(|y| { cur.1 = *y; out.push(*cur) }),
            'C' => {
                for c in nums.chunks_exact(6) {
                    let (a, b, p) = ((c[0], c[1]), (c[2], c[3]), (c[4], c[5]));
                    out.extend((1..=32).map(|k| cubic_at(*cur, a, b, p, k as f64 / 32.0)));
                    *cur = p;
                }
            }
            _ => {}
        }
        nums.clear();
    };
    for tok in d.split([' ', ',']).filter(|t| !t.is_empty()) {
        let (head, rest) = tok.split_at(tok.chars().next().map_or(0, |c| if c.is_ascii_alphabetic() { 1 } else { 0 }));
        if !head.is_empty() {
            flush(cmd, &mut nums, &mut cur, &mut out);
            cmd = head.chars().next().unwrap_or(' ');
        }
        if let Ok(v) = rest.parse() {
            nums.push(v);
        }
    }
    flush(cmd, &mut nums, &mut cur, &mut out);
    out
}
