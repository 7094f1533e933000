//! The input and output of [`super::layout`]: a widget tree with each container's settings and each child's
//! geometry-manager options, in the strict form the Python shim sends (defaults as Tk's, pads as pairs, sticky as
//! letters), and the box Tk would give every widget.

use serde::{Deserialize, Serialize};

/// A widget's handle, owned by the Python shim.
pub type Id = u32;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Size {
    pub width: i32,
    pub height: i32,
}

impl Size {
    pub const fn new(width: i32, height: i32) -> Self {
        Size { width, height }
    }
}

/// A rectangle in pixels; `x`/`y` are relative to the widget's parent, as `winfo_x`/`winfo_y` report them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rect {
    pub x: i32,
    pub y: i32,
    pub width: i32,
    pub height: i32,
}

/// A container's internal border on each side: what Tk calls `Tk_InternalBorderLeft` and friends. For a frame or
/// toplevel it is `borderwidth + highlightthickness` plus `padx` (left, right) or `pady` (top, bottom); a labelframe
/// adds its label; a ttk frame its padding. Pack and grid lay out inside it, `place -bordermode inside` too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Insets {
    pub left: i32,
    pub top: i32,
    pub right: i32,
    pub bottom: i32,
}

impl Insets {
    pub const fn uniform(n: i32) -> Self {
        Insets { left: n, top: n, right: n, bottom: n }
    }
    pub fn horizontal(&self) -> i32 {
        self.left + self.right
    }
    pub fn vertical(&self) -> i32 {
        self.top + self.bottom
    }
}

/// External padding on the two sides of one axis (`padx=(a, b)`; `padx=a` is `(a, a)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Pad(pub i32, pub i32);

impl Pad {
    pub fn total(self) -> i32 {
        self.0 + self.1
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Anchor {
    N,
    Ne,
    E,
    Se,
    S,
    Sw,
    W,
    Nw,
    #[default]
    Center,
}

/// Where an anchor puts a thing horizontally (-1 left, 0 centre, 1 right) and vertically (-1 top, 0, 1 bottom).
impl Anchor {
    pub fn horizontal(self) -> i8 {
        match self {
            Anchor::Nw | Anchor::W | Anchor::Sw => -1,
            Anchor::N | Anchor::Center | Anchor::S => 0,
            Anchor::Ne | Anchor::E | Anchor::Se => 1,
        }
    }
    pub fn vertical(self) -> i8 {
        match self {
            Anchor::Nw | Anchor::N | Anchor::Ne => -1,
            Anchor::W | Anchor::Center | Anchor::E => 0,
            Anchor::Sw | Anchor::S | Anchor::Se => 1,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    #[default]
    Top,
    Bottom,
    Left,
    Right,
}

impl Side {
    /// Top and bottom stack vertically and take the cavity's whole width.
    pub fn is_vertical(self) -> bool {
        matches!(self, Side::Top | Side::Bottom)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Fill {
    #[default]
    None,
    X,
    Y,
    Both,
}

impl Fill {
    pub fn x(self) -> bool {
        matches!(self, Fill::X | Fill::Both)
    }
    pub fn y(self) -> bool {
        matches!(self, Fill::Y | Fill::Both)
    }
}

/// Grid's `-sticky`: which cell edges the widget sticks to. Written as a string of the letters `n`, `s`, `e`, `w`
/// in any order, each at most once (`""`, `"nsew"`, `"we"`); the shim turns tkinter's looser forms into this.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Sticky {
    pub n: bool,
    pub s: bool,
    pub e: bool,
    pub w: bool,
}

impl TryFrom<String> for Sticky {
    type Error = String;
    fn try_from(text: String) -> Result<Self, String> {
        let mut st = Sticky::default();
        for c in text.chars() {
            let slot = match c {
                'n' => &mut st.n,
                's' => &mut st.s,
                'e' => &mut st.e,
                'w' => &mut st.w,
                _ => return Err(format!("bad sticky {text:?}: only the letters n, s, e, w")),
            };
            if std::mem::replace(slot, true) {
                return Err(format!("bad sticky {text:?}: {c} twice"));
            }
        }
        Ok(st)
    }
}

impl From<Sticky> for String {
    fn from(st: Sticky) -> String {
        [(st.n, 'n'), (st.s, 's'), (st.e, 'e'), (st.w, 'w')].iter().filter(|(on, _)| *on).map(|(_, c)| c).collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BorderMode {
    #[default]
    Inside,
    Outside,
    Ignore,
}

/// One row's or column's `rowconfigure`/`columnconfigure` settings.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Slot {
    pub weight: i32,
    pub minsize: i32,
    pub pad: i32,
    /// The uniform group; `None` (Tk's empty string) is no group.
    pub uniform: Option<String>,
}

impl Slot {
    /// A slot left at the defaults does not make the grid larger (`grid size` ignores it).
    pub fn is_default(&self) -> bool {
        self.weight == 0 && self.minsize == 0 && self.pad == 0 && self.uniform.is_none()
    }
}

/// A widget's settings as a container of other widgets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Container {
    pub border: Insets,
    /// The smallest size the widget ever requests (`Tk_SetMinimumRequestSize`, used by labelframes).
    pub min_req: Size,
    pub pack_propagate: bool,
    pub grid_propagate: bool,
    /// `grid anchor`: where the grid sits when it is not as large as the container and nothing has weight.
    pub grid_anchor: Anchor,
    /// `columnconfigure` by column index; missing entries are defaults.
    pub columns: Vec<Slot>,
    pub rows: Vec<Slot>,
}

impl Default for Container {
    fn default() -> Self {
        Container {
            border: Insets::default(),
            min_req: Size::default(),
            pack_propagate: true,
            grid_propagate: true,
            grid_anchor: Anchor::Nw,
            columns: Vec::new(),
            rows: Vec::new(),
        }
    }
}

/// `pack` options, resolved (`pack_info()` plus the ordering arguments of the call).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Pack {
    /// The container (`-in`); `None` is the parent.
    #[serde(rename = "in")]
    pub in_: Option<Id>,
    pub side: Side,
    pub fill: Fill,
    pub expand: bool,
    pub anchor: Anchor,
    pub padx: Pad,
    pub pady: Pad,
    /// Internal padding on each side (the widget grows by twice this).
    pub ipadx: i32,
    pub ipady: i32,
    /// When this widget entered its container's packing list, relative to the others (ties: tree order). A widget
    /// packed again keeps its place, so this is the first `pack` call that put it in this container.
    pub seq: u64,
    /// `-before`/`-after`: inserted next to this widget (which must already be in the list) instead of at the end.
    pub before: Option<Id>,
    pub after: Option<Id>,
}

/// `grid` options, resolved (`grid_info()`: the shim fills in the row and column tkinter chose).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Grid {
    #[serde(rename = "in")]
    pub in_: Option<Id>,
    pub row: u32,
    pub column: u32,
    pub rowspan: u32,
    pub columnspan: u32,
    pub sticky: Sticky,
    pub padx: Pad,
    pub pady: Pad,
    pub ipadx: i32,
    pub ipady: i32,
}

impl Default for Grid {
    fn default() -> Self {
        Grid {
            in_: None,
            row: 0,
            column: 0,
            rowspan: 1,
            columnspan: 1,
            sticky: Sticky::default(),
            padx: Pad::default(),
            pady: Pad::default(),
            ipadx: 0,
            ipady: 0,
        }
    }
}

/// `place` options; a width or height given neither absolutely nor relatively is the widget's requested one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Place {
    #[serde(rename = "in")]
    pub in_: Option<Id>,
    pub x: i32,
    pub y: i32,
    pub relx: f64,
    pub rely: f64,
    pub width: Option<i32>,
    pub height: Option<i32>,
    pub relwidth: Option<f64>,
    pub relheight: Option<f64>,
    pub anchor: Anchor,
    pub bordermode: BorderMode,
}

impl Default for Place {
    fn default() -> Self {
        Place {
            in_: None,
            x: 0,
            y: 0,
            relx: 0.0,
            rely: 0.0,
            width: None,
            height: None,
            relwidth: None,
            relheight: None,
            anchor: Anchor::Nw,
            bordermode: BorderMode::Inside,
        }
    }
}

/// Which geometry manager shows the widget, with its options.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Manager {
    /// Not managed: never mapped (a toplevel is shown by the window manager instead).
    #[default]
    None,
    Pack(Pack),
    Grid(Grid),
    Place(Place),
}

/// A window of its own (`Tk()` or `Toplevel`), sized by the window manager.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Toplevel {
    /// The size the program set with `geometry("WxH")`; `None` is the natural (requested) size.
    pub geometry: Option<Size>,
    /// `wm minsize` and `wm maxsize` (Tk's defaults: 1x1 and about the screen's size).
    pub minsize: Size,
    pub maxsize: Option<Size>,
}

impl Default for Toplevel {
    fn default() -> Self {
        Toplevel { geometry: None, minsize: Size::new(1, 1), maxsize: None }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Widget {
    pub id: Id,
    /// `None` only for a toplevel without a parent (the root); a `Toplevel`'s parent is the root.
    #[serde(default)]
    pub parent: Option<Id>,
    /// The size the widget itself asks for (content, padding and borders measured by the renderer); for a
    /// container whose manager propagates, the manager's computation replaces it.
    pub req: Size,
    #[serde(default)]
    pub toplevel: Option<Toplevel>,
    #[serde(default)]
    pub container: Container,
    #[serde(default)]
    pub manager: Manager,
}

impl Widget {
    /// A plain widget asking for `width` x `height`, not managed yet.
    pub fn new(id: Id, parent: Option<Id>, width: i32, height: i32) -> Self {
        Widget {
            id,
            parent,
            req: Size::new(width, height),
            toplevel: None,
            container: Container::default(),
            manager: Manager::None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tree {
    pub widgets: Vec<Widget>,
}

/// What Tk reports for one widget after `update()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Placed {
    pub id: Id,
    /// `winfo_reqwidth`/`winfo_reqheight`: the widget's own request, or its manager's when that propagates.
    pub req: Size,
    /// `winfo_x/y/width/height`: relative to the parent (toplevels: 0, 0 and the window's size). For a widget that
    /// is not mapped this is what its manager computed (possibly empty or negative; zero when it has no manager or
    /// its container is never laid out), which Tk does not show.
    pub rect: Rect,
    /// Shown on screen: managed, given a non-empty box, and every ancestor shown (`winfo_viewable`).
    pub mapped: bool,
}

/// The result for a whole tree, in the tree's order (`widgets[i]` is for `tree.widgets[i]`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Layout {
    pub widgets: Vec<Placed>,
}

impl Layout {
    pub fn get(&self, id: Id) -> Option<&Placed> {
        self.widgets.iter().find(|p| p.id == id)
    }
}

/// A tree Tk would have refused to build.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum TreeError {
    DuplicateId {
        id: Id,
    },
    UnknownId {
        id: Id,
    },
    /// `-in` must be the parent or one of its descendants, and not the widget itself or inside it.
    BadContainer {
        id: Id,
        container: Id,
    },
    /// Tk refuses pack and grid in the same container.
    PackAndGrid {
        container: Id,
    },
    /// `-before`/`-after` named a widget that is not (yet) in the same packing list.
    NotPacked {
        id: Id,
        other: Id,
    },
    /// Containers that depend on each other for their requested sizes.
    Cycle {
        id: Id,
    },
}

impl std::fmt::Display for TreeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TreeError::DuplicateId { id } => write!(f, "widget {id} appears twice"),
            TreeError::UnknownId { id } => write!(f, "no widget {id}"),
            TreeError::BadContainer { id, container } => write!(f, "can't put {id} inside {container}"),
            TreeError::PackAndGrid { container } => {
                write!(f, "cannot use geometry managers pack and grid inside {container}")
            }
            TreeError::NotPacked { id, other } => write!(f, "{id}: window {other} isn't packed there"),
            TreeError::Cycle { id } => write!(f, "the requested size of {id} depends on itself"),
        }
    }
}

impl std::error::Error for TreeError {}
