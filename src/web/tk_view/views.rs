//! Scrolling: what part of a listbox, text or canvas shows. Python asks (`view`, `scroll`, `see` ops); this moves the
//! DOM (or a canvas's origin) and reports the visible fractions back as `view` events whenever they change, which
//! the shim hands to the widget's `yscrollcommand`/`xscrollcommand` as Tk does.

use super::TkView;
use crate::tk::ops::{Axis, Id, Kind, TkEvent, TkOp, Unit};
use web_sys::HtmlElement;

/// The scrollable element of a listbox or text.
fn scroller(v: &TkView, id: Id) -> Option<HtmlElement> {
    v.els.get(&id).and_then(|e| e.body.clone())
}

/// A canvas's scroll region on one axis and its window's length there.
fn canvas_axis(v: &TkView, id: Id, axis: Axis) -> Option<(f64, f64, f64, f64)> {
    let w = v.scene.get(id)?;
    let (_, _, width, height) = v.sizes.get(&id).copied()?;
    let region = w.opts.nums("scrollregion");
    let inset = f64::from(2 * (w.opts.px("borderwidth") + w.opts.px("highlightthickness")));
    let (lo, hi, len, origin) = match (axis, region.as_slice()) {
        (Axis::X, [x1, _, x2, _]) => (*x1, *x2, f64::from(width) - inset, w.view.0),
        (Axis::Y, [_, y1, _, y2]) => (*y1, *y2, f64::from(height) - inset, w.view.1),
        _ => return None,
    };
    Some((lo, hi.max(lo + 1.0), len, origin))
}

/// Visible fractions of one axis.
fn fractions(v: &TkView, id: Id, kind: Kind, axis: Axis) -> (f64, f64) {
    if kind == Kind::Canvas {
        return match canvas_axis(v, id, axis) {
            Some((lo, hi, len, origin)) => {
                let total = hi - lo;
                (((origin - lo) / total).clamp(0.0, 1.0), ((origin + len - lo) / total).clamp(0.0, 1.0))
            }
            None => (0.0, 1.0),
        };
    }
    let Some(el) = scroller(v, id) else { return (0.0, 1.0) };
    let (pos, size, view) = match axis {
        Axis::Y => (el.scroll_top(), el.scroll_height(), el.client_height()),
        Axis::X => (el.scroll_left(), el.scroll_width(), el.client_width()),
    };
    let size = f64::from(size.max(1));
    ((f64::from(pos) / size).clamp(0.0, 1.0), ((f64::from(pos) + f64::from(view)) / size).clamp(0.0, 1.0))
}

fn set_canvas_origin(v: &mut TkView, id: Id, axis: Axis, origin: f64) {
    let Some((lo, hi, len, _)) = canvas_axis(v, id, axis) else { return };
    // Tk's -confine: the view stays inside the scroll region.
    let origin = origin.min(hi - len).max(lo);
    if let Some(w) = v.scene.widgets.get_mut(&id) {
        match axis {
            Axis::X => w.view.0 = origin,
            Axis::Y => w.view.1 = origin,
        }
    }
    v.dirty.insert(id);
    v.relayout = true;
}

fn scroll_dom(el: &HtmlElement, axis: Axis, to: f64) {
    match axis {
        Axis::Y => el.set_scroll_top(to.round() as i32),
        Axis::X => el.set_scroll_left(to.round() as i32),
    }
}

/// Applies a scrolling op, or posts a menu (`tk_popup`), after the batch's DOM is up to date.
pub fn apply(v: &mut TkView, op: &TkOp) {
    match *op {
        TkOp::MenuPost { id, x, y } => v.post_menu(id, x, y),
        TkOp::MenuUnpost { .. } => v.close_menus(),
        TkOp::View { id, axis, fraction } => {
            let Some(kind) = v.scene.get(id).map(|w| w.kind) else { return };
            if kind == Kind::Canvas {
                if let Some((lo, hi, _, _)) = canvas_axis(v, id, axis) {
                    set_canvas_origin(v, id, axis, lo + fraction * (hi - lo));
                }
            } else if let Some(el) = scroller(v, id) {
                let size = if axis == Axis::Y { el.scroll_height() } else { el.scroll_width() };
                scroll_dom(&el, axis, fraction * f64::from(size));
            }
        }
        TkOp::Scroll { id, axis, amount, unit } => {
            let Some(w) = v.scene.get(id) else { return };
            let kind = w.kind;
            let inc = w.opts.num(if axis == Axis::Y { "yscrollincrement" } else { "xscrollincrement" }).unwrap_or(0.0);
            if kind == Kind::Canvas {
                let Some((_, _, len, origin)) = canvas_axis(v, id, axis) else { return };
                // Tk: a unit is the scroll increment (a tenth of the window without one); a page 90% of it.
                let step = match unit {
                    Unit::Units if inc > 0.0 => inc,
                    Unit::Units => len / 10.0,
                    Unit::Pages => len * 0.9,
                };
                set_canvas_origin(v, id, axis, origin + amount as f64 * step);
            } else if let Some(el) = scroller(v, id) {
                let line = if kind == Kind::Text {
                    text_line(&el)
                } else {
                    el.first_element_child().map_or(17.0, |r| r.get_bounding_client_rect().height().max(1.0))
                };
                let view = f64::from(if axis == Axis::Y { el.client_height() } else { el.client_width() });
                let step = match unit {
                    Unit::Units => if axis == Axis::Y { line } else { 8.0 },
                    Unit::Pages => view * 0.9,
                };
                let at = f64::from(if axis == Axis::Y { el.scroll_top() } else { el.scroll_left() });
                scroll_dom(&el, axis, at + amount as f64 * step);
            }
        }
        TkOp::See { id, index } => {
            let Some(kind) = v.scene.get(id).map(|w| w.kind) else { return };
            let Some(el) = scroller(v, id) else { return };
            let (top, height) = match kind {
                Kind::Listbox => match el.children().item(index.max(0) as u32) {
                    Some(row) => {
                        let r = row.get_bounding_client_rect();
                        let base = el.get_bounding_client_rect();
                        (r.top() - base.top() + f64::from(el.scroll_top()), r.height())
                    }
                    None => return,
                },
                Kind::Text => {
                    let text = v.scene.get(id).map(|w| w.text.clone()).unwrap_or_default();
                    let line = text.chars().take(index.max(0) as usize).filter(|&c| c == '\n').count() as f64;
                    let lh = text_line(&el);
                    (line * lh, lh)
                }
                _ => return,
            };
            let (at, view) = (f64::from(el.scroll_top()), f64::from(el.client_height()));
            if top < at {
                el.set_scroll_top(top as i32);
            } else if top + height > at + view {
                el.set_scroll_top((top + height - view).ceil() as i32);
            }
        }
        _ => {}
    }
}

fn text_line(el: &HtmlElement) -> f64 {
    let lh = web_sys::window()
        .and_then(|w| w.get_computed_style(el).ok().flatten())
        .and_then(|s| s.get_property_value("line-height").ok())
        .and_then(|s| s.trim_end_matches("px").parse::<f64>().ok());
    lh.unwrap_or(17.0)
}

/// `view` events for every scrollable widget whose visible part changed since the last report.
pub fn report(v: &mut TkView) -> Vec<TkEvent> {
    let ids: Vec<(Id, Kind)> =
        v.scene.widgets.values().filter(|w| matches!(w.kind, Kind::Listbox | Kind::Text | Kind::Canvas)).map(|w| (w.id, w.kind)).collect();
    let mut out = Vec::new();
    for (id, kind) in ids {
        for axis in [Axis::X, Axis::Y] {
            let now = fractions(v, id, kind, axis);
            let key = (id, axis == Axis::Y);
            if v.views.get(&key) != Some(&now) {
                v.views.insert(key, now);
                out.push(TkEvent::View { widget: id, axis: axis.name().into(), first: now.0, last: now.1 });
            }
        }
    }
    out
}
