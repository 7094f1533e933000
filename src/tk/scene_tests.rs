use super::*;
use crate::tk::layout;
use serde_json::json;

fn ops(v: Value) -> Vec<TkOp> {
    serde_json::from_value(v).unwrap()
}

fn fixed(_: &Widget) -> (Size, Insets, Size) {
    (Size::new(10, 20), Insets::default(), Size::default())
}

fn scene_of(v: Value) -> Scene {
    let mut s = Scene::new();
    for op in ops(v) {
        s.apply(op).unwrap();
    }
    s
}

fn create(id: u32, kind: &str, parent: Option<u32>) -> Value {
    json!({"op": "create", "id": id, "kind": kind, "parent": parent, "options": {}})
}

fn pack(id: u32, master: u32, before: Option<u32>, side: &str) -> Value {
    json!({"op": "manage", "id": id, "manager": "pack", "master": master, "before": before,
           "options": {"side": side, "fill": "none", "expand": false, "anchor": "center", "padx": [0, 0],
                       "pady": [0, 0], "ipadx": 0, "ipady": 0}})
}

#[test]
fn the_recorded_program_applies_and_lays_out() {
    let mut s = Scene::new();
    let all: Vec<TkOp> = serde_json::from_str(include_str!("fixtures/ops_sample.json")).unwrap();
    for op in all {
        s.apply(op).unwrap();
    }
    assert_eq!(s.windows.len(), 2);
    let tree = s.tree(&fixed, &HashMap::new());
    let l = layout(&tree).unwrap();
    let root = l.get(1).unwrap();
    assert_eq!((root.rect.width, root.rect.height), (500, 400), "geometry('500x400')");
    let menu_entries = s.widgets.values().find(|w| w.kind == Kind::Menu && w.entries.len() == 4).unwrap();
    assert_eq!(menu_entries.entries[1].ty, EntryType::Separator);
    let lb = s.widgets.values().find(|w| w.kind == Kind::Listbox).unwrap();
    assert_eq!(lb.list, ["one", "two", "three"]);
    let text = s.widgets.values().find(|w| w.kind == Kind::Text).unwrap();
    assert_eq!(text.text, "Hello\nWorld");
    let canvas = s.widgets.values().find(|w| w.kind == Kind::Canvas).unwrap();
    assert_eq!(canvas.items.len(), 9);
}

#[test]
fn pack_before_puts_a_widget_in_front() {
    let s = scene_of(json!([
        create(1, "toplevel", None), create(2, "label", Some(1)), create(3, "label", Some(1)),
        pack(2, 1, None, "top"), pack(3, 1, Some(2), "top"),
    ]));
    let l = layout(&s.tree(&fixed, &HashMap::new())).unwrap();
    assert_eq!(l.get(3).unwrap().rect.y, 0);
    assert_eq!(l.get(2).unwrap().rect.y, 20);
    assert_eq!(l.get(1).unwrap().req, Size::new(10, 40));
}

#[test]
fn destroy_takes_descendants_and_their_managers() {
    let mut s = scene_of(json!([
        create(1, "toplevel", None), create(2, "frame", Some(1)), create(3, "button", Some(2)),
        pack(2, 1, None, "top"), pack(3, 2, None, "left"),
    ]));
    let ch = s.apply(serde_json::from_value(json!({"op": "destroy", "id": 2})).unwrap()).unwrap();
    assert_eq!(ch, Change::Destroyed(vec![3, 2]));
    assert!(s.get(1).unwrap().children.is_empty());
    assert!(layout(&s.tree(&fixed, &HashMap::new())).is_ok());
}

#[test]
fn bad_options_are_refused() {
    let mut s = Scene::new();
    let bad = json!({"op": "create", "id": 1, "kind": "toplevel", "parent": null, "options": {"background": "red"}});
    assert!(s.apply(serde_json::from_value(bad).unwrap()).is_err());
    let orphan = json!({"op": "configure", "id": 9, "options": {}});
    assert!(s.apply(serde_json::from_value(orphan).unwrap()).is_err());
}

#[test]
fn contents_splice_by_code_points() {
    assert_eq!(splice("héllo", 1, 3, "EY"), "hEYlo");
    assert_eq!(splice("ab", 5, 9, "c"), "abc");
    let s = scene_of(json!([
        create(1, "toplevel", None), create(2, "listbox", Some(1)),
        {"op": "list_replace", "id": 2, "start": 0, "end": 0, "items": ["a", "b", "c"]},
        {"op": "list_replace", "id": 2, "start": 1, "end": 2, "items": []},
    ]));
    assert_eq!(s.get(2).unwrap().list, ["a", "c"]);
}

#[test]
fn layout_answer_has_root_positions_and_grid_edges() {
    let s = scene_of(json!([
        create(1, "toplevel", None), create(2, "frame", Some(1)), create(3, "label", Some(2)),
        create(4, "label", Some(2)),
        pack(2, 1, None, "top"),
        {"op": "manage", "id": 3, "manager": "grid", "master": 2, "before": null, "options": {"row": 0, "column": 0}},
        {"op": "manage", "id": 4, "manager": "grid", "master": 2, "before": null, "options": {"row": 1, "column": 1}},
    ]));
    let tree = s.tree(&fixed, &HashMap::new());
    let l = layout(&tree).unwrap();
    let TkAnswer::Layout { widgets, grids, .. } = s.answer_layout(&tree, &l, &|_| (100, 50), (1280, 1024), (0, 0))
    else {
        panic!()
    };
    let w4 = widgets.iter().find(|w| w[0] == 4).unwrap();
    assert_eq!(w4[1..5], [10, 20, 10, 20]);
    assert_eq!(w4[7..10], [110, 70, 1], "root = window origin + frame + label");
    assert_eq!(grids, vec![(2, vec![0, 10, 20], vec![0, 20, 40])]);
}
