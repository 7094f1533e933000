//! Classification and cleaning on pages built by the real generators (Sphinx with five themes, MkDocs Material,
//! nbconvert, pdoc, VitePress) and on hand-written host pages, against the expectations written with the sources
//! (`tests/fixtures/lift/src/blocks.py` -> `expected.json`). The pages were read by `collect.js` in Chromium into
//! `raw.json`; `tools/lift-fixtures/generate.sh` rebuilds everything.

use super::{lift, Example, Kind, Page};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

#[derive(Deserialize)]
struct Expected {
    pages: BTreeMap<String, Vec<String>>,
    blocks: BTreeMap<String, Option<Want>>,
    /// Per page, blocks that the generator shows differently from their source, with what the page allows.
    #[serde(default)]
    defects: BTreeMap<String, BTreeMap<String, Defect>>,
}

#[derive(Deserialize)]
struct Defect {
    #[allow(dead_code)]
    why: String,
    want: Want,
}

#[derive(Deserialize, Clone)]
struct Want {
    kind: Kind,
    code: String,
    examples: Vec<Example>,
}

/// Every Python block found and cleaned exactly, nothing else offered: the fixtures are small enough to get all
/// of them right, and a rule that breaks one of them should be seen.
const PRECISION_MIN: f64 = 1.0;
const RECALL_MIN: f64 = 1.0;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lift")
}

#[test]
fn fixture_pages_precision_and_recall() {
    let dir = fixtures();
    let expected: Expected =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let (mut tp, mut fp, mut fneg, mut blocks) = (0usize, 0usize, 0usize, 0usize);
    let mut report = String::new();
    for (page, ids) in &expected.pages {
        let raw_path = dir.join(page).with_file_name("raw.json");
        let raw: Page = serde_json::from_str(&std::fs::read_to_string(&raw_path).unwrap())
            .unwrap_or_else(|e| panic!("{} does not match lift::Page (collect.js changed?): {e}", raw_path.display()));
        assert!(
            raw.blocks.len() >= ids.len(),
            "{page}: collect.js found {} blocks, the page shows {}",
            raw.blocks.len(),
            ids.len()
        );
        blocks += raw.blocks.len();
        let defect = |id: &String| expected.defects.get(page).and_then(|d| d.get(id)).map(|d| d.want.clone());
        let wants: Vec<(&String, Want)> =
            ids.iter().filter_map(|id| Some((id, defect(id).or_else(|| expected.blocks[id].clone())?))).collect();
        let mut used = vec![false; wants.len()];
        for got in lift(&raw) {
            let hit = (0..wants.len()).find(|&k| {
                let w = &wants[k].1;
                !used[k] && w.kind == got.kind && w.code == got.code && w.examples == got.examples
            });
            match hit {
                Some(k) => {
                    used[k] = true;
                    tp += 1;
                }
                None => {
                    fp += 1;
                    report += &format!(
                        "{page}: offered block {} ({:?}):\n{}\n{:?}\n---\n",
                        got.index, got.kind, got.code, got.examples
                    );
                }
            }
        }
        for (k, (id, want)) in wants.iter().enumerate().filter(|(k, _)| !used[*k]) {
            fneg += 1;
            let _ = k;
            report +=
                &format!("{page}: missed {id} ({:?}), want:\n{}\n{:?}\n---\n", want.kind, want.code, want.examples);
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fneg).max(1) as f64;
    let line = format!(
        "\nlift: precision {precision:.3} recall {recall:.3} over {blocks} blocks on {} pages ({} Python, {fp} offered wrongly, {fneg} missed)\n",
        expected.pages.len(),
        tp + fneg
    );
    // Straight to stderr, past the test harness's capture, so that `cargo test` always shows it.
    let _ = std::io::stderr().write_all(line.as_bytes());
    assert!(precision >= PRECISION_MIN && recall >= RECALL_MIN, "{report}");
}
