#![cfg(target_arch = "wasm32")]
//! The DOM-facing Rust in headless Chromium (`cargo test --target wasm32-unknown-unknown`): the console view, the
//! panel's end of the shared control buffer, storage without the extension API, and the panel's accessible names.

use js_sys::{Int32Array, Reflect};
use pyroom::console::{Console, Kind, Limits};
use pyroom::output::{encode, RingDecoder};
use pyroom::protocol::{layout as L, BridgeEvent, BridgeReply, Stream};
use pyroom::web::channel::Control;
use pyroom::web::console_view::{group, ConsoleView};
use pyroom::web::storage;
use pyroom::web::ui::{self, Ui, DEFAULT_FONT_SIZE, FONT_SIZES};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

// ---------------------------------------------------------------------------------------------------------------
// Helpers

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh container in the page's body, removed when the guard drops.
struct Mount(HtmlElement);

impl Mount {
    fn new() -> Mount {
        let div: HtmlElement = document().create_element("div").unwrap().dyn_into().unwrap();
        document().body().unwrap().append_child(&div).unwrap();
        Mount(div)
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        self.0.remove();
    }
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.get(i).unwrap().dyn_into::<Element>().unwrap()).collect()
}

fn one(root: &Element, selector: &str) -> Element {
    let found = all(root, selector);
    assert_eq!(found.len(), 1, "exactly one {selector}");
    found.into_iter().next().unwrap()
}

fn text(e: &Element) -> String {
    e.text_content().unwrap_or_default()
}

fn attr(e: &Element, name: &str) -> Option<String> {
    e.get_attribute(name)
}

/// The accessible name as a screen reader computes it for these elements: `aria-label`, else the text of the
/// children that are not `aria-hidden`.
fn accessible_name(e: &Element) -> String {
    fn content(node: &web_sys::Node, out: &mut String) {
        if let Some(el) = node.dyn_ref::<Element>() {
            if el.get_attribute("aria-hidden").as_deref() == Some("true") {
                return;
            }
            let kids = node.child_nodes();
            for i in 0..kids.length() {
                content(&kids.get(i).unwrap(), out);
            }
        } else if node.node_type() == web_sys::Node::TEXT_NODE {
            out.push_str(&node.text_content().unwrap_or_default());
        }
    }
    if let Some(label) = e.get_attribute("aria-label") {
        return label.trim().to_string();
    }
    let mut out = String::new();
    content(e, &mut out);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `new KeyboardEvent(kind, {key, bubbles: true})`.
fn key_event(kind: &str, key: &str) -> web_sys::Event {
    let ctor: js_sys::Function = Reflect::get(&js_sys::global(), &"KeyboardEvent".into()).unwrap().unchecked_into();
    let init = js_sys::Object::new();
    Reflect::set(&init, &"key".into(), &key.into()).unwrap();
    Reflect::set(&init, &"bubbles".into(), &true.into()).unwrap();
    let args = js_sys::Array::of2(&kind.into(), &init);
    Reflect::construct(&ctor, &args).unwrap().unchecked_into()
}

async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    JsFuture::from(p).await.unwrap();
}

/// Applies the model's changes to the view, as the panel's pump does once per frame.
fn pump(view: &mut ConsoleView, console: &mut Console) {
    let open = console.is_line_open();
    view.apply(console.take_update(), open).unwrap();
}

fn mounted_console(limits: Limits) -> (Mount, ConsoleView, Console) {
    let m = Mount::new();
    let view = ConsoleView::new().unwrap();
    m.0.append_child(&view.root).unwrap();
    (m, view, Console::new(limits))
}

fn line_texts(view: &ConsoleView) -> Vec<String> {
    all(&view.root, ".line").iter().map(text).collect()
}

fn is_hidden(e: &Element) -> bool {
    e.has_attribute("hidden")
}

// ---------------------------------------------------------------------------------------------------------------
// ConsoleView

#[wasm_bindgen_test]
fn console_is_a_log() {
    let (_m, view, _) = mounted_console(Limits::default());
    assert_eq!(attr(&view.root, "role").as_deref(), Some("log"));
    assert_eq!(accessible_name(&view.root), "Console");
    assert!(is_hidden(&one(&view.root, ".dropped")), "no dropped note at first");
    assert!(all(&view.root, ".line").is_empty());
}

#[wasm_bindgen_test]
async fn console_renders_output_as_text_never_as_markup() {
    let (_m, mut view, mut c) = mounted_console(Limits::default());
    let evil = r#"<img src=x onerror="window.__pyroomPwned = 1"><b>bold</b>"#;
    let script = "<script>window.__pyroomPwned = 2</script>";
    c.push(Kind::Stdout, &format!("{evil}\n"));
    c.push(Kind::Stderr, &format!("{script}\n"));
    c.push(Kind::Stdout, "&lt;entity&gt; & \"quotes\"\n");
    pump(&mut view, &mut c);
    assert!(view.root.query_selector("img, b, script").unwrap().is_none(), "markup became elements");
    assert_eq!(
        line_texts(&view),
        vec![evil.to_string(), script.to_string(), "&lt;entity&gt; & \"quotes\"".to_string()]
    );
    sleep(50).await;
    assert!(Reflect::get(&js_sys::global(), &"__pyroomPwned".into()).unwrap().is_undefined(), "the markup ran");
}

#[wasm_bindgen_test]
fn console_lines_keep_their_streams_apart() {
    let (_m, mut view, mut c) = mounted_console(Limits::default());
    c.push(Kind::Stdout, "Name? ");
    c.push(Kind::Stdin, "Ada\n");
    c.push(Kind::Stderr, "Traceback\n");
    c.push_line(Kind::Info, "Finished");
    pump(&mut view, &mut c);
    let lines = all(&view.root, ".line");
    assert_eq!(lines.len(), 3);
    let classes = |l: &Element| all(l, "span").iter().map(|s| s.class_name()).collect::<Vec<_>>();
    assert_eq!(classes(&lines[0]), vec!["out", "in"]);
    assert_eq!(classes(&lines[1]), vec!["err"]);
    assert_eq!(classes(&lines[2]), vec!["info"]);
    assert_eq!(line_texts(&view), vec!["Name? Ada", "Traceback", "Finished"]);
}

#[wasm_bindgen_test]
fn console_replaces_an_open_line_in_place() {
    let (_m, mut view, mut c) = mounted_console(Limits::default());
    c.push(Kind::Stdout, "first\nName? ");
    pump(&mut view, &mut c);
    let lines = all(&view.root, ".line");
    assert_eq!(lines.len(), 2);
    let prompt = lines[1].clone();
    assert!(prompt.class_list().contains("open"), "the prompt's line waits for its newline");
    assert!(!lines[0].class_list().contains("open"));

    c.push(Kind::Stdin, "Ada\n");
    pump(&mut view, &mut c);
    let lines = all(&view.root, ".line");
    assert_eq!(lines.len(), 2, "the open line was replaced, not appended");
    assert!(lines[1].is_same_node(Some(&prompt)), "the same element is reused");
    assert_eq!(text(&lines[1]), "Name? Ada");
    assert!(!lines[1].class_list().contains("open"));

    c.push(Kind::Stdout, "10%\r50%\r100%\n");
    pump(&mut view, &mut c);
    assert_eq!(line_texts(&view), vec!["first", "Name? Ada", "100%"]);
}

#[wasm_bindgen_test]
fn console_drops_old_lines_with_a_note() {
    let (_m, mut view, mut c) = mounted_console(Limits { max_lines: 3, max_line_chars: 100, max_total_chars: 10_000 });
    c.push(Kind::Stdout, "0\n1\n2\n");
    pump(&mut view, &mut c);
    let kept = all(&view.root, ".line")[2].clone();
    assert!(is_hidden(&one(&view.root, ".dropped")));

    for i in 3..10 {
        c.push(Kind::Stdout, &format!("{i}\n"));
    }
    pump(&mut view, &mut c);
    assert_eq!(line_texts(&view), vec!["7", "8", "9"]);
    let note = one(&view.root, ".dropped");
    assert!(!is_hidden(&note));
    assert_eq!(text(&note), "7 earlier lines not shown (the console keeps the last 3).");

    c.push(Kind::Stdout, "10\n");
    pump(&mut view, &mut c);
    assert_eq!(line_texts(&view), vec!["8", "9", "10"]);
    assert_eq!(text(&note), "8 earlier lines not shown (the console keeps the last 3).");
    assert!(!kept.is_connected(), "dropped lines leave the DOM");

    c.clear();
    pump(&mut view, &mut c);
    assert!(line_texts(&view).is_empty());
    assert!(is_hidden(&note), "a cleared console has nothing dropped");
    c.push(Kind::Info, "again\n");
    pump(&mut view, &mut c);
    assert_eq!(line_texts(&view), vec!["again"]);
}

#[wasm_bindgen_test]
fn console_reuses_surviving_lines_when_old_ones_drop() {
    let (_m, mut view, mut c) = mounted_console(Limits { max_lines: 3, max_line_chars: 100, max_total_chars: 10_000 });
    c.push(Kind::Stdout, "a\nb\nc\n");
    pump(&mut view, &mut c);
    let c_line = all(&view.root, ".line")[2].clone();
    c.push(Kind::Stdout, "d\ne\n");
    pump(&mut view, &mut c);
    let lines = all(&view.root, ".line");
    assert_eq!(line_texts(&view), vec!["c", "d", "e"]);
    assert!(lines[0].is_same_node(Some(&c_line)));
}

#[wasm_bindgen_test]
fn console_counts_dropped_lines_with_digit_groups() {
    assert_eq!(group(0), "0");
    assert_eq!(group(999), "999");
    assert_eq!(group(1000), "1,000");
    assert_eq!(group(1_234_567), "1,234,567");
    let (_m, mut view, mut c) =
        mounted_console(Limits { max_lines: 5, max_line_chars: 100, max_total_chars: 1_000_000 });
    let chunk: String = (0..1005).map(|i| format!("{i}\n")).collect();
    c.push(Kind::Stdout, &chunk);
    pump(&mut view, &mut c);
    assert_eq!(all(&view.root, ".line").len(), 5);
    assert_eq!(text(&one(&view.root, ".dropped")), "1,000 earlier lines not shown (the console keeps the last 5).");
}

#[wasm_bindgen_test]
fn console_marks_cut_lines() {
    let (_m, mut view, mut c) = mounted_console(Limits { max_lines: 10, max_line_chars: 5, max_total_chars: 1000 });
    c.push(Kind::Stdout, "abcdefghij\n");
    pump(&mut view, &mut c);
    let line = one(&view.root, ".line");
    assert_eq!(text(&one(&line, ".out")), "abcde");
    assert_eq!(text(&one(&line, ".elided")), " … (5 more characters not shown)");
}

#[wasm_bindgen_test]
fn console_input_field_follows_the_prompt_and_goes_away() {
    let (_m, mut view, mut c) = mounted_console(Limits::default());
    c.push(Kind::Stdout, "Name? ");
    pump(&mut view, &mut c);
    let keys = Rc::new(RefCell::new(Vec::<String>::new()));
    let k = keys.clone();
    let on_key = Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
        k.borrow_mut().push(e.key())
    });
    let input = view.show_input(on_key.as_ref().unchecked_ref()).unwrap();

    let found: HtmlInputElement = one(&view.root, "input").dyn_into().unwrap();
    assert!(found.is_same_node(Some(&input)));
    assert_eq!(attr(&input, "type").as_deref(), Some("text"), "a textbox");
    assert_eq!(accessible_name(&input), "Input for the program");
    let prompt_line = one(&view.root, ".line.open");
    assert!(input.parent_element().unwrap().is_same_node(Some(&prompt_line)), "the field sits after the prompt");

    input.set_value("Ada");
    assert_eq!(view.input_value().as_deref(), Some("Ada"));
    input.dispatch_event(&key_event("keydown", "Enter")).unwrap();
    assert_eq!(*keys.borrow(), vec!["Enter".to_string()]);

    // Output that arrives while the field is shown keeps the field at the end.
    c.push(Kind::Stderr, "\nwarning\n");
    pump(&mut view, &mut c);
    let lines_box = one(&view.root, ".lines");
    assert!(lines_box.last_element_child().unwrap().is_same_node(Some(&input)), "the field stays last");
    assert_eq!(all(&view.root, "input").len(), 1);

    view.hide_input();
    assert!(view.root.query_selector("input").unwrap().is_none());
    assert!(!input.is_connected());
    assert_eq!(view.input_value(), None);
    input.dispatch_event(&key_event("keydown", "x")).unwrap();
    assert_eq!(keys.borrow().len(), 1, "a hidden field no longer reports keys");
}

#[wasm_bindgen_test]
fn console_input_field_without_prompt_gets_its_own_line() {
    let (_m, mut view, mut c) = mounted_console(Limits::default());
    c.push(Kind::Stdout, "done\n");
    pump(&mut view, &mut c);
    let f = js_sys::Function::new_no_args("");
    view.show_input(&f).unwrap();
    let input = view.show_input(&f).unwrap();
    assert_eq!(all(&view.root, "input").len(), 1, "showing twice keeps one field");
    let parent = input.parent_element().unwrap();
    assert!(parent.class_list().contains("lines"), "on a line of its own, not inside {}", parent.class_name());
    assert_eq!(text(&one(&view.root, ".line")), "done");
}

// ---------------------------------------------------------------------------------------------------------------
// channel::Control, the panel's end of the shared buffer. These tests play the worker's part on the bytes.

fn ints(c: &Control) -> Int32Array {
    Int32Array::new(&c.sab)
}

fn read(c: &Control, at: u32, len: u32) -> Vec<u8> {
    c.bytes().subarray(at, at + len).to_vec()
}

/// Writes `data` into the output ring at free-running position `pos`, wrapping as the worker does.
fn ring_put(c: &Control, pos: u32, data: &[u8]) {
    for (i, b) in data.iter().enumerate() {
        let at = L::OUT_OFFSET + (pos.wrapping_add(i as u32) & (L::OUT_CAP - 1));
        c.bytes().set_index(at, *b);
    }
}

#[wasm_bindgen_test]
fn control_buffer_has_the_layout_size() {
    let c = Control::new();
    assert_eq!(c.sab.byte_length(), L::TOTAL_BYTES);
    assert_eq!(c.bytes().length(), L::TOTAL_BYTES);
    let i = ints(&c);
    for slot in 0..L::HEADER_INTS {
        assert_eq!(i.get_index(slot), 0);
    }
}

#[wasm_bindgen_test]
fn control_reply_writes_json_then_the_header() {
    let c = Control::new();
    let i = ints(&c);
    let wake = i.get_index(L::WAKE);
    let reply = BridgeReply::Line { text: "héllo \"quoted\" ✓".into() };
    c.reply(7, &reply).unwrap();
    let len = i.get_index(L::REPLY_LEN) as u32;
    let json = read(&c, L::REPLY_OFFSET, len);
    let value: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(value, serde_json::json!({"kind": "Line", "text": "héllo \"quoted\" ✓"}));
    assert_eq!(len as usize, serde_json::to_vec(&reply).unwrap().len(), "the length is in bytes");
    assert_eq!(i.get_index(L::REPLY_ID), 7);
    assert_eq!(i.get_index(L::REPLY_STATE), 1);
    assert_eq!(i.get_index(L::WAKE), wake + 1, "the worker is woken");

    // The worker consumes it (state 0); the next reply replaces it.
    i.set_index(L::REPLY_STATE, 0);
    c.reply(8, &BridgeReply::Eof).unwrap();
    let len = i.get_index(L::REPLY_LEN) as u32;
    let back: BridgeReply = serde_json::from_slice(&read(&c, L::REPLY_OFFSET, len)).unwrap();
    assert_eq!(back, BridgeReply::Eof);
    assert_eq!(i.get_index(L::REPLY_ID), 8);
    assert_eq!(i.get_index(L::REPLY_STATE), 1);
    assert_eq!(i.get_index(L::WAKE), wake + 2);
}

#[wasm_bindgen_test]
fn control_refuses_a_reply_too_large_for_its_area() {
    let c = Control::new();
    let i = ints(&c);
    c.reply(3, &BridgeReply::Line { text: "x".repeat(L::REPLY_CAP as usize) }).unwrap();
    let len = i.get_index(L::REPLY_LEN) as u32;
    assert!(len <= L::REPLY_CAP);
    let back: BridgeReply = serde_json::from_slice(&read(&c, L::REPLY_OFFSET, len)).unwrap();
    assert!(matches!(back, BridgeReply::Refused { .. }), "{back:?}");
    assert_eq!(i.get_index(L::REPLY_ID), 3);
    assert_eq!(read(&c, L::EVENT_OFFSET, 16), vec![0; 16], "nothing spilled into the event area");
}

/// The event area's records: u32 little-endian length, UTF-8 JSON.
fn event_records(c: &Control) -> Vec<BridgeEvent> {
    let used = ints(c).get_index(L::EVENT_LEN) as u32;
    let area = read(c, L::EVENT_OFFSET, used);
    let mut out = Vec::new();
    let mut at = 0usize;
    while at < area.len() {
        let n = u32::from_le_bytes([area[at], area[at + 1], area[at + 2], area[at + 3]]) as usize;
        out.push(serde_json::from_slice(&area[at + 4..at + 4 + n]).unwrap());
        at += 4 + n;
    }
    assert_eq!(at, area.len(), "records fill the used area exactly");
    out
}

#[wasm_bindgen_test]
fn control_push_event_appends_records() {
    let c = Control::new();
    let i = ints(&c);
    let wake = i.get_index(L::WAKE);
    let a = BridgeEvent::PreviewResized { width: 320, height: 200 };
    let b = BridgeEvent::PreviewResized { width: 600, height: 41 };
    assert!(c.push_event(&a).unwrap());
    let ja = serde_json::to_vec(&a).unwrap();
    assert_eq!(i.get_index(L::EVENT_LEN) as usize, 4 + ja.len());
    assert_eq!(read(&c, L::EVENT_OFFSET, 4), (ja.len() as u32).to_le_bytes().to_vec());
    assert_eq!(read(&c, L::EVENT_OFFSET + 4, ja.len() as u32), ja);
    assert!(c.push_event(&b).unwrap());
    assert_eq!(event_records(&c), vec![a.clone(), b]);
    assert_eq!(i.get_index(L::EVENT_LOCK), 0, "the lock is released");
    assert_eq!(i.get_index(L::WAKE), wake + 2);

    // The worker drained the queue (EVENT_LEN 0): the next event starts at the beginning again.
    i.set_index(L::EVENT_LEN, 0);
    assert!(c.push_event(&a).unwrap());
    assert_eq!(event_records(&c), vec![a]);
}

#[wasm_bindgen_test]
fn control_push_event_says_when_the_queue_is_full() {
    let c = Control::new();
    let i = ints(&c);
    let e = BridgeEvent::PreviewResized { width: 1, height: 2 };
    let mut pushed = 0;
    while c.push_event(&e).unwrap() {
        pushed += 1;
        assert!(pushed < 1_000_000, "the queue never fills");
    }
    let used = i.get_index(L::EVENT_LEN) as u32;
    let record = 4 + serde_json::to_vec(&e).unwrap().len() as u32;
    assert!(used <= L::EVENT_CAP);
    assert!(used + record > L::EVENT_CAP, "refused only when it does not fit");
    assert_eq!(event_records(&c).len(), pushed);
    let wake = i.get_index(L::WAKE);
    assert!(!c.push_event(&e).unwrap());
    assert_eq!(i.get_index(L::EVENT_LEN) as u32, used);
    assert_eq!(i.get_index(L::WAKE), wake, "no wake for a refused event");
    assert_eq!(i.get_index(L::EVENT_LOCK), 0);
}

#[wasm_bindgen_test]
fn control_push_event_does_not_take_a_held_lock() {
    let c = Control::new();
    let i = ints(&c);
    i.set_index(L::EVENT_LOCK, 1); // the worker is draining
    assert!(!c.push_event(&BridgeEvent::PreviewResized { width: 1, height: 1 }).unwrap());
    assert_eq!(i.get_index(L::EVENT_LEN), 0);
    assert_eq!(i.get_index(L::EVENT_LOCK), 1, "the worker's lock is left alone");
    i.set_index(L::EVENT_LOCK, 0);
    assert!(c.push_event(&BridgeEvent::PreviewResized { width: 1, height: 1 }).unwrap());
}

#[wasm_bindgen_test]
fn control_interrupt_sets_the_flag_and_wakes() {
    let c = Control::new();
    let i = ints(&c);
    c.interrupt();
    assert_eq!(i.get_index(L::INTERRUPT), 2, "SIGINT for Pyodide's interrupt buffer");
    assert_eq!(i.get_index(L::WAKE), 1);
    c.wake();
    assert_eq!(i.get_index(L::WAKE), 2);
    assert_eq!(c.load(L::WAKE), 2);
}

#[wasm_bindgen_test]
fn control_take_output_reads_records_and_frees_the_space() {
    let c = Control::new();
    let i = ints(&c);
    assert!(c.take_output().is_empty());
    let mut records = encode(Stream::Stdout, "hello\n".as_bytes());
    records.extend(encode(Stream::Stderr, "oops ✗\n".as_bytes()));
    ring_put(&c, 0, &records);
    i.set_index(L::OUT_HEAD, records.len() as i32);
    let got = c.take_output();
    assert_eq!(got, records);
    assert_eq!(i.get_index(L::OUT_TAIL), records.len() as i32, "the tail moves to the head");
    assert!(c.take_output().is_empty(), "read once");
    let text = RingDecoder::new().push(&got);
    assert_eq!(text, vec![(Stream::Stdout, "hello\n".to_string()), (Stream::Stderr, "oops ✗\n".to_string())]);

    // More output later: only the new bytes.
    let more = encode(Stream::Stdout, b"more");
    ring_put(&c, records.len() as u32, &more);
    i.set_index(L::OUT_HEAD, (records.len() + more.len()) as i32);
    assert_eq!(c.take_output(), more);
}

#[wasm_bindgen_test]
fn control_take_output_wraps_around_the_ring_end() {
    for before in [1u32, 3, 5, 8] {
        let c = Control::new();
        let i = ints(&c);
        let start = L::OUT_CAP - before;
        i.set_index(L::OUT_HEAD, start as i32);
        i.set_index(L::OUT_TAIL, start as i32);
        let record = encode(Stream::Stderr, "wrapped around ✓\n".as_bytes());
        ring_put(&c, start, &record);
        i.set_index(L::OUT_HEAD, (start + record.len() as u32) as i32);
        assert_eq!(c.take_output(), record, "{before} bytes before the end");
        assert_eq!(i.get_index(L::OUT_TAIL) as u32, start + record.len() as u32);
    }
}

#[wasm_bindgen_test]
fn control_take_output_survives_the_counters_wrapping() {
    let c = Control::new();
    let i = ints(&c);
    let start = u32::MAX - 2;
    i.set_index(L::OUT_HEAD, start as i32);
    i.set_index(L::OUT_TAIL, start as i32);
    let record = encode(Stream::Stdout, b"past 2^32");
    ring_put(&c, start, &record);
    let head = start.wrapping_add(record.len() as u32);
    i.set_index(L::OUT_HEAD, head as i32);
    assert_eq!(c.take_output(), record);
    assert_eq!(i.get_index(L::OUT_TAIL) as u32, head);
}

#[wasm_bindgen_test]
fn control_take_output_reads_a_full_ring() {
    let c = Control::new();
    let i = ints(&c);
    let payload: Vec<u8> = (0..L::OUT_CAP - 5).map(|n| b'a' + (n % 26) as u8).collect();
    let record = encode(Stream::Stdout, &payload);
    assert_eq!(record.len() as u32, L::OUT_CAP);
    let start = 12_345;
    i.set_index(L::OUT_HEAD, start);
    i.set_index(L::OUT_TAIL, start);
    ring_put(&c, start as u32, &record);
    i.set_index(L::OUT_HEAD, start + L::OUT_CAP as i32);
    let got = c.take_output();
    assert_eq!(got.len() as u32, L::OUT_CAP);
    assert!(got == record, "the whole ring comes back in order");
}

// ---------------------------------------------------------------------------------------------------------------
// storage: this test page has no chrome.storage, so values go to localStorage under "pyroom.".

#[wasm_bindgen_test]
async fn storage_falls_back_to_local_storage() {
    let chrome = Reflect::get(&js_sys::global(), &"chrome".into()).unwrap();
    let has_storage = !chrome.is_undefined() && !Reflect::get(&chrome, &"storage".into()).unwrap().is_undefined();
    assert!(!has_storage, "this test needs a page without chrome.storage");
    let ls = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    for k in ["pyroom.code", "pyroom.font", "pyroom.absent"] {
        ls.remove_item(k).unwrap();
    }
    assert!(storage::load(&["code", "font"]).await.is_empty());

    storage::save(&[("code", "print('hi')\n# ✓".to_string()), ("font", "16".to_string())]);
    assert_eq!(ls.get_item("pyroom.code").unwrap().as_deref(), Some("print('hi')\n# ✓"));
    assert_eq!(ls.get_item("pyroom.font").unwrap().as_deref(), Some("16"));
    assert_eq!(ls.get_item("code").unwrap(), None, "keys are prefixed");

    let got = storage::load(&["code", "absent", "font"]).await;
    assert_eq!(got, vec![("code".to_string(), "print('hi')\n# ✓".to_string()), ("font".to_string(), "16".to_string())]);

    storage::save(&[("code", String::new())]);
    assert_eq!(storage::load(&["code"]).await, vec![("code".to_string(), String::new())], "an empty editor is kept");
    for k in ["pyroom.code", "pyroom.font"] {
        ls.remove_item(k).unwrap();
    }
}

// ---------------------------------------------------------------------------------------------------------------
// ui::Ui, the accessibility contract of the issue.

#[wasm_bindgen_test]
fn ui_has_the_accessible_names() {
    let m = Mount::new();
    let ui = Ui::build(&m.0).unwrap();
    let root: &Element = &ui.root;

    let buttons = all(root, "button");
    let names: Vec<String> = buttons.iter().map(accessible_name).collect();
    assert_eq!(names, vec!["Run", "Stop"]);
    assert!(buttons[0].is_same_node(Some(&ui.run)) && buttons[1].is_same_node(Some(&ui.stop)));
    assert!(buttons.iter().all(|b| attr(b, "type").as_deref() == Some("button")));
    assert!(!ui.run.disabled());
    assert!(ui.stop.disabled(), "nothing to stop yet");

    let toolbar = one(root, "[role=toolbar]");
    assert_eq!(accessible_name(&toolbar), "Program");
    assert!(toolbar.contains(Some(&ui.run)) && toolbar.contains(Some(&ui.stop)));

    let status = one(root, "[role=status]");
    assert!(status.is_same_node(Some(&ui.status)));
    assert_eq!(text(&status), "Loading Python…");
    assert_eq!(attr(&status, "data-state").as_deref(), Some("loading"));
    assert_eq!(attr(&status, "aria-live").as_deref(), Some("polite"));

    let log = one(root, "[role=log]");
    assert!(log.is_same_node(Some(&ui.console.root)));
    assert_eq!(accessible_name(&log), "Console");

    let region = one(root, "[role=region]");
    assert!(region.is_same_node(Some(&ui.preview)));
    assert_eq!(accessible_name(&region), "Preview");

    let select: HtmlSelectElement = one(root, "select").dyn_into().unwrap();
    assert_eq!(accessible_name(&select), "Font size");
    let values: Vec<String> = all(&select, "option").iter().map(|o| attr(o, "value").unwrap()).collect();
    assert_eq!(values, FONT_SIZES.iter().map(|s| s.to_string()).collect::<Vec<_>>());
    assert_eq!(select.value(), DEFAULT_FONT_SIZE.to_string());

    let sep = one(root, "[role=separator]");
    assert!(sep.is_same_node(Some(&ui.splitter)));
    assert_eq!(accessible_name(&sep), "Resize editor");
    assert_eq!(attr(&sep, "aria-orientation").as_deref(), Some("horizontal"));
    assert_eq!(attr(&sep, "tabindex").as_deref(), Some("0"), "reachable by keyboard");
    assert_eq!(attr(&sep, "aria-valuemin").as_deref(), Some("15"));
    assert_eq!(attr(&sep, "aria-valuemax").as_deref(), Some("85"));

    assert_eq!(accessible_name(&ui.editor_box), "Code editor");
    assert!(is_hidden(&ui.banner));
}

#[wasm_bindgen_test]
fn ui_stacks_editor_over_preview_and_console() {
    let m = Mount::new();
    let ui = Ui::build(&m.0).unwrap();
    assert!(ui.root.parent_element().unwrap().is_same_node(Some(&m.0)));
    let kids = all(&ui.root, ":scope > *");
    let order: Vec<String> = kids.iter().map(|k| k.class_name()).collect();
    assert_eq!(order, vec!["toolbar", "banner", "editor", "splitter", "lower"]);
    let lower = &kids[4];
    assert!(lower.contains(Some(&ui.preview)) && lower.contains(Some(&ui.console.root)));
    assert!(ui.preview.compare_document_position(&ui.console.root) & web_sys::Node::DOCUMENT_POSITION_FOLLOWING != 0);
}

#[wasm_bindgen_test]
fn ui_setters_update_state_and_aria() {
    let m = Mount::new();
    let ui = Ui::build(&m.0).unwrap();
    ui.set_status("running", "Running…");
    assert_eq!(attr(&ui.status, "data-state").as_deref(), Some("running"));
    assert_eq!(text(&ui.status), "Running…");

    assert_eq!(ui.set_split(0.95), 0.85);
    assert_eq!(attr(&ui.splitter, "aria-valuenow").as_deref(), Some("85"));
    assert_eq!(ui.set_split(0.0), 0.15);
    assert_eq!(attr(&ui.splitter, "aria-valuenow").as_deref(), Some("15"));
    assert_eq!(ui.set_split(0.5), 0.5);
    assert_eq!(attr(&ui.splitter, "aria-valuenow").as_deref(), Some("50"));
    assert_eq!(ui.root.style().get_property_value("--editor-share").unwrap().trim(), "0.5000");

    ui.set_font_size(18);
    assert_eq!(ui.font.value(), "18");
    assert_eq!(ui.root.style().get_property_value("--code-font-size").unwrap().trim(), "18px");

    ui.show_banner("Stop cannot interrupt <b>here</b>");
    assert!(!is_hidden(&ui.banner));
    assert_eq!(text(&ui.banner), "Stop cannot interrupt <b>here</b>");
    assert!(ui.banner.query_selector("b").unwrap().is_none());
}

#[wasm_bindgen_test]
fn ui_splitter_moves_by_keyboard() {
    let m = Mount::new();
    let ui = Ui::build(&m.0).unwrap();
    let moves = Rc::new(RefCell::new(Vec::<f64>::new()));
    let mv = moves.clone();
    let _listeners = ui::splitter_listeners(&ui, move |f| mv.borrow_mut().push(f)).unwrap();
    ui.set_split(0.5);
    for key in ["ArrowDown", "ArrowUp", "Home", "End", "a"] {
        ui.splitter.dispatch_event(&key_event("keydown", key)).unwrap();
    }
    let got = moves.borrow().clone();
    assert_eq!(got.len(), 4, "{got:?}");
    let want = [0.55, 0.45, 0.15, 0.85];
    for (g, w) in got.iter().zip(want) {
        assert!((g - w).abs() < 1e-9, "{got:?}");
    }
}
