//! The renderer's copy of the shim's widget tree, kept by applying [`TkOp`]s: widgets with their options, state,
//! manager and children; canvas items; list, text, menu and tree contents; images. [`Scene::tree`] turns it into
//! the geometry managers' input, and [`Scene::answer_layout`] into what `winfo_*` reads. No browser here.

use super::model::{
    Anchor, BorderMode, Container, Fill, Grid, Insets, Layout, Manager, Pack, Pad, Place, Side, Size, Slot, Sticky,
    Toplevel, Tree, Widget as TreeWidget,
};
use super::ops::{EntryType, Id, ImageType, ItemType, Kind, ManagerKind, Opts, TkAnswer, TkOp};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: Id,
    pub ty: ItemType,
    pub coords: Vec<f64>,
    pub opts: Opts,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MenuEntry {
    pub ty: EntryType,
    pub opts: Opts,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TreeRow {
    pub parent: String,
    pub children: Vec<String>,
    pub opts: Opts,
}

/// Rows of pixel colours (None: transparent) painted at (x, y) by `image_put`.
pub type Put = (i64, i64, Vec<Vec<Option<String>>>);

#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    pub ty: ImageType,
    pub opts: Opts,
    /// Pixels painted with `image_put` since the image was made or blanked: (x, y, colour).
    pub puts: Vec<Put>,
    /// The image this one was copied from (`copy`, `zoom`, `subsample`), shown scaled to this one's size.
    pub copy_of: Option<Id>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Widget {
    pub id: Id,
    pub kind: Kind,
    pub parent: Option<Id>,
    pub opts: Opts,
    pub state: Opts,
    /// Children in stacking order (lowest first).
    pub children: Vec<Id>,
    pub manager: Option<(ManagerKind, Id, Opts)>,
    pub wm: Opts,
    pub master: Opts,
    pub rows: BTreeMap<i64, Opts>,
    pub columns: BTreeMap<i64, Opts>,
    pub items: Vec<Item>,
    pub list: Vec<String>,
    pub list_opts: HashMap<i64, Opts>,
    pub text: String,
    pub text_tags: HashMap<String, (Opts, Vec<Value>)>,
    pub tag_order: Vec<String>,
    pub entries: Vec<MenuEntry>,
    pub tree_rows: HashMap<String, TreeRow>,
    pub tree_columns: HashMap<String, (Opts, Opts)>,
    pub view: (f64, f64),
    /// When the widget was last put under a manager (orders a notebook's tabs and a panedwindow's panes).
    pub managed_seq: u64,
}

impl Widget {
    fn new(id: Id, kind: Kind, parent: Option<Id>, opts: Opts) -> Widget {
        let mut tree_rows = HashMap::new();
        tree_rows.insert(String::new(), TreeRow::default());
        Widget {
            id,
            kind,
            parent,
            opts,
            state: Opts::default(),
            children: Vec::new(),
            manager: None,
            wm: Opts::default(),
            master: Opts::default(),
            rows: BTreeMap::new(),
            columns: BTreeMap::new(),
            items: Vec::new(),
            list: Vec::new(),
            list_opts: HashMap::new(),
            text: String::new(),
            text_tags: HashMap::new(),
            tag_order: Vec::new(),
            entries: Vec::new(),
            tree_rows,
            tree_columns: HashMap::new(),
            view: (0.0, 0.0),
            managed_seq: 0,
        }
    }
    /// A window of its own: `Tk()` or `Toplevel`.
    pub fn is_window(&self) -> bool {
        self.kind == Kind::Toplevel
    }
    pub fn item(&self, id: Id) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }
}

/// What an applied op changed, for the DOM layer.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// The widget's own look or content changed.
    Widget(Id),
    Created(Id),
    /// The widget and these descendants are gone (deepest first).
    Destroyed(Vec<Id>),
    /// Positions may change.
    Geometry,
    Window(Id),
    Image(Id),
    Focus(Option<Id>),
    /// A ttk style changed.
    Styles,
    Other,
}

#[derive(Debug, Default)]
pub struct Scene {
    pub widgets: HashMap<Id, Widget>,
    /// Windows in creation order.
    pub windows: Vec<Id>,
    pub images: HashMap<Id, Image>,
    pub styles: HashMap<String, Opts>,
    /// `Style.map`: state-dependent values by style.
    pub style_maps: HashMap<String, Opts>,
    pub listen: HashSet<String>,
    pub focus: Option<Id>,
    pub bells: u32,
    pub clipboard: Option<String>,
    /// `pack` order of each container.
    packs: HashMap<Id, Vec<Id>>,
    seq: u64,
}

fn slot(o: &Opts) -> Slot {
    Slot {
        weight: o.int("weight") as i32,
        minsize: o.px("minsize"),
        pad: o.px("pad"),
        uniform: o.str("uniform").filter(|s| !s.is_empty()).map(str::to_string),
    }
}

fn pad(o: &Opts, k: &str) -> Pad {
    let v = o.nums(k);
    match v.as_slice() {
        [a, b] => Pad(a.round() as i32, b.round() as i32),
        _ => Pad::default(),
    }
}

fn anchor(o: &Opts, k: &str, default: Anchor) -> Anchor {
    o.get(k).and_then(|v| serde_json::from_value(v.clone()).ok()).unwrap_or(default)
}

impl Scene {
    /// A ttk widget's style options: the root style ".", then its class's default style, then each name of a
    /// derived style from the most general ("My.TButton" after "TButton").
    pub fn ttk_style(&self, w: &Widget) -> Opts {
        let mut out = Opts::default();
        let own = w.opts.str("style").filter(|s| !s.is_empty()).map(str::to_string).unwrap_or_else(|| default_style(w.kind).to_string());
        let mut chain = vec![".".to_string()];
        let parts: Vec<&str> = own.split('.').collect();
        for i in (0..parts.len()).rev() {
            chain.push(parts[i..].join("."));
        }
        for name in chain {
            if let Some(o) = self.styles.get(&name) {
                out.merge(o);
            }
        }
        out
    }

    pub fn new() -> Scene {
        Scene::default()
    }

    pub fn get(&self, id: Id) -> Option<&Widget> {
        self.widgets.get(&id)
    }

    fn w(&mut self, id: Id) -> Result<&mut Widget, String> {
        self.widgets.get_mut(&id).ok_or_else(|| format!("no widget {id}"))
    }

    /// Applies one op. Ops about unknown widgets are errors (the shim never sends them).
    pub fn apply(&mut self, op: TkOp) -> Result<Change, String> {
        super::ops::validate(&op, |id| self.widgets.get(&id).map(|w| w.kind))?;
        Ok(match op {
            TkOp::Create { id, kind, parent, options } => {
                if self.widgets.contains_key(&id) {
                    return Err(format!("widget {id} exists"));
                }
                if let Some(p) = parent {
                    self.w(p)?.children.push(id);
                }
                if kind == Kind::Toplevel {
                    self.windows.push(id);
                }
                self.widgets.insert(id, Widget::new(id, kind, parent, options));
                Change::Created(id)
            }
            TkOp::Configure { id, options } => {
                self.w(id)?.opts.merge(&options);
                Change::Widget(id)
            }
            TkOp::State { id, state } => {
                self.w(id)?.state.merge(&state);
                Change::Widget(id)
            }
            TkOp::Destroy { id } => Change::Destroyed(self.destroy(id)),
            TkOp::Restack { id, above } => {
                let parent = self.w(id)?.parent.ok_or("a window has no siblings")?;
                let p = self.w(parent)?;
                p.children.retain(|&c| c != id);
                let at = match above {
                    Some(a) => p.children.iter().position(|&c| c == a).map_or(p.children.len(), |i| i + 1),
                    None => 0,
                };
                p.children.insert(at, id);
                Change::Widget(parent)
            }
            TkOp::Focus { id } => {
                self.focus = id;
                Change::Focus(id)
            }
            TkOp::Listen { events } => {
                self.listen = events.into_iter().collect();
                Change::Other
            }
            TkOp::Wm { id, options } => {
                self.w(id)?.wm.merge(&options);
                Change::Window(id)
            }
            TkOp::Manage { id, manager, master, before, options } => {
                self.unpack(id);
                if manager == ManagerKind::Pack {
                    let list = self.packs.entry(master).or_default();
                    let at = before.and_then(|b| list.iter().position(|&x| x == b)).unwrap_or(list.len());
                    list.insert(at, id);
                }
                self.seq += 1;
                let seq = self.seq;
                let w = self.w(id)?;
                if w.manager.as_ref().map(|(k, m, _)| (*k, *m)) != Some((manager, master)) {
                    w.managed_seq = seq;
                }
                w.manager = Some((manager, master, options));
                Change::Geometry
            }
            TkOp::Forget { id } => {
                self.unpack(id);
                self.w(id)?.manager = None;
                Change::Geometry
            }
            TkOp::Master { id, options } => {
                self.w(id)?.master.merge(&options);
                Change::Geometry
            }
            TkOp::GridAxis { id, axis, index, options } => {
                let w = self.w(id)?;
                let map = if axis == super::ops::GridAxis::Row { &mut w.rows } else { &mut w.columns };
                map.entry(index).or_default().merge(&options);
                Change::Geometry
            }
            TkOp::ItemCreate { id, item, ty, coords, options } => {
                self.w(id)?.items.push(Item { id: item, ty, coords, opts: options });
                Change::Widget(id)
            }
            TkOp::ItemConfigure { id, item, options } => {
                if let Some(it) = self.w(id)?.items.iter_mut().find(|i| i.id == item) {
                    it.opts.merge(&options);
                }
                Change::Widget(id)
            }
            TkOp::ItemCoords { id, item, coords } => {
                if let Some(it) = self.w(id)?.items.iter_mut().find(|i| i.id == item) {
                    it.coords = coords;
                }
                Change::Widget(id)
            }
            TkOp::ItemDelete { id, items } => {
                let gone: HashSet<i64> = items.into_iter().collect();
                self.w(id)?.items.retain(|i| !gone.contains(&i64::from(i.id)));
                Change::Widget(id)
            }
            TkOp::ItemRestack { id, item, above } => {
                let w = self.w(id)?;
                if let Some(pos) = w.items.iter().position(|i| i.id == item) {
                    let it = w.items.remove(pos);
                    let at = match above {
                        Some(a) => w.items.iter().position(|i| i.id == a).map_or(w.items.len(), |i| i + 1),
                        None => 0,
                    };
                    w.items.insert(at, it);
                }
                Change::Widget(id)
            }
            TkOp::CanvasView { id, x, y } => {
                self.w(id)?.view = (x, y);
                Change::Widget(id)
            }
            TkOp::TextReplace { id, start, end, text, .. } => {
                let w = self.w(id)?;
                w.text = splice(&w.text, start, end, &text);
                Change::Widget(id)
            }
            TkOp::TextTag { id, tag, ranges } => {
                self.w(id)?.text_tags.entry(tag).or_default().1 = ranges;
                Change::Widget(id)
            }
            TkOp::TextTagConfig { id, tag, options } => {
                self.w(id)?.text_tags.entry(tag).or_default().0.merge(&options);
                Change::Widget(id)
            }
            TkOp::TextTagOrder { id, tags } => {
                self.w(id)?.tag_order = tags;
                Change::Widget(id)
            }
            TkOp::TextTagDelete { id, tag } => {
                self.w(id)?.text_tags.remove(&tag);
                Change::Widget(id)
            }
            TkOp::ListReplace { id, start, end, items } => {
                let w = self.w(id)?;
                let n = w.list.len();
                let (s, e) = (clamp(start, n), clamp(end, n).max(clamp(start, n)));
                w.list.splice(s..e, items);
                Change::Widget(id)
            }
            TkOp::ListItem { id, index, options } => {
                self.w(id)?.list_opts.entry(index).or_default().merge(&options);
                Change::Widget(id)
            }
            TkOp::MenuInsert { id, index, ty, options } => {
                let w = self.w(id)?;
                let at = clamp(index, w.entries.len());
                w.entries.insert(at, MenuEntry { ty, opts: options });
                Change::Widget(id)
            }
            TkOp::MenuConfigure { id, index, options } => {
                if let Some(e) = usize::try_from(index).ok().and_then(|i| self.w(id).ok()?.entries.get_mut(i)) {
                    e.opts.merge(&options);
                }
                Change::Widget(id)
            }
            TkOp::MenuDelete { id, start, end } => {
                let w = self.w(id)?;
                let n = w.entries.len();
                let (s, e) = (clamp(start, n), clamp(end, n));
                if s < e {
                    w.entries.drain(s..e);
                }
                Change::Widget(id)
            }
            TkOp::ImageCreate { image, ty, options } => {
                self.images.insert(image, Image { ty, opts: options, puts: Vec::new(), copy_of: None });
                Change::Image(image)
            }
            TkOp::ImageConfigure { image, options } => {
                if let Some(i) = self.images.get_mut(&image) {
                    i.opts.merge(&options);
                }
                Change::Image(image)
            }
            TkOp::ImagePut { image, x, y, rows } => {
                if let Some(i) = self.images.get_mut(&image) {
                    i.puts.push((x, y, rows));
                }
                Change::Image(image)
            }
            TkOp::ImageBlank { image } => {
                if let Some(i) = self.images.get_mut(&image) {
                    i.puts.clear();
                    i.copy_of = None;
                    i.opts.0.remove("data");
                }
                Change::Image(image)
            }
            TkOp::ImageDelete { image } => {
                self.images.remove(&image);
                Change::Image(image)
            }
            TkOp::ImageCopy { image, source, .. } => {
                if let Some(i) = self.images.get_mut(&image) {
                    i.copy_of = Some(source);
                }
                Change::Image(image)
            }
            TkOp::TreeItem { id, item, parent, index, options } => {
                let w = self.w(id)?;
                let old_parent = w.tree_rows.get(&item).map(|r| r.parent.clone());
                if let Some(op) = old_parent {
                    if let Some(p) = w.tree_rows.get_mut(&op) {
                        p.children.retain(|c| c != &item);
                    }
                }
                let row = w.tree_rows.entry(item.clone()).or_default();
                row.parent = parent.clone();
                row.opts.merge(&options);
                let p = w.tree_rows.entry(parent).or_default();
                let at = clamp(index, p.children.len());
                p.children.insert(at, item);
                Change::Widget(id)
            }
            TkOp::TreeDelete { id, items } => {
                let w = self.w(id)?;
                for it in items {
                    if let Some(row) = w.tree_rows.remove(&it) {
                        if let Some(p) = w.tree_rows.get_mut(&row.parent) {
                            p.children.retain(|c| c != &it);
                        }
                    }
                }
                Change::Widget(id)
            }
            TkOp::TreeColumn { id, column, options } => {
                self.w(id)?.tree_columns.entry(column).or_default().0.merge(&options);
                Change::Widget(id)
            }
            TkOp::TreeHeading { id, column, options } => {
                self.w(id)?.tree_columns.entry(column).or_default().1.merge(&options);
                Change::Widget(id)
            }
            TkOp::Style { style, options } => {
                self.styles.entry(style).or_default().merge(&options);
                // Every ttk widget may use the style (or one derived from it).
                Change::Styles
            }
            TkOp::StyleMap { style, options } => {
                self.style_maps.entry(style).or_default().merge(&options);
                Change::Styles
            }
            TkOp::Bell {} => {
                self.bells += 1;
                Change::Other
            }
            TkOp::Clipboard { text } => {
                self.clipboard = Some(text);
                Change::Other
            }
            // The view offers the file to the user; nothing to keep.
            TkOp::Download { .. } => Change::Other,
            TkOp::TextEmbed { id, .. }
            | TkOp::See { id, .. }
            | TkOp::View { id, .. }
            | TkOp::Scroll { id, .. }
            | TkOp::MenuPost { id, .. }
            | TkOp::MenuUnpost { id }
            | TkOp::TreeTag { id, .. }
            | TkOp::TreeSee { id, .. } => Change::Widget(id),
            TkOp::Theme { .. } => Change::Other,
        })
    }

    fn unpack(&mut self, id: Id) {
        if let Some((ManagerKind::Pack, m, _)) = self.widgets.get(&id).and_then(|w| w.manager.as_ref()) {
            if let Some(list) = self.packs.get_mut(m) {
                list.retain(|&x| x != id);
            }
        }
    }

    fn destroy(&mut self, id: Id) -> Vec<Id> {
        let mut gone = Vec::new();
        let mut stack = vec![id];
        while let Some(x) = stack.pop() {
            if let Some(w) = self.widgets.get(&x) {
                stack.extend(w.children.iter().copied());
                gone.push(x);
            }
        }
        gone.reverse();
        for &x in &gone {
            self.unpack(x);
            self.packs.remove(&x);
            self.widgets.remove(&x);
        }
        if let Some(p) = self.widgets.values_mut().find(|w| w.children.contains(&id)) {
            p.children.retain(|&c| c != id);
        }
        // Widgets managed in a destroyed container lose their manager (Tk forgets them).
        let gone_set: HashSet<Id> = gone.iter().copied().collect();
        for w in self.widgets.values_mut() {
            if w.manager.as_ref().is_some_and(|(_, m, _)| gone_set.contains(m)) {
                w.manager = None;
            }
        }
        self.windows.retain(|w| !gone_set.contains(w));
        if self.focus.is_some_and(|f| gone_set.contains(&f)) {
            self.focus = None;
        }
        gone
    }

    /// The geometry managers' input. `sizes` gives each widget's own request, its internal border and its minimum
    /// request; `panes` gives the boxes of widgets a panedwindow or notebook shows (computed by the caller).
    pub fn tree(&self, sizes: &dyn Fn(&Widget) -> (Size, Insets, Size), panes: &HashMap<Id, Place>) -> Tree {
        let mut ids: Vec<Id> = self.widgets.keys().copied().collect();
        ids.sort_unstable();
        let widgets = ids
            .iter()
            .filter_map(|id| self.widgets.get(id))
            .map(|w| {
                let (req, border, min_req) = sizes(w);
                let m = &w.master;
                let container = Container {
                    border,
                    min_req,
                    pack_propagate: m.get("pack_propagate").and_then(Value::as_bool).unwrap_or(true),
                    grid_propagate: m.get("grid_propagate").and_then(Value::as_bool).unwrap_or(true),
                    grid_anchor: anchor(m, "grid_anchor", Anchor::Nw),
                    columns: slots(&w.columns),
                    rows: slots(&w.rows),
                };
                let toplevel = w.is_window().then(|| {
                    let g = w.wm.get("geometry");
                    let dim = |k: &str| g.and_then(|g| g.get(k)).and_then(Value::as_i64).map(|v| v as i32);
                    let pair = |k: &str| {
                        let v = w.wm.nums(k);
                        (v.len() == 2).then(|| Size::new(v[0] as i32, v[1] as i32))
                    };
                    Toplevel {
                        geometry: match (dim("width"), dim("height")) {
                            (Some(wd), Some(h)) => Some(Size::new(wd, h)),
                            _ => None,
                        },
                        minsize: pair("minsize").unwrap_or(Size::new(1, 1)),
                        maxsize: pair("maxsize"),
                    }
                });
                let manager = match (&w.manager, panes.get(&w.id)) {
                    (_, Some(p)) => Manager::Place(p.clone()),
                    (Some((kind, master, o)), None) => self.manager(w, *kind, *master, o),
                    (None, None) => Manager::None,
                };
                TreeWidget {
                    id: w.id,
                    parent: if w.is_window() { w.parent.filter(|_| false) } else { w.parent },
                    req,
                    toplevel,
                    container,
                    manager,
                }
            })
            .collect();
        Tree { widgets }
    }

    fn manager(&self, w: &Widget, kind: ManagerKind, master: Id, o: &Opts) -> Manager {
        let within = (Some(master) != w.parent).then_some(master);
        match kind {
            ManagerKind::Pack => Manager::Pack(Pack {
                in_: within,
                side: match o.str("side") {
                    Some("bottom") => Side::Bottom,
                    Some("left") => Side::Left,
                    Some("right") => Side::Right,
                    _ => Side::Top,
                },
                fill: match o.str("fill") {
                    Some("x") => Fill::X,
                    Some("y") => Fill::Y,
                    Some("both") => Fill::Both,
                    _ => Fill::None,
                },
                expand: o.bool("expand"),
                anchor: anchor(o, "anchor", Anchor::Center),
                padx: pad(o, "padx"),
                pady: pad(o, "pady"),
                ipadx: o.px("ipadx"),
                ipady: o.px("ipady"),
                seq: self
                    .packs
                    .get(&master)
                    .and_then(|l| l.iter().position(|&x| x == w.id))
                    .map_or(u64::MAX, |i| i as u64),
                before: None,
                after: None,
            }),
            ManagerKind::Grid => Manager::Grid(Grid {
                in_: within,
                row: o.int("row").max(0) as u32,
                column: o.int("column").max(0) as u32,
                rowspan: o.int("rowspan").max(1) as u32,
                columnspan: o.int("columnspan").max(1) as u32,
                sticky: Sticky::try_from(o.string("sticky")).unwrap_or_default(),
                padx: pad(o, "padx"),
                pady: pad(o, "pady"),
                ipadx: o.px("ipadx"),
                ipady: o.px("ipady"),
            }),
            ManagerKind::Place => Manager::Place(Place {
                in_: within,
                x: o.px("x"),
                y: o.px("y"),
                relx: o.num("relx").unwrap_or(0.0),
                rely: o.num("rely").unwrap_or(0.0),
                width: o.num("width").map(|v| v.round() as i32),
                height: o.num("height").map(|v| v.round() as i32),
                relwidth: o.num("relwidth"),
                relheight: o.num("relheight"),
                anchor: anchor(o, "anchor", Anchor::Nw),
                bordermode: match o.str("bordermode") {
                    Some("outside") => BorderMode::Outside,
                    Some("ignore") => BorderMode::Ignore,
                    _ => BorderMode::Inside,
                },
            }),
            // Panes and tabs are placed by the caller (`panes`); without a box they are not shown.
            ManagerKind::Pane | ManagerKind::Tab => Manager::None,
        }
    }

    /// The `layout` answer: every widget's box, request, root position and mapping, and every grid's edges.
    /// `origin` gives each window's position on the virtual screen.
    pub fn answer_layout(
        &self,
        tree: &Tree,
        layout: &Layout,
        origin: &dyn Fn(Id) -> (i32, i32),
        screen: (i32, i32),
        pointer: (i32, i32),
    ) -> TkAnswer {
        let placed: HashMap<Id, &super::model::Placed> = layout.widgets.iter().map(|p| (p.id, p)).collect();
        let mut root: HashMap<Id, (i64, i64)> = HashMap::new();
        fn root_of(
            s: &Scene,
            id: Id,
            placed: &HashMap<Id, &super::model::Placed>,
            origin: &dyn Fn(Id) -> (i32, i32),
            memo: &mut HashMap<Id, (i64, i64)>,
        ) -> (i64, i64) {
            if let Some(&r) = memo.get(&id) {
                return r;
            }
            let w = s.widgets.get(&id);
            let r = match w {
                Some(w) if w.is_window() => {
                    let (x, y) = origin(id);
                    (i64::from(x), i64::from(y))
                }
                Some(w) => {
                    let (px, py) = w.parent.map_or((0, 0), |p| root_of(s, p, placed, origin, memo));
                    let rect = placed.get(&id).map(|p| p.rect).unwrap_or_default();
                    (px + i64::from(rect.x), py + i64::from(rect.y))
                }
                None => (0, 0),
            };
            memo.insert(id, r);
            r
        }
        let widgets = tree
            .widgets
            .iter()
            .filter_map(|tw| placed.get(&tw.id).map(|p| (tw, *p)))
            .map(|(tw, p)| {
                let (rx, ry) = root_of(self, tw.id, &placed, origin, &mut root);
                let r = p.rect;
                [
                    i64::from(tw.id),
                    i64::from(r.x),
                    i64::from(r.y),
                    i64::from(r.width),
                    i64::from(r.height),
                    i64::from(p.req.width),
                    i64::from(p.req.height),
                    rx,
                    ry,
                    i64::from(p.mapped),
                ]
            })
            .collect();
        let grids = super::grid_edges(tree, layout);
        TkAnswer::Layout {
            widgets,
            grids,
            screen: [i64::from(screen.0), i64::from(screen.1)],
            pointer: [i64::from(pointer.0), i64::from(pointer.1)],
        }
    }
}

/// The style a ttk widget uses when its `-style` is empty.
pub fn default_style(kind: Kind) -> &'static str {
    match kind {
        Kind::TButton => "TButton",
        Kind::TLabel => "TLabel",
        Kind::TEntry => "TEntry",
        Kind::TFrame => "TFrame",
        Kind::TCombobox => "TCombobox",
        Kind::TProgressbar => "Horizontal.TProgressbar",
        Kind::TNotebook => "TNotebook",
        Kind::TTreeview => "Treeview",
        Kind::TSeparator => "TSeparator",
        Kind::TScrollbar => "Vertical.TScrollbar",
        Kind::TCheckbutton => "TCheckbutton",
        Kind::TRadiobutton => "TRadiobutton",
        Kind::TScale => "Horizontal.TScale",
        Kind::TSpinbox => "TSpinbox",
        Kind::TLabelframe => "TLabelframe",
        Kind::TPanedwindow => "TPanedwindow",
        Kind::TMenubutton => "TMenubutton",
        Kind::TSizegrip => "TSizegrip",
        _ => "",
    }
}

fn slots(map: &BTreeMap<i64, Opts>) -> Vec<Slot> {
    let n = map.keys().next_back().map_or(0, |&k| (k.max(-1) + 1) as usize);
    let mut v = vec![Slot::default(); n];
    for (&k, o) in map {
        if let Ok(i) = usize::try_from(k) {
            v[i] = slot(o);
        }
    }
    v
}

fn clamp(i: i64, n: usize) -> usize {
    usize::try_from(i.max(0)).unwrap_or(0).min(n)
}

/// Replaces code points [start, end) of `s` with `text`.
pub fn splice(s: &str, start: i64, end: i64, text: &str) -> String {
    let n = s.chars().count();
    let (a, b) = (clamp(start, n), clamp(end, n));
    let b = b.max(a);
    let mut out: String = s.chars().take(a).collect();
    out.push_str(text);
    out.extend(s.chars().skip(b));
    out
}

#[cfg(test)]
#[path = "scene_tests.rs"]
mod tests;
