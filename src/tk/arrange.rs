//! Where everything goes: requested sizes (`req`) for every widget of a [`Scene`], the panes of notebooks and
//! panedwindows and the windows of canvas items, then Tk's geometry managers (`solve`). The renderer places its DOM
//! from this and answers `winfo_*` from it; `tests/tk-scene/` holds it to real Tk on whole programs.

use super::model::{Anchor, Insets, Layout, Place, Size, Tree, TreeError};
use super::ops::{Id, ItemType, Kind, ManagerKind};
use super::req::{self, Content, Measure};
use super::scene::{Scene, Widget};
use std::collections::HashMap;

/// Lays out the whole scene. `image_size` gives the size of an image handle (None: not loaded).
pub fn arrange(scene: &Scene, m: &dyn Measure, image_size: &dyn Fn(Id) -> Option<Size>) -> Result<(Tree, Layout), TreeError> {
    let has_panes = scene.widgets.values().any(|w| {
        matches!(w.kind, Kind::TNotebook | Kind::Panedwindow | Kind::TPanedwindow)
            || (w.kind == Kind::Canvas && w.items.iter().any(|i| i.ty == ItemType::Window))
    });
    let f = |w: &Widget| sizes_of(scene, m, image_size, w, None);
    let tree = scene.tree(&f, &HashMap::new());
    let layout = super::layout(&tree)?;
    if !has_panes {
        return Ok((tree, layout));
    }
    // Panes ask for what their widgets need, then are placed from their container's final size.
    let panes = pane_boxes(scene, m, &layout);
    let f = |w: &Widget| sizes_of(scene, m, image_size, w, Some(&layout));
    let t2 = scene.tree(&f, &panes);
    let l2 = super::layout(&t2)?;
    let panes = pane_boxes(scene, m, &l2);
    let f = |w: &Widget| sizes_of(scene, m, image_size, w, Some(&l2));
    let tree = scene.tree(&f, &panes);
    let layout = super::layout(&tree)?;
    Ok((tree, layout))
}

fn sizes_of(scene: &Scene, m: &dyn Measure, image_size: &dyn Fn(Id) -> Option<Size>, w: &Widget, laid: Option<&Layout>) -> (Size, Insets, Size) {
    let image = w.opts.id("image").and_then(image_size);
    let entry_text = w.state.str("text");
    let mut content = Content {
        text: entry_text,
        image,
        list_items: w.list.len(),
        items: w.list.iter().map(String::as_str).collect(),
        ..Content::default()
    };
    // Notebooks and panedwindows ask for what their panes need (from a first pass).
    let mut texts: Vec<String> = Vec::new();
    if let Some(l) = laid.filter(|_| matches!(w.kind, Kind::TNotebook | Kind::Panedwindow | Kind::TPanedwindow)) {
        for c in pane_children(scene, w) {
            let (Some(cw), Some(p)) = (scene.get(c), l.get(c)) else { continue };
            let Some((_, _, o)) = &cw.manager else { continue };
            if w.kind == Kind::TNotebook {
                let pad = o.nums("padding");
                let (l_, t, r, b) = match pad.as_slice() {
                    [a] => (*a, *a, *a, *a),
                    [a, b] => (*a, *b, *a, *b),
                    [a, b, c] => (*a, *b, *c, *b),
                    [a, b, c, d, ..] => (*a, *b, *c, *d),
                    _ => (0.0, 0.0, 0.0, 0.0),
                };
                content.tabs.push(Size::new(p.req.width + (l_ + r) as i32, p.req.height + (t + b) as i32));
                texts.push(o.string("text"));
            } else {
                let s = pane_size(w, o, p.req);
                content.panes.push(Size::new(s.width + 2 * o.px("padx"), s.height + 2 * o.px("pady")));
            }
        }
    }
    content.tab_texts = texts.iter().map(String::as_str).collect();
    if w.kind == Kind::TTreeview {
        content.column_widths =
            w.tree_columns.iter().filter_map(|(c, (o, _))| Some((c.as_str(), o.num("width")?.round() as i32))).collect();
    }
    let req = req::requested(w.kind, &w.opts, &content, m);
    let border = req::border(w.kind, &w.opts, &content, m);
    let min = req::min_request(w.kind, &w.opts, &content, m);
    (req, border, min)
}

/// Boxes of the widgets shown in notebooks and panedwindows.
fn pane_boxes(scene: &Scene, m: &dyn Measure, l: &Layout) -> HashMap<Id, Place> {
    let mut out = HashMap::new();
    for w in scene.widgets.values() {
        let Some(me) = l.get(w.id) else { continue };
        match w.kind {
            Kind::TNotebook => {
                let tabs = pane_children(scene, w);
                let current = w.state.id("current").filter(|c| tabs.contains(c)).or(tabs.first().copied());
                if let Some(c) = current {
                    // The page goes below the tab row.
                    let texts: Vec<String> = tabs.iter().map(|t| tab_text(scene, *t)).collect();
                    let content = Content { tab_texts: texts.iter().map(String::as_str).collect(), ..Content::default() };
                    let b = req::border(w.kind, &w.opts, &content, m);
                    let place = Place {
                        x: b.left,
                        y: b.top,
                        width: Some(me.rect.width - b.horizontal()),
                        height: Some(me.rect.height - b.vertical()),
                        anchor: Anchor::Nw,
                        bordermode: super::model::BorderMode::Ignore,
                        ..Place::default()
                    };
                    out.insert(c, place);
                }
            }
            Kind::Panedwindow | Kind::TPanedwindow => {
                let panes = pane_children(scene, w);
                let vertical = is_vertical(w);
                // Panes go inside the border (placed `-bordermode inside`), the last one to its far edge.
                let b = req::border(w.kind, &w.opts, &Content::default(), m);
                let (inner_w, inner_h) = (me.rect.width - b.horizontal(), me.rect.height - b.vertical());
                let total = if vertical { inner_h } else { inner_w };
                let sashes = w.state.nums("sashes");
                let mut at = 0;
                for (i, c) in panes.iter().enumerate() {
                    let (Some(cp), Some((_, _, o))) = (l.get(*c), scene.get(*c).and_then(|c| c.manager.as_ref())) else {
                        continue;
                    };
                    let s = pane_size(w, o, cp.req);
                    let want = if vertical { s.height } else { s.width };
                    let end = if i + 1 == panes.len() { total } else { sashes.get(i).map_or(at + want, |s| *s as i32) };
                    let len = (end - at).max(1);
                    let place = if vertical {
                        Place { x: 0, y: at, width: Some(inner_w), height: Some(len), ..Place::default() }
                    } else {
                        Place { x: at, y: 0, width: Some(len), height: Some(inner_h), ..Place::default() }
                    };
                    out.insert(*c, place);
                    at = end + sash(w);
                }
            }
            Kind::Canvas => {
                // Window items: the widget at the item's anchor point, less the canvas's scroll offset.
                for item in w.items.iter().filter(|i| i.ty == ItemType::Window) {
                    let Some(child) = item.opts.id("window") else { continue };
                    let (Some(cp), Some(cw)) = (l.get(child), scene.get(child)) else { continue };
                    let in_ = (cw.parent != Some(w.id)).then_some(w.id);
                    let size = (f64::from(cp.req.width), f64::from(cp.req.height));
                    let (x, y) = super::canvas::window_origin(&item.coords, &item.opts, size);
                    let iw = item.opts.num("width").filter(|v| *v > 0.0).unwrap_or(size.0);
                    let ih = item.opts.num("height").filter(|v| *v > 0.0).unwrap_or(size.1);
                    out.insert(child, Place {
                        in_,
                        x: (x - w.view.0).round() as i32,
                        y: (y - w.view.1).round() as i32,
                        width: Some(iw.round() as i32),
                        height: Some(ih.round() as i32),
                        bordermode: super::model::BorderMode::Ignore,
                        ..Place::default()
                    });
                }
            }
            _ => {}
        }
    }
    out
}

pub fn is_vertical(w: &Widget) -> bool {
    match w.opts.str("orient") {
        Some(o) => o == "vertical",
        None => w.kind == Kind::TPanedwindow,
    }
}

/// A pane's size (tkPanedWindow.c `ComputeGeometry`): its `-width`/`-height` or its widget's request, at least
/// `-minsize` along the panedwindow.
fn pane_size(w: &Widget, o: &super::ops::Opts, req: Size) -> Size {
    let mut s = Size::new(
        o.num("width").map_or(req.width, |v| v.round() as i32),
        o.num("height").map_or(req.height, |v| v.round() as i32),
    );
    let min = o.px("minsize");
    if is_vertical(w) {
        s.height = s.height.max(min);
    } else {
        s.width = s.width.max(min);
    }
    s
}

fn sash(w: &Widget) -> i32 {
    if w.kind == Kind::Panedwindow {
        let (width, handle) = (w.opts.px("sashwidth").max(1), w.opts.px("handlesize"));
        let sash = if w.opts.bool("showhandle") && handle > width { handle } else { width };
        sash + 2 * w.opts.px("sashpad")
    } else {
        5
    }
}

/// A notebook tab's `-text`.
fn tab_text(scene: &Scene, id: Id) -> String {
    scene.get(id).and_then(|c| c.manager.as_ref()).map(|(_, _, o)| o.string("text")).unwrap_or_default()
}

/// The widgets a notebook or panedwindow manages, in the order they were added.
pub fn pane_children(scene: &Scene, w: &Widget) -> Vec<Id> {
    let mut v: Vec<(u64, Id)> = scene
        .widgets
        .values()
        .filter_map(|c| match &c.manager {
            Some((ManagerKind::Pane | ManagerKind::Tab, m, _)) if *m == w.id => Some((c.managed_seq, c.id)),
            _ => None,
        })
        .collect();
    v.sort_unstable();
    v.into_iter().map(|(_, id)| id).collect()
}

#[cfg(test)]
#[path = "arrange_tests.rs"]
mod tests;
