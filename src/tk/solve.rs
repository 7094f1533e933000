//! The whole tree: who manages whom, requested sizes bottom-up (a container whose manager propagates asks for what
//! its widgets need), then boxes top-down from each toplevel's size, then positions relative to parents and which
//! widgets are shown.

use super::model::{Id, Layout, Manager, Pack, Placed, Rect, Size, Tree, TreeError, Widget};
use super::{grid, pack, place};
use std::collections::HashMap;

/// The tree with indices instead of ids, and each container's lists of managed widgets.
struct Plan<'a> {
    w: &'a [Widget],
    parent: Vec<Option<usize>>,
    /// The container that manages each widget (its `-in`, or its parent).
    master: Vec<Option<usize>>,
    pack: Vec<Vec<usize>>,
    grid: Vec<Vec<usize>>,
    place: Vec<Vec<usize>>,
}

fn is_toplevel(w: &Widget) -> bool {
    w.toplevel.is_some() || w.parent.is_none()
}

fn in_of(m: &Manager) -> Option<Option<Id>> {
    match m {
        Manager::None => None,
        Manager::Pack(p) => Some(p.in_),
        Manager::Grid(g) => Some(g.in_),
        Manager::Place(p) => Some(p.in_),
    }
}

impl<'a> Plan<'a> {
    fn new(tree: &'a Tree) -> Result<Self, TreeError> {
        let w = tree.widgets.as_slice();
        let mut index = HashMap::with_capacity(w.len());
        for (i, wd) in w.iter().enumerate() {
            if index.insert(wd.id, i).is_some() {
                return Err(TreeError::DuplicateId { id: wd.id });
            }
        }
        let find = |id: Id| index.get(&id).copied().ok_or(TreeError::UnknownId { id });
        let n = w.len();
        let parent = w.iter().map(|wd| wd.parent.map(find).transpose()).collect::<Result<Vec<_>, _>>()?;
        let mut plan = Plan {
            w,
            master: vec![None; n],
            pack: vec![Vec::new(); n],
            grid: vec![Vec::new(); n],
            place: vec![Vec::new(); n],
            parent,
        };
        let mut packed: Vec<(u64, usize)> = Vec::new();
        for (i, wd) in w.iter().enumerate() {
            let Some(within) = in_of(&wd.manager).filter(|_| !is_toplevel(wd)) else { continue };
            let m = match within {
                Some(id) => find(id)?,
                None => plan.parent[i].ok_or(TreeError::UnknownId { id: wd.id })?,
            };
            plan.check_container(i, m)?;
            plan.master[i] = Some(m);
            match &wd.manager {
                Manager::Pack(p) => packed.push((p.seq, i)),
                Manager::Grid(_) => plan.grid[m].push(i),
                Manager::Place(_) => plan.place[m].push(i),
                Manager::None => {}
            }
        }
        packed.sort_by_key(|&(seq, i)| (seq, i));
        for (_, i) in packed {
            let m = plan.master[i].ok_or(TreeError::UnknownId { id: w[i].id })?;
            let Manager::Pack(p) = &w[i].manager else { continue };
            let at = plan.pack_position(i, m, p, &find)?;
            plan.pack[m].insert(at, i);
        }
        if let Some(m) = (0..n).find(|&m| !plan.pack[m].is_empty() && !plan.grid[m].is_empty()) {
            return Err(TreeError::PackAndGrid { container: w[m].id });
        }
        Ok(plan)
    }

    /// Tk's rule: the container is the parent or inside it, and neither the widget itself nor inside it.
    fn check_container(&self, i: usize, m: usize) -> Result<(), TreeError> {
        let bad = TreeError::BadContainer { id: self.w[i].id, container: self.w[m].id };
        let mut a = Some(m);
        while let Some(x) = a {
            if x == i {
                return Err(bad);
            }
            if Some(x) == self.parent[i] {
                return Ok(());
            }
            a = if is_toplevel(&self.w[x]) { None } else { self.parent[x] };
        }
        Err(bad)
    }

    fn pack_position(
        &self,
        i: usize,
        m: usize,
        p: &Pack,
        find: &dyn Fn(Id) -> Result<usize, TreeError>,
    ) -> Result<usize, TreeError> {
        let list = &self.pack[m];
        let beside = |other: Id, after: usize| -> Result<usize, TreeError> {
            let o = find(other)?;
            let pos = list.iter().position(|&x| x == o);
            pos.map(|k| k + after).ok_or(TreeError::NotPacked { id: self.w[i].id, other })
        };
        match (p.before, p.after) {
            (Some(b), _) => beside(b, 0),
            (None, Some(a)) => beside(a, 1),
            (None, None) => Ok(list.len()),
        }
    }
}

/// Requested sizes, children's first: a widget's own request, or its manager's computation when it manages
/// widgets and propagates. Tk never requests less than 1x1.
fn requests(plan: &Plan) -> Result<Vec<Size>, TreeError> {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        New,
        Busy,
        Done,
    }
    fn visit(plan: &Plan, i: usize, state: &mut [State], req: &mut [Size]) -> Result<(), TreeError> {
        match state[i] {
            State::Done => return Ok(()),
            State::Busy => return Err(TreeError::Cycle { id: plan.w[i].id }),
            State::New => state[i] = State::Busy,
        }
        let wd = &plan.w[i];
        let c = &wd.container;
        let propagates =
            (c.pack_propagate && !plan.pack[i].is_empty()) || (c.grid_propagate && !plan.grid[i].is_empty());
        let mut size = wd.req;
        if propagates {
            for &s in plan.pack[i].iter().chain(&plan.grid[i]) {
                visit(plan, s, state, req)?;
            }
            let content = if plan.pack[i].is_empty() {
                grid::request(&grid_items(plan, i, req), &c.columns, &c.rows)
            } else {
                pack::request(&pack_items(plan, i, req))
            };
            size = Size::new(
                (content.width + c.border.horizontal()).max(c.min_req.width),
                (content.height + c.border.vertical()).max(c.min_req.height),
            );
        }
        req[i] = Size::new(size.width.max(1), size.height.max(1));
        state[i] = State::Done;
        Ok(())
    }
    let n = plan.w.len();
    let mut state = vec![State::New; n];
    let mut req = vec![Size::default(); n];
    for i in 0..n {
        visit(plan, i, &mut state, &mut req)?;
    }
    Ok(req)
}

fn pack_items<'a>(plan: &Plan<'a>, m: usize, req: &[Size]) -> Vec<pack::Item<'a>> {
    let w = plan.w;
    let opts = |&s: &usize| match &w[s].manager {
        Manager::Pack(p) => Some(pack::Item { opts: p, req: req[s] }),
        _ => None,
    };
    plan.pack[m].iter().filter_map(opts).collect()
}

fn grid_items<'a>(plan: &Plan<'a>, m: usize, req: &[Size]) -> Vec<grid::Item<'a>> {
    let w = plan.w;
    let opts = |&s: &usize| match &w[s].manager {
        Manager::Grid(g) => Some(grid::Item { opts: g, req: req[s] }),
        _ => None,
    };
    plan.grid[m].iter().filter_map(opts).collect()
}

/// The size the window manager gives a toplevel: the program's `geometry()` or the request, within min and max.
fn toplevel_size(wd: &Widget, req: Size) -> Size {
    let t = wd.toplevel.clone().unwrap_or_default();
    let want = t.geometry.unwrap_or(req);
    let max = t.maxsize.unwrap_or(Size::new(i32::MAX, i32::MAX));
    Size::new(
        want.width.min(max.width).max(t.minsize.width).max(1),
        want.height.min(max.height).max(t.minsize.height).max(1),
    )
}

/// Computes what Tk shows for every widget of the tree after `update()`.
pub fn layout(tree: &Tree) -> Result<Layout, TreeError> {
    let plan = Plan::new(tree)?;
    let req = requests(&plan)?;
    let n = plan.w.len();
    // Boxes relative to the managing container, top-down from the toplevels.
    let mut rel: Vec<Option<Rect>> = vec![None; n];
    let mut queue: Vec<usize> = Vec::new();
    for i in 0..n {
        if is_toplevel(&plan.w[i]) {
            let s = toplevel_size(&plan.w[i], req[i]);
            rel[i] = Some(Rect { x: 0, y: 0, width: s.width, height: s.height });
            queue.push(i);
        }
    }
    while let Some(m) = queue.pop() {
        let Some(mr) = rel[m] else { continue };
        let c = &plan.w[m].container;
        let size = Size::new(mr.width, mr.height);
        let mut boxes: Vec<(usize, Rect)> = Vec::new();
        if !plan.pack[m].is_empty() {
            let cavity = Rect {
                x: c.border.left,
                y: c.border.top,
                width: size.width - c.border.horizontal(),
                height: size.height - c.border.vertical(),
            };
            boxes.extend(plan.pack[m].iter().copied().zip(pack::arrange(&pack_items(&plan, m, &req), cavity)));
        }
        if !plan.grid[m].is_empty() {
            let r = grid::arrange(&grid_items(&plan, m, &req), &c.columns, &c.rows, c.grid_anchor, size, c.border);
            boxes.extend(plan.grid[m].iter().copied().zip(r));
        }
        for &s in &plan.place[m] {
            if let Manager::Place(p) = &plan.w[s].manager {
                boxes.push((s, place::place(p, req[s], size, c.border)));
            }
        }
        for (s, r) in boxes {
            rel[s] = Some(r);
            queue.push(s);
        }
    }
    let mut out = Resolver { plan: &plan, rel: &rel, pos: vec![None; n], shown: vec![None; n] };
    let widgets = (0..n)
        .map(|i| Placed { id: plan.w[i].id, req: req[i], rect: out.position(i, 0), mapped: out.shown(i, 0) })
        .collect();
    Ok(Layout { widgets })
}

/// Positions relative to parents and visibility, computed on demand because a widget managed in another container
/// than its parent is offset by that container's own position.
struct Resolver<'a, 'b> {
    plan: &'a Plan<'b>,
    rel: &'a [Option<Rect>],
    pos: Vec<Option<Rect>>,
    shown: Vec<Option<bool>>,
}

impl Resolver<'_, '_> {
    fn position(&mut self, i: usize, depth: usize) -> Rect {
        if let Some(r) = self.pos[i] {
            return r;
        }
        let Some(mut r) = self.rel[i] else { return Rect::default() };
        if let (Some(m), Some(p)) = (self.plan.master[i], self.plan.parent[i]) {
            // Offsets of the container and its ancestors up to the parent (bounded against loops).
            let mut a = m;
            while a != p && depth < self.plan.w.len() {
                let ar = self.position(a, depth + 1);
                r.x += ar.x;
                r.y += ar.y;
                match self.plan.parent[a] {
                    Some(up) => a = up,
                    None => break,
                }
            }
        }
        self.pos[i] = Some(r);
        r
    }

    /// Mapped and every ancestor too: the manager gave it a non-empty box and its container is shown.
    fn shown(&mut self, i: usize, depth: usize) -> bool {
        if let Some(s) = self.shown[i] {
            return s;
        }
        let wd = &self.plan.w[i];
        let s = if is_toplevel(wd) {
            true
        } else {
            match (self.rel[i], self.plan.master[i]) {
                (Some(r), Some(m)) if depth < self.plan.w.len() => {
                    r.width > 0 && r.height > 0 && self.shown(m, depth + 1)
                }
                _ => false,
            }
        };
        self.shown[i] = Some(s);
        s
    }
}

/// Every grid container's column and row edges (relative to the container) in a tree laid out as `layout`.
pub fn grid_edges(tree: &Tree, layout: &Layout) -> Vec<(Id, Vec<i64>, Vec<i64>)> {
    let Ok(plan) = Plan::new(tree) else { return Vec::new() };
    let req: Vec<Size> = (0..plan.w.len())
        .map(|i| layout.widgets.get(i).filter(|p| p.id == plan.w[i].id).map_or(plan.w[i].req, |p| p.req))
        .collect();
    (0..plan.w.len())
        .filter(|&m| !plan.grid[m].is_empty())
        .map(|m| {
            let c = &plan.w[m].container;
            let r = layout.widgets.get(m).map(|p| p.rect).unwrap_or_default();
            let (cols, rows) = grid::edges(
                &grid_items(&plan, m, &req),
                &c.columns,
                &c.rows,
                c.grid_anchor,
                Size::new(r.width, r.height),
                c.border,
            );
            let wide = |v: Vec<i32>| v.into_iter().map(i64::from).collect();
            (plan.w[m].id, wide(cols), wide(rows))
        })
        .collect()
}

/// The packing list of `container` (what `pack_slaves()` returns), in order.
pub fn pack_order(tree: &Tree, container: Id) -> Result<Vec<Id>, TreeError> {
    let plan = Plan::new(tree)?;
    let m = plan.w.iter().position(|w| w.id == container).ok_or(TreeError::UnknownId { id: container })?;
    Ok(plan.pack[m].iter().map(|&i| plan.w[i].id).collect())
}
