//! The placer, as the place(n) manual describes it: a point given absolutely and relatively to the container's
//! area (inside its border or not), a size given absolutely, relatively, both summed, or the request; the anchor
//! of the widget goes on the point. Coordinates round to the nearest pixel (halves away from zero), and a relative
//! width is rounded at the right edge so `relx` and `relwidth` do not add up their rounding errors. A placed widget
//! is never smaller than 1x1, so it is always mapped when its container is. The placer never propagates.

use super::model::{BorderMode, Insets, Place, Rect, Size};

/// Rounds like a C cast of `v ± 0.5`.
fn round(v: f64) -> i32 {
    (if v > 0.0 { v + 0.5 } else { v - 0.5 }) as i32
}

/// One axis: the point and the length before anchoring.
fn axis(pos: i32, rel: f64, len: Option<i32>, rel_len: Option<f64>, req: i32, start: i32, room: i32) -> (i32, i32) {
    let exact = f64::from(pos + start) + rel * f64::from(room);
    let at = round(exact);
    let len = match (len, rel_len) {
        (None, None) => req,
        (len, rel_len) => len.unwrap_or(0) + rel_len.map_or(0, |r| round(exact + r * f64::from(room)) - at),
    };
    (at, len)
}

/// The widget's box relative to its container of size `container` with internal border `border`.
pub fn place(o: &Place, req: Size, container: Size, border: Insets) -> Rect {
    // Tk widgets have no X border, so `outside` covers the same area as `ignore`.
    let (start_x, start_y, room_w, room_h) = match o.bordermode {
        BorderMode::Inside => {
            (border.left, border.top, container.width - border.horizontal(), container.height - border.vertical())
        }
        BorderMode::Outside | BorderMode::Ignore => (0, 0, container.width, container.height),
    };
    let (mut x, width) = axis(o.x, o.relx, o.width, o.relwidth, req.width, start_x, room_w);
    let (mut y, height) = axis(o.y, o.rely, o.height, o.relheight, req.height, start_y, room_h);
    x -= match o.anchor.horizontal() {
        -1 => 0,
        0 => width / 2,
        _ => width,
    };
    y -= match o.anchor.vertical() {
        -1 => 0,
        0 => height / 2,
        _ => height,
    };
    Rect { x, y, width: width.max(1), height: height.max(1) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tk::model::Anchor;

    #[test]
    fn relative_point_and_anchor() {
        let o = Place { relx: 0.5, rely: 0.5, anchor: Anchor::Center, ..Place::default() };
        assert_eq!(
            place(&o, Size::new(41, 20), Size::new(200, 100), Insets::default()),
            Rect { x: 80, y: 40, width: 41, height: 20 }
        );
    }

    #[test]
    fn relative_size_rounds_at_the_far_edge() {
        let o = Place { relx: 0.333, relwidth: Some(0.333), height: Some(10), ..Place::default() };
        let r = place(&o, Size::new(5, 5), Size::new(100, 100), Insets::default());
        assert_eq!((r.x, r.width, r.height), (33, 34, 10));
    }

    #[test]
    fn inside_mode_uses_the_inner_area_and_sizes_are_at_least_one() {
        let o = Place { relwidth: Some(1.0), relheight: Some(0.0), ..Place::default() };
        let r = place(&o, Size::new(5, 5), Size::new(100, 50), Insets::uniform(3));
        assert_eq!(r, Rect { x: 3, y: 3, width: 94, height: 1 });
    }
}
