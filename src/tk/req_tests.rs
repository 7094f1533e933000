//! Conformance with real Tk: `tests/tkinter/tools/record_req.py` built each widget configuration under Tk 8.6
//! (Xvfb at 96 dpi, "default" ttk theme) and under the shim, and wrote the shim's strict options beside Tk's
//! `winfo_reqwidth/reqheight`, containers' internal borders, their request around 1x1 content, and every font
//! measurement Tk made. Replaying those measurements, [`requested`], [`border`] and [`min_request`] must give Tk's
//! numbers exactly, except for the cases in [`KNOWN`].

use super::*;
use crate::tk::ops::Font;
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Deserialize)]
struct File {
    measures: HashMap<String, HashMap<String, i32>>,
    metrics: HashMap<String, [i32; 3]>,
    cases: Vec<Case>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Extras {
    text: Option<String>,
    image: Option<[i32; 2]>,
    items: Vec<String>,
    labelwidget: Option<[i32; 2]>,
    tabs: Vec<[i32; 2]>,
    tab_texts: Vec<String>,
    panes: Vec<[i32; 2]>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    kind: Kind,
    opts: Opts,
    content: Extras,
    tk: [i32; 2],
    border: Option<[i32; 4]>,
    packed1: Option<[i32; 2]>,
}

/// Cases where the model is known to differ from Tk, with the reason.
const KNOWN: &[(&str, &str)] = &[];

/// Tk's own measurements: whole texts as Tk measured them, anything else as the sum of its characters (Xft
/// measures character by character, so the sum is exact).
struct Replay {
    fonts: Vec<(Font, HashMap<String, i32>, [i32; 3])>,
}

impl Replay {
    fn find(&self, font: &Font) -> &(Font, HashMap<String, i32>, [i32; 3]) {
        self.fonts.iter().find(|(f, _, _)| f == font).unwrap_or_else(|| panic!("no measurements for {font:?}"))
    }
}

impl Measure for Replay {
    fn width(&self, font: &Font, text: &str) -> i32 {
        let (_, table, _) = self.find(font);
        if let Some(w) = table.get(text) {
            return *w;
        }
        text.chars()
            .map(|c| *table.get(c.to_string().as_str()).unwrap_or_else(|| panic!("{c:?} not measured in {font:?}")))
            .sum()
    }
    fn metrics(&self, font: &Font) -> Metrics {
        let [ascent, descent, linespace] = self.find(font).2;
        Metrics { ascent, descent, linespace }
    }
}

fn size(s: [i32; 2]) -> Size {
    Size::new(s[0], s[1])
}

#[test]
fn requested_sizes_match_tk() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/tk-req/fixtures.json");
    let file: File = serde_json::from_str(&std::fs::read_to_string(path).expect("fixtures")).expect("parse");
    let fonts = file
        .measures
        .iter()
        .map(|(k, table)| (serde_json::from_str::<Font>(k).expect("font key"), table.clone(), file.metrics[k]))
        .collect();
    let m = Replay { fonts };
    let (mut exact, mut known, mut failed) = (0, 0, Vec::new());
    for case in &file.cases {
        let c = &case.content;
        let content = Content {
            text: c.text.as_deref(),
            image: c.image.map(size),
            list_items: c.items.len(),
            items: c.items.iter().map(String::as_str).collect(),
            labelwidget: c.labelwidget.map(size),
            tabs: c.tabs.iter().copied().map(size).collect(),
            tab_texts: c.tab_texts.iter().map(String::as_str).collect(),
            panes: c.panes.iter().copied().map(size).collect(),
            column_widths: Vec::new(),
        };
        let mut wrong = Vec::new();
        let req = requested(case.kind, &case.opts, &content, &m);
        if req != size(case.tk) {
            wrong.push(format!("req {}x{} (Tk {}x{})", req.width, req.height, case.tk[0], case.tk[1]));
        }
        let b = border(case.kind, &case.opts, &content, &m);
        if let Some(tb) = case.border {
            if [b.left, b.top, b.right, b.bottom] != tb {
                wrong.push(format!("border {b:?} (Tk {tb:?})"));
            }
        }
        if let Some(p) = case.packed1 {
            let min = min_request(case.kind, &case.opts, &content, &m);
            let got = [(1 + b.horizontal()).max(min.width), (1 + b.vertical()).max(min.height)];
            if got != p {
                wrong.push(format!("around 1x1 {got:?} (Tk {p:?})"));
            }
        }
        let is_known = KNOWN.iter().any(|(n, _)| *n == case.name);
        match (wrong.is_empty(), is_known) {
            (true, false) => exact += 1,
            (false, true) => known += 1,
            (true, true) => failed.push(format!("{}: listed in KNOWN but exact now", case.name)),
            (false, false) => failed.push(format!("{} [{}]: {}", case.name, case.kind.name(), wrong.join("; "))),
        }
    }
    println!("tk-req: {} cases, {exact} exact, {known} known, {} failed", file.cases.len(), failed.len());
    for f in &failed {
        println!("  {f}");
    }
    assert!(failed.is_empty(), "{} cases differ from Tk", failed.len());
}
