//! Every message that crosses a boundary, defined once.
//!
//! Channels and directions:
//! - panel -> worker (`postMessage`): [`PanelToWorker`]
//! - worker -> panel (`postMessage`): [`WorkerToPanel`]
//! - Python -> panel, blocking until the panel replies through the shared control buffer: [`BridgeRequest`]
//! - panel -> Python, the reply to a request: [`BridgeReply`]
//! - panel -> Python, the event queue a running program drains (GUI main loops): [`BridgeEvent`]
//! - Python -> panel, fire-and-forget notes (drawing commands of later modules): [`BridgeNote`]
//! - the runner's result for one Run: [`Outcome`]
//!
//! The JS worker (`worker/protocol.gen.mjs`) and the Python shims (`shims/pyroom/_protocol.py`) read generated
//! mirrors of these definitions. `cargo test` fails when a mirror is stale; `PYROOM_BLESS=1 cargo test` rewrites them.
//! [`layout`] fixes the shape of the shared control buffer for all three languages.

use crate::turtle::TurtleOp;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Where Python runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mode {
    /// In a dedicated worker with a SharedArrayBuffer control block (the normal case).
    Worker,
    /// On the panel's own thread: no SharedArrayBuffer, no interrupt; blocking calls use JSPI.
    MainThread,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", deny_unknown_fields)]
pub enum PanelToWorker {
    /// The first message. In worker mode the panel attaches the shared control buffer as `control`
    /// (see [`JS_ATTACHED`]); serde never sees it.
    Init { mode: Mode },
    /// Run the editor's code as `main.py` in a fresh `__main__`.
    Run { run: u32, code: String },
    /// Run one block of a page in the page's shared namespace, like a notebook cell; `fresh` starts a new namespace.
    /// Tracebacks name the block `name`. With `echo`, top-level expression values are printed as at the `>>>` prompt.
    RunCell { run: u32, code: String, name: String, fresh: bool, echo: bool },
    /// Run a `>>>` session as a doctest (in a fresh namespace) and report the examples that fail.
    Check { run: u32, code: String, name: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stream {
    Stdout,
    Stderr,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", deny_unknown_fields)]
pub enum WorkerToPanel {
    /// Start-up progress, shown in the status while loading.
    Progress { stage: String },
    /// Python is loaded and idle.
    Ready { python: String, pyodide: String, jspi: bool },
    /// Program output, used where there is no shared output ring (main-thread mode).
    Output { stream: Stream, text: String },
    /// Python waits for a [`BridgeReply`] with this id in the control buffer.
    Request { id: u32, request: BridgeRequest },
    /// A fire-and-forget note from Python.
    Note { note: BridgeNote },
    /// The run ended.
    Finished { run: u32, outcome: Outcome },
    /// The runtime is broken (fatal Pyodide error, out of memory); the panel replaces it.
    Fatal { message: String },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", deny_unknown_fields)]
pub enum BridgeRequest {
    /// A line of standard input; the prompt was already written to stdout.
    Input { prompt: String },
    /// turtle's `textinput` / `numinput`: a dialog in the Preview. Reply `Line` (OK) or `Eof` (Cancel); `error` is
    /// the warning shown when asking again after a bad number (empty the first time).
    TurtleInput { title: String, prompt: String, number: bool, default: String, error: String },
    /// A tkinter query (layout, font metrics, dialogs); its inner schema is `shims/tkinter/_wire.py`'s.
    Tk { query: Map<String, Value> },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", deny_unknown_fields)]
pub enum BridgeReply {
    /// A line typed by the user, without its newline.
    Line { text: String },
    /// End of input (Ctrl+D in the input field).
    Eof,
    /// The panel cannot serve the request.
    Refused { message: String },
    /// The answer to a `BridgeRequest::Tk` query.
    Tk { answer: Map<String, Value> },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", deny_unknown_fields)]
pub enum BridgeEvent {
    /// The Preview area changed size (CSS pixels).
    PreviewResized { width: u32, height: u32 },
    /// A key went down (repeats too) or up in the turtle window; `key` is the DOM `KeyboardEvent.key`.
    TurtleKey { down: bool, key: String },
    /// The mouse in the turtle window: canvas pixels (y down, as in the `canvas` op); `button` is the DOM button
    /// plus one, 0 for a move without a button.
    TurtleMouse { action: MouseAction, button: u32, x: f64, y: f64 },
    /// The user closed the turtle window.
    TurtleClose,
    /// A tkinter event (input, widget actions); its inner schema is `shims/tkinter/_wire.py`'s.
    Tk { event: Map<String, Value> },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MouseAction {
    Press,
    Release,
    Move,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", deny_unknown_fields)]
pub enum BridgeNote {
    /// Clear the Preview (a new program starts drawing).
    PreviewClear,
    /// A batch of turtle drawing operations (see `crate::turtle`).
    Turtle { ops: Vec<TurtleOp> },
    /// A batch of tkinter operations (`shims/tkinter/_ops.py`).
    Tk { ops: Vec<Value> },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", deny_unknown_fields)]
pub enum Outcome {
    Ok,
    /// An uncaught exception; `traceback` is the full text as Python formats it.
    Error { traceback: String },
    /// `sys.exit(code)` (a non-integer argument was printed to stderr and counts as 1).
    Exit { code: i32 },
    /// Stopped by the user (KeyboardInterrupt).
    Interrupted { traceback: String },
    /// A doctest check ran: how many examples were tried, and each failure.
    Checked { attempted: u32, failures: Vec<DoctestFailure> },
}

/// One doctest example whose output differs from the page's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DoctestFailure {
    /// 1-based line of the example's `>>>` within the checked text.
    pub line: u32,
    pub source: String,
    pub expected: String,
    /// What the example printed, or the exception it raised (formatted as doctest does).
    pub got: String,
}

/// Properties that JS attaches to a message beside its serde fields (they are JS objects, not data).
pub const JS_ATTACHED: &[(&str, &str, &str)] = &[("PanelToWorker", "Init", "control")];

/// The shared control buffer (one SharedArrayBuffer): an Int32 header, then three byte areas.
pub mod layout {
    /// Pyodide's interrupt buffer (`setInterruptBuffer` on an Int32Array view of the header): 2 = SIGINT.
    pub const INTERRUPT: u32 = 0;
    /// Bumped and notified whenever the panel has something for the worker (reply, event, stop).
    pub const WAKE: u32 = 1;
    /// 1 while a reply waits in the reply area.
    pub const REPLY_STATE: u32 = 2;
    pub const REPLY_LEN: u32 = 3;
    pub const REPLY_ID: u32 = 4;
    /// Spin lock over the event area (0 free, 1 held).
    pub const EVENT_LOCK: u32 = 5;
    /// Bytes used in the event area: records of a u32 little-endian length and UTF-8 JSON.
    pub const EVENT_LEN: u32 = 6;
    /// Output ring positions (free-running u32 byte counters; the panel notifies `OUT_TAIL` when it reads).
    pub const OUT_HEAD: u32 = 7;
    pub const OUT_TAIL: u32 = 8;
    /// Events the panel could not queue because the area was full.
    pub const EVENTS_DROPPED: u32 = 9;
    pub const HEADER_INTS: u32 = 16;

    pub const REPLY_OFFSET: u32 = HEADER_INTS * 4;
    pub const REPLY_CAP: u32 = 1 << 20;
    pub const EVENT_OFFSET: u32 = REPLY_OFFSET + REPLY_CAP;
    pub const EVENT_CAP: u32 = 1 << 18;
    /// Output ring: records of a stream byte (0 stdout, 1 stderr), a u32 little-endian length, then UTF-8 bytes.
    pub const OUT_OFFSET: u32 = EVENT_OFFSET + EVENT_CAP;
    pub const OUT_CAP: u32 = 1 << 20;
    /// The largest record payload a writer puts in the ring at once.
    pub const OUT_MAX_RECORD: u32 = 1 << 16;
    pub const TOTAL_BYTES: u32 = OUT_OFFSET + OUT_CAP;

    pub const ALL: &[(&str, u32)] = &[
        ("INTERRUPT", INTERRUPT),
        ("WAKE", WAKE),
        ("REPLY_STATE", REPLY_STATE),
        ("REPLY_LEN", REPLY_LEN),
        ("REPLY_ID", REPLY_ID),
        ("EVENT_LOCK", EVENT_LOCK),
        ("EVENT_LEN", EVENT_LEN),
        ("OUT_HEAD", OUT_HEAD),
        ("OUT_TAIL", OUT_TAIL),
        ("EVENTS_DROPPED", EVENTS_DROPPED),
        ("HEADER_INTS", HEADER_INTS),
        ("REPLY_OFFSET", REPLY_OFFSET),
        ("REPLY_CAP", REPLY_CAP),
        ("EVENT_OFFSET", EVENT_OFFSET),
        ("EVENT_CAP", EVENT_CAP),
        ("OUT_OFFSET", OUT_OFFSET),
        ("OUT_CAP", OUT_CAP),
        ("OUT_MAX_RECORD", OUT_MAX_RECORD),
        ("TOTAL_BYTES", TOTAL_BYTES),
    ];
}

/// One sample value of every variant, so that mirrors can be derived from what serde really writes.
pub trait Samples: Serialize + Sized {
    const NAME: &'static str;
    const TAG: &'static str;
    fn samples() -> Vec<Self>;
    /// Exhaustive over the variants, so a new variant without a sample fails to compile or to test.
    fn variant(&self) -> usize;
    const VARIANTS: usize;
}

impl Samples for PanelToWorker {
    const NAME: &'static str = "PanelToWorker";
    const TAG: &'static str = "type";
    const VARIANTS: usize = 4;
    fn samples() -> Vec<Self> {
        vec![
            Self::Init { mode: Mode::Worker },
            Self::Run { run: 1, code: String::new() },
            Self::RunCell { run: 1, code: String::new(), name: String::new(), fresh: true, echo: false },
            Self::Check { run: 1, code: String::new(), name: String::new() },
        ]
    }
    fn variant(&self) -> usize {
        match self {
            Self::Init { .. } => 0,
            Self::Run { .. } => 1,
            Self::RunCell { .. } => 2,
            Self::Check { .. } => 3,
        }
    }
}

impl Samples for WorkerToPanel {
    const NAME: &'static str = "WorkerToPanel";
    const TAG: &'static str = "type";
    const VARIANTS: usize = 7;
    fn samples() -> Vec<Self> {
        vec![
            Self::Progress { stage: String::new() },
            Self::Ready { python: String::new(), pyodide: String::new(), jspi: false },
            Self::Output { stream: Stream::Stdout, text: String::new() },
            Self::Request { id: 1, request: BridgeRequest::Input { prompt: String::new() } },
            Self::Note { note: BridgeNote::PreviewClear },
            Self::Finished { run: 1, outcome: Outcome::Ok },
            Self::Fatal { message: String::new() },
        ]
    }
    fn variant(&self) -> usize {
        match self {
            Self::Progress { .. } => 0,
            Self::Ready { .. } => 1,
            Self::Output { .. } => 2,
            Self::Request { .. } => 3,
            Self::Note { .. } => 4,
            Self::Finished { .. } => 5,
            Self::Fatal { .. } => 6,
        }
    }
}

impl Samples for BridgeRequest {
    const NAME: &'static str = "BridgeRequest";
    const TAG: &'static str = "kind";
    const VARIANTS: usize = 3;
    fn samples() -> Vec<Self> {
        let s = String::new;
        vec![
            Self::Input { prompt: s() },
            Self::TurtleInput { title: s(), prompt: s(), number: false, default: s(), error: s() },
            Self::Tk { query: Map::new() },
        ]
    }
    fn variant(&self) -> usize {
        match self {
            Self::Input { .. } => 0,
            Self::TurtleInput { .. } => 1,
            Self::Tk { .. } => 2,
        }
    }
}

impl Samples for BridgeReply {
    const NAME: &'static str = "BridgeReply";
    const TAG: &'static str = "kind";
    const VARIANTS: usize = 4;
    fn samples() -> Vec<Self> {
        vec![
            Self::Line { text: String::new() },
            Self::Eof,
            Self::Refused { message: String::new() },
            Self::Tk { answer: Map::new() },
        ]
    }
    fn variant(&self) -> usize {
        match self {
            Self::Line { .. } => 0,
            Self::Eof => 1,
            Self::Refused { .. } => 2,
            Self::Tk { .. } => 3,
        }
    }
}

impl Samples for BridgeEvent {
    const NAME: &'static str = "BridgeEvent";
    const TAG: &'static str = "kind";
    const VARIANTS: usize = 5;
    fn samples() -> Vec<Self> {
        vec![
            Self::Tk { event: Map::new() },
            Self::PreviewResized { width: 0, height: 0 },
            Self::TurtleKey { down: true, key: String::new() },
            Self::TurtleMouse { action: MouseAction::Press, button: 1, x: 0.5, y: 0.5 },
            Self::TurtleClose,
        ]
    }
    fn variant(&self) -> usize {
        match self {
            Self::PreviewResized { .. } => 0,
            Self::TurtleKey { .. } => 1,
            Self::TurtleMouse { .. } => 2,
            Self::TurtleClose => 3,
            Self::Tk { .. } => 4,
        }
    }
}

impl Samples for BridgeNote {
    const NAME: &'static str = "BridgeNote";
    const TAG: &'static str = "kind";
    const VARIANTS: usize = 3;
    fn samples() -> Vec<Self> {
        vec![Self::PreviewClear, Self::Turtle { ops: vec![] }, Self::Tk { ops: vec![] }]
    }
    fn variant(&self) -> usize {
        match self {
            Self::PreviewClear => 0,
            Self::Turtle { .. } => 1,
            Self::Tk { .. } => 2,
        }
    }
}

impl Samples for TurtleOp {
    const NAME: &'static str = "TurtleOp";
    const TAG: &'static str = "op";
    const VARIANTS: usize = 18;
    fn samples() -> Vec<Self> {
        crate::turtle::samples()
    }
    fn variant(&self) -> usize {
        crate::turtle::variant(self)
    }
}

impl Samples for Outcome {
    const NAME: &'static str = "Outcome";
    const TAG: &'static str = "kind";
    const VARIANTS: usize = 5;
    fn samples() -> Vec<Self> {
        vec![
            Self::Ok,
            Self::Error { traceback: String::new() },
            Self::Exit { code: 0 },
            Self::Interrupted { traceback: String::new() },
            Self::Checked { attempted: 0, failures: vec![] },
        ]
    }
    fn variant(&self) -> usize {
        match self {
            Self::Ok => 0,
            Self::Error { .. } => 1,
            Self::Exit { .. } => 2,
            Self::Interrupted { .. } => 3,
            Self::Checked { .. } => 4,
        }
    }
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::String(_) => "string",
        Value::Number(_) => "number",
        Value::Bool(_) => "boolean",
        Value::Object(_) => "object",
        Value::Array(_) => "array",
        Value::Null => "null",
    }
}

/// `{variant: {field: json type}}` for one enum, read off serde's output for the samples.
pub fn spec_of<T: Samples>() -> Map<String, Value> {
    let mut out = Map::new();
    for sample in T::samples() {
        let value = serde_json::to_value(&sample).expect("protocol values serialize");
        let obj = value.as_object().expect("tagged enums serialize to objects");
        let name = obj[T::TAG].as_str().expect("tag is a string").to_string();
        let mut fields = Map::new();
        for (key, v) in obj {
            if key != T::TAG {
                fields.insert(key.clone(), Value::String(json_type(v).into()));
            }
        }
        for (channel, variant, field) in JS_ATTACHED {
            if *channel == T::NAME && *variant == name {
                fields.insert((*field).into(), Value::String("js".into()));
            }
        }
        out.insert(name, Value::Object(fields));
    }
    out
}

/// The whole protocol as one JSON value: every channel's spec, its tag key and the buffer layout.
pub fn full_spec() -> Value {
    fn channel<T: Samples>(all: &mut Map<String, Value>) {
        let mut c = Map::new();
        c.insert("tag".into(), Value::String(T::TAG.into()));
        c.insert("variants".into(), Value::Object(spec_of::<T>()));
        all.insert(T::NAME.into(), Value::Object(c));
    }
    let mut channels = Map::new();
    channel::<PanelToWorker>(&mut channels);
    channel::<WorkerToPanel>(&mut channels);
    channel::<BridgeRequest>(&mut channels);
    channel::<BridgeReply>(&mut channels);
    channel::<BridgeEvent>(&mut channels);
    channel::<BridgeNote>(&mut channels);
    channel::<Outcome>(&mut channels);
    channel::<TurtleOp>(&mut channels);
    let mut lay = Map::new();
    for (name, v) in layout::ALL {
        lay.insert((*name).into(), Value::from(*v));
    }
    let mut root = Map::new();
    root.insert("channels".into(), Value::Object(channels));
    root.insert("layout".into(), Value::Object(lay));
    Value::Object(root)
}

const GENERATED: &str = "Generated from src/protocol.rs by `PYROOM_BLESS=1 cargo test`. Do not edit.";

/// The JS mirror, `worker/protocol.gen.mjs`.
pub fn js_mirror() -> String {
    let spec = serde_json::to_string_pretty(&full_spec()).expect("spec serializes");
    format!("// {GENERATED}\nexport const PROTOCOL = {spec};\nexport const LAYOUT = PROTOCOL.layout;\n")
}

/// The Python mirror, `shims/pyroom/_protocol.py`.
pub fn py_mirror() -> String {
    let spec = serde_json::to_string_pretty(&full_spec()).expect("spec serializes");
    format!(
        "# {GENERATED}\n\"\"\"The message protocol shared with the panel and the worker.\"\"\"\nimport json\n\nPROTOCOL = json.loads(r'''{spec}''')\nLAYOUT = PROTOCOL[\"layout\"]\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn round_trip<T: Samples + for<'de> Deserialize<'de> + PartialEq + std::fmt::Debug>() {
        let samples = T::samples();
        let mut seen: Vec<usize> = samples.iter().map(|s| s.variant()).collect();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen, (0..T::VARIANTS).collect::<Vec<_>>(), "{}: one sample per variant", T::NAME);
        for s in samples {
            let json = serde_json::to_string(&s).unwrap();
            let back: T = serde_json::from_str(&json).unwrap();
            assert_eq!(back, s, "{json}");
        }
    }

    #[test]
    fn every_channel_round_trips() {
        round_trip::<PanelToWorker>();
        round_trip::<WorkerToPanel>();
        round_trip::<BridgeRequest>();
        round_trip::<BridgeReply>();
        round_trip::<BridgeEvent>();
        round_trip::<BridgeNote>();
        round_trip::<Outcome>();
        round_trip::<TurtleOp>();
    }

    #[test]
    fn wire_format_is_tagged_objects() {
        let m = WorkerToPanel::Finished { run: 7, outcome: Outcome::Exit { code: 3 } };
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            r#"{"type":"Finished","run":7,"outcome":{"kind":"Exit","code":3}}"#
        );
        let r = BridgeReply::Eof;
        assert_eq!(serde_json::to_string(&r).unwrap(), r#"{"kind":"Eof"}"#);
    }

    #[test]
    fn unknown_messages_and_fields_are_rejected() {
        assert!(serde_json::from_str::<PanelToWorker>(r#"{"type":"Eval","code":"1"}"#).is_err());
        assert!(serde_json::from_str::<PanelToWorker>(r#"{"type":"Run","run":1,"code":"","x":1}"#).is_err());
        assert!(serde_json::from_str::<PanelToWorker>(r#"{"type":"Run","run":"1","code":""}"#).is_err());
        assert!(serde_json::from_str::<WorkerToPanel>(r#"{"type":"Output","stream":"stdin","text":""}"#).is_err());
        assert!(serde_json::from_str::<BridgeRequest>(r#"{"kind":"Input"}"#).is_err());
    }

    #[test]
    fn spec_lists_fields_and_attached_js_objects() {
        let spec = full_spec();
        let init = &spec["channels"]["PanelToWorker"]["variants"]["Init"];
        assert_eq!(init["mode"], "string");
        assert_eq!(init["control"], "js");
        assert_eq!(spec["channels"]["WorkerToPanel"]["variants"]["Finished"]["outcome"], "object");
        assert_eq!(spec["layout"]["TOTAL_BYTES"], layout::TOTAL_BYTES);
    }

    #[test]
    fn layout_areas_do_not_overlap() {
        use layout::*;
        for (_, idx) in &ALL[..10] {
            assert!(*idx < HEADER_INTS);
        }
        assert!(REPLY_OFFSET >= HEADER_INTS * 4);
        assert_eq!(EVENT_OFFSET, REPLY_OFFSET + REPLY_CAP);
        assert_eq!(OUT_OFFSET, EVENT_OFFSET + EVENT_CAP);
        assert!(OUT_CAP.is_power_of_two(), "ring positions wrap at 2^32, a multiple of the capacity");
        assert!(OUT_MAX_RECORD + 5 < OUT_CAP);
    }

    fn check_mirror(rel: &str, want: &str) {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
        if std::env::var_os("PYROOM_BLESS").is_some() {
            std::fs::write(&path, want).unwrap();
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(have == want, "{rel} is stale: run `PYROOM_BLESS=1 cargo test` and commit it");
    }

    #[test]
    fn generated_mirrors_are_current() {
        check_mirror("worker/protocol.gen.mjs", &js_mirror());
        check_mirror("shims/pyroom/_protocol.py", &py_mirror());
    }

    /// The hand-written sides may only name messages that exist: every `send('X'` in the worker's JS and every
    /// `request("X"` / `note("X"` in the Python shims.
    #[test]
    fn hand_written_sides_name_only_known_messages() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let spec = full_spec();
        let known = |channel: &str, name: &str| spec["channels"][channel]["variants"].get(name).is_some();
        let mut checked = 0;
        for (dir, ext, patterns) in [
            ("worker", "mjs", vec![("send('", "WorkerToPanel")]),
            ("shims", "py", vec![("request(\"", "BridgeRequest"), ("note(\"", "BridgeNote")]),
        ] {
            for file in walk(&root.join(dir), ext) {
                let text = std::fs::read_to_string(&file).unwrap();
                for (pat, channel) in &patterns {
                    for (i, _) in text.match_indices(pat) {
                        let rest = &text[i + pat.len()..];
                        let name: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
                        assert!(known(channel, &name), "{}: {pat}{name} is not a {channel}", file.display());
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked >= 5, "the scan found only {checked} uses; did the helpers get renamed?");
    }

    fn walk(dir: &Path, ext: &str) -> Vec<std::path::PathBuf> {
        let mut out = vec![];
        if let Ok(entries) = std::fs::read_dir(dir) {
            for e in entries.flatten() {
                let p = e.path();
                if p.is_dir() {
                    out.extend(walk(&p, ext));
                } else if p.extension().is_some_and(|x| x == ext) {
                    out.push(p);
                }
            }
        }
        out
    }
}
