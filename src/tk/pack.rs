//! The packer, as the pack(n) manual describes it: the container's inner area starts as one empty cavity; each
//! widget in packing order takes a parcel from one side of what is left (the whole width of the cavity for `top`
//! and `bottom`, its whole height for `left` and `right`), as deep as it asks plus its padding, plus a share of the
//! spare space when it expands; the widget is then sized (its request, or the parcel when it fills or does not
//! fit) and anchored inside the parcel. A widget left with no width or height is unmapped.

use super::model::{Pack, Rect, Side, Size};

/// One widget in a packing list: its options and its requested size.
#[derive(Debug, Clone, Copy)]
pub struct Item<'a> {
    pub opts: &'a Pack,
    pub req: Size,
}

impl Item<'_> {
    /// Width of the parcel the widget asks for: request, internal padding on both sides, external padding.
    fn outer_width(&self) -> i32 {
        self.req.width + 2 * self.opts.ipadx + self.opts.padx.total()
    }
    fn outer_height(&self) -> i32 {
        self.req.height + 2 * self.opts.ipady + self.opts.pady.total()
    }
}

/// The size of the cavity the list needs (without the container's border): the widgets stack along their sides,
/// and each one across the cavity needs room beside everything packed before it.
pub fn request(items: &[Item]) -> Size {
    let (mut used_w, mut used_h, mut max_w, mut max_h) = (0, 0, 0, 0);
    for it in items {
        if it.opts.side.is_vertical() {
            max_w = max_w.max(it.outer_width() + used_w);
            used_h += it.outer_height();
        } else {
            max_h = max_h.max(it.outer_height() + used_h);
            used_w += it.outer_width();
        }
    }
    Size::new(max_w.max(used_w), max_h.max(used_h))
}

/// The extra width each expanding `left`/`right` widget from `rest[0]` on may take, out of `cavity`. Every
/// `top`/`bottom` widget met on the way bounds it too: the horizontal widgets before it must leave it its width.
fn spare(rest: &[Item], cavity: i32, horizontal: bool) -> i32 {
    let (mut left, mut least, mut expanding) = (cavity, cavity, 0);
    for it in rest {
        let (along, size) = if horizontal {
            (!it.opts.side.is_vertical(), it.outer_width())
        } else {
            (it.opts.side.is_vertical(), it.outer_height())
        };
        if along {
            left -= size;
            if it.opts.expand {
                expanding += 1;
            }
        } else if expanding > 0 {
            least = least.min((left - size) / expanding);
        }
    }
    if expanding > 0 {
        least = least.min(left / expanding);
    }
    least.max(0)
}

/// Boxes for the list inside `cavity` (the container's inner area), relative to the container, in list order.
/// A box with no width or height means the widget is unmapped.
pub fn arrange(items: &[Item], cavity: Rect) -> Vec<Rect> {
    let Rect { mut x, mut y, mut width, mut height } = cavity;
    let mut out = Vec::with_capacity(items.len());
    for (i, it) in items.iter().enumerate() {
        let o = it.opts;
        // The parcel this widget takes from the cavity.
        let parcel = if o.side.is_vertical() {
            let mut h = it.outer_height();
            if o.expand {
                h += spare(&items[i..], height, false);
            }
            height -= h;
            if height < 0 {
                h += height;
                height = 0;
            }
            let top = if o.side == Side::Top {
                y += h;
                y - h
            } else {
                y + height
            };
            Rect { x, y: top, width, height: h }
        } else {
            let mut w = it.outer_width();
            if o.expand {
                w += spare(&items[i..], width, true);
            }
            width -= w;
            if width < 0 {
                w += width;
                width = 0;
            }
            let left = if o.side == Side::Left {
                x += w;
                x - w
            } else {
                x + width
            };
            Rect { x: left, y, width: w, height }
        };
        out.push(fit(it, parcel));
    }
    out
}

/// The widget's box inside its parcel: its request (plus internal padding), or all the parcel leaves inside the
/// external padding when it fills or is too large, anchored.
fn fit(it: &Item, parcel: Rect) -> Rect {
    let o = it.opts;
    let room_w = parcel.width - o.padx.total();
    let room_h = parcel.height - o.pady.total();
    let mut w = it.req.width + 2 * o.ipadx;
    if o.fill.x() || w > room_w {
        w = room_w;
    }
    let mut h = it.req.height + 2 * o.ipady;
    if o.fill.y() || h > room_h {
        h = room_h;
    }
    let x = match o.anchor.horizontal() {
        -1 => parcel.x + o.padx.0,
        0 => parcel.x + o.padx.0 + (room_w - w) / 2,
        _ => parcel.x + parcel.width - w - o.padx.1,
    };
    let y = match o.anchor.vertical() {
        -1 => parcel.y + o.pady.0,
        0 => parcel.y + o.pady.0 + (room_h - h) / 2,
        _ => parcel.y + parcel.height - h - o.pady.1,
    };
    Rect { x, y, width: w, height: h }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tk::model::{Anchor, Fill, Pad};

    fn p(side: Side) -> Pack {
        Pack { side, ..Pack::default() }
    }

    fn boxes(opts: &[Pack], reqs: &[(i32, i32)], w: i32, h: i32) -> Vec<(i32, i32, i32, i32)> {
        let items: Vec<Item> =
            opts.iter().zip(reqs).map(|(o, &(rw, rh))| Item { opts: o, req: Size::new(rw, rh) }).collect();
        arrange(&items, Rect { x: 0, y: 0, width: w, height: h })
            .into_iter()
            .map(|r| (r.x, r.y, r.width, r.height))
            .collect()
    }

    #[test]
    fn request_stacks_along_sides_and_fits_across() {
        let (top, left) = (p(Side::Top), p(Side::Left));
        let items = [Item { opts: &top, req: Size::new(100, 20) }, Item { opts: &left, req: Size::new(30, 50) }];
        assert_eq!(request(&items), Size::new(100, 70));
        let items = [Item { opts: &left, req: Size::new(30, 50) }, Item { opts: &top, req: Size::new(100, 20) }];
        assert_eq!(request(&items), Size::new(130, 50));
    }

    #[test]
    fn top_widgets_centre_in_full_width_parcels() {
        let o = [p(Side::Top), p(Side::Top)];
        assert_eq!(boxes(&o, &[(40, 10), (60, 20)], 100, 50), [(30, 0, 40, 10), (20, 10, 60, 20)]);
    }

    #[test]
    fn expansion_is_shared_and_fill_takes_the_parcel() {
        let a = Pack { side: Side::Left, expand: true, fill: Fill::Both, ..Pack::default() };
        let b = Pack { side: Side::Left, expand: true, ..Pack::default() };
        assert_eq!(boxes(&[a, b], &[(10, 10), (20, 10)], 71, 30), [(0, 0, 30, 30), (30 + 10, 10, 20, 10)]);
    }

    #[test]
    fn widgets_that_do_not_fit_get_empty_boxes() {
        let o = [p(Side::Top), p(Side::Top), p(Side::Top)];
        let got = boxes(&o, &[(10, 30), (10, 30), (10, 30)], 20, 40);
        assert_eq!(got[1], (5, 30, 10, 10));
        assert_eq!(got[2].3, 0);
    }

    #[test]
    fn pads_and_anchor() {
        let o = Pack { padx: Pad(5, 15), pady: Pad(2, 2), anchor: Anchor::Se, ..Pack::default() };
        assert_eq!(boxes(&[o], &[(10, 10)], 100, 14), [(100 - 15 - 10, 2, 10, 10)]);
    }
}
