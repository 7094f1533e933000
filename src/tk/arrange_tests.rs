//! Conformance with real Tk on whole programs: `tests/tkinter/tools/record_scene.py` ran each classroom-style
//! program of `tests/tk-scene/programs/` under Tk 8.6 (Xvfb at 96 dpi, "default" ttk theme) and under the shim, and
//! wrote the shim's ops beside what Tk reported for every widget after `update()` and the measurements of every font
//! the widgets use. Applying the ops to a [`Scene`] and replaying the measurements, [`arrange`] must give every
//! widget's requested size and shown state exactly, and every shown widget's box exactly (Tk leaves a hidden
//! widget's last box, so that is not compared), except the widgets in [`KNOWN`].

use super::*;
use crate::tk::ops::{Font, TkOp};
use crate::tk::req::Metrics;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
struct FontTable {
    chars: HashMap<String, i32>,
    metrics: [i32; 3],
}

#[derive(Deserialize)]
struct Fixture {
    name: String,
    /// Handle → path name and class, for messages.
    paths: HashMap<String, String>,
    /// Handle → [reqwidth, reqheight, x, y, width, height, viewable].
    expected: BTreeMap<String, [i32; 7]>,
    fonts: HashMap<String, FontTable>,
    ops: Vec<TkOp>,
}

/// Widgets ("program path") where the model is known to differ from Tk, with the reason.
const KNOWN: &[(&str, &str)] = &[
    // tkUnixScrlbr.c asks for 2 * (arrow length + border + inset) along the bar with the arrow length taken from
    // the bar's current width; pack never gives this one any room, so its width stays 1 and it asks for 4 pixels.
    ("scrollable_frame .!frame.!scrollbar", "a scrollbar that was never shown asks for a length from its 1-pixel width"),
];

/// Tk's measurements: a text is the sum of its characters' whole-pixel widths (Xft measures character by
/// character). A font or character that was not recorded panics, so gaps show.
struct Replay(Vec<(Font, HashMap<char, i32>, [i32; 3])>);

impl Replay {
    fn find(&self, font: &Font) -> &(Font, HashMap<char, i32>, [i32; 3]) {
        self.0.iter().find(|(f, _, _)| f == font).unwrap_or_else(|| panic!("no measurements for {font:?}"))
    }
}

impl Measure for Replay {
    fn width(&self, font: &Font, text: &str) -> i32 {
        let (_, table, _) = self.find(font);
        text.chars().map(|c| *table.get(&c).unwrap_or_else(|| panic!("{c:?} not measured in {font:?}"))).sum()
    }
    fn metrics(&self, font: &Font) -> Metrics {
        let [ascent, descent, linespace] = self.find(font).2;
        Metrics { ascent, descent, linespace }
    }
}

/// Compares one program; returns (widgets, exact, known, failures).
fn check(fx: Fixture) -> (usize, usize, usize, Vec<String>) {
    let m = Replay(
        fx.fonts
            .iter()
            .map(|(k, t)| {
                let font: Font = serde_json::from_str(k).expect("font key");
                let chars = t.chars.iter().map(|(c, w)| (c.chars().next().expect("a character"), *w)).collect();
                (font, chars, t.metrics)
            })
            .collect(),
    );
    let mut scene = Scene::new();
    for op in fx.ops {
        scene.apply(op).unwrap_or_else(|e| panic!("{}: {e}", fx.name));
    }
    let images: HashMap<Id, Size> = scene
        .images
        .iter()
        .filter_map(|(id, i)| Some((*id, Size::new(i.opts.num("width")? as i32, i.opts.num("height")? as i32))))
        .collect();
    let (_, layout) = arrange(&scene, &m, &|id| images.get(&id).copied()).unwrap_or_else(|e| panic!("{}: {e:?}", fx.name));
    let (mut exact, mut known, mut failed) = (0, 0, Vec::new());
    for (handle, tk) in &fx.expected {
        let id: Id = handle.parse().expect("handle");
        let path = fx.paths.get(handle).map_or("?", String::as_str);
        let widget = path.split(' ').next().unwrap_or(path);
        let got = layout.get(id).map(|p| {
            [p.req.width, p.req.height, p.rect.x, p.rect.y, p.rect.width, p.rect.height, i32::from(p.mapped)]
        });
        let same = got.is_some_and(|g| g[..2] == tk[..2] && g[6] == tk[6] && (tk[6] == 0 || g[2..6] == tk[2..6]));
        let is_known = KNOWN.iter().any(|(k, _)| k.split_once(' ') == Some((fx.name.as_str(), widget)));
        match (same, is_known) {
            (true, false) => exact += 1,
            (false, true) => known += 1,
            (true, true) => failed.push(format!("{} {path}: listed in KNOWN but exact now", fx.name)),
            (false, false) => failed.push(format!("{} {path}: {got:?} (Tk {tk:?})", fx.name)),
        }
    }
    (fx.expected.len(), exact, known, failed)
}

#[test]
fn whole_programs_match_tk() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/tk-scene/fixtures");
    let mut files: Vec<_> = std::fs::read_dir(dir).expect("fixtures").map(|e| e.expect("entry").path()).collect();
    files.sort();
    let (mut programs, mut widgets, mut exact, mut known, mut failed) = (0, 0, 0, 0, Vec::new());
    for f in files.iter().filter(|f| f.extension().is_some_and(|e| e == "json")) {
        let fx: Fixture = serde_json::from_str(&std::fs::read_to_string(f).expect("read"))
            .unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let (n, e, k, bad) = check(fx);
        programs += 1;
        widgets += n;
        exact += e;
        known += k;
        failed.extend(bad);
    }
    println!("tk-scene: {programs} programs, {widgets} widgets, {exact} exact, {known} known, {} failed", failed.len());
    for f in &failed {
        println!("  {f}");
    }
    assert!(programs > 0, "no fixtures in {dir}");
    assert!(failed.is_empty(), "{} widgets differ from Tk", failed.len());
}
