//! The whole tree: serde shape, Tk's refusals, packing order, propagation, `-in`, toplevel sizes and mapping.
//! The geometry itself is checked against real Tk in `fixture_tests`.

use super::*;

fn root(w: i32, h: i32) -> Widget {
    Widget::new(1, None, w, h)
}

fn packed(id: Id, parent: Id, w: i32, h: i32, p: Pack) -> Widget {
    Widget { manager: Manager::Pack(p), ..Widget::new(id, Some(parent), w, h) }
}

fn gridded(id: Id, parent: Id, w: i32, h: i32, g: Grid) -> Widget {
    Widget { manager: Manager::Grid(g), ..Widget::new(id, Some(parent), w, h) }
}

fn run(widgets: Vec<Widget>) -> Layout {
    layout(&Tree { widgets }).unwrap()
}

fn rect(l: &Layout, id: Id) -> (i32, i32, i32, i32) {
    let r = l.get(id).unwrap().rect;
    (r.x, r.y, r.width, r.height)
}

#[test]
fn json_shape_is_strict_with_tk_defaults() {
    let text = r#"{"widgets": [
        {"id": 1, "req": {"width": 200, "height": 200}, "toplevel": {"geometry": {"width": 300, "height": 100}}},
        {"id": 2, "parent": 1, "req": {"width": 40, "height": 20}, "manager": {"type": "pack", "side": "left"}},
        {"id": 3, "parent": 1, "req": {"width": 40, "height": 20},
         "manager": {"type": "place", "relx": 1.0, "rely": 1.0}},
        {"id": 4, "parent": 1, "req": {"width": 5, "height": 5}}
    ]}"#;
    let tree: Tree = serde_json::from_str(text).unwrap();
    let Manager::Place(p) = &tree.widgets[2].manager else { panic!("not placed") };
    assert_eq!((p.anchor, p.bordermode), (Anchor::Nw, BorderMode::Inside));
    let Manager::Pack(p) = &tree.widgets[1].manager else { panic!("not packed") };
    assert_eq!((p.anchor, p.fill), (Anchor::Center, Fill::None));
    let l = layout(&tree).unwrap();
    assert_eq!(rect(&l, 1), (0, 0, 300, 100));
    assert_eq!(rect(&l, 2), (0, 40, 40, 20));
    assert_eq!(rect(&l, 3), (300, 100, 40, 20));
    assert!(!l.get(4).unwrap().mapped);
    let back: Tree = serde_json::from_str(&serde_json::to_string(&tree).unwrap()).unwrap();
    assert_eq!(back, tree);
    let bad = r#"{"widgets": [{"id": 1, "req": {"width": 1, "height": 1}, "colour": "red"}]}"#;
    assert!(serde_json::from_str::<Tree>(bad).is_err());
    let bad = r#"{"type": "grid", "sticky": "nsx"}"#;
    assert!(serde_json::from_str::<Manager>(bad).is_err());
    let ok = r#"{"type": "grid", "sticky": "wens"}"#;
    let Manager::Grid(g) = serde_json::from_str::<Manager>(ok).unwrap() else { panic!() };
    assert_eq!(String::from(g.sticky), "nsew");
}

#[test]
fn trees_tk_refuses() {
    let err = |widgets| layout(&Tree { widgets }).unwrap_err();
    assert_eq!(err(vec![root(1, 1), root(1, 1)]), TreeError::DuplicateId { id: 1 });
    assert_eq!(err(vec![root(1, 1), Widget::new(2, Some(9), 1, 1)]), TreeError::UnknownId { id: 9 });
    let mixed = vec![root(1, 1), packed(2, 1, 1, 1, Pack::default()), gridded(3, 1, 1, 1, Grid::default())];
    assert_eq!(err(mixed), TreeError::PackAndGrid { container: 1 });
    // -in a sibling's child is fine; -in the widget itself or something outside its parent is not.
    let f = |id, parent| Widget::new(id, Some(parent), 10, 10);
    let inside = |id, parent, m| packed(id, parent, 5, 5, Pack { in_: Some(m), ..Pack::default() });
    assert!(layout(&Tree { widgets: vec![root(1, 1), f(2, 1), f(3, 2), inside(4, 1, 3)] }).is_ok());
    assert_eq!(err(vec![root(1, 1), f(2, 1), inside(3, 2, 3)]), TreeError::BadContainer { id: 3, container: 3 });
    assert_eq!(
        err(vec![root(1, 1), f(2, 1), f(3, 1), inside(4, 2, 3)]),
        TreeError::BadContainer { id: 4, container: 3 }
    );
    assert_eq!(err(vec![root(1, 1), inside(2, 1, 3), f(3, 2)]), TreeError::BadContainer { id: 2, container: 3 });
    let before = packed(2, 1, 1, 1, Pack { before: Some(3), ..Pack::default() });
    assert_eq!(err(vec![root(1, 1), before, f(3, 1)]), TreeError::NotPacked { id: 2, other: 3 });
}

#[test]
fn packing_order_follows_calls_and_before_after() {
    let p = |seq, before, after| Pack { seq, before, after, ..Pack::default() };
    let tree = Tree {
        widgets: vec![
            root(1, 1),
            packed(2, 1, 1, 1, p(1, None, None)),
            packed(3, 1, 1, 1, p(4, Some(2), None)),
            packed(4, 1, 1, 1, p(2, None, None)),
            packed(5, 1, 1, 1, p(3, None, Some(2))),
            packed(6, 1, 1, 1, p(0, None, None)),
        ],
    };
    assert_eq!(pack_order(&tree, 1).unwrap(), [6, 3, 2, 5, 4]);
}

#[test]
fn propagation_border_and_minimum() {
    let mut frame = Widget::new(2, Some(1), 100, 100);
    frame.manager = Manager::Pack(Pack::default());
    frame.container.border = Insets { left: 1, top: 2, right: 3, bottom: 4 };
    let kids = || {
        vec![
            packed(3, 2, 30, 10, Pack { side: Side::Left, padx: Pad(2, 3), ..Pack::default() }),
            packed(4, 2, 20, 25, Pack { side: Side::Left, ipady: 1, ..Pack::default() }),
        ]
    };
    let l = run([vec![root(200, 200), frame.clone()], kids()].concat());
    assert_eq!(l.get(2).unwrap().req, Size::new(35 + 20 + 4, 27 + 6));
    assert_eq!(l.get(1).unwrap().req, Size::new(59, 33));
    assert_eq!(rect(&l, 3), (1 + 2, 2 + 8, 30, 10));
    frame.container.min_req = Size::new(80, 0);
    assert_eq!(run([vec![root(200, 200), frame.clone()], kids()].concat()).get(2).unwrap().req, Size::new(80, 33));
    frame.container.pack_propagate = false;
    assert_eq!(run([vec![root(200, 200), frame.clone()], kids()].concat()).get(2).unwrap().req, Size::new(100, 100));
    // Grid's propagation is its own switch.
    let kids = vec![gridded(3, 2, 30, 10, Grid::default())];
    assert_eq!(run([vec![root(200, 200), frame], kids].concat()).get(2).unwrap().req, Size::new(80, 16));
}

#[test]
fn managed_in_another_container_is_offset_by_it() {
    let mut frame = packed(2, 1, 50, 40, Pack { side: Side::Right, ..Pack::default() });
    frame.container.border = Insets::uniform(3);
    frame.container.pack_propagate = false;
    let l = run(vec![
        Widget { toplevel: Some(Toplevel { geometry: Some(Size::new(100, 40)), ..Toplevel::default() }), ..root(1, 1) },
        frame,
        packed(3, 1, 10, 10, Pack { in_: Some(2), anchor: Anchor::Nw, ..Pack::default() }),
    ]);
    assert_eq!(rect(&l, 2), (50, 0, 50, 40));
    assert_eq!(rect(&l, 3), (50 + 3, 3, 10, 10));
}

#[test]
fn what_is_not_shown() {
    let mut frame = packed(2, 1, 1, 1, Pack::default());
    frame.container.pack_propagate = false;
    let l = run(vec![
        root(100, 100),
        frame,
        packed(3, 2, 10, 10, Pack { padx: Pad(1, 1), ..Pack::default() }),
        Widget::new(4, Some(1), 10, 10),
        packed(5, 4, 10, 10, Pack::default()),
        Widget { manager: Manager::Place(Place::default()), ..Widget::new(6, Some(1), 0, 5) },
    ]);
    let mapped = |id| l.get(id).unwrap().mapped;
    assert!(mapped(1) && mapped(2));
    // Squeezed into a 1x1 frame: its padding leaves it a negative width.
    assert!(!mapped(3));
    // Not managed, and so neither is what it contains.
    assert!(!mapped(4) && !mapped(5));
    // A widget asking for nothing still gets 1x1 (Tk never requests less).
    assert_eq!(l.get(6).unwrap().req, Size::new(1, 5));
}

#[test]
fn toplevel_size_within_min_and_max() {
    let top = |geometry, minsize, maxsize| Widget {
        toplevel: Some(Toplevel { geometry, minsize, maxsize }),
        ..Widget::new(1, None, 120, 80)
    };
    let size = |w| {
        let r = run(vec![w]).get(1).unwrap().rect;
        (r.width, r.height)
    };
    assert_eq!(size(top(None, Size::new(1, 1), None)), (120, 80));
    assert_eq!(size(top(None, Size::new(200, 10), Some(Size::new(300, 50)))), (200, 50));
    assert_eq!(size(top(Some(Size::new(400, 300)), Size::new(1, 1), None)), (400, 300));
    // A second toplevel is shown at its own origin, whatever its parent.
    let second = Widget { toplevel: Some(Toplevel::default()), ..Widget::new(2, Some(1), 30, 30) };
    let l = run(vec![top(None, Size::new(1, 1), None), second]);
    assert_eq!(rect(&l, 2), (0, 0, 30, 30));
    assert!(l.get(2).unwrap().mapped);
}
