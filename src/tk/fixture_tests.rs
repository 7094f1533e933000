//! Conformance with real Tk: `tests/tk-geometry/record.py` built each layout under Tk 8.6 (Xvfb) and wrote the
//! Rust input (a [`Tree`] of requested sizes and options) beside what Tk reported after `update()`. Every widget's
//! requested size and shown/hidden state must match exactly, and every shown widget's box exactly (no tolerance),
//! except in the layouts listed in [`KNOWN`], whose boxes may be off by at most the pixels given there.

use super::{layout, Id, Rect, Size, Tree};
use serde::Deserialize;
use std::io::Write;
use std::path::PathBuf;

#[derive(Deserialize)]
struct File {
    tk: String,
    layouts: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    tree: Tree,
    expect: Vec<Fact>,
}

/// What Tk reported for one widget.
#[derive(Deserialize)]
struct Fact {
    id: Id,
    path: String,
    cls: String,
    req: Size,
    /// Only for mapped widgets: Tk leaves an unmapped one's last box.
    #[serde(default)]
    rect: Rect,
    /// `winfo_viewable`.
    mapped: bool,
    /// `pack_slaves()`.
    #[serde(default)]
    pack_order: Vec<Id>,
}

/// Layouts where the model is known to differ from Tk, by at most so many pixels, and why. Both come from several
/// widgets spanning overlapping columns, where Tk resolves the columns in passes whose rounding and ordering
/// `grid::resolve` does not reproduce (on 3,800 random one-row layouts of overlapping spans, 7 differed).
const KNOWN: &[(&str, i32, &str)] = &[
    ("spans_2106", 1, "three overlapping spans with weights: Tk's rounding puts one column boundary 1 px left"),
    (
        "grid_known_squeezed_weight",
        90,
        "a weight-3 column squeezed by a widget spanning later columns: Tk gives the room to the last column",
    ),
];

fn fixtures() -> Vec<(String, File)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/tk-geometry/fixtures");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let file = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name} does not match tk::Tree: {e}"));
            (name, file)
        })
        .collect()
}

#[test]
fn geometry_matches_real_tk() {
    let (mut widgets, mut layouts, mut mismatches, mut known) = (0, 0, 0, 0);
    let mut report = String::new();
    for (file, f) in fixtures() {
        assert!(f.tk.starts_with("8.6"), "{file}: recorded under Tk {}", f.tk);
        for case in &f.layouts {
            layouts += 1;
            let allowed = KNOWN.iter().find(|k| k.0 == case.name).map(|k| k.1);
            let got = layout(&case.tree).unwrap_or_else(|e| panic!("{file} {}: {e}", case.name));
            let mut off_here = 0;
            for fact in &case.expect {
                widgets += 1;
                let p = got.get(fact.id).unwrap();
                let mut wrong = Vec::new();
                if p.req != fact.req {
                    wrong.push(format!("req {:?} want {:?}", p.req, fact.req));
                }
                if p.mapped != fact.mapped {
                    wrong.push(format!("mapped {} want {}", p.mapped, fact.mapped));
                } else if fact.mapped && p.rect != fact.rect {
                    let (a, b) = (p.rect, fact.rect);
                    let off = [a.x - b.x, a.y - b.y, a.width - b.width, a.height - b.height].map(i32::abs);
                    let off = off.into_iter().max().unwrap_or(0);
                    if allowed.is_some_and(|max| off <= max) {
                        off_here += 1;
                    } else {
                        wrong.push(format!("rect {a:?} want {b:?}"));
                    }
                }
                let order = super::pack_order(&case.tree, fact.id).unwrap();
                if order != fact.pack_order {
                    wrong.push(format!("pack order {order:?} want {:?}", fact.pack_order));
                }
                if !wrong.is_empty() {
                    mismatches += 1;
                    report += &format!("  {file} {} {} ({}): {}\n", case.name, fact.path, fact.cls, wrong.join("; "));
                }
            }
            known += off_here;
            if allowed.is_some() && off_here == 0 {
                mismatches += 1;
                report += &format!("  {file} {}: matches Tk now; take it out of KNOWN\n", case.name);
            }
        }
    }
    let line = format!(
        "\ntk geometry: {widgets} widgets in {layouts} layouts, {mismatches} mismatches (exact, no tolerance; \
         plus {known} known differences in {} layouts)\n",
        KNOWN.len()
    );
    // Straight to stderr, past the test harness's capture, so that `cargo test` always shows it.
    let _ = std::io::stderr().write_all(format!("{line}{report}").as_bytes());
    assert!(layouts >= 24, "only {layouts} layouts recorded");
    assert_eq!(mismatches, 0, "geometry differs from Tk's:\n{report}");
}
