//! The gridder. Each axis (columns, rows) is solved on its own, as a list of slots whose boundaries are offsets
//! from the grid's start:
//!
//! 1. `resolve`: the requested layout. A slot is as wide as its `minsize`, and as its widest one-slot widget plus
//!    the slot's `pad`; slots of a uniform group are made proportional to their weights (weight 0 counting as 1);
//!    a widget spanning several slots needs them wide enough together, and the room this opens is shared among
//!    the spanned slots by weight (evenly when none has weight), rounding down. When spanning widgets overlap, a
//!    share that would put a boundary outside the range the others allow fixes the boundary furthest out at the
//!    edge of its range, and the rest is shared again on each side. (Tk resolves some overlaps differently: see
//!    `KNOWN` in `fixture_tests.rs`.)
//! 2. `adjust`: the layout stretched or shrunk to the container. Extra room goes to the slots by weight; missing
//!    room is taken from weighted slots by weight, never below their `minsize`, and renormalised as slots reach
//!    it; with no weight at all the grid keeps its requested size and `grid anchor` places it.
//! 3. `fit`: each widget in the cell its slots make, inside its padding, stretched to the sides it sticks to and
//!    otherwise centred at its request. A widget left with no width or height is unmapped.

use super::model::{Anchor, Grid, Insets, Rect, Size, Slot};

/// One gridded widget: its options and its requested size.
#[derive(Debug, Clone, Copy)]
pub struct Item<'a> {
    pub opts: &'a Grid,
    pub req: Size,
}

/// What one widget occupies on one axis.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    len: usize,
    /// Request plus internal padding on both sides plus external padding.
    size: i32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Axis {
    Columns,
    Rows,
}

fn spans(items: &[Item], axis: Axis) -> Vec<Span> {
    items
        .iter()
        .map(|it| {
            let o = it.opts;
            match axis {
                Axis::Columns => Span {
                    start: o.column as usize,
                    len: o.columnspan.max(1) as usize,
                    size: it.req.width + 2 * o.ipadx + o.padx.total(),
                },
                Axis::Rows => Span {
                    start: o.row as usize,
                    len: o.rowspan.max(1) as usize,
                    size: it.req.height + 2 * o.ipady + o.pady.total(),
                },
            }
        })
        .collect()
}

/// Slots in the layout: up to the last one a widget occupies or the last one configured away from the defaults.
fn slot_count(spans: &[Span], slots: &[Slot]) -> usize {
    let used = spans.iter().map(|s| s.start + s.len).max().unwrap_or(0);
    let configured = slots.iter().rposition(|s| !s.is_default()).map_or(0, |i| i + 1);
    used.max(configured)
}

fn config(slots: &[Slot], i: usize) -> Slot {
    slots.get(i).cloned().unwrap_or_default()
}

/// The boundaries of the requested layout: `off[0] = 0` and `off[i + 1]` is the far edge of slot `i`. The last one
/// is the size the axis requests.
fn resolve(spans: &[Span], slots: &[Slot], n: usize) -> Vec<i32> {
    let conf: Vec<Slot> = (0..n).map(|i| config(slots, i)).collect();
    let mut min: Vec<i32> = conf.iter().map(|c| c.minsize).collect();
    // Widgets spanning several slots, listed under their last slot.
    let mut ending: Vec<Vec<Span>> = vec![Vec::new(); n];
    for s in spans {
        if s.len > 1 {
            ending[s.start + s.len - 1].push(*s);
        } else {
            min[s.start] = min[s.start].max(s.size + conf[s.start].pad);
        }
    }
    // Uniform groups: the largest size per unit of weight, rounded up, times each slot's weight.
    let unit = |c: &Slot| c.weight.max(1);
    let mut groups: Vec<(&str, i32)> = Vec::new();
    for (c, m) in conf.iter().zip(&min) {
        if let Some(g) = c.uniform.as_deref() {
            let per = (m + unit(c) - 1) / unit(c);
            match groups.iter_mut().find(|(name, _)| *name == g) {
                Some((_, best)) => *best = (*best).max(per),
                None => groups.push((g, per)),
            }
        }
    }
    for (c, m) in conf.iter().zip(min.iter_mut()) {
        if let Some((_, per)) = c.uniform.as_deref().and_then(|g| groups.iter().find(|(name, _)| *name == g)) {
            *m = per * unit(c);
        }
    }
    // Smallest offsets, left to right.
    let mut lo = vec![0; n + 1];
    for i in 0..n {
        lo[i + 1] = lo[i] + min[i];
        for s in &ending[i] {
            lo[i + 1] = lo[i + 1].max(lo[s.start] + s.size);
        }
    }
    // Largest offsets that still leave every later slot and spanning widget its room, right to left.
    let total = lo[n];
    let mut hi = vec![total; n + 1];
    hi[0] = 0;
    let mut edge = total;
    for i in (1..n).rev() {
        for s in &ending[i] {
            if s.start >= 1 {
                hi[s.start] = hi[s.start].min(edge - s.size);
            }
        }
        edge -= min[i];
        if hi[i] < edge {
            edge = hi[i];
        } else {
            hi[i] = edge;
        }
    }
    // Boundaries that may still move, between two fixed ones: the room is shared by weight (evenly without
    // weights) as if nothing else constrained them. If that puts a boundary outside its range, the one furthest
    // out is fixed at the edge of its range and both sides are shared again; otherwise all take their share.
    while let Some(first) = (1..n).find(|&k| lo[k] != hi[k]) {
        let left = first - 1;
        let mut right = first + 1;
        while lo[right] != hi[right] {
            right += 1;
        }
        let need: i32 = min[left..right].iter().sum();
        let extra = lo[right] - lo[left] - need;
        let weighted: i32 = conf[left..right].iter().map(|c| c.weight).sum();
        let total = if weighted == 0 { (right - left) as i32 } else { weighted };
        let (mut at, mut cum) = (lo[left], 0);
        let mut share = Vec::with_capacity(right - left);
        let mut worst: Option<(i32, usize, i32)> = None;
        for k in left + 1..right {
            at += min[k - 1];
            cum += if weighted == 0 { 1 } else { conf[k - 1].weight };
            let t = at + extra * cum / total;
            share.push(t);
            let out = if t < lo[k] { Some((lo[k] - t, lo[k])) } else { (t > hi[k]).then(|| (t - hi[k], hi[k])) };
            if let Some((by, edge)) = out {
                if worst.is_none_or(|(w, _, _)| by > w) {
                    worst = Some((by, k, edge));
                }
            }
        }
        match worst {
            Some((_, k, edge)) => {
                lo[k] = edge;
                hi[k] = edge;
            }
            None => {
                for (k, t) in (left + 1..right).zip(share) {
                    lo[k] = t;
                    hi[k] = t;
                }
            }
        }
    }
    lo
}

/// Stretches or shrinks the boundaries `off` to `size`; returns the size the grid then takes, which is more than
/// `size` when it cannot shrink enough, or less when nothing has weight.
fn adjust(off: &mut [i32], slots: &[Slot], size: i32) -> i32 {
    let n = off.len() - 1;
    let conf: Vec<Slot> = (0..n).map(|i| config(slots, i)).collect();
    let mut diff = size - off[n];
    let total: i32 = conf.iter().map(|c| c.weight).sum();
    if diff == 0 || total == 0 {
        return off[n];
    }
    if diff > 0 {
        let mut cum = 0;
        for i in 0..n {
            cum += conf[i].weight;
            off[i + 1] += diff * cum / total;
        }
        return off[n];
    }
    let width = |off: &[i32], i: usize| off[i + 1] - off[i];
    // The smallest the grid can be: weighted slots at their minsize, the others as they are.
    let least: Vec<i32> = (0..n).map(|i| if conf[i].weight > 0 { conf[i].minsize } else { width(off, i) }).collect();
    if size <= least.iter().sum::<i32>() {
        for i in 0..n {
            off[i + 1] = off[i] + least[i];
        }
        return off[n];
    }
    while diff < 0 {
        let shares: Vec<i32> =
            (0..n).map(|i| if width(off, i) > conf[i].minsize { conf[i].weight } else { 0 }).collect();
        let total: i32 = shares.iter().sum();
        if total == 0 {
            break;
        }
        // Take no more this round than brings the first slot down to its minsize.
        let mut step = diff;
        for i in (0..n).filter(|&i| shares[i] != 0) {
            step = step.max(total * (conf[i].minsize - width(off, i)) / shares[i]);
        }
        let mut cum = 0;
        for i in 0..n {
            cum += shares[i];
            off[i + 1] += step * cum / total;
        }
        diff -= step;
    }
    off[n]
}

/// The size of the grid the items request (without the container's border).
pub fn request(items: &[Item], columns: &[Slot], rows: &[Slot]) -> Size {
    let axis = |axis, slots: &[Slot]| {
        let spans = spans(items, axis);
        let n = slot_count(&spans, slots);
        resolve(&spans, slots, n)[n]
    };
    Size::new(axis(Axis::Columns, columns), axis(Axis::Rows, rows))
}

/// Where the grid starts on one axis: `used` placed by the anchor inside the container's inner area.
fn start(side: i8, border_lo: i32, border_hi: i32, container: i32, used: i32) -> i32 {
    match side {
        -1 => border_lo,
        0 => (container - used - border_lo - border_hi) / 2 + border_lo,
        _ => container - border_hi - used,
    }
}

/// Where the grid's lines are: the x of each column's left edge, then the right edge of the
/// last column; the same for rows (`grid bbox` and `grid location` read these), relative to the container.
pub fn edges(
    items: &[Item],
    columns: &[Slot],
    rows: &[Slot],
    anchor: Anchor,
    size: Size,
    border: Insets,
) -> (Vec<i32>, Vec<i32>) {
    let solve = |axis, slots: &[Slot], room: i32| {
        let spans = spans(items, axis);
        let n = slot_count(&spans, slots);
        let mut off = resolve(&spans, slots, n);
        let used = adjust(&mut off, slots, room);
        (off, used)
    };
    let (mut cols, used_w) = solve(Axis::Columns, columns, size.width - border.horizontal());
    let (mut rws, used_h) = solve(Axis::Rows, rows, size.height - border.vertical());
    let x0 = start(anchor.horizontal(), border.left, border.right, size.width, used_w);
    let y0 = start(anchor.vertical(), border.top, border.bottom, size.height, used_h);
    cols.iter_mut().for_each(|c| *c += x0);
    rws.iter_mut().for_each(|r| *r += y0);
    (cols, rws)
}

/// Boxes for the items in a container of `size` with internal border `border`, relative to the container.
pub fn arrange(
    items: &[Item],
    columns: &[Slot],
    rows: &[Slot],
    anchor: Anchor,
    size: Size,
    border: Insets,
) -> Vec<Rect> {
    let (cols, rws) = edges(items, columns, rows, anchor, size, border);
    items
        .iter()
        .map(|it| {
            let o = it.opts;
            let (c, r) = (o.column as usize, o.row as usize);
            let (c2, r2) = (c + o.columnspan.max(1) as usize, r + o.rowspan.max(1) as usize);
            let cell = Rect { x: cols[c], y: rws[r], width: cols[c2] - cols[c], height: rws[r2] - rws[r] };
            fit(it, cell)
        })
        .collect()
}

/// The widget inside its cell: padding taken off, then its request (plus internal padding) unless the cell is
/// smaller, stretched to both sides it sticks to, pushed to the one it sticks to, or centred.
fn fit(it: &Item, cell: Rect) -> Rect {
    let o = it.opts;
    let (mut x, mut y) = (cell.x + o.padx.0, cell.y + o.pady.0);
    let (mut w, mut h) = (cell.width - o.padx.total(), cell.height - o.pady.total());
    let (want_w, want_h) = (it.req.width + 2 * o.ipadx, it.req.height + 2 * o.ipady);
    let (mut dx, mut dy) = (0, 0);
    if w > want_w {
        dx = w - want_w;
        w = want_w;
    }
    if h > want_h {
        dy = h - want_h;
        h = want_h;
    }
    let st = o.sticky;
    if st.e && st.w {
        w += dx;
    }
    if st.n && st.s {
        h += dy;
    }
    if !st.w {
        x += if st.e { dx } else { dx / 2 };
    }
    if !st.n {
        y += if st.s { dy } else { dy / 2 };
    }
    Rect { x, y, width: w, height: h }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn col(n: &str, weight: i32) -> Slot {
        Slot { weight, uniform: (!n.is_empty()).then(|| n.to_string()), ..Slot::default() }
    }

    fn span(start: usize, len: usize, size: i32) -> Span {
        Span { start, len, size }
    }

    #[test]
    fn one_slot_widgets_set_slot_sizes_with_pad_and_minsize() {
        let slots = [Slot { pad: 4, ..Slot::default() }, Slot { minsize: 50, ..Slot::default() }];
        let s = [span(0, 1, 10), span(1, 1, 20), span(0, 1, 12)];
        assert_eq!(resolve(&s, &slots, 2), [0, 16, 66]);
    }

    #[test]
    fn configured_empty_slots_count() {
        let slots = [Slot::default(), Slot::default(), col("", 1), Slot::default()];
        assert_eq!(slot_count(&[span(0, 1, 5)], &slots), 3);
    }

    #[test]
    fn uniform_groups_follow_weights() {
        let slots = [col("a", 1), col("a", 2), col("a", 0)];
        let s = [span(0, 1, 30), span(1, 1, 10), span(2, 1, 5)];
        assert_eq!(resolve(&s, &slots, 3), [0, 30, 90, 120]);
    }

    #[test]
    fn wide_spanning_widget_is_shared_evenly_without_weights() {
        let s = [span(0, 1, 10), span(1, 1, 10), span(0, 2, 41)];
        assert_eq!(resolve(&s, &[], 2), [0, 20, 41]);
    }

    #[test]
    fn growth_by_weight_and_shrinking_to_minsize() {
        let slots = [col("", 1), col("", 3), Slot::default()];
        let mut off = vec![0, 10, 20, 30];
        assert_eq!(adjust(&mut off, &slots, 70), 70);
        assert_eq!(off, [0, 20, 60, 70]);
        let slots = [Slot { weight: 1, minsize: 8, ..Slot::default() }, col("", 1)];
        let mut off = vec![0, 10, 40];
        assert_eq!(adjust(&mut off, &slots, 20), 20);
        assert_eq!(off, [0, 8, 20]);
    }

    #[test]
    fn no_weight_keeps_the_size() {
        let mut off = vec![0, 10, 30];
        assert_eq!(adjust(&mut off, &[], 100), 30);
        assert_eq!(off, [0, 10, 30]);
    }
}
