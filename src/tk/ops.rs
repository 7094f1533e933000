//! The tkinter shim's operations, queries, answers and events as strict Rust types. The shim's schema
//! (`shims/tkinter/_ops.py`, `_wire.py`) is the one definition; `schema.json` is its export
//! (`python3 tests/tkinter/tools/gen_schema.py`) and the tests below hold these types to it, field by field.
//!
//! Widget options travel as [`Opts`]: a map whose every value [`validate`] checked against the option's kind in
//! the schema (colours `#rrggbb`, pixels as numbers, fonts as [`Font`] objects), read through typed getters.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub type Id = u32;

macro_rules! names {
    ($(#[$m:meta])* $name:ident { $($v:ident = $s:literal),* $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $name { $(#[serde(rename = $s)] $v),* }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$v),*];
            pub fn name(self) -> &'static str { match self { $($name::$v => $s),* } }
        }
    };
}

names!(
    /// A widget's class, as `_ops.KINDS` names it.
    Kind {
        Toplevel = "toplevel", Frame = "frame", Label = "label", Button = "button", Checkbutton = "checkbutton",
        Radiobutton = "radiobutton", Entry = "entry", Text = "text", Canvas = "canvas", Listbox = "listbox",
        Scrollbar = "scrollbar", Scale = "scale", Spinbox = "spinbox", Labelframe = "labelframe",
        Panedwindow = "panedwindow", Menubutton = "menubutton", Message = "message", Menu = "menu",
        TButton = "ttk.button", TLabel = "ttk.label", TEntry = "ttk.entry", TFrame = "ttk.frame",
        TCombobox = "ttk.combobox", TProgressbar = "ttk.progressbar", TNotebook = "ttk.notebook",
        TTreeview = "ttk.treeview", TSeparator = "ttk.separator", TScrollbar = "ttk.scrollbar",
        TCheckbutton = "ttk.checkbutton", TRadiobutton = "ttk.radiobutton", TScale = "ttk.scale",
        TSpinbox = "ttk.spinbox", TLabelframe = "ttk.labelframe", TPanedwindow = "ttk.panedwindow",
        TMenubutton = "ttk.menubutton", TSizegrip = "ttk.sizegrip",
    }
);

names!(ItemType {
    Arc = "arc", Bitmap = "bitmap", Image = "image", Line = "line", Oval = "oval", Polygon = "polygon",
    Rectangle = "rectangle", Text = "text", Window = "window",
});
names!(ManagerKind { Pack = "pack", Grid = "grid", Place = "place", Pane = "pane", Tab = "tab" });
names!(EntryType {
    Command = "command", Cascade = "cascade", Checkbutton = "checkbutton", Radiobutton = "radiobutton",
    Separator = "separator", Tearoff = "tearoff",
});
names!(Axis { X = "x", Y = "y" });
names!(GridAxis { Row = "row", Column = "column" });
names!(Unit { Units = "units", Pages = "pages" });
names!(ImageType { Photo = "photo", Bitmap = "bitmap" });

impl Kind {
    pub fn is_ttk(self) -> bool {
        self.name().starts_with("ttk.")
    }
}

/// One operation (`_ops.OPS`), tagged by `op`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case", deny_unknown_fields)]
pub enum TkOp {
    Create { id: Id, kind: Kind, parent: Option<Id>, options: Opts },
    Configure { id: Id, options: Opts },
    Destroy { id: Id },
    State { id: Id, state: Opts },
    Restack { id: Id, above: Option<Id> },
    Focus { id: Option<Id> },
    Listen { events: Vec<String> },
    Wm { id: Id, options: Opts },
    Manage { id: Id, manager: ManagerKind, master: Id, before: Option<Id>, options: Opts },
    Forget { id: Id },
    Master { id: Id, options: Opts },
    GridAxis { id: Id, axis: GridAxis, index: i64, options: Opts },
    ItemCreate { id: Id, item: Id, #[serde(rename = "type")] ty: ItemType, coords: Vec<f64>, options: Opts },
    ItemConfigure { id: Id, item: Id, options: Opts },
    ItemCoords { id: Id, item: Id, coords: Vec<f64> },
    ItemDelete { id: Id, items: Vec<i64> },
    ItemRestack { id: Id, item: Id, above: Option<Id> },
    CanvasView { id: Id, x: f64, y: f64 },
    TextReplace { id: Id, start: i64, end: i64, text: String, tags: Vec<String> },
    TextTag { id: Id, tag: String, ranges: Vec<Value> },
    TextTagConfig { id: Id, tag: String, options: Opts },
    TextTagOrder { id: Id, tags: Vec<String> },
    TextTagDelete { id: Id, tag: String },
    TextEmbed { id: Id, offset: i64, window: Option<Id>, image: Option<Id>, options: Opts },
    ListReplace { id: Id, start: i64, end: i64, items: Vec<String> },
    ListItem { id: Id, index: i64, options: Opts },
    See { id: Id, index: i64 },
    View { id: Id, axis: Axis, fraction: f64 },
    Scroll { id: Id, axis: Axis, amount: i64, unit: Unit },
    MenuInsert { id: Id, index: i64, #[serde(rename = "type")] ty: EntryType, options: Opts },
    MenuConfigure { id: Id, index: i64, options: Opts },
    MenuDelete { id: Id, start: i64, end: i64 },
    MenuPost { id: Id, x: f64, y: f64 },
    MenuUnpost { id: Id },
    ImageCreate { image: Id, #[serde(rename = "type")] ty: ImageType, options: Opts },
    ImageConfigure { image: Id, options: Opts },
    ImagePut { image: Id, x: i64, y: i64, rows: Vec<Vec<Option<String>>> },
    ImageCopy {
        image: Id,
        source: Id,
        from: Option<Vec<f64>>,
        to: Option<Vec<f64>>,
        zoom: Vec<f64>,
        subsample: Vec<f64>,
    },
    ImageBlank { image: Id },
    ImageDelete { image: Id },
    TreeItem { id: Id, item: String, parent: String, index: i64, options: Opts },
    TreeDelete { id: Id, items: Vec<String> },
    TreeColumn { id: Id, column: String, options: Opts },
    TreeHeading { id: Id, column: String, options: Opts },
    TreeTag { id: Id, tag: String, options: Opts },
    TreeSee { id: Id, item: String },
    Style { style: String, options: Opts },
    StyleMap { style: String, options: Opts },
    Theme { name: String },
    Bell {},
    Clipboard { text: String },
    Download { name: String, data: String },
}

impl TkOp {
    /// The widget an op is about, if any.
    pub fn widget(&self) -> Option<Id> {
        use TkOp::*;
        match self {
            Create { id, .. } | Configure { id, .. } | Destroy { id } | State { id, .. } | Restack { id, .. }
            | Wm { id, .. } | Manage { id, .. } | Forget { id } | Master { id, .. } | GridAxis { id, .. }
            | ItemCreate { id, .. } | ItemConfigure { id, .. } | ItemCoords { id, .. } | ItemDelete { id, .. }
            | ItemRestack { id, .. } | CanvasView { id, .. } | TextReplace { id, .. } | TextTag { id, .. }
            | TextTagConfig { id, .. } | TextTagOrder { id, .. } | TextTagDelete { id, .. }
            | TextEmbed { id, .. } | ListReplace { id, .. } | ListItem { id, .. } | See { id, .. }
            | View { id, .. } | Scroll { id, .. } | MenuInsert { id, .. } | MenuConfigure { id, .. }
            | MenuDelete { id, .. } | MenuPost { id, .. } | MenuUnpost { id } | TreeItem { id, .. }
            | TreeDelete { id, .. } | TreeColumn { id, .. } | TreeHeading { id, .. } | TreeTag { id, .. }
            | TreeSee { id, .. } => Some(*id),
            Focus { id } => *id,
            _ => None,
        }
    }
}

/// A font as the shim sends it (`_fonts`): the size in CSS pixels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Font {
    pub family: String,
    pub px: f64,
    pub weight: String,
    pub slant: String,
    pub underline: bool,
    pub overstrike: bool,
}

impl Font {
    /// Tk's default font (TkDefaultFont on X11).
    pub fn default_font() -> Font {
        Font {
            family: "sans-serif".into(),
            px: 13.333,
            weight: "normal".into(),
            slant: "roman".into(),
            underline: false,
            overstrike: false,
        }
    }
    /// The CSS `font` shorthand.
    pub fn css(&self) -> String {
        let style = if self.slant == "italic" { "italic " } else { "" };
        let weight = if self.weight == "bold" { "bold " } else { "" };
        // Tk asks fontconfig for the generic families, which answers DejaVu on Linux; browsers pick their own
        // defaults for the generic names, so name DejaVu first and let the generic name stand in elsewhere.
        let family = match self.family.as_str() {
            "sans-serif" => "\"DejaVu Sans\", sans-serif".to_string(),
            "serif" => "\"DejaVu Serif\", serif".to_string(),
            "monospace" => "\"DejaVu Sans Mono\", monospace".to_string(),
            "cursive" | "fantasy" => self.family.clone(),
            f => format!("\"{}\", sans-serif", f.replace(['"', '\\'], "")),
        };
        format!("{style}{weight}{}px {family}", self.px)
    }
}

/// Options of a widget, item, entry, tag or window-manager call, already strict; read with typed getters.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Opts(pub Map<String, Value>);

impl Opts {
    pub fn get(&self, k: &str) -> Option<&Value> {
        self.0.get(k).filter(|v| !v.is_null())
    }
    pub fn has(&self, k: &str) -> bool {
        self.0.contains_key(k)
    }
    pub fn str(&self, k: &str) -> Option<&str> {
        self.get(k).and_then(Value::as_str)
    }
    pub fn string(&self, k: &str) -> String {
        self.str(k).unwrap_or_default().to_string()
    }
    pub fn num(&self, k: &str) -> Option<f64> {
        self.get(k).and_then(Value::as_f64)
    }
    /// A distance rounded to whole pixels (0 when unset).
    pub fn px(&self, k: &str) -> i32 {
        self.num(k).map(|v| v.round() as i32).unwrap_or(0)
    }
    pub fn int(&self, k: &str) -> i64 {
        self.get(k).and_then(|v| v.as_i64().or_else(|| v.as_f64().map(|f| f as i64))).unwrap_or(0)
    }
    pub fn bool(&self, k: &str) -> bool {
        self.get(k).and_then(Value::as_bool).unwrap_or(false)
    }
    pub fn id(&self, k: &str) -> Option<Id> {
        self.get(k).and_then(Value::as_u64).and_then(|v| Id::try_from(v).ok())
    }
    /// A colour, `#rrggbb`.
    pub fn color(&self, k: &str) -> Option<&str> {
        self.str(k).filter(|s| is_color(s))
    }
    pub fn font(&self, k: &str) -> Option<Font> {
        self.get(k).and_then(|v| serde_json::from_value(v.clone()).ok())
    }
    pub fn nums(&self, k: &str) -> Vec<f64> {
        self.get(k).and_then(Value::as_array).map(|a| a.iter().filter_map(Value::as_f64).collect()).unwrap_or_default()
    }
    pub fn strs(&self, k: &str) -> Vec<String> {
        self.get(k)
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
            .unwrap_or_default()
    }
    /// Merges `other` into these options (a `configure`).
    pub fn merge(&mut self, other: &Opts) {
        for (k, v) in &other.0 {
            self.0.insert(k.clone(), v.clone());
        }
    }
}

/// Whether a font family is fixed-width (`font.metrics("fixed")`).
pub fn is_fixed_family(family: &str) -> bool {
    matches!(
        family.to_lowercase().as_str(),
        "monospace" | "courier" | "courier new" | "fixed" | "tkfixedfont" | "dejavu sans mono" | "liberation mono"
    )
}

pub fn is_color(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].chars().all(|c| c.is_ascii_hexdigit())
}

/// The schema exported from the shim (`_ops.schema()`).
pub fn schema() -> &'static Value {
    use std::sync::OnceLock;
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(|| serde_json::from_str(include_str!("schema.json")).unwrap_or(Value::Null))
}

/// Whether a strict value fits an option kind of the schema (`color?`, `pixels`, `font`, `enum:...`, ...).
pub fn fits(spec: &str, v: &Value) -> bool {
    let (spec, null_ok) = match spec.split_once(':') {
        Some((head, rest)) if head.ends_with('?') => (format!("{}:{rest}", &head[..head.len() - 1]), true),
        Some(_) => (spec.to_string(), false),
        None => match spec.strip_suffix('?') {
            Some(s) => (s.to_string(), true),
            None => (spec.to_string(), false),
        },
    };
    if v.is_null() {
        // Enums and strings Tk allows to be empty come as null; so do optional kinds.
        return null_ok || spec.starts_with("enum") || spec == "string";
    }
    let base = spec.split(':').next().unwrap_or("");
    match base {
        "color" => v.as_str().is_some_and(is_color),
        "double" => v.is_number(),
        // ttk's -padding is one to four distances.
        "pixels" => v.is_number() || v.as_array().is_some_and(|a| a.len() <= 4 && a.iter().all(Value::is_number)),
        "int" => v.is_i64() || v.as_f64().is_some_and(|f| f.fract() == 0.0),
        "boolean" => v.is_boolean(),
        "font" => serde_json::from_value::<Font>(v.clone()).is_ok(),
        "image" | "window" => v.is_u64(),
        "enum" => {
            let values = spec.split(':').nth(2).unwrap_or("");
            v.as_str().is_some_and(|s| values.split(',').any(|x| x == s))
        }
        "scrollregion" => v.as_array().is_some_and(|a| a.len() == 4 && a.iter().all(Value::is_number)),
        "arrowshape" => v.as_array().is_some_and(|a| a.len() == 3 && a.iter().all(Value::is_number)),
        "dash" => v.as_array().is_some_and(|a| a.iter().all(Value::is_number)),
        "string" | "bitmap" | "cursor" | "offset" | "labelanchor" | "format" | "style" | "sticky" => {
            v.is_string() || v.is_array()
        }
        // Composite kinds the shim already shaped (lists of ids or strings, ttk padding, tags).
        _ => true,
    }
}

/// Checks an op's options against the schema: every option a known one of its widget kind (or canvas item
/// type), every value of the option's kind. Ops the schema has no table for pass through.
pub fn validate(op: &TkOp, kind_of: impl Fn(Id) -> Option<Kind>) -> Result<(), String> {
    let (table, opts) = match op {
        TkOp::Create { kind, options, .. } => (format!("kinds/{}", kind.name()), options),
        TkOp::Configure { id, options } => match kind_of(*id) {
            Some(kind) => (format!("kinds/{}", kind.name()), options),
            None => return Ok(()),
        },
        TkOp::ItemCreate { ty, options, .. } => (format!("items/{}", ty.name()), options),
        _ => return Ok(()),
    };
    let Some(spec) = schema().pointer(&format!("/{table}")).and_then(Value::as_object) else {
        return Err(format!("no schema for {table}"));
    };
    let extras = schema().pointer("/render_extras");
    for (name, v) in &opts.0 {
        match spec.get(name).and_then(Value::as_str) {
            Some(kind) if !fits(kind, v) => return Err(format!("{table}: bad value for -{name}: {v}")),
            Some(_) => {}
            None if is_extra(extras, &table, name) => {}
            None => return Err(format!("{table}: unknown option -{name}")),
        }
    }
    Ok(())
}

fn is_extra(extras: Option<&Value>, table: &str, name: &str) -> bool {
    let kind = table.trim_start_matches("kinds/");
    let Some(extras) = extras.and_then(Value::as_object) else { return false };
    let listed = |key: &str| extras.get(key).and_then(|m| m.get(name)).is_some();
    table.starts_with("kinds/")
        && (listed("*") || listed(kind) || (kind.starts_with("ttk.") && listed("ttk.*")))
}

// ---- queries, answers, events (`_wire.py`) ----

/// A blocking question from the shim, tagged by `query`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "query", rename_all = "snake_case", deny_unknown_fields)]
pub enum TkQuery {
    Layout {},
    Measure { font: Font, texts: Vec<String> },
    Metrics { font: Font },
    Message {
        icon: String,
        #[serde(rename = "type")]
        ty: String,
        title: String,
        message: String,
        detail: String,
        default: String,
        parent: Option<Id>,
    },
    Askstring { title: String, prompt: String, initial: String, kind: String, show: String, parent: Option<Id> },
    Open {
        title: String,
        initialdir: String,
        initialfile: String,
        filetypes: Vec<Value>,
        multiple: bool,
        directory: bool,
        parent: Option<Id>,
    },
    Save {
        title: String,
        initialdir: String,
        initialfile: String,
        defaultextension: String,
        filetypes: Vec<Value>,
        parent: Option<Id>,
    },
    Color { initial: Option<String>, title: String, parent: Option<Id> },
}

/// A file picked in an open dialog.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PickedFile {
    pub name: String,
    /// The bytes, base64.
    pub data: String,
}

/// The panel's answer, tagged by `answer`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "answer", rename_all = "snake_case", deny_unknown_fields)]
pub enum TkAnswer {
    /// `widgets`: `[id, x, y, width, height, reqwidth, reqheight, rootx, rooty, mapped]`; `grids`: `[master,
    /// [column edges], [row edges]]`.
    Layout { widgets: Vec<[i64; 10]>, grids: Vec<(Id, Vec<i64>, Vec<i64>)>, screen: [i64; 2], pointer: [i64; 2] },
    Measure { widths: Vec<i64> },
    Metrics { ascent: i64, descent: i64, linespace: i64, fixed: bool },
    Button { button: String },
    Text { text: Option<String> },
    Files { files: Vec<PickedFile> },
    Color { color: Option<String> },
}

impl TkAnswer {
    /// The answer as the JSON object `BridgeReply::Tk` carries.
    pub fn to_map(&self) -> Map<String, Value> {
        object_of(self)
    }
}

/// A tagged message as its JSON object.
fn object_of(v: &impl Serialize) -> Map<String, Value> {
    match serde_json::to_value(v) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    }
}

/// Mouse details shared by pointer events.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Pointer {
    pub widget: Id,
    pub x: i64,
    pub y: i64,
    pub x_root: i64,
    pub y_root: i64,
    pub state: i64,
    pub time: i64,
    pub item: Option<Id>,
}

/// Key details.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Key {
    pub widget: Id,
    pub keysym: String,
    pub keycode: i64,
    pub char: String,
    pub state: i64,
    pub time: i64,
}

/// What the user did, tagged by `type` (`_wire.EVENTS`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", deny_unknown_fields)]
pub enum TkEvent {
    ButtonPress { #[serde(flatten)] p: Pointer, num: i64 },
    ButtonRelease { #[serde(flatten)] p: Pointer, num: i64 },
    Motion { #[serde(flatten)] p: Pointer },
    Enter { #[serde(flatten)] p: Pointer },
    Leave { #[serde(flatten)] p: Pointer },
    MouseWheel { #[serde(flatten)] p: Pointer, delta: i64 },
    KeyPress { #[serde(flatten)] k: Key },
    KeyRelease { #[serde(flatten)] k: Key },
    FocusIn { widget: Id },
    FocusOut { widget: Id },
    Configure { widget: Id, x: i64, y: i64, width: i64, height: i64 },
    #[serde(rename = "edit")]
    Edit { widget: Id, start: i64, end: i64, text: String },
    #[serde(rename = "cursor")]
    Cursor { widget: Id, index: i64, selection: Option<Vec<i64>> },
    #[serde(rename = "invoke")]
    Invoke { widget: Id },
    #[serde(rename = "spin")]
    Spin { widget: Id, direction: String },
    #[serde(rename = "menu")]
    Menu { widget: Id, index: i64 },
    #[serde(rename = "scale")]
    Scale { widget: Id, value: f64 },
    #[serde(rename = "scrollbar")]
    Scrollbar { widget: Id, action: String, fraction: f64, amount: i64, unit: String },
    #[serde(rename = "view")]
    View { widget: Id, axis: String, first: f64, last: f64 },
    #[serde(rename = "listselect")]
    ListSelect { widget: Id, selection: Vec<i64>, active: i64 },
    #[serde(rename = "treeselect")]
    TreeSelect { widget: Id, selection: Vec<String>, focus: String },
    #[serde(rename = "treeopen")]
    TreeOpen { widget: Id, item: String, open: bool },
    #[serde(rename = "treeheading")]
    TreeHeading { widget: Id, column: String },
    #[serde(rename = "tab")]
    Tab { widget: Id, tab: Id },
    #[serde(rename = "sash")]
    Sash { widget: Id, sashes: Vec<f64> },
    #[serde(rename = "close")]
    Close { widget: Id },
}

impl TkEvent {
    /// The event as the JSON object `BridgeEvent::Tk` carries.
    pub fn to_map(&self) -> Map<String, Value> {
        object_of(self)
    }
}

#[cfg(test)]
#[path = "ops_tests.rs"]
mod tests;
