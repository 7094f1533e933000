//! Canvas items against real Tk: `fixtures/canvas.json` holds Tk's `bbox` of items and the font measurements it
//! used (`tests/tkinter/tools/record_canvas.py`); a fake [`ItemEnv`] replays those measurements.

use super::*;
use serde_json::{json, Map, Value};
use std::collections::HashMap;

struct FakeEnv {
    fonts: HashMap<String, (f64, f64, f64, HashMap<char, f64>)>,
    images: Vec<(f64, f64)>,
}

impl ItemEnv for FakeEnv {
    fn measure(&self, font: &Font, text: &str) -> f64 {
        let f = &self.fonts[&font.family];
        text.chars().map(|c| f.3.get(&c).copied().unwrap_or(7.0)).sum()
    }
    fn metrics(&self, font: &Font) -> (f64, f64, f64) {
        let f = &self.fonts[&font.family];
        (f.0, f.1, f.2)
    }
    fn image(&self, handle: u32) -> Option<(String, f64, f64)> {
        self.images.get(handle as usize).map(|(w, h)| ("data:image/png;base64,".to_string(), *w, *h))
    }
}

fn fixture() -> Value {
    serde_json::from_str(include_str!("fixtures/canvas.json")).unwrap()
}

fn env_of(fx: &Value) -> FakeEnv {
    let mut fonts = HashMap::new();
    for (name, f) in fx["fonts"].as_object().unwrap() {
        let chars = f["chars"].as_object().unwrap().iter().map(|(k, v)| (k.chars().next().unwrap(), v.as_f64().unwrap())).collect();
        let m = |k: &str| f[k].as_f64().unwrap();
        fonts.insert(name.clone(), (m("ascent"), m("descent"), m("linespace"), chars));
    }
    FakeEnv { fonts, images: Vec::new() }
}

fn font_json(family: &str) -> Value {
    json!({"family": family, "px": 13.333, "weight": "normal", "slant": "roman", "underline": false, "overstrike": false})
}

/// The recorded options in strict form: font names become fonts, image sizes become image handles.
fn strict(opts: &Value, env: &mut FakeEnv) -> Opts {
    let mut m = Map::new();
    for (k, v) in opts.as_object().unwrap() {
        let v = match k.as_str() {
            "font" => font_json(v.as_str().unwrap()),
            "image" => {
                env.images.push((v[0].as_f64().unwrap(), v[1].as_f64().unwrap()));
                json!(env.images.len() - 1)
            }
            _ => v.clone(),
        };
        m.insert(k.clone(), v);
    }
    Opts(m)
}

fn ty_of(s: &str) -> ItemType {
    *ItemType::ALL.iter().find(|t| t.name() == s).unwrap()
}

fn opts(v: Value) -> Opts {
    Opts(v.as_object().unwrap().clone())
}

struct NoEnv;
impl ItemEnv for NoEnv {
    fn measure(&self, _: &Font, text: &str) -> f64 {
        text.chars().count() as f64 * 8.0
    }
    fn metrics(&self, _: &Font) -> (f64, f64, f64) {
        (12.0, 5.0, 17.0)
    }
    fn image(&self, _: u32) -> Option<(String, f64, f64)> {
        None
    }
}

#[test]
fn every_recorded_item_matches_tk() {
    let fx = fixture();
    let mut env = env_of(&fx);
    let mut checked = 0;
    for it in fx["items"].as_array().unwrap() {
        let ty = ty_of(it["type"].as_str().unwrap());
        let coords: Vec<f64> = it["coords"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
        let o = strict(&it["options"], &mut env);
        let tk: Vec<f64> = it["bbox"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
        let what = format!("{ty:?} {coords:?} {}", it["options"]);
        match ty {
            ItemType::Text => {
                // Tk's bbox of a text item is its layout box widened by one pixel left and right.
                let l = text_layout(&coords, &o, &env);
                let got = [l.left - 1.0, l.top, l.left + l.width + 1.0, l.top + l.height];
                assert_eq!(got.to_vec(), tk, "{what}");
            }
            ItemType::Bitmap | ItemType::Image => {
                let b = bbox(&item_svg(ty, &coords, &o, &env).unwrap()).unwrap();
                assert_eq!(vec![b.0, b.1, b.2, b.3], tk, "{what}");
            }
            _ => {
                // Tk's bbox adds slack around the drawing (a pixel of "fudge"; lines add their whole width around
                // every point): the drawing lies inside it, and reaches within 2.5 pixels of each side (plus half
                // the width for lines).
                let node = item_svg(ty, &coords, &o, &env).unwrap();
                let b = bbox(&node).unwrap();
                let slack = if ty == ItemType::Line { o.num("width").unwrap_or(1.0) } else { 0.0 };
                let reduced_360 = ty == ItemType::Arc && o.num("extent") == Some(360.0);
                let inside = b.0 >= tk[0] - 0.01 && b.1 >= tk[1] - 0.01 && b.2 <= tk[2] + 0.01 && b.3 <= tk[3] + 0.01;
                let close = (b.0 - tk[0]).max(b.1 - tk[1]).max(tk[2] - b.2).max(tk[3] - b.3) <= 2.5 + slack;
                // Smooth polygons: Tk's box is the control points', the curve stays well inside.
                let close = close || o.bool("smooth") && ty == ItemType::Polygon;
                assert!(inside && close, "{what}: ours {b:?}, Tk {tk:?}, {node:?}");
                if reduced_360 {
                    // An extent of 360 is 0 to Tk: only the radius to the start point is drawn.
                    assert_eq!(node.get("d"), Some("M60.5,40.5 L110.5,40.5 Z"));
                }
            }
        }
        checked += 1;
    }
    assert!(checked >= 30);
}

fn numbers_in(s: &str) -> Vec<f64> {
    s.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-')).filter_map(|t| t.parse().ok()).collect()
}

#[test]
fn lines_and_arrowheads_match_tk_postscript() {
    // Tk's PostScript of a line gives its shaft (pulled back at arrowheads; Bezier pieces when smooth) and each
    // arrowhead polygon unrounded; the SVG has them rounded to pixels (strokes of odd width half a pixel on).
    let fx = fixture();
    let mut env = env_of(&fx);
    let mut checked = 0;
    for it in fx["items"].as_array().unwrap().iter().filter(|it| it.get("ps").is_some()) {
        let coords: Vec<f64> = it["coords"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
        let o = strict(&it["options"], &mut env);
        let node = item_svg(ItemType::Line, &coords, &o, &env).unwrap();
        let (shaft, heads) = if node.tag == "g" { (&node.children[0], &node.children[1..]) } else { (&node, &[][..]) };
        let ps: Vec<Vec<f64>> = it["ps"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_array().unwrap().iter().flat_map(|op| op.as_array().unwrap()[1..].iter().map(|v| v.as_f64().unwrap())).collect())
            .collect();
        let width = o.num("width").unwrap_or(1.0).round();
        let shift = if width as i64 % 2 == 1 { 0.5 } else { 0.0 };
        let ours: Vec<f64> = numbers_in(shaft.get("d").unwrap()).iter().map(|v| v - shift).collect();
        assert_eq!(ours.len(), ps[0].len(), "{}", it["options"]);
        for (a, b) in ours.iter().zip(&ps[0]) {
            assert!((a - b).abs() <= 0.51, "{}: shaft {ours:?} vs Tk {:?}", it["options"], ps[0]);
        }
        assert_eq!(heads.len(), ps.len() - 1);
        for (h, p) in heads.iter().zip(&ps[1..]) {
            let ours = numbers_in(h.get("points").unwrap());
            for (a, b) in ours.iter().zip(&p[..10]) {
                assert!((a - b).abs() <= 0.51, "{}: head {ours:?} vs Tk {p:?}", it["options"]);
            }
        }
        checked += 1;
    }
    assert!(checked >= 8);
}

#[test]
fn recorded_fonts_are_additive() {
    let fx = fixture();
    let env = env_of(&fx);
    for (name, f) in fx["fonts"].as_object().unwrap() {
        for (s, w) in f["checks"].as_object().unwrap() {
            assert_eq!(env.measure(&serde_json::from_value(font_json(name)).unwrap(), s), w.as_f64().unwrap(), "{name} {s}");
        }
    }
}

#[test]
fn numbers_are_compact() {
    assert_eq!(fmt(1.0000001), "1");
    assert_eq!(fmt(-0.001), "0");
    assert_eq!(fmt(2.345678), "2.35");
    assert_eq!(fmt(10.5), "10.5");
    assert_eq!(fmt(-3.0), "-3");
}

#[test]
fn strokes_sit_on_pixels_like_x11() {
    // Read back from X: a width-1 rectangle 5,5,15,12 lights columns 5..=15 and rows 5..=12.
    let r = item_svg(ItemType::Rectangle, &[5.0, 5.0, 15.0, 12.0], &opts(json!({})), &NoEnv).unwrap();
    assert_eq!(r.tag, "rect");
    assert_eq!(bbox(&r), Some((5.0, 5.0, 16.0, 13.0)));
    // Width 2 lights columns 4..=15.
    let r = item_svg(ItemType::Rectangle, &[5.0, 5.0, 15.0, 12.0], &opts(json!({"width": 2.0})), &NoEnv).unwrap();
    assert_eq!(bbox(&r), Some((4.0, 4.0, 16.0, 13.0)));
    // A fill without outline covers exactly [5, 15) x [5, 12); outline "" and width 0 draw no outline.
    let r = item_svg(ItemType::Rectangle, &[15.0, 12.0, 5.0, 5.0], &opts(json!({"outline": null, "fill": "#000000"})), &NoEnv);
    assert_eq!(bbox(&r.unwrap()), Some((5.0, 5.0, 15.0, 12.0)));
    assert_eq!(item_svg(ItemType::Rectangle, &[5.0, 5.0, 15.0, 12.0], &opts(json!({"width": 0.0})), &NoEnv), None);
    // A horizontal width-1 line at y=5 lights row 5; fractional coordinates round.
    let l = item_svg(ItemType::Line, &[5.2, 5.0, 14.6, 5.0], &opts(json!({})), &NoEnv).unwrap();
    assert_eq!(l.get("d"), Some("M5.5,5.5 L15.5,5.5"));
    assert_eq!(l.get("stroke-linecap"), Some("butt"));
    assert_eq!(l.get("stroke-linejoin"), Some("round"));
    let l = item_svg(ItemType::Line, &[5.0, 5.0, 15.0, 5.0], &opts(json!({"fill": null})), &NoEnv);
    assert_eq!(l, None);
}

#[test]
fn arrowheads_follow_configure_arrows() {
    let l = item_svg(ItemType::Line, &[0.0, 0.0, 100.0, 0.0], &opts(json!({"arrow": "last", "fill": "#ff0000"})), &NoEnv).unwrap();
    assert_eq!(l.tag, "g");
    let head = &l.children[1];
    // tip, trailing points 10 back and 3 + width/2 out, the neck 8 back (a = 8, b = 10, c = 3).
    assert_eq!(head.get("points"), Some("100,0 90,-4 92,-1 92,1 90,4"));
    assert_eq!(head.get("fill"), Some("#ff0000"));
    // The shaft is pulled back into the arrowhead: backup = frac*b + a*(1-frac)/2 with frac = 0.5/3.501.
    let d = l.children[0].get("d").unwrap();
    assert_eq!(d, "M0.5,0.5 L95.5,0.5");
    let both = item_svg(ItemType::Line, &[0.0, 0.0, 0.0, 50.0], &opts(json!({"arrow": "both", "dash": [4, 2]})), &NoEnv).unwrap();
    assert_eq!(both.children.len(), 3);
    assert_eq!(both.children[0].get("stroke-dasharray"), Some("4 2"));
    assert_eq!(both.children[1].get("stroke-dasharray"), None);
}

#[test]
fn splines_follow_tk_make_bezier_curve() {
    let o = opts(json!({"smooth": true}));
    let l = item_svg(ItemType::Line, &[0.0, 0.0, 30.0, 30.0, 60.0, 0.0], &o, &NoEnv).unwrap();
    // One piece: from the first point to the last, controls 2/3 of the way to the middle point.
    assert_eq!(l.get("d"), Some("M0.5,0.5 C20.51,20.51 40.49,20.51 60.5,0.5"));
    let o = opts(json!({"smooth": true, "splinesteps": 2}));
    let l = item_svg(ItemType::Line, &[0.0, 0.0, 30.0, 30.0, 60.0, 0.0], &o, &NoEnv).unwrap();
    assert_eq!(l.get("d").unwrap().matches('L').count(), 2);
    // A smooth polygon is a closed spline through the midpoints of its sides.
    let p = item_svg(ItemType::Polygon, &[0.0, 0.0, 40.0, 0.0, 40.0, 40.0, 0.0, 40.0], &o, &NoEnv).unwrap();
    assert!(p.get("d").unwrap().starts_with("M0,20 "), "{p:?}");
    assert!(p.get("d").unwrap().ends_with(" Z"));
    assert_eq!(p.get("fill"), Some("#000000"));
    assert_eq!(p.get("stroke"), None);
}

#[test]
fn arcs_use_parametric_angles() {
    // Read back from X: arc 2,2,62,22 start 30 extent 60 ends at column 57, row 7 (parametric angle, not polar).
    let a = item_svg(ItemType::Arc, &[2.0, 2.0, 62.0, 22.0], &opts(json!({"start": 30.0, "extent": 60.0, "style": "arc"})), &NoEnv).unwrap();
    let d = a.get("d").unwrap();
    assert!(d.starts_with("M58.48,7.5 C"), "{d}");
    assert!(d.ends_with(" 32.5,2.5"), "{d}");
    assert_eq!(a.get("fill"), Some("none"));
    let pie = item_svg(ItemType::Arc, &[0.0, 0.0, 100.0, 50.0], &opts(json!({"extent": -270.0, "fill": "#ffa500", "outline": null})), &NoEnv).unwrap();
    let d = pie.get("d").unwrap();
    assert!(d.starts_with("M50,25 L100,25 C"), "{d}");
    assert_eq!(d.matches('C').count(), 3);
    assert_eq!(bbox(&pie), Some((0.0, 0.0, 100.0, 50.0)));
}

#[test]
fn text_layout_wraps_justifies_and_anchors() {
    let o = opts(json!({"text": "ab  cd   ef gh", "width": 50.0, "anchor": "e", "justify": "right"}));
    let l = text_layout(&[200.0, 100.0], &o, &NoEnv);
    let lines: Vec<_> = l.lines.iter().map(|l| (l.text.as_str(), l.x, l.baseline)).collect();
    assert_eq!(lines, vec![("ab  cd", 0.0, 95.0), ("ef gh", 8.0, 112.0)]);
    assert_eq!((l.left, l.top, l.width, l.height), (152.0, 83.0, 48.0, 34.0));
    // A word wider than the wrap length is cut; a trailing newline adds an empty line.
    let o = opts(json!({"text": "abcdefgh\n", "width": 20.0, "anchor": "nw"}));
    let l = text_layout(&[0.0, 0.0], &o, &NoEnv);
    let lines: Vec<_> = l.lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(lines, vec!["ab", "cd", "ef", "gh", ""]);
    let node = item_svg(ItemType::Text, &[10.0, 10.0], &opts(json!({"text": "Hi", "angle": 90.0, "underline": 1})), &NoEnv).unwrap();
    assert_eq!(node.get("transform"), Some("rotate(-90 10 10)"));
    let t = &node.children[0];
    assert!(t.get("style").unwrap().contains("white-space:pre"));
    assert_eq!(t.children[0].get("x"), Some("2"));
    assert_eq!(t.children[0].get("y"), Some("14"));
    assert_eq!(t.children[0].text.as_deref(), Some("Hi"));
    assert_eq!(node.children[1].get("x"), Some("10"));
}

#[test]
fn hidden_windows_and_bitmaps() {
    let hidden = opts(json!({"state": "hidden"}));
    assert_eq!(item_svg(ItemType::Rectangle, &[0.0, 0.0, 5.0, 5.0], &hidden, &NoEnv), None);
    assert_eq!(item_svg(ItemType::Window, &[0.0, 0.0], &opts(json!({"window": 3})), &NoEnv), None);
    assert_eq!(window_origin(&[100.0, 50.0], &opts(json!({})), (31.0, 20.0)), (85.0, 40.0));
    assert_eq!(window_origin(&[100.0, 50.0], &opts(json!({"anchor": "se", "width": 40.0})), (31.0, 20.0)), (60.0, 30.0));
    let b = item_svg(ItemType::Bitmap, &[0.0, 0.0], &opts(json!({"bitmap": "gray50", "anchor": "nw", "background": "#ffffff"})), &NoEnv).unwrap();
    assert_eq!(b.children.len(), 2);
    assert_eq!(b.children[1].get("d").unwrap().matches('M').count(), 128);
    for (name, w, h) in [("error", 17, 17), ("info", 8, 21), ("question", 17, 27), ("warning", 6, 19), ("hourglass", 19, 21), ("questhead", 20, 22), ("gray12", 16, 16)] {
        assert_eq!(text::bitmap_size(name), Some((w, h)), "{name}");
    }
    let disabled = opts(json!({"state": "disabled", "fill": "#ff0000", "disabledfill": "#808080"}));
    let r = item_svg(ItemType::Oval, &[0.0, 0.0, 10.0, 10.0], &disabled, &NoEnv).unwrap();
    assert_eq!(r.get("fill"), Some("#808080"));
    let r = item_svg_active(ItemType::Oval, &[0.0, 0.0, 10.0, 10.0], &opts(json!({"activefill": "#00ff00", "activewidth": 3.0})), &NoEnv, true).unwrap();
    assert_eq!((r.get("fill"), r.get("stroke-width")), (Some("#00ff00"), Some("3")));
}
